import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { KitParameters } from '../../../.storybook/kit';
import { addDays, resolveTimeZone, zonedDay } from '../../core/time';
import { sampleUsage } from '../../testing';
import { UsageSummary } from './usage-summary';

// Data that ends now, so every relative period ("last 30 days") has something in it.
const now = new Date();
const recent = sampleUsage(70, { end: now });
const long = sampleUsage(420, { end: now });
const today = zonedDay(now.getTime(), resolveTimeZone());
const kit = (fake: KitParameters['fake']): { kit: KitParameters } => ({
  kit: { fake: { balanceMinor: 4200, usage: recent, ...fake } },
});

const meta = {
  title: 'Components/UsageSummary',
  component: UsageSummary,
  parameters: kit({}),
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 860 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof UsageSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

const summary = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-slot="tk-usage-summary"]') as HTMLElement;
const isReady = (canvasElement: HTMLElement) =>
  waitFor(() => expect(summary(canvasElement)).toHaveAttribute('data-state', 'ready'));

/** The default: the last 30 days, with a pending top-up. Changing the period loads it. */
export const Ready30Days: Story = {
  parameters: kit({ pendingMinor: 2500 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await isReady(canvasElement);
    await expect(canvas.getAllByRole('img')).toHaveLength(30);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Period' }), 'Last 7 days');
    await isReady(canvasElement);
    await expect(canvas.getAllByRole('img')).toHaveLength(7);
    await expect(canvas.getByText(/vs the previous 7 days$/)).toBeVisible();
  },
};

export const Ready7Days: Story = { args: { defaultPeriod: 'last-7-days' } };

export const Loading: Story = {
  parameters: kit({ latencyMs: 600_000 }),
  play: async ({ canvasElement }) => {
    await expect(summary(canvasElement)).toHaveAttribute('data-state', 'loading');
    await expect(summary(canvasElement)).toHaveAttribute('aria-busy', 'true');
  },
};

export const Empty: Story = {
  parameters: kit({ usage: { records: [] } }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(summary(canvasElement)).toHaveAttribute('data-state', 'empty'));
    await expect(within(canvasElement).getByText('No usage yet in this period.')).toBeVisible();
  },
};

/** A failed load is said plainly, never shown as $0, and can be retried. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: kit({ failGetUsage: true }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(summary(canvasElement)).toHaveAttribute('data-state', 'error'));
    await expect(canvas.getByRole('status')).toHaveTextContent("We couldn't load your usage.");
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.queryByText('Spent in this period')).toBeNull();
  },
};

/** Usage the host read three hours ago: marked with its time and a Refresh. */
export const Stale: Story = {
  args: { usage: recent, updatedAt: new Date(now.getTime() - 3 * 3_600_000) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(summary(canvasElement)).toHaveAttribute('data-state', 'stale'));
    await expect(within(canvasElement).getByRole('button', { name: 'Refresh' })).toBeVisible();
  },
};

/** A range longer than 90 days is charted per week. */
export const LongRangeWeekly: Story = {
  args: { defaultPeriod: { from: addDays(today, -199), to: today } },
  parameters: kit({ usage: long }),
  play: async ({ canvasElement }) => {
    await isReady(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Spend per week' })).toBeVisible();
    await expect(canvas.getAllByRole('img')).toHaveLength(29);
  },
};

/** "View as table" shows the chart's numbers as a table, and back. */
export const TableView: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await isReady(canvasElement);
    const labels = canvas.getAllByRole('img').map((bar) => bar.getAttribute('aria-label'));
    const toggle = canvas.getByRole('button', { name: 'View as table' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const rows = within(canvas.getByRole('table', { name: 'Spend per day' }))
      .getAllByRole('row')
      .slice(1);
    await expect(rows.map((row) => row.textContent)).toEqual(labels.map((label) => label?.replace(': ', '')));
  },
};

/** Arrow keys, Home and End move focus across the bars; each reads its date and amount. */
export const KeyboardBars: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await isReady(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'View as table' }));
    await userEvent.click(canvas.getByRole('button', { name: 'View as table' }));
    await userEvent.tab();
    const bars = canvas.getAllByRole('img');
    await expect(bars.at(-1)).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(bars.at(-2)).toHaveFocus();
    await expect(canvasElement.querySelector('[data-slot="tk-usage-chart-readout"]')).toHaveTextContent(
      bars.at(-2)?.getAttribute('aria-label') ?? '',
    );
    await userEvent.keyboard('{Home}');
    await expect(bars[0]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(bars.at(-1)).toHaveFocus();
  },
};

export const CustomRange: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await isReady(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Period' }), 'Custom range');
    const from = canvas.getByLabelText('From');
    await userEvent.clear(from);
    await userEvent.click(canvas.getByRole('button', { name: 'Show this range' }));
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveFocus();
  },
};

/** The host's own tips next to one derived from the breakdown; each can be dismissed. */
export const Tips: Story = {
  args: {
    tips: [
      {
        id: 'cache',
        text: 'Cache repeated queries: identical requests within an hour are free to serve again.',
      },
    ],
  },
  beforeEach: () => sessionStorage.removeItem('topup-kit:usage-tips-dismissed'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await isReady(canvasElement);
    await expect(canvas.getByText(/of your spend this period/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^Dismiss tip: Cache repeated queries/ }));
    await expect(canvas.queryByText(/^Cache repeated queries/)).toBeNull();
  },
};

/** Hosts that already hold the usage pass it in; the adapter is not asked. */
export const FromProps: Story = {
  args: { usage: recent, updatedAt: now },
  parameters: kit({ without: ['getUsage'] }),
};

export const Unavailable: Story = { parameters: kit({ without: ['getUsage'] }) };

export const German: Story = { globals: { locale: 'de' } };
export const French: Story = { globals: { locale: 'fr' }, args: { defaultPeriod: 'this-month' } };
/** Right-to-left text (the pseudo-locale): time runs right to left, the oldest day's bar on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'rtl' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('[data-slot="tk-usage-chart-bar"]').length).toBeGreaterThan(1),
    );
    const bars = [...canvasElement.querySelectorAll('[data-slot="tk-usage-chart-bar"]')];
    const first = (bars[0] as Element).getBoundingClientRect();
    const last = (bars.at(-1) as Element).getBoundingClientRect();
    await expect(first.left).toBeGreaterThan(last.right - 1);
    await expect(canvasElement.textContent).toMatch(/[\u05d0-\u05ea]{3}/);
  },
};
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { tips: [{ id: 'd', text: 'Batch small requests.' }] },
};
export const DarkError: Story = { globals: { theme: 'dark' }, parameters: kit({ failGetUsage: true }) };

/** Auto-recharge charged $25.00 a few minutes ago: the statement shows its receipt, as the banner does. */
const autoCharged = {
  ...recent,
  credits: [
    ...(recent.credits ?? []),
    {
      at: new Date(now.getTime() - 5 * 60_000).toISOString(),
      amount: { amountMinor: 2500, currency: 'USD' },
      source: 'auto-recharge',
    },
  ],
};
export const AutoRechargeReceipt: Story = {
  parameters: kit({ usage: autoCharged }),
  play: async ({ canvasElement }) => {
    await isReady(canvasElement);
    await expect(
      await within(canvasElement).findByText(/^Auto-recharge added \$25\.00 at \d{1,2}:\d{2}\s?[AP]M\.$/),
    ).toBeVisible();
  },
};
export const AutoRechargeReceiptDark: Story = { ...AutoRechargeReceipt, globals: { theme: 'dark' } };
export const AutoRechargeReceiptGerman: Story = {
  parameters: kit({ usage: autoCharged }),
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/^Automatisch aufgeladen: 25,00\s\$ um /),
    ).toBeVisible();
  },
};
export const AutoRechargeReceiptFrench: Story = {
  parameters: kit({ usage: autoCharged }),
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/^Recharge automatique\s:\s25,00\s\$(US)?\sajoutés à /),
    ).toBeVisible();
  },
};
