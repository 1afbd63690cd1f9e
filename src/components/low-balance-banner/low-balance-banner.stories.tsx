import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { KitParameters } from '../../../.storybook/kit';
import { pseudoRtl } from '../../../.storybook/pseudo-rtl';
import { useKit } from '../../react';
import { type FakeBillingAdapter, sampleAlertSettings, sampleUsage } from '../../testing';
import { Button } from '../ui';
import { LowBalanceBanner, type LowBalanceBannerProps } from './low-balance-banner';

const kit = (fake: KitParameters['fake'] = {}, provider?: KitParameters['provider']) => ({
  // No usage unless a story forecasts: the threshold stories read the same every day.
  kit: { fake: { without: fake.usage ? [] : ['getUsage'], ...fake }, provider } satisfies KitParameters,
});

/** The banner above a page, with a way to spend from the balance (as the app's work would). */
function Page(props: LowBalanceBannerProps) {
  const { adapter, recovery } = useKit();
  const spend = async () => {
    const fake = adapter as FakeBillingAdapter;
    fake.setBalance(Math.max(0, fake.balance().amountMinor - 1200));
    await recovery.refreshBalance();
  };
  return (
    <div className="tk:flex tk:flex-col tk:gap-4">
      <LowBalanceBanner {...props} />
      <div data-tk-root="">
        <Button variant="secondary" size="sm" onClick={spend}>
          Spend $12.00
        </Button>
      </div>
    </div>
  );
}

const meta = {
  title: 'Components/LowBalanceBanner',
  component: LowBalanceBanner,
  render: (args) => <Page {...args} />,
  args: { reviewUsageHref: '#usage', onDismiss: fn() },
  parameters: kit({ balanceMinor: 1500 }),
  // Each story starts undismissed: the dismissal otherwise lasts for the whole browser session.
  beforeEach: () => {
    for (const key of Object.keys(sessionStorage))
      if (key.startsWith('topup-kit:low-balance:')) sessionStorage.removeItem(key);
  },
} satisfies Meta<typeof LowBalanceBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

const banner = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-slot="tk-low-balance-banner"]') as HTMLElement;

/** Under the $20.00 warning level. */
export const Warning: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Your balance is running low')).toBeVisible();
    await expect(banner(canvasElement)).toHaveAttribute('data-state', 'warning');
  },
};

/** Under the $5.00 critical level. */
export const Critical: Story = {
  parameters: kit({ balanceMinor: 300 }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Your balance is nearly used up')).toBeVisible();
    await expect(banner(canvasElement)).toHaveAttribute('data-state', 'critical');
  },
};

export const RunOut: Story = { parameters: kit({ balanceMinor: 0 }) };

/** Above every alert level, but at the current pace it lasts less than a week. */
export const Forecast: Story = {
  parameters: kit({ balanceMinor: 3000, usage: sampleUsage(30, { end: new Date() }) }),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        /At your current pace it runs out (around \w{3} \d{1,2}|today|tomorrow)/,
      ),
    ).toBeVisible();
  },
};

/** Auto-recharge is on: the banner says it will step in, not that work will pause. */
export const WithAutoRecharge: Story = {
  parameters: kit({
    alertSettings: (() => {
      const settings = sampleAlertSettings();
      settings.autoRecharge.enabled = true;
      return settings;
    })(),
  }),
};

/** Nothing to say: the banner renders only its (empty) live region. */
export const Healthy: Story = {
  parameters: kit({ balanceMinor: 8000 }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(banner(canvasElement)).toHaveAttribute('data-state', 'hidden'));
    await expect(within(canvasElement).getByRole('status')).toBeEmptyDOMElement();
  },
};

/** Dismissed at the warning, it comes back when spending takes the balance under the critical level. */
export const DismissedThenWorse: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
    await expect(banner(canvasElement)).toHaveAttribute('data-state', 'hidden');
    await userEvent.click(canvas.getByRole('button', { name: 'Spend $12.00' }));
    await expect(await canvas.findByText('Your balance is nearly used up')).toBeVisible();
    await expect(banner(canvasElement)).toHaveAttribute('data-state', 'critical');
  },
};

/** "Top up" opens the one-click top-up in a dialog. */
export const TopUpDialog: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Top up' }));
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: 'Top up your balance' });
    await expect(within(dialog).getByRole('button', { name: /^Top up \$/ })).toBeVisible();
  },
};

export const Sticky: Story = {
  args: { sticky: true },
  parameters: { ...kit({ balanceMinor: 300 }), layout: 'fullscreen' },
};

export const WarningDark: Story = { globals: { theme: 'dark' } };
export const CriticalDark: Story = { parameters: kit({ balanceMinor: 300 }), globals: { theme: 'dark' } };
export const German: Story = {
  globals: { locale: 'de' },
  parameters: kit({ balanceMinor: 3000, usage: sampleUsage(30, { end: new Date() }) }),
};
export const French: Story = { globals: { locale: 'fr' }, parameters: kit({ balanceMinor: 300 }) };
/** Right-to-left text (the pseudo-locale): the banner's accent edge is its start, on the right. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'rtl' },
  parameters: kit({ balanceMinor: 300 }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('button', { name: new RegExp(`^${pseudoRtl('Top up')}`) });
    const banner = canvasElement.querySelector('[data-slot="tk-low-balance-banner"]') as HTMLElement;
    const style = getComputedStyle(banner);
    await expect(style.direction).toBe('rtl');
    await expect([style.borderRightWidth, style.borderLeftWidth]).toEqual(['4px', '1px']);
    await expect(banner.textContent).toMatch(/[\u05d0-\u05ea]{3}/);
  },
};

/** Auto-recharge on, in the state a story names (its settings as the server saved them). */
const withRecharge = (
  patch: Partial<ReturnType<typeof sampleAlertSettings>['autoRecharge']>,
  fake: KitParameters['fake'] = {},
) => {
  const settings = sampleAlertSettings();
  settings.autoRecharge = { ...settings.autoRecharge, enabled: true, ...patch };
  return kit({ balanceMinor: 1500, alertSettings: settings, ...fake });
};

/** It just charged $25.00: the receipt shows, in the same words as the usage summary. */
export const AutoRechargeReceipt: Story = {
  parameters: withRecharge(
    {},
    {
      balanceMinor: 3000,
      usage: {
        records: [],
        credits: [
          {
            at: new Date(Date.now() - 5 * 60_000).toISOString(),
            amount: { amountMinor: 2500, currency: 'USD' },
            source: 'auto-recharge',
          },
        ],
      },
    },
  ),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/^Auto-recharge added \$25\.00 at \d{1,2}:\d{2}\s?[AP]M\.$/),
    ).toBeVisible();
  },
};

/** Paused after declines: said with the server's reason. */
export const AutoRechargePaused: Story = {
  parameters: withRecharge({ status: 'paused', statusReason: 'Your card was declined 3 times in a row.' }),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        'Auto-recharge is paused. Your card was declined 3 times in a row.',
      ),
    ).toBeVisible();
  },
};

/** The bank wants the cardholder: the banner links to where they confirm. */
export const AutoRechargeRequiresAction: Story = {
  parameters: withRecharge({
    status: 'requires_action',
    lastCharge: {
      id: 'arc_story',
      at: new Date().toISOString(),
      amount: { amountMinor: 2500, currency: 'USD' },
      status: 'requires_action',
      actionUrl: '#bank',
    },
  }),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('link', { name: 'Confirm with your bank' }),
    ).toBeVisible();
  },
};
const variant = (story: Story, globals: Story['globals']): Story => ({ ...story, globals, play: undefined });
export const AutoRechargeReceiptDark = variant(AutoRechargeReceipt, { theme: 'dark' });
export const AutoRechargeReceiptGerman = variant(AutoRechargeReceipt, { locale: 'de' });
export const AutoRechargeReceiptFrench = variant(AutoRechargeReceipt, { locale: 'fr' });
export const AutoRechargePausedDark = variant(AutoRechargePaused, { theme: 'dark' });
export const AutoRechargePausedGerman = variant(AutoRechargePaused, { locale: 'de' });
export const AutoRechargePausedFrench = variant(AutoRechargePaused, { locale: 'fr' });
export const AutoRechargeRequiresActionDark = variant(AutoRechargeRequiresAction, { theme: 'dark' });
export const AutoRechargeRequiresActionGerman = variant(AutoRechargeRequiresAction, { locale: 'de' });
export const AutoRechargeRequiresActionFrench = variant(AutoRechargeRequiresAction, { locale: 'fr' });
