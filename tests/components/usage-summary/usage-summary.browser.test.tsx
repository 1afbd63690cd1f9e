import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderUsage } from './fixture';

afterEach(async () => {
  document.documentElement.dir = 'ltr';
  document.documentElement.removeAttribute('data-theme');
  await page.viewport(1024, 768);
});

const ready = (root: () => HTMLElement) =>
  waitFor(() => expect(root()).toHaveAttribute('data-state', 'ready'));
const readout = () => document.querySelector('[data-slot="tk-usage-chart-readout"]') as HTMLElement;

describe('UsageSummary (real Chromium)', () => {
  it('hovering a bar shows its readout but never moves the keyboard tab stop', async () => {
    const { root } = renderUsage({ props: { defaultPeriod: 'last-7-days' } });
    await ready(root);
    const bars = screen.getAllByRole('img');
    await userEvent.hover(bars[1] as Element);
    expect(readout()).toHaveTextContent(bars[1]?.getAttribute('aria-label') ?? '∅');
    screen.getByRole('button', { name: 'View as table' }).focus();
    await userEvent.tab();
    expect(bars.at(-1)).toHaveFocus();
    await userEvent.unhover(bars[1] as Element);
    expect(readout()).toHaveTextContent(bars.at(-1)?.getAttribute('aria-label') ?? '∅');
  });

  it('moves keyboard focus across the bars; each reads its date and amount, also on screen', async () => {
    const { root } = renderUsage({ props: { defaultPeriod: 'last-7-days' } });
    await ready(root);
    screen.getByRole('button', { name: 'View as table' }).focus();
    await userEvent.tab();
    const bars = screen.getAllByRole('img');
    expect(bars).toHaveLength(7);
    // The most recent day is the one tab stop; the others are reached with the arrows.
    expect(bars.at(-1)).toHaveFocus();
    expect(bars.filter((bar) => bar.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(bars.at(-1)?.getAttribute('aria-label')).toMatch(/^[A-Z][a-z]{2} \d{1,2}: \$\d+\.\d{2}$/);
    expect(readout()).toHaveTextContent(bars.at(-1)?.getAttribute('aria-label') ?? '∅');

    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(bars.at(-3)).toHaveFocus();
    expect(readout()).toHaveTextContent(bars.at(-3)?.getAttribute('aria-label') ?? '∅');
    await userEvent.keyboard('{Home}');
    expect(bars[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(bars[0]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(bars.at(-1)).toHaveFocus();

    // Leaving and coming back lands on the bar last used (roving tabindex).
    await userEvent.keyboard('{Home}{ArrowRight}');
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    expect(bars[1]).toHaveFocus();

    // The focused bar is visibly marked in the ring colour.
    const probe = document.createElement('span');
    probe.style.color = 'var(--tk-ring)';
    root().append(probe);
    const track = bars[1]?.querySelector('rect') as SVGRectElement;
    expect(getComputedStyle(track).stroke).toBe(getComputedStyle(probe).color);
    expect(getComputedStyle(bars[0]?.querySelector('rect') as SVGRectElement).stroke).not.toBe(
      getComputedStyle(probe).color,
    );
    probe.remove();
  });

  it('the group names the chart with its range, total and highest bar', async () => {
    const { root } = renderUsage({ props: { defaultPeriod: 'last-7-days' } });
    await ready(root);
    const group = screen.getByRole('group');
    expect(group.getAttribute('aria-label')).toMatch(
      /^Spend per day from \w{3} \d{1,2} to \w{3} \d{1,2}: 7 bars, total \$[\d,.]+, highest \$[\d,.]+ on \w{3} \d{1,2}\./,
    );
  });

  it('mirrors the chart in RTL, and the arrows follow what the user sees', async () => {
    document.documentElement.dir = 'rtl';
    const { root } = renderUsage({ props: { defaultPeriod: 'last-7-days' } });
    await ready(root);
    const bars = screen.getAllByRole('img');
    const first = bars[0]?.getBoundingClientRect();
    const last = bars.at(-1)?.getBoundingClientRect();
    // Oldest day on the right, newest on the left, like the text runs.
    expect(first?.left).toBeGreaterThan(last?.left ?? Number.POSITIVE_INFINITY);
    bars[0]?.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(bars[1]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(bars[0]).toHaveFocus();
  });

  it('swaps the chart for a table of the same numbers and back', async () => {
    const { root } = renderUsage();
    await ready(root);
    const labels = screen.getAllByRole('img').map((bar) => bar.getAttribute('aria-label'));
    const toggle = screen.getByRole('button', { name: 'View as table' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'Spend per day' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(
        (row) =>
          `${within(row).getByRole('rowheader').textContent}: ${within(row).getByRole('cell').textContent}`,
      ),
    ).toEqual(labels);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByRole('img')).toHaveLength(30);
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await page.viewport(320, 800);
    const { root } = renderUsage({
      props: { tips: [{ id: 'x', text: 'Batch small requests to save on overhead.' }] },
    });
    await ready(root);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'custom');
    const section = root();
    expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    const svg = section.querySelector('svg') as SVGSVGElement;
    expect(svg.getBoundingClientRect().right).toBeLessThanOrEqual(section.getBoundingClientRect().right);
    // Figures stack in one column at this width.
    const figures = section.querySelectorAll('[data-slot="tk-usage-summary-figure"]');
    expect(figures[1]?.getBoundingClientRect().top).toBeGreaterThan(
      figures[0]?.getBoundingClientRect().bottom ?? 0,
    );
  });

  it.each(['light', 'dark'])('has no axe violations, contrast included (%s)', async (theme) => {
    document.documentElement.dataset.theme = theme;
    const { root } = renderUsage({ props: { tips: [{ id: 'x', text: 'Batch small requests.' }] } });
    await ready(root);
    const result = await axe.run(root());
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
