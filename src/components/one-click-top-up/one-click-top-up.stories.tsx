import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { pseudoRtl } from '../../../.storybook/pseudo-rtl';
import { OneClickTopUp } from './one-click-top-up';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

const meta = {
  title: 'Recovery/OneClickTopUp',
  component: OneClickTopUp,
  args: {
    presets: [usd(1000), usd(2500), usd(5000), usd(10000)],
    min: usd(500),
    max: usd(50000),
    onSuccess: fn(),
    className: 'tk:max-w-md',
  },
  parameters: { kit: { fake: {} } },
} satisfies Meta<typeof OneClickTopUp>;
export default meta;
type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-slot="tk-one-click-top-up"]') as HTMLElement;
const stateIs = (canvasElement: HTMLElement, state: string) =>
  waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', state), { timeout: 4000 });
const pay = async (canvasElement: HTMLElement, name = 'Top up $10.00') => {
  const canvas = within(canvasElement);
  await canvas.findByRole('group', { name: 'Pay with' });
  await userEvent.click(canvas.getByRole('button', { name }));
};

export const Default: Story = {};

export const Succeeded: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '$25.00' }));
    await pay(canvasElement, 'Top up $25.00');
    await stateIs(canvasElement, 'succeeded');
    await expect(canvas.getByRole('status')).toHaveTextContent('Added $25.00. Your balance is now $26.20.');
    // onSuccess runs in an effect, a moment after the success is on screen.
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

export const OtherAmount: Story = {
  args: { defaultAmount: usd(1750) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'Other amount' })).toBeChecked();
    await expect(canvas.getByText('Between $5.00 and $500.00.')).toBeInTheDocument();
  },
};

export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Other amount' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Amount in USD' }), '2.5');
    await userEvent.click(canvas.getByRole('button', { name: 'Top up' }));
    await stateIs(canvasElement, 'invalid');
    await expect(canvas.getByText('Enter an amount of at least $5.00.')).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: 'Amount in USD' })).toHaveFocus();
  },
};

export const Paying: Story = {
  parameters: { kit: { fake: { script: ['hang'] } } },
  play: async ({ canvasElement }) => {
    await pay(canvasElement);
    await stateIs(canvasElement, 'paying');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Adding $10.00…');
  },
};

export const RequiresAction: Story = {
  parameters: { kit: { fake: { script: ['require_action'] } } },
  play: async ({ canvasElement }) => {
    await pay(canvasElement);
    await stateIs(canvasElement, 'requires-action');
  },
};

export const Pending: Story = {
  parameters: { kit: { fake: { script: ['pend'] } } },
  play: async ({ canvasElement }) => {
    await pay(canvasElement);
    await stateIs(canvasElement, 'pending');
  },
};

export const Failed: Story = {
  parameters: { kit: { fake: { script: ['decline'] } } },
  play: async ({ canvasElement }) => {
    await pay(canvasElement);
    await stateIs(canvasElement, 'failed');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'Your card was declined by the bank.',
    );
  },
};

export const Unknown: Story = {
  name: 'Connection lost',
  parameters: { kit: { fake: { script: ['network_error'] } } },
  play: async ({ canvasElement }) => {
    await pay(canvasElement);
    await stateIs(canvasElement, 'unknown');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('The connection was lost');
  },
};

export const DoubleClickChargesOnce: Story = {
  parameters: { kit: { fake: { latencyMs: 200 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Pay with' });
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Top up $10.00' }));
    await stateIs(canvasElement, 'succeeded');
    await expect(canvas.getByRole('status')).toHaveTextContent('Your balance is now $11.20.');
  },
};

export const Yen: Story = {
  args: { presets: undefined, min: undefined, max: undefined, currency: 'JPY' },
  parameters: { kit: { fake: { currency: 'JPY', balanceMinor: 300 } } },
};

export const Dinar: Story = {
  name: 'Kuwaiti dinar (3 decimals)',
  args: {
    presets: undefined,
    min: undefined,
    max: undefined,
    defaultAmount: { amountMinor: 12345, currency: 'KWD' },
  },
  parameters: { kit: { fake: { currency: 'KWD' } } },
};

export const OneSavedMethod: Story = {
  parameters: {
    kit: { fake: { paymentMethods: [{ id: 'pm_1', brand: 'Mastercard', last4: '4444', isDefault: true }] } },
  },
};

export const NoSavedMethods: Story = {
  parameters: { kit: { fake: { without: ['listPaymentMethods'] } } },
};

const dark = (story: Story): Story => ({ ...story, globals: { theme: 'dark' } });
export const DefaultDark = dark(Default);
export const SucceededDark = dark(Succeeded);
export const InvalidDark = dark(Invalid);
export const PayingDark = dark(Paying);
export const RequiresActionDark = dark(RequiresAction);
export const PendingDark = dark(Pending);
export const FailedDark = dark(Failed);
export const UnknownDark = dark(Unknown);

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

export const German: Story = {
  globals: { locale: 'de' },
  args: { presets: [eur(1000), eur(2500), eur(5000)], min: eur(500), max: eur(500000) },
  parameters: { kit: { fake: { currency: 'EUR' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Anderer Betrag' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Betrag in EUR' }), '1.234,56');
    await expect(canvas.getByRole('button', { name: /^1\.234,56\s€ aufladen$/ })).toBeInTheDocument();
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  args: { presets: [eur(1000), eur(2500), eur(5000)], min: eur(500), max: eur(500000) },
  parameters: { kit: { fake: { currency: 'EUR' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Autre montant' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Recharger' }));
    await expect(canvas.getByText(/^Saisissez un montant, par exemple 25,00\s€\.$/)).toBeInTheDocument();
  },
};

/** Right-to-left text (the pseudo-locale): the amounts read from the right, the first preset rightmost. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl', locale: 'rtl' },
  args: { defaultAmount: usd(1750) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: new RegExp(`^${pseudoRtl('Top up')}`) });
    const [first, second] = canvas.getAllByRole('radio').map((radio) => radio.getBoundingClientRect());
    await expect((first as DOMRect).left).toBeGreaterThan((second as DOMRect).right - 1);
  },
};
