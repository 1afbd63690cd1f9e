import { screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { lastSaved, renderSettings, saveCalls } from './fixture';

afterEach(() => {
  document.documentElement.dir = 'ltr';
  document.documentElement.removeAttribute('data-theme');
  document.body.style.background = '';
});

const loaded = () => screen.findByRole('switch', { name: 'Low-balance alerts' });

/** The accessible name of whatever has focus, as a user hears it. */
function focused(): string {
  const el = document.activeElement as HTMLElement;
  const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
  return labelled ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
}

async function tabs(count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    await userEvent.tab();
    names.push(focused());
  }
  return names;
}

async function expectNoViolations(root: Element) {
  const results = await axe.run(root);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('ThresholdAlertSettings (real Chromium)', () => {
  it('goes through the form by keyboard in reading order', async () => {
    renderSettings();
    await loaded();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(await tabs(14)).toEqual([
      'Low-balance alerts',
      'Alert 1 type',
      'Alert 1: when my balance falls below',
      'Remove alert 1',
      'Alert 2 type',
      'Alert 2: when my balance falls below',
      'Remove alert 2',
      'Add another alert',
      'Email addresses',
      'Show the alert in the app',
      'Webhook URL (optional)',
      'Send test alert',
      'Auto-recharge',
      'Save settings',
    ]);
  });

  it('turns on auto-recharge, refuses without consent, and recovers, all by keyboard', async () => {
    const { adapter } = renderSettings();
    await loaded();
    const recharge = screen.getByRole('switch', { name: 'Auto-recharge' });
    recharge.focus();
    await userEvent.keyboard(' ');
    expect(recharge).toBeChecked();
    // The switch shows keyboard focus with the ring colour.
    const track = recharge.nextElementSibling as HTMLElement;
    expect(getComputedStyle(track).boxShadow).not.toBe('none');

    expect(await tabs(6)).toEqual([
      'Add a fixed amount',
      'When my balance falls below',
      'Add',
      'Monthly cap',
      'Pay with',
      'Charge Visa •••• 4242 $25.00 whenever my balance falls below $5.00, at most $100.00 per month. I can turn this off at any time.',
    ]);
    const consent = document.activeElement as HTMLInputElement;
    expect(consent).not.toBeChecked();

    // Submit from the keyboard: focus lands on the error summary.
    await userEvent.tab();
    expect(focused()).toBe('Save settings');
    await userEvent.keyboard('{Enter}');
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(saveCalls(adapter)).toBe(0);

    // Its link takes the user to the box; ticking it and saving works.
    await userEvent.tab();
    expect(document.activeElement).toHaveTextContent(
      'Tick the box to confirm these terms, or turn auto-recharge off.',
    );
    await userEvent.keyboard('{Enter}');
    expect(consent).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(consent).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Saved. Your alert settings are up to date.')).toBeVisible();
    expect(lastSaved(adapter).autoRecharge.consent?.terms).toBe(consent.labels?.[0]?.textContent);
  });

  it('puts focus on the summary when Enter submits from a field, and each link reaches its field', async () => {
    renderSettings();
    await loaded();
    const webhook = screen.getByRole('textbox', { name: 'Webhook URL (optional)' });
    await userEvent.click(webhook);
    await userEvent.keyboard('javascript:alert(1){Enter}');
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    // The summary is at the top, visible without scrolling the form.
    expect(summary.getBoundingClientRect().top).toBeLessThan(window.innerHeight);
    const link = screen.getByRole('link', { name: /webhook URL that starts with https/ });
    await userEvent.click(link);
    expect(webhook).toHaveFocus();
    expect(webhook).toHaveAccessibleDescription(/starts with https:\/\//);
  });

  it('lines up the three auto-recharge amounts side by side, whatever their hints', async () => {
    await page.viewport(1024, 768);
    renderSettings();
    await loaded();
    await userEvent.click(screen.getByRole('switch', { name: 'Auto-recharge' }));
    const inputs = [
      await screen.findByRole('textbox', { name: 'When my balance falls below' }),
      screen.getByRole('textbox', { name: 'Add' }),
      screen.getByRole('textbox', { name: 'Monthly cap' }),
    ];
    const tops = inputs.map((input) => Math.round(input.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    const lefts = inputs.map((input) => input.getBoundingClientRect().left);
    expect(lefts[0]).toBeLessThan(lefts[1] as number);
  });

  it('mirrors the switch in RTL', async () => {
    document.documentElement.dir = 'rtl';
    renderSettings();
    await loaded();
    const recharge = screen.getByRole('switch', { name: 'Auto-recharge' });
    const thumb = recharge.parentElement?.lastElementChild as HTMLElement;
    const off = thumb.getBoundingClientRect().left;
    await userEvent.click(recharge);
    await waitFor(() => expect(thumb.getBoundingClientRect().left).toBeLessThan(off));
    // The label sits on the switch's left in RTL: start is the right edge.
    const label = screen.getByText('Auto-recharge', { selector: 'label' });
    expect(label.getBoundingClientRect().right).toBeLessThan(recharge.getBoundingClientRect().left);
  });

  it.each(['light', 'dark'])('has no axe violations, colour contrast included, in %s', async (theme) => {
    document.documentElement.dataset.theme = theme;
    // The host paints the page; the kit's text is chosen for the theme's background.
    document.body.style.background = 'var(--tk-background)';
    const { container } = renderSettings();
    await loaded();
    await userEvent.click(screen.getByRole('switch', { name: 'Auto-recharge' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('heading', { name: 'There is a problem' });
    await expectNoViolations(container);
  });
});
