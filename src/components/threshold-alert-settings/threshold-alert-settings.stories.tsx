import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { KitParameters } from '../../../.storybook/kit';
import { pseudoRtl } from '../../../.storybook/pseudo-rtl';
import type { AlertSettings } from '../../core';
import { createFakeBillingAdapter, sampleAlertSettings } from '../../testing';
import { ThresholdAlertSettings } from './threshold-alert-settings';

const TERMS =
  'Charge Visa •••• 4242 $25.00 whenever my balance falls below $5.00, at most $100.00 per month. I can turn this off at any time.';

function settings(change: (s: AlertSettings) => void = () => {}): AlertSettings {
  const s = sampleAlertSettings();
  change(s);
  return s;
}

const withConsent = (terms: string) =>
  settings((s) => {
    s.autoRecharge = {
      ...s.autoRecharge,
      enabled: true,
      paymentMethodId: 'pm_visa',
      consent: { terms, acceptedAt: '2026-11-01T10:00:00.000Z', version: '2026-11' },
    };
  });

// $50.00 unless a story says otherwise: above the $5.00 threshold, so saving charges nothing at once.
const kit = (fake: KitParameters['fake'] = {}, provider?: KitParameters['provider']) => ({
  kit: { fake: { balanceMinor: 5000, ...fake }, provider } satisfies KitParameters,
});

const meta = {
  title: 'Components/ThresholdAlertSettings',
  component: ThresholdAlertSettings,
  args: { onSaved: fn(), onValueChange: fn(), className: 'tk:max-w-2xl' },
  parameters: kit(),
} satisfies Meta<typeof ThresholdAlertSettings>;
export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-slot="tk-threshold-alert-settings"]') as HTMLElement;

/** Loaded from the adapter: alerts on at $20.00 and $5.00, auto-recharge off. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('switch', { name: 'Auto-recharge' })).not.toBeChecked();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');
  },
};

/** An account that never saved anything: alerts and auto-recharge off. */
export const Empty: Story = {
  parameters: kit({
    alertSettings: settings((s) => {
      s.alertsEnabled = false;
      s.thresholds = [];
      s.channels = { email: [], inApp: false };
    }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('switch', { name: 'Low-balance alerts' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add another alert' }));
    await expect(canvas.getByRole('textbox', { name: 'Alert 1: when my balance falls below' })).toHaveFocus();
  },
};

/** An adapter that can save but not load: the form starts from the defaults, alerts and auto-recharge off. */
export const SaveOnlyAdapter: Story = {
  parameters: kit(undefined, {
    adapter: (() => {
      const { getAlertSettings: _cannotLoad, ...saveOnly } = createFakeBillingAdapter({
        balanceMinor: 120,
        alertSettings: sampleAlertSettings(),
      });
      return saveOnly;
    })(),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('switch', { name: 'Low-balance alerts' })).not.toBeChecked();
    await expect(canvas.getByRole('switch', { name: 'Auto-recharge' })).not.toBeChecked();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');
  },
};

export const Loading: Story = { parameters: kit({ latencyMs: 600_000 }) };

export const LoadError: Story = {
  parameters: kit({ failGetAlertSettings: true }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText("We couldn't load your alert settings. Nothing has changed."),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const AlertsOff: Story = {
  parameters: kit({
    alertSettings: settings((s) => {
      s.alertsEnabled = false;
    }),
  }),
};

/** Auto-recharge on, with the user's recorded consent to exactly these terms. */
export const AutoRechargeOn: Story = {
  parameters: kit({ alertSettings: withConsent(TERMS) }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('checkbox', { name: TERMS })).toBeChecked();
  },
};

/** Switched on, Save pressed without ticking the box: the summary takes focus and links to it. */
export const ConsentMissing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('switch', { name: 'Auto-recharge' }));
    const consent = canvas.getByRole('checkbox', { name: TERMS });
    await expect(consent).not.toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Save settings' }));
    const summary = canvas.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.click(
      canvas.getByRole('link', { name: 'Tick the box to confirm these terms, or turn auto-recharge off.' }),
    );
    await expect(consent).toHaveFocus();
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'invalid');
  },
};

export const ConsentMissingDark: Story = { ...ConsentMissing, globals: { theme: 'dark' } };

/** The stored consent was for other terms: the box is unticked and the user is asked again. */
export const ConsentChanged: Story = {
  parameters: kit({
    alertSettings: withConsent(
      'Charge Visa •••• 4242 $20.00 whenever my balance falls below $5.00, at most $100.00 per month. I can turn this off at any time.',
    ),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('checkbox', { name: TERMS })).not.toBeChecked();
    await expect(canvas.getByText('The terms changed — please confirm them again.')).toBeVisible();
  },
};

/** The whole consent flow: on, tick, change an amount (asked again), tick, save. */
export const ConsentFlow: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('switch', { name: 'Auto-recharge' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: TERMS }));
    const amount = canvas.getByRole('textbox', { name: 'Add' });
    await userEvent.clear(amount);
    await userEvent.type(amount, '30');
    const consent = canvas.getByRole('checkbox', { name: /^Charge Visa •••• 4242 \$30\.00/ });
    await expect(consent).not.toBeChecked();
    await expect(canvas.getByText('The terms changed — please confirm them again.')).toBeVisible();
    await userEvent.click(consent);
    await userEvent.click(canvas.getByRole('button', { name: 'Save settings' }));
    await expect(await canvas.findByText('Saved. Your alert settings are up to date.')).toBeVisible();
    await expect(args.onSaved).toHaveBeenCalledTimes(1);
  },
};

export const Saving: Story = {
  parameters: kit({ hangSaveAlertSettings: true }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Show the alert in the app' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save settings' }));
    await expect(canvas.getByRole('button', { name: 'Save settings' })).toHaveAttribute('aria-busy', 'true');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'saving');
  },
};

export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Show the alert in the app' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save settings' }));
    await expect(await canvas.findByText('Saved. Your alert settings are up to date.')).toBeVisible();
  },
};

/** The server refused: its words are shown, and what the user typed stays. */
export const Failed: Story = {
  parameters: kit({ failSaveAlertSettings: 'The webhook host did not answer.' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const webhook = await canvas.findByRole('textbox', { name: 'Webhook URL (optional)' });
    await userEvent.type(webhook, 'https://hooks.example.com/balance');
    await userEvent.click(canvas.getByRole('button', { name: 'Save settings' }));
    await expect(await canvas.findByText('The server said: The webhook host did not answer.')).toBeVisible();
    await expect(webhook).toHaveValue('https://hooks.example.com/balance');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'failed');
  },
};

/** Bad input everywhere: each problem is listed, linked and explained next to its field. */
export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = await canvas.findByRole('textbox', { name: 'Alert 1: when my balance falls below' });
    await userEvent.clear(first);
    await userEvent.type(first, '1e309');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email addresses' }), ', finance@');
    const webhook = canvas.getByRole('textbox', { name: 'Webhook URL (optional)' });
    await userEvent.type(webhook, 'javascript:alert(1)');
    await userEvent.click(canvas.getByRole('button', { name: 'Save settings' }));
    const summary = canvas.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(within(summary).getAllByRole('link')).toHaveLength(3);
    await userEvent.click(within(summary).getByRole('link', { name: /webhook URL/ }));
    await expect(webhook).toHaveFocus();
    await expect(webhook).toHaveAttribute('aria-invalid', 'true');
  },
};

export const TestAlertSent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Send test alert' }));
    await expect(await canvas.findByText('Test alert sent. Check the channels you chose.')).toBeVisible();
  },
};

export const Dark: Story = {
  parameters: kit({ alertSettings: withConsent(TERMS) }),
  globals: { theme: 'dark' },
};
export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('switch', { name: 'Automatisch aufladen' }));
    await expect(canvas.getByRole('textbox', { name: 'Aufladen um' })).toHaveValue('25,00');
  },
};
export const French: Story = {
  globals: { locale: 'fr' },
  parameters: kit({ alertSettings: withConsent(TERMS) }),
};
/** Right-to-left text (the pseudo-locale): the switch sits at the start (right), its thumb slides to the left when on. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'rtl' },
  parameters: kit({ alertSettings: withConsent(TERMS) }),
  play: async ({ canvasElement }) => {
    const control = await within(canvasElement).findByRole('switch', { name: pseudoRtl('Auto-recharge') });
    const track = (control.parentElement as HTMLElement).getBoundingClientRect();
    const thumb = control.parentElement?.lastElementChild as HTMLElement;
    const label = canvasElement.querySelector(`label[for="${control.id}"]`) as HTMLElement;
    await expect(getComputedStyle(label).direction).toBe('rtl');
    // The label follows the switch leftwards.
    await expect(label.getBoundingClientRect().right).toBeLessThanOrEqual(track.left);
    // Off: the thumb rests at the right end; on: at the left end (LTR: the other way round).
    const thumbAtLeft = () => {
      const box = thumb.getBoundingClientRect();
      return box.left - track.left < track.right - box.right;
    };
    const on = (control as HTMLInputElement).checked;
    await expect(thumbAtLeft()).toBe(on);
    await userEvent.click(control);
    await expect(control).toHaveProperty('checked', !on);
    await waitFor(() => expect(thumbAtLeft()).toBe(!on));
  },
};
export const BrandForest: Story = { globals: { theme: 'brand-forest' } };

const autoCharge = (status: 'succeeded' | 'requires_action' | 'failed') => ({
  id: 'tu_story',
  at: '2026-12-01T10:42:00.000Z',
  amount: { amountMinor: 2500, currency: 'USD' },
  status,
  ...(status === 'requires_action' ? { actionUrl: '/3ds/tu_story' } : {}),
  ...(status === 'failed' ? { failureReason: 'Your card was declined by the bank.' } : {}),
});

/** Reload to a target balance: its own exact terms. */
export const TargetMode: Story = {
  parameters: kit({
    alertSettings: settings((s) => {
      s.autoRecharge = {
        ...s.autoRecharge,
        enabled: true,
        mode: 'target',
        target: { amountMinor: 3000, currency: 'USD' },
      };
    }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radio', { name: 'Top up to a target balance' })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: /bring it back to \$30\.00/ })).not.toBeChecked();
  },
};
export const TargetModeDark: Story = { ...TargetMode, play: undefined, globals: { theme: 'dark' } };
export const TargetModeGerman: Story = { ...TargetMode, play: undefined, globals: { locale: 'de' } };
export const TargetModeFrench: Story = { ...TargetMode, play: undefined, globals: { locale: 'fr' } };

/** The balance ($4.85) is already under the threshold: the terms say saving charges now, with the amount. */
export const ChargesNow: Story = {
  parameters: kit({
    balanceMinor: 485,
    alertSettings: settings((s) => {
      s.autoRecharge = { ...s.autoRecharge, enabled: true };
    }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('checkbox', { name: /already below \$5\.00: this charges \$25\.00 now\.$/ }),
    ).not.toBeChecked();
  },
};
export const ChargesNowDark: Story = { ...ChargesNow, play: undefined, globals: { theme: 'dark' } };
export const ChargesNowGerman: Story = { ...ChargesNow, play: undefined, globals: { locale: 'de' } };
export const ChargesNowFrench: Story = { ...ChargesNow, play: undefined, globals: { locale: 'fr' } };

/** Paused by the server after 3 declines: its reason, and the way back on. */
export const Paused: Story = {
  parameters: kit({
    alertSettings: settings((s) => {
      s.autoRecharge = {
        ...withConsent(TERMS).autoRecharge,
        status: 'paused',
        statusReason: 'Your card was declined 3 times in a row, so auto-recharge is paused.',
        lastCharge: autoCharge('failed'),
      };
    }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Auto-recharge is paused' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Turn auto-recharge back on' })).toBeVisible();
  },
};
export const PausedDark: Story = { ...Paused, play: undefined, globals: { theme: 'dark' } };
export const PausedGerman: Story = { ...Paused, play: undefined, globals: { locale: 'de' } };
export const PausedFrench: Story = { ...Paused, play: undefined, globals: { locale: 'fr' } };

/** The bank wants the cardholder for an automatic charge: confirm there; nothing is retried meanwhile. */
export const RequiresAction: Story = {
  parameters: kit({
    alertSettings: settings((s) => {
      s.autoRecharge = {
        ...withConsent(TERMS).autoRecharge,
        status: 'requires_action',
        lastCharge: autoCharge('requires_action'),
      };
    }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: 'Your bank wants to confirm an auto-recharge' }),
    ).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Confirm with your bank' })).toHaveAttribute(
      'href',
      '/3ds/tu_story',
    );
  },
};
export const RequiresActionDark: Story = { ...RequiresAction, play: undefined, globals: { theme: 'dark' } };
export const RequiresActionGerman: Story = { ...RequiresAction, play: undefined, globals: { locale: 'de' } };
export const RequiresActionFrench: Story = { ...RequiresAction, play: undefined, globals: { locale: 'fr' } };

/** On and active: the hint under the switch says the terms in one line. */
export const ActiveHint: Story = {
  parameters: kit({
    alertSettings: settings((s) => {
      s.autoRecharge = {
        ...withConsent(TERMS).autoRecharge,
        status: 'active',
        lastCharge: autoCharge('succeeded'),
      };
    }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('switch', { name: 'Auto-recharge' })).toHaveAccessibleDescription(
      'On: adds $25.00 whenever your balance falls below $5.00, at most $100.00 a month.',
    );
  },
};
export const ActiveHintDark: Story = { ...ActiveHint, play: undefined, globals: { theme: 'dark' } };
export const ActiveHintGerman: Story = { ...ActiveHint, play: undefined, globals: { locale: 'de' } };
export const ActiveHintFrench: Story = { ...ActiveHint, play: undefined, globals: { locale: 'fr' } };
