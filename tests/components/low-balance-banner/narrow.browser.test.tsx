// The banner on a phone (360×740 in real Chromium): compact — one visible line beside its actions,
// never more than a quarter of the screen — and it never covers a form control: scrolled away
// inline, and sticky only when asked for, then never over the control that has focus.
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createRecovery, LowBalanceBanner, ThresholdAlertSettings, TopupProvider } from '../../../src';
import { createFakeBillingAdapter, sampleAlertSettings, sampleUsage } from '../../../src/testing';

afterEach(async () => {
  sessionStorage.clear();
  window.scrollTo(0, 0);
  await page.viewport(1024, 768);
});

/** A billing page: the banner above the alert settings form (its switches, amounts and buttons). */
async function renderPage(sticky: boolean) {
  await page.viewport(360, 740);
  const adapter = createFakeBillingAdapter({
    balanceMinor: 1500,
    alertSettings: sampleAlertSettings(),
    usage: sampleUsage(30, { end: new Date() }),
  });
  render(
    <TopupProvider adapter={adapter} recovery={createRecovery({ adapter })} locale="en-US">
      <div data-tk-root="">
        <LowBalanceBanner sticky={sticky} reviewUsageHref="/usage" />
        <ThresholdAlertSettings />
        <div style={{ height: 400 }} />
      </div>
    </TopupProvider>,
  );
  await screen.findByRole('region', { name: 'Your balance is running low' });
  await screen.findByRole('switch', { name: 'Low-balance alerts' });
  return document.querySelector('[data-slot="tk-low-balance-banner"]') as HTMLElement;
}

const controls = () =>
  [...document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href]')].filter(
    (control) =>
      !control.closest('[data-slot="tk-low-balance-banner"]') && control.getClientRects().length > 0,
  );

/** A control the banner sits on: its centre, as the user would tap it, hits the banner instead. */
function coveredByBanner(control: HTMLElement, banner: HTMLElement): boolean {
  const box = control.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (y < 0 || y > window.innerHeight) return false;
  return banner.contains(document.elementFromPoint(x, y));
}

/** Scrolls the page from top to bottom, noting every control the banner covers on the way. */
async function coveredWhileScrolling(banner: HTMLElement): Promise<string[]> {
  const covered = new Set<string>();
  const end = document.documentElement.scrollHeight - window.innerHeight;
  for (let y = 0; y <= end + 60; y += 60) {
    window.scrollTo(0, y);
    await new Promise(requestAnimationFrame);
    for (const control of controls())
      if (coveredByBanner(control, banner)) covered.add(control.getAttribute('aria-label') ?? control.id);
  }
  return [...covered];
}

describe('LowBalanceBanner at 360×740 (real Chromium)', () => {
  it('is compact: one visible line beside its actions, at most a quarter of the screen', async () => {
    const banner = await renderPage(false);
    const height = banner.getBoundingClientRect().height;
    expect(height).toBeLessThanOrEqual(740 * 0.25);
    // The title names the region; on a phone one sentence shows.
    const status = banner.querySelector('[role="status"]') as HTMLElement;
    const lineHeight = Number.parseFloat(
      getComputedStyle(status.querySelector('p:not(.tk\\:sr-only)') ?? status).lineHeight,
    );
    const visibleText = [...status.querySelectorAll('p')].filter(
      (p) => getComputedStyle(p).position !== 'absolute' && p.getBoundingClientRect().height > 1,
    );
    expect(visibleText).toHaveLength(1);
    expect(visibleText[0]?.getBoundingClientRect().height).toBeLessThanOrEqual(lineHeight * 2 + 1);
    expect(screen.getByRole('button', { name: 'Top up' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  });

  it('inline (the default): scrolls away with the page and covers no control', async () => {
    const banner = await renderPage(false);
    expect(getComputedStyle(banner).position).toBe('static');
    expect(await coveredWhileScrolling(banner)).toEqual([]);
  });

  it('sticky (opted in): stays at the top, and the control with focus is never under it', async () => {
    const banner = await renderPage(true);
    expect(getComputedStyle(banner).position).toBe('sticky');
    expect(banner.getBoundingClientRect().height).toBeLessThanOrEqual(740 * 0.25);
    // Keyboard users move through the form; the page scrolls to each control, clear of the banner.
    const first = controls()[0] as HTMLElement;
    first.focus();
    const covered: string[] = [];
    const note = async () => {
      const active = document.activeElement as HTMLElement;
      await new Promise(requestAnimationFrame);
      if (coveredByBanner(active, banner))
        covered.push(active.getAttribute('aria-label') || active.id || active.tagName);
    };
    // Down through the form with Tab, then back up with Shift+Tab (the page scrolls up under the banner).
    const count = controls().length;
    for (let i = 0; i < count - 1; i++) {
      await userEvent.tab();
      await note();
    }
    for (let i = 0; i < count - 1; i++) {
      await userEvent.tab({ shift: true });
      await note();
    }
    expect(covered).toEqual([]);
    await waitFor(() => expect(Math.round(banner.getBoundingClientRect().top)).toBe(0));
  });
});
