import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleAlertSettings } from '../../../src/testing';
import { expectNoAxeViolations, renderBanner, steadyUsage, thresholds } from './fixture';

const DAY = 86_400_000;
const status = () => screen.getByRole('status');

/** The date as the banner words it: "Dec 3" (with the year when it is not this year's). */
function aboutDate(daysAhead: number, locale = 'en-US') {
  const date = new Date(Date.now() + daysAhead * DAY);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    year: date.getFullYear() === new Date().getFullYear() ? undefined : 'numeric',
  }).format(date);
}

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('LowBalanceBanner: when it shows', () => {
  it('stays hidden while the balance is fine, its live region already in place', async () => {
    const { root, recovery } = renderBanner({ thresholds }, { fake: { balanceMinor: 5000 } });
    await waitFor(() => expect(recovery.getSnapshot().balance).toBeDefined());
    expect(root()).toHaveAttribute('data-state', 'hidden');
    expect(status()).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('warns under the warning level and says what happens next', async () => {
    const { root } = renderBanner({ thresholds }, { fake: { balanceMinor: 1500 } });
    expect(await screen.findByText('Your balance is running low')).toBeVisible();
    expect(status()).toHaveTextContent(
      'Your balance is $15.00, below your alert level of $20.00. When it runs out, new requests pause until you top up.',
    );
    expect(root()).toHaveAttribute('data-state', 'warning');
    // A landmark named by its title, so its actions are findable wherever the host puts it.
    expect(screen.getByRole('region', { name: 'Your balance is running low' })).toBe(root());
    expect(screen.getByRole('button', { name: 'Top up' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  });

  it('turns critical under the critical level, naming the lowest level crossed', async () => {
    const { root } = renderBanner({ thresholds }, { fake: { balanceMinor: 300 } });
    expect(await screen.findByText('Your balance is nearly used up')).toBeVisible();
    expect(status()).toHaveTextContent('Your balance is $3.00, below your alert level of $5.00.');
    expect(root()).toHaveAttribute('data-state', 'critical');
  });

  it('says so plainly when the balance has run out', async () => {
    renderBanner({ thresholds }, { fake: { balanceMinor: 0 } });
    expect(await screen.findByText('Your balance has run out')).toBeVisible();
    expect(status()).toHaveTextContent('Your balance is $0.00. New requests pause until you top up.');
  });

  it('warns when the forecast run-out is within the window, with the date', async () => {
    const { root } = renderBanner({ usage: steadyUsage(600) }, { fake: { balanceMinor: 3000 } });
    expect(await screen.findByText('Your balance is running low')).toBeVisible();
    expect(status()).toHaveTextContent(
      `Your balance is $30.00. At your current pace it runs out around ${aboutDate(5)}. When it runs out, new requests pause until you top up.`,
    );
    expect(root()).toHaveAttribute('data-state', 'warning');
  });

  it('respects withinDays', async () => {
    const { root, recovery } = renderBanner(
      { usage: steadyUsage(600), withinDays: 3 },
      { fake: { balanceMinor: 3000 } },
    );
    await waitFor(() => expect(recovery.getSnapshot().balance).toBeDefined());
    expect(root()).toHaveAttribute('data-state', 'hidden');
  });

  it('forecasts from the adapter’s last 30 days of usage', async () => {
    const { adapter } = renderBanner({}, { fake: { balanceMinor: 2400, usage: steadyUsage(400) } });
    expect(await screen.findByText(new RegExp(`runs out around ${aboutDate(6)}`))).toBeVisible();
    const query = adapter.calls.find((c) => c.method === 'getUsage')?.args[0] as { from: string; to: string };
    expect(Date.parse(query.to) - Date.parse(query.from)).toBe(30 * DAY);
  });

  it('uses the saved alert levels when none are given, only while alerts are on', async () => {
    const { unmount } = renderBanner(
      {},
      { fake: { balanceMinor: 1500, alertSettings: sampleAlertSettings() } },
    );
    expect(await screen.findByText('Your balance is running low')).toBeVisible();
    unmount();

    const off = { ...sampleAlertSettings(), alertsEnabled: false };
    const { root, adapter } = renderBanner({}, { fake: { balanceMinor: 1500, alertSettings: off } });
    await waitFor(() => expect(adapter.calls.some((c) => c.method === 'getAlertSettings')).toBe(true));
    await waitFor(() => expect(adapter.calls.some((c) => c.method === 'getBalance')).toBe(true));
    expect(root()).toHaveAttribute('data-state', 'hidden');
  });

  it('says auto-recharge will step in, instead of a pause, when it is on', async () => {
    const settings = sampleAlertSettings();
    settings.autoRecharge.enabled = true;
    renderBanner({}, { fake: { balanceMinor: 1500, alertSettings: settings } });
    expect(
      await screen.findByText(/Auto-recharge adds \$25\.00 when it falls below \$5\.00\./),
    ).toBeVisible();
    expect(status()).not.toHaveTextContent('new requests pause');
  });

  it('takes a single threshold', async () => {
    renderBanner({ threshold: { amountMinor: 1000, currency: 'USD' } }, { fake: { balanceMinor: 900 } });
    expect(await screen.findByText(/below your alert level of \$10\.00/)).toBeVisible();
  });

  it('speaks German', async () => {
    renderBanner({ thresholds }, { fake: { balanceMinor: 1500 }, lang: 'de' });
    expect(await screen.findByText('Ihr Guthaben wird knapp')).toBeVisible();
    expect(status().textContent?.replace(/\s/g, ' ')).toContain(
      'Ihr Guthaben beträgt 15,00 $ und liegt unter Ihrer Warnschwelle von 20,00 $.',
    );
    expect(screen.getByRole('button', { name: 'Ausblenden' })).toBeVisible();
  });
});

describe('LowBalanceBanner: dismissal', () => {
  it('lasts for the session and comes back when the level gets worse', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { root, setBalance, unmount } = renderBanner(
      { thresholds, onDismiss },
      { fake: { balanceMinor: 1500 } },
    );
    await screen.findByText('Your balance is running low');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(root()).toHaveAttribute('data-state', 'hidden');
    expect(status()).toBeEmptyDOMElement();
    expect(sessionStorage.length).toBe(1);

    // A little lower, same level: still dismissed.
    await setBalance(1200);
    expect(root()).toHaveAttribute('data-state', 'hidden');
    unmount();

    // A new page in the same session: still dismissed, until it turns critical.
    const again = renderBanner({ thresholds }, { fake: { balanceMinor: 1200 } });
    await waitFor(() => expect(again.recovery.getSnapshot().balance).toBeDefined());
    expect(again.root()).toHaveAttribute('data-state', 'hidden');
    await again.setBalance(400);
    expect(await screen.findByText('Your balance is nearly used up')).toBeVisible();
    expect(again.root()).toHaveAttribute('data-state', 'critical');
  });

  it('comes back for a lower balance bucket at the same severity', async () => {
    const user = userEvent.setup();
    const levels = [
      { level: 'warning' as const, amount: { amountMinor: 5000, currency: 'USD' } },
      { level: 'warning' as const, amount: { amountMinor: 2000, currency: 'USD' } },
    ];
    const { root, setBalance } = renderBanner({ thresholds: levels }, { fake: { balanceMinor: 4000 } });
    await screen.findByText('Your balance is running low');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await setBalance(1900);
    expect(root()).toHaveAttribute('data-state', 'warning');
    expect(status()).toHaveTextContent('below your alert level of $20.00');
  });

  it('forgets the dismissal once the balance recovers, so the next drop shows again', async () => {
    const user = userEvent.setup();
    const { root, setBalance } = renderBanner({ thresholds }, { fake: { balanceMinor: 1500 } });
    await screen.findByText('Your balance is running low');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await setBalance(10000);
    await waitFor(() => expect(sessionStorage.length).toBe(0));
    await setBalance(1500);
    expect(root()).toHaveAttribute('data-state', 'warning');
  });

  it('still dismisses when session storage throws', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { root } = renderBanner({ thresholds, storageKey: 'throwing' }, { fake: { balanceMinor: 1500 } });
    await screen.findByText('Your balance is running low');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(root()).toHaveAttribute('data-state', 'hidden');
  });
});

describe('LowBalanceBanner: actions', () => {
  it('opens the one-click top-up in a dialog', async () => {
    const user = userEvent.setup();
    renderBanner({ thresholds }, { fake: { balanceMinor: 1500 } });
    await user.click(await screen.findByRole('button', { name: 'Top up' }));
    const dialog = await screen.findByRole('dialog', { name: 'Top up your balance' });
    expect(dialog).toHaveAccessibleDescription('Your balance is $15.00.');
    expect(within(dialog).getByRole('button', { name: /^Top up \$/ })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('calls the host instead when it handles top-ups', async () => {
    const user = userEvent.setup();
    const onTopUp = vi.fn();
    renderBanner({ thresholds, onTopUp }, { fake: { balanceMinor: 1500 } });
    await user.click(await screen.findByRole('button', { name: 'Top up' }));
    expect(onTopUp).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lets members without billing rights ask an admin', async () => {
    const user = userEvent.setup();
    const onRequestTopUp = vi.fn();
    renderBanner(
      { thresholds },
      { fake: { balanceMinor: 1500 }, provider: { canTopUp: false, onRequestTopUp } },
    );
    await user.click(await screen.findByRole('button', { name: 'Ask an admin to top up' }));
    expect(onRequestTopUp).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Top up' })).toBeNull();
  });

  it('links to the usage review, only to safe addresses, or calls back', async () => {
    const user = userEvent.setup();
    const first = renderBanner(
      { thresholds, reviewUsageHref: '/billing/usage' },
      { fake: { balanceMinor: 1500 } },
    );
    expect(await screen.findByRole('link', { name: 'Review usage' })).toHaveAttribute(
      'href',
      '/billing/usage',
    );
    first.unmount();

    const second = renderBanner(
      { thresholds, reviewUsageHref: 'javascript:alert(1)' },
      { fake: { balanceMinor: 1500 } },
    );
    await screen.findByText('Your balance is running low');
    expect(screen.queryByRole('link', { name: 'Review usage' })).toBeNull();
    second.unmount();

    const onReviewUsage = vi.fn();
    renderBanner({ thresholds, onReviewUsage }, { fake: { balanceMinor: 1500 } });
    await user.click(await screen.findByRole('button', { name: 'Review usage' }));
    expect(onReviewUsage).toHaveBeenCalledTimes(1);
  });
});

describe('LowBalanceBanner: announcements and look', () => {
  it('does not touch the live region on re-renders that change nothing', async () => {
    const { rerenderWith } = renderBanner({ thresholds }, { fake: { balanceMinor: 1500 } });
    await screen.findByText('Your balance is running low');
    const nodes = Array.from(status().querySelectorAll('*'));
    const observer = new MutationObserver(() => {});
    observer.observe(status(), { subtree: true, childList: true, characterData: true });
    rerenderWith({ thresholds, className: 'tk:mt-2' });
    rerenderWith({ thresholds: [...thresholds], className: 'tk:mt-4' });
    expect(observer.takeRecords()).toEqual([]);
    expect(Array.from(status().querySelectorAll('*'))).toEqual(nodes);
    observer.disconnect();
  });

  it("takes the host's className on its root", async () => {
    const { root } = renderBanner({ thresholds, className: 'my-banner' }, { fake: { balanceMinor: 1500 } });
    await screen.findByText('Your balance is running low');
    expect(root()).toHaveClass('my-banner');
    expect(root()).toHaveAttribute('data-tk-root', '');
  });

  it('has no axe violations when warning or critical', async () => {
    const { container, setBalance } = renderBanner(
      { thresholds, reviewUsageHref: '/usage' },
      { fake: { balanceMinor: 1500 } },
    );
    await screen.findByText('Your balance is running low');
    await expectNoAxeViolations(container);
    await setBalance(100);
    await screen.findByText('Your balance is nearly used up');
    await expectNoAxeViolations(container);
  });
});
