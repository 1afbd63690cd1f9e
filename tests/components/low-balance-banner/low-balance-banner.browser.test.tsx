import { screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderBanner, thresholds } from './fixture';

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  document.documentElement.dir = 'ltr';
  document.documentElement.removeAttribute('data-theme');
  document.body.style.background = '';
  window.scrollTo(0, 0);
});

async function expectNoViolations(root: Element) {
  const results = await axe.run(root);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('LowBalanceBanner (real Chromium)', () => {
  it('is a rounded card inline, and stays at the top while scrolling when sticky', async () => {
    const { root, rerenderWith } = renderBanner({ thresholds }, { fake: { balanceMinor: 1500 } });
    await screen.findByText('Your balance is running low');
    expect(getComputedStyle(root()).position).toBe('static');
    expect(Number.parseFloat(getComputedStyle(root()).borderTopLeftRadius)).toBeGreaterThan(0);
    rerenderWith({ thresholds, variant: 'sticky' });
    expect(getComputedStyle(root()).position).toBe('sticky');
    expect(getComputedStyle(root()).top).toBe('0px');
  });

  it('works by keyboard: top-up dialog in and out, then dismiss', async () => {
    const { root } = renderBanner(
      { thresholds, reviewUsageHref: '/usage' },
      { fake: { balanceMinor: 1500 } },
    );
    const topUp = await screen.findByRole('button', { name: 'Top up' });
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    expect(topUp).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Top up your balance' });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(topUp).toHaveFocus();

    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Review usage' })).toHaveFocus();
    await userEvent.tab();
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveFocus();
    expect(getComputedStyle(dismiss).boxShadow).not.toBe('none');
    await userEvent.keyboard('{Enter}');
    expect(root()).toHaveAttribute('data-state', 'hidden');
    expect(root().getBoundingClientRect().height).toBe(0);
  });

  it('the sticky variant stays at the top while the page scrolls', async () => {
    const { root } = renderBanner({ thresholds, variant: 'sticky' }, { fake: { balanceMinor: 1500 } });
    await screen.findByText('Your balance is running low');
    const filler = document.createElement('div');
    filler.style.height = '3000px';
    root().parentElement?.append(filler);
    window.scrollTo(0, 800);
    await waitFor(() => expect(window.scrollY).toBe(800));
    expect(getComputedStyle(root()).position).toBe('sticky');
    expect(Math.round(root().getBoundingClientRect().top)).toBe(0);
    filler.remove();
  });

  it('marks severity on the start edge, which is the right in RTL', async () => {
    document.documentElement.dir = 'rtl';
    const { root } = renderBanner({ thresholds }, { fake: { balanceMinor: 300 } });
    await screen.findByText('Your balance is nearly used up');
    const style = getComputedStyle(root());
    expect(style.borderRightWidth).toBe('4px');
    expect(style.borderLeftWidth).toBe('1px');
  });

  it.each([
    ['light', 1500],
    ['light', 300],
    ['dark', 1500],
    ['dark', 300],
  ])('has no axe violations, colour contrast included, in %s at %i cents', async (theme, balanceMinor) => {
    document.documentElement.dataset.theme = theme;
    document.body.style.background = 'var(--tk-background)';
    const { container } = renderBanner({ thresholds, reviewUsageHref: '/usage' }, { fake: { balanceMinor } });
    await screen.findByRole('button', { name: 'Dismiss' });
    await expectNoViolations(container);
  });
});
