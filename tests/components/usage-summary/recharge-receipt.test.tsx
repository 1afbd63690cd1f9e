// The receipt for what auto-recharge charged: the same words in the banner and in UsageSummary,
// from the usage credits it left (source "auto-recharge"); none for the user's own top-ups.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LowBalanceBanner, TopupProvider, type Usage } from '../../../src';
import { UsageSummary } from '../../../src/components/usage-summary';
import { createFakeBillingAdapter, sampleAlertSettings, sampleUsage } from '../../../src/testing';
import { catalogs } from '../../support/locales';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

function renderBoth(usage: Usage, lang: keyof typeof catalogs = 'en') {
  const settings = sampleAlertSettings();
  settings.autoRecharge.enabled = true;
  const adapter = createFakeBillingAdapter({ balanceMinor: 1500, usage, alertSettings: settings });
  const { locale, messages } = catalogs[lang];
  return render(
    <TopupProvider adapter={adapter} locale={locale} messages={messages} timeZone="UTC">
      <LowBalanceBanner />
      <UsageSummary />
    </TopupProvider>,
  );
}

const withCredits = (credits: Usage['credits']): Usage => ({
  ...sampleUsage(30, { end: new Date() }),
  credits,
});

/** "10:42" as the user's clock (UTC here) shows it, in en-US. */
const clock = (at: Date) =>
  at.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

describe('auto-recharge receipt', () => {
  it('shows the latest automatic charge in the banner and the usage summary, in the same words', async () => {
    const recent = new Date(Date.now() - 60_000);
    const earlier = new Date(Date.now() - 2 * 86_400_000);
    const view = renderBoth(
      withCredits([
        { at: earlier.toISOString(), amount: usd(2500), source: 'auto-recharge' },
        { at: recent.toISOString(), amount: usd(2500), source: 'auto-recharge' },
        { at: new Date(Date.now() - 30_000).toISOString(), amount: usd(1000), source: 'top-up' },
      ]),
    );
    const receipt = `Auto-recharge added $25.00 at ${clock(recent)}.`;
    const summary = view.container.querySelector('[data-slot="tk-usage-summary"]') as HTMLElement;
    const banner = view.container.querySelector('[data-slot="tk-low-balance-banner"]') as HTMLElement;
    expect(await within(summary).findByText(receipt)).toBeVisible();
    expect(await within(banner).findByText(receipt)).toBeVisible();
  });

  it('names the day when the latest automatic charge was before today; the banner keeps to the last day', async () => {
    const at = new Date(Date.now() - 3 * 86_400_000);
    const view = renderBoth(
      withCredits([{ at: at.toISOString(), amount: usd(2500), source: 'auto-recharge' }]),
    );
    const day = at.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const summary = view.container.querySelector('[data-slot="tk-usage-summary"]') as HTMLElement;
    expect(
      await within(summary).findByText(`Auto-recharge added $25.00 on ${day} at ${clock(at)}.`),
    ).toBeVisible();
    const banner = view.container.querySelector('[data-slot="tk-low-balance-banner"]') as HTMLElement;
    expect(banner).not.toHaveTextContent('Auto-recharge added');
  });

  it('says nothing for the user’s own top-ups', async () => {
    const view = renderBoth(
      withCredits([{ at: new Date(Date.now() - 60_000).toISOString(), amount: usd(1000), source: 'top-up' }]),
    );
    await screen.findByText(/Top-ups in this period/);
    expect(view.container).not.toHaveTextContent('Auto-recharge added');
  });

  it('speaks German and French', async () => {
    const at = new Date(Date.now() - 60_000);
    const credits = [{ at: at.toISOString(), amount: usd(2500), source: 'auto-recharge' }];
    const de = renderBoth(withCredits(credits), 'de');
    const time = at.toLocaleTimeString('de-DE', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    expect((await screen.findAllByText(/^Automatisch aufgeladen: 25,00\s\$ um/))[0]?.textContent).toBe(
      `Automatisch aufgeladen: 25,00\u00a0$ um ${time}.`,
    );
    de.unmount();
    renderBoth(withCredits(credits), 'fr');
    // The banner and the summary, both.
    await waitFor(() =>
      expect(screen.getAllByText(/^Recharge automatique\s:\s25,00\s\$(US)?\sajoutés à \d/)).toHaveLength(2),
    );
  });
});
