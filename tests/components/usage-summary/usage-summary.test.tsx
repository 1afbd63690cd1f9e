import { act, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Usage } from '../../../src/core/types';
import { de } from '../../../src/locales/de';
import { createFakeBillingAdapter } from '../../../src/testing';
import { DAY, recentUsage, renderUsage, spendBetween, startOfUtcDay, usd } from './fixture';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

const ready = async (root: () => HTMLElement) =>
  waitFor(() => expect(root()).toHaveAttribute('data-state', 'ready'));

describe('UsageSummary', () => {
  it('loads the last 30 days and the 30 before them, and shows the computed spend and change', async () => {
    const usage = recentUsage();
    const { root, usageCalls } = renderUsage({ fake: { usage } });
    expect(root()).toHaveAttribute('data-state', 'loading');
    expect(root()).toHaveAttribute('aria-busy', 'true');
    await ready(root);
    expect(root()).not.toHaveAttribute('aria-busy');

    const from = startOfUtcDay(-29);
    const to = startOfUtcDay(1);
    const previousFrom = startOfUtcDay(-59);
    expect(usageCalls()).toEqual([
      { from: new Date(from).toISOString(), to: new Date(to).toISOString(), granularity: 'day' },
      { from: new Date(previousFrom).toISOString(), to: new Date(from).toISOString(), granularity: 'day' },
    ]);

    const spent = spendBetween(usage, from, to);
    const previous = spendBetween(usage, previousFrom, from);
    const figure = screen.getByText('Spent in this period').closest('div') as HTMLElement;
    expect(within(figure).getByText(usd(spent))).toBeInTheDocument();
    const change = new Intl.NumberFormat('en-US', {
      style: 'percent',
      signDisplay: 'exceptZero',
      maximumFractionDigits: 0,
    }).format((spent - previous) / previous);
    expect(within(figure).getByText(`${change} vs the previous 30 days`)).toBeInTheDocument();
    expect(screen.getByText('$42.00')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('last-30-days');
  });

  it('refetches when the period changes', async () => {
    const usage = recentUsage();
    const { root, user, usageCalls } = renderUsage({ fake: { usage } });
    await ready(root);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 7 days');
    await ready(root);
    const from = startOfUtcDay(-6);
    expect(usageCalls().slice(2)).toEqual([
      {
        from: new Date(from).toISOString(),
        to: new Date(startOfUtcDay(1)).toISOString(),
        granularity: 'day',
      },
      {
        from: new Date(startOfUtcDay(-13)).toISOString(),
        to: new Date(from).toISOString(),
        granularity: 'day',
      },
    ]);
    const figure = screen.getByText('Spent in this period').closest('div') as HTMLElement;
    expect(within(figure).getByText(usd(spendBetween(usage, from, startOfUtcDay(1))))).toBeInTheDocument();
    expect(within(figure).getByText(/vs the previous 7 days$/)).toBeInTheDocument();
    expect(screen.getAllByRole('img')).toHaveLength(7);
  });

  it('never shows a failed load as $0, and loads again on "Try again"', async () => {
    const { root, user, fakeOptions } = renderUsage({ fake: { failGetUsage: true, usage: recentUsage() } });
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'error'));
    expect(
      screen.getByText("We couldn't load your usage. Your balance and work are not affected."),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      "We couldn't load your usage. Your balance and work are not affected.",
    );
    expect(screen.queryByText('Spent in this period')).not.toBeInTheDocument();
    expect(screen.queryByText(/\$0\.00/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();

    fakeOptions.failGetUsage = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await ready(root);
    expect(screen.getByText('Spent in this period')).toBeInTheDocument();
  });

  it('treats an adapter that throws synchronously as a failed load', async () => {
    const base = createFakeBillingAdapter({ balanceMinor: 4200 });
    const adapter = {
      ...base,
      getUsage: () => {
        throw new Error('not configured');
      },
    };
    const { root } = renderUsage({ provider: { adapter } });
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says so when the balance cannot be read, never showing it as $0', async () => {
    const { root } = renderUsage({ fake: { failGetBalance: true } });
    await waitFor(() => expect(screen.getByText("We couldn't load your balance.")).toBeInTheDocument());
    const figure = screen.getByText('Balance').closest('div') as HTMLElement;
    expect(within(figure).queryByText(/\$/)).not.toBeInTheDocument();
    expect(root()).not.toHaveAttribute('data-state', 'error');
  });

  it('says so when the period has no usage, with no run-out and no made-up comparison', async () => {
    const { root } = renderUsage({ fake: { usage: { records: [] } } });
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'empty'));
    expect(screen.getByText('No usage yet in this period.')).toBeInTheDocument();
    expect(
      screen.getByText("No run-out in sight — you haven't spent anything in this period."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/vs the previous/)).not.toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('projects the run-out range from the period’s pace and lists credits apart from spend', async () => {
    const usage = recentUsage();
    usage.credits = [
      { at: new Date(Date.now() - 3 * DAY).toISOString(), amount: { amountMinor: 5000, currency: 'USD' } },
    ];
    const { root } = renderUsage({ fake: { usage, pendingMinor: 2500 } });
    await ready(root);
    expect(
      screen.getByText(
        /^At your current pace, your balance runs out (today|tomorrow|today or tomorrow|around .+)\.$/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Top-ups in this period: $50.00. They are not counted as spend.'),
    ).toBeInTheDocument();
    expect(screen.getByText('$25.00 on its way')).toBeInTheDocument();
  });

  it('shows the same numbers in a table as on the bars', async () => {
    const { root, user } = renderUsage();
    await ready(root);
    const bars = screen.getAllByRole('img').map((bar) => bar.getAttribute('aria-label'));
    expect(bars).toHaveLength(30);
    const toggle = screen.getByRole('button', { name: 'View as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'Spend per day' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map(
      (row) =>
        `${within(row).getByRole('rowheader').textContent}: ${within(row).getByRole('cell').textContent}`,
    );
    expect(cells).toEqual(bars);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByRole('group', { name: /^Spend per day from / })).toBeInTheDocument();
  });

  it('shows host tips and derived tips, each dismissible for the session', async () => {
    const tips = [{ id: 'cache', text: 'Cache repeated queries to avoid paying twice.' }];
    const { root, user, unmount } = renderUsage({ props: { tips } });
    await ready(root);
    const list = screen.getByRole('heading', { name: 'Ways to save' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Cache repeated queries to avoid paying twice.',
      expect.stringMatching(/^gpt-large is \d+% of your spend this period\.$/),
    ]);
    await user.click(
      screen.getByRole('button', { name: 'Dismiss tip: Cache repeated queries to avoid paying twice.' }),
    );
    expect(screen.queryByText('Cache repeated queries to avoid paying twice.')).not.toBeInTheDocument();
    // Focus moves on to the next tip's button rather than being lost.
    expect(screen.getByRole('button', { name: /^Dismiss tip: gpt-large/ })).toHaveFocus();

    unmount();
    const again = renderUsage({ props: { tips } });
    await ready(again.root);
    expect(screen.queryByText('Cache repeated queries to avoid paying twice.')).not.toBeInTheDocument();
    expect(screen.getByText(/of your spend this period/)).toBeInTheDocument();
  });

  it('derives no tip without data behind it', async () => {
    const even: Usage = {
      records: ['a', 'b', 'c'].map((category) => ({
        at: new Date(Date.now() - DAY).toISOString(),
        amount: { amountMinor: 100, currency: 'USD' },
        category,
      })),
    };
    const { root } = renderUsage({ fake: { usage: even } });
    await ready(root);
    expect(screen.queryByRole('heading', { name: 'Ways to save' })).not.toBeInTheDocument();
  });

  it('marks data as stale once it is older than staleAfterMs, and refreshes on request', async () => {
    const { root, user, usageCalls } = renderUsage({ props: { staleAfterMs: 30 } });
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'stale'));
    expect(screen.getByText(/^Updated .+\. This may be out of date\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(usageCalls()).toHaveLength(4));
  });

  it('does not call data stale because the balance last changed long ago (a quiet account)', async () => {
    const old = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const { root } = renderUsage({ fake: { balanceUpdatedAt: old } });
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'ready'));
    expect(screen.queryByText(/This may be out of date/)).not.toBeInTheDocument();
  });

  it('marks host-given usage stale by its updatedAt', async () => {
    const old = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const { root } = renderUsage({ props: { usage: recentUsage(), updatedAt: old } });
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'stale'));
  });

  it('checks a custom range before loading it', async () => {
    const { root, user, usageCalls } = renderUsage();
    await ready(root);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Custom range');
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    await user.clear(from);
    await user.type(from, '2026-11-20');
    await user.clear(to);
    await user.type(to, '2026-11-10');
    await user.click(screen.getByRole('button', { name: 'Show this range' }));
    expect(screen.getByText('The start date must be on or before the end date.')).toBeInTheDocument();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveFocus();
    expect(usageCalls()).toHaveLength(2);

    await user.clear(from);
    await user.type(from, '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Show this range' }));
    await waitFor(() => expect(usageCalls()).toHaveLength(4));
    expect(usageCalls()[2]?.from).toBe('2026-11-01T00:00:00.000Z');
    expect(usageCalls()[2]?.to).toBe('2026-11-11T00:00:00.000Z');
  });

  it('uses usage passed as a prop without asking the adapter', async () => {
    const usage = recentUsage();
    const { root, usageCalls } = renderUsage({ props: { usage, updatedAt: new Date() } });
    await ready(root);
    expect(usageCalls()).toHaveLength(0);
    expect(
      screen.getByText(usd(spendBetween(usage, startOfUtcDay(-29), startOfUtcDay(1)))),
    ).toBeInTheDocument();
  });

  it('shows a short notice when the adapter has no usage and none is passed', async () => {
    const { root } = renderUsage({ fake: { without: ['getUsage'] } });
    expect(root()).toHaveAttribute('data-state', 'unavailable');
    expect(screen.getByText('Usage statements are not available for this account.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('downloads the statement as usage-{from}-{to}.csv', async () => {
    const usage = recentUsage();
    const { root, user } = renderUsage({ fake: { usage } });
    await ready(root);
    let blob: Blob | undefined;
    const createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:usage';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let download = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      download = this.download;
    });
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    expect(download).toBe(`usage-${day(startOfUtcDay(-29))}-${day(startOfUtcDay(0))}.csv`);
    const text = (await blob?.text())?.replace(/^\uFEFF/, '') ?? '';
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Timestamp (UTC),Date (UTC),Type,Category,Label,Amount,Currency');
    // The header, then every record and credit of the period; the last CRLF ends the last record.
    const from = startOfUtcDay(-29);
    const to = startOfUtcDay(1);
    const inPeriod = [...usage.records, ...(usage.credits ?? [])].filter((r) => {
      const t = Date.parse(r.at);
      return t >= from && t < to;
    });
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1)).toHaveLength(inPeriod.length);
    expect(lines.filter((line) => line.includes(',Top-up,'))).toHaveLength(1);
  });

  it('speaks German with the de catalog', async () => {
    const { root } = renderUsage({ provider: { locale: 'de-DE', messages: de } });
    await ready(root);
    expect(screen.getByRole('heading', { name: 'Verbrauch' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als Tabelle anzeigen' })).toBeInTheDocument();
    expect(screen.getByText('42,00 $')).toBeInTheDocument();
  });

  it('has no axe violations when ready (contrast is checked in the browser)', async () => {
    const { root } = renderUsage({ props: { tips: [{ id: 't', text: 'Batch small requests.' }] } });
    await ready(root);
    const result = await act(() => axe.run(root(), { rules: { 'color-contrast': { enabled: false } } }));
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
