import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { pseudoRtl } from '../../../.storybook/pseudo-rtl';
import {
  type BillingAdapter,
  createRecovery,
  createTabSync,
  InsufficientBalanceError,
  type TopUpResult,
} from '../../core';
import { useKit } from '../../react';
import { createFakeBillingAdapter, sampleAlertSettings } from '../../testing';
import { Button } from '../ui';
import { BalanceBlockedModal, type BalanceBlockedModalProps } from './balance-blocked-modal';

/** What a story blocks on mount: real 402s into a real store over the fake adapter. */
type Scenario = {
  /** The intents waiting, in the user's words. */
  intents?: string[];
  /** Fields of the 402 body the server sent (balance/required in minor units). */
  body?: Partial<ConstructorParameters<typeof InsufficientBalanceError>[0]>;
  /** Keep the replay running, to show the resuming step. */
  slowReplay?: boolean;
  /** 'confirm': the work asks for a "Continue" after the top-up instead of running again by itself. */
  resume?: 'confirm';
  /** Another tab of the same account pays $5.00 on mount, on the same backend: 'holds' keeps it paying. */
  otherTab?: 'holds' | 'succeeds';
};

const INTENT = 'Run query “Monthly revenue”';
const TITLE = `Your balance isn't enough for ${INTENT}`;

/** The fake backend, with its top-ups answered by `topUp` instead: outcomes the fake has no card for. */
function answering(topUp: BillingAdapter['topUp']): BillingAdapter {
  return { ...createFakeBillingAdapter({ balanceMinor: 120 }), topUp };
}
/** The billing server's own refusal (422 problem+json, as the HTTP adapter reports it). */
const refusingAdapter = answering(async () => ({
  status: 'failed',
  failureKind: 'refused',
  failureReason: 'A top-up can be at most $10,000.00.',
}));
/** No answer in time: the client's timeout, while the charge may still land. */
const slowAdapter = answering(async () => {
  throw new DOMException('The operation timed out.', 'TimeoutError');
});
/** A debit on its way, due in 10 minutes. */
const pendingAdapter = answering(async () => ({
  status: 'pending',
  expectedAt: new Date(Date.now() + 600_000).toISOString(),
}));
const announced = (modal: HTMLElement) =>
  modal.querySelector('[data-slot="tk-balance-blocked-modal-status"]') as HTMLElement;

function seedError(body: Scenario['body'] = {}) {
  return new InsufficientBalanceError({
    httpStatus: 402,
    code: 40203,
    serverMessage: 'Account balance not enough to run this query, please recharge',
    balance: { amountMinor: 120, currency: 'USD' },
    required: { amountMinor: 450, currency: 'USD' },
    requestId: 'req_8f2c41',
    raw: {},
    ...body,
  });
}

/** A host page: its work is blocked on mount (and again from the button), and it shows what came back. */
function Host({
  scenario,
  account,
  ...props
}: BalanceBlockedModalProps & { scenario: Scenario; account: string }) {
  const { recovery } = useKit();
  const [result, setResult] = React.useState('');
  const run = React.useCallback(() => {
    const intents = scenario.intents ?? [INTENT];
    setResult('');
    for (const intent of intents)
      recovery
        .block(seedError(scenario.body), {
          intent,
          resume: scenario.resume,
          retry: scenario.slowReplay ? () => new Promise<string>(() => {}) : async () => `${intent}: done`,
        })
        // "Not now" rejects the waiting call: the host decides what to say.
        .then(
          (value) => setResult(String(value)),
          () => setResult('Not run — nothing was charged.'),
        );
  }, [recovery, scenario]);
  const started = React.useRef(false);
  React.useEffect(() => {
    if (started.current) return;
    started.current = true;
    run();
  }, [run]);
  useOtherTab(scenario.otherTab, account);
  return (
    <div data-tk-root="" className="tk:flex tk:flex-col tk:items-start tk:gap-3">
      <Button variant="secondary" onClick={run}>
        {INTENT}
      </Button>
      <output className="tk:text-sm">{result}</output>
      <BalanceBlockedModal {...props} />
    </div>
  );
}

/**
 * A second tab of the same account, as real as one page allows: its own store and tab sync (its
 * own BroadcastChannel; the origin's Web Locks and localStorage), paying on the same backend.
 */
function useOtherTab(mode: Scenario['otherTab'], account: string) {
  const { adapter } = useKit();
  React.useEffect(() => {
    if (!mode) return;
    let answer = (_: TopUpResult) => {};
    const slowCard: BillingAdapter = {
      ...adapter,
      topUp: (request) =>
        new Promise((resolve) => {
          answer = resolve;
          // 'holds': the bank never answers while the story is shown.
          if (mode === 'succeeds') setTimeout(() => resolve(adapter.topUp(request)), 600);
        }),
    };
    const otherTab = createRecovery({ adapter: slowCard });
    const sync = createTabSync({ account });
    const disconnect = otherTab.syncTabs(sync);
    // A moment after this tab blocked, as a user switching tabs would.
    const timer = setTimeout(() => otherTab.topUp({ amountMinor: 500, currency: 'USD' }), 300);
    return () => {
      clearTimeout(timer);
      answer({ status: 'failed', failureReason: 'The story ended.' });
      disconnect();
      sync.close();
    };
  }, [mode, account, adapter]);
}

const meta = {
  title: 'Recovery/BalanceBlockedModal',
  component: BalanceBlockedModal,
  args: { onSetUpAlerts: undefined },
  parameters: {
    kit: { fake: {} },
    scenario: {} satisfies Scenario,
    // Each story's open dialog in its own frame on the Docs page, instead of all of them stacked.
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
  render: (args, context: StoryContext) => (
    <Host
      {...args}
      scenario={(context.parameters.scenario as Scenario | undefined) ?? {}}
      account={context.id}
    />
  ),
} satisfies Meta<typeof BalanceBlockedModal>;
export default meta;
type Story = StoryObj<typeof meta>;

const screen = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const dialog = async (canvasElement: HTMLElement) => screen(canvasElement).findByRole('dialog');
const stepIs = async (canvasElement: HTMLElement, step: string) =>
  waitFor(async () => expect(await dialog(canvasElement)).toHaveAttribute('data-step', step), {
    timeout: 4000,
  });
/**
 * The kit's one suggestion on the demo account: the $3.30 short, plus enough that the balance stays above its
 * $20.00 alert level once the query has run ($1.20 + $25.00 − $4.50 = $21.70), rounded to $25.00.
 */
const SUGGESTED = '$25.00';
const clickTopUp = async (canvasElement: HTMLElement) => {
  const modal = await dialog(canvasElement);
  // Stories over their own adapter have no alert levels: their suggestion covers the shortfall alone.
  await userEvent.click(await within(modal).findByRole('button', { name: /^Top up \$\d+\.\d\d$/ }));
};

export const Blocked: Story = {
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    const inModal = within(modal);
    await expect(modal).toHaveAttribute('data-step', 'blocked');
    await expect(inModal.getByRole('heading', { name: TITLE })).toHaveFocus();
    await expect(inModal.getAllByText(INTENT)).toHaveLength(2);
    // Whole at once: the primary action and "Not now" are there with the heading.
    await expect(inModal.getByRole('button', { name: 'Not now' })).toBeInTheDocument();
    await expect(inModal.getByText('$3.30')).toBeInTheDocument();
    await expect(await inModal.findByText('Charged to Visa •••• 4242')).toBeInTheDocument();
    await userEvent.click(inModal.getByText('Technical details'));
    await expect(inModal.getByText(/InsufficientBalanceError · HTTP 402 · code 40203/)).toBeVisible();
  },
};

export const TopUpAndResume: Story = {
  name: 'Top up, receipt, resume',
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'resuming');
    const modal = await dialog(canvasElement);
    // The receipt stays while the work resumes, announced politely.
    await waitFor(() =>
      expect(announced(modal)).toHaveTextContent('Added $25.00. Your balance is now $26.20.'),
    );
    await expect(modal).toHaveTextContent('Added $25.00. Your balance is now $26.20.');
    await expect(within(canvasElement).getByText(`${INTENT}: done`)).toBeInTheDocument();
    await userEvent.click(within(modal).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen(canvasElement).queryByRole('dialog')).toBeNull());
  },
};

export const NotNow: Story = {
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await userEvent.click(within(modal).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen(canvasElement).queryByRole('dialog')).toBeNull());
    await expect(within(canvasElement).getByText('Not run — nothing was charged.')).toBeInTheDocument();
  },
};

export const SeveralWaiting: Story = {
  parameters: {
    scenario: { intents: [INTENT, 'Export “Q3 invoices”', 'Summarise “Churn interviews”'] },
  },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await expect(modal).toHaveTextContent('3 tasks are waiting to resume');
    await expect(within(modal).getAllByRole('listitem')).toHaveLength(3);
  },
};

export const UnknownNumbers: Story = {
  name: 'Without numbers from the server',
  parameters: { scenario: { body: { balance: undefined, required: undefined, code: undefined } } },
};

export const WithOptions: Story = {
  name: 'With alerts, support and social proof',
  args: { onSetUpAlerts: fn() },
  parameters: {
    kit: {
      fake: {},
      provider: {
        supportHref: 'https://example.com/support',
        socialProof: { text: 'Most teams on your plan set a low-balance alert.' },
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const modal = await dialog(canvasElement);
    await expect(
      within(modal).getByText('Most teams on your plan set a low-balance alert.'),
    ).toBeInTheDocument();
    await userEvent.click(within(modal).getByRole('button', { name: 'Set up alerts or auto-recharge' }));
    await expect(args.onSetUpAlerts).toHaveBeenCalledTimes(1);
    // Leaving for the settings keeps the work waiting, with a small reminder.
    const reminder = await screen(canvasElement).findByRole('region', { name: 'Waiting for a top-up' });
    await expect(reminder).toHaveTextContent('1 task waiting — resumes after a top-up');
    await expect(within(canvasElement).queryByText('Not run — nothing was charged.')).toBeNull();
  },
};

export const CalmMoment: Story = {
  name: 'Calm moment before the options',
  args: { revealDelayMs: 1200 },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await waitFor(
      () =>
        expect(modal.querySelector('[data-slot="tk-balance-blocked-modal-options"]')).toHaveAttribute(
          'data-revealed',
          'true',
        ),
      { timeout: 3000 },
    );
  },
};

export const Choosing: Story = {
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await userEvent.click(within(modal).getByRole('button', { name: 'Choose another amount' }));
    await stepIs(canvasElement, 'choosing');
    await expect(within(modal).getByRole('radio', { name: SUGGESTED })).toBeChecked();
  },
};

export const Paying: Story = {
  parameters: { kit: { fake: { script: ['hang'] } } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'paying');
    const modal = await dialog(canvasElement);
    await expect(announced(modal)).toHaveTextContent(`Adding ${SUGGESTED}…`);
  },
};

export const RequiresAction: Story = {
  parameters: { kit: { fake: { script: ['require_action'] } } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'requires-action');
    const modal = await dialog(canvasElement);
    await expect(within(modal).getByRole('link', { name: /Open your bank's page/ })).toHaveAttribute(
      'target',
      '_blank',
    );
  },
};

export const PendingCredit: Story = {
  name: 'Pending credit (on its way, expected time)',
  parameters: { kit: { provider: { adapter: pendingAdapter } } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'pending-credit');
    const modal = await dialog(canvasElement);
    await expect(
      within(modal).getByRole('heading', { name: 'Your payment is on its way' }),
    ).toBeInTheDocument();
    await expect(modal).toHaveTextContent(/It usually lands by .+\. We check by ourselves\./);
    await expect(within(modal).getByRole('progressbar', { name: 'Payment on its way' })).toBeInTheDocument();
    // Nothing to press but "Not now": the kit checks by itself.
    await expect(within(modal).queryByRole('button', { name: /Try again|Top up/ })).toBeNull();
  },
};

export const Refused: Story = {
  name: 'Refused by the billing server',
  parameters: { kit: { provider: { adapter: refusingAdapter } } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'failed');
    const modal = await dialog(canvasElement);
    await expect(
      within(modal).getByRole('heading', { name: "This top-up wasn't accepted" }),
    ).toBeInTheDocument();
    await expect(within(modal).getByText('A top-up can be at most $10,000.00.')).toBeInTheDocument();
    await expect(within(modal).getByRole('button', { name: 'Change the amount' })).toBeInTheDocument();
  },
};

export const StillWaiting: Story = {
  name: 'Still waiting for confirmation (client timeout)',
  parameters: { kit: { provider: { adapter: slowAdapter } } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'unknown');
    const modal = await dialog(canvasElement);
    await expect(
      within(modal).getByRole('heading', { name: 'Still waiting for confirmation' }),
    ).toBeInTheDocument();
    await expect(modal).not.toHaveTextContent(/lost the connection/);
    await expect(within(modal).queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(within(modal).getByRole('button', { name: 'Not now' })).toBeInTheDocument();
  },
};

export const Resuming: Story = {
  parameters: { scenario: { slowReplay: true } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'resuming');
    const modal = await dialog(canvasElement);
    await expect(within(modal).getByRole('heading')).toHaveTextContent(`Resuming ${INTENT}…`);
  },
};

export const Failed: Story = {
  parameters: { kit: { fake: { script: ['decline'] } } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'failed');
    const modal = await dialog(canvasElement);
    await expect(within(modal).getByText('Your card was declined by the bank.')).toBeInTheDocument();
    await expect(within(modal).getByText('Nothing was charged.')).toBeInTheDocument();
    await expect(announced(modal)).toHaveTextContent('Your bank declined the payment');
  },
};

export const FailedThenOtherMethod: Story = {
  name: 'Declined, then another method',
  parameters: { kit: { fake: { script: ['decline'] } } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'failed');
    const modal = await dialog(canvasElement);
    await userEvent.click(within(modal).getByRole('button', { name: 'Use another payment method' }));
    await stepIs(canvasElement, 'choosing');
    await expect(
      within(modal).getByRole('heading', { name: 'Choose another payment method' }),
    ).toBeInTheDocument();
    // Another card is offered first; the story pays with the default one (its decline was a one-off).
    await expect(within(modal).getByRole('radio', { name: 'Visa •••• 0002' })).toBeChecked();
    await userEvent.click(within(modal).getByRole('radio', { name: 'Visa •••• 4242' }));
    await userEvent.click(within(modal).getByRole('button', { name: `Top up ${SUGGESTED}` }));
    await waitFor(() => expect(within(canvasElement).getByText(`${INTENT}: done`)).toBeInTheDocument());
  },
};

export const Unknown: Story = {
  name: 'Connection lost',
  parameters: { kit: { fake: { script: ['network_error'] } } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'unknown');
    const modal = await dialog(canvasElement);
    await expect(within(modal).getByRole('heading', { name: 'The connection was lost' })).toBeInTheDocument();
    await expect(within(modal).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

export const SetAside: Story = {
  name: 'Set aside: the reminder while elsewhere',
  args: { onSetUpAlerts: fn() },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await userEvent.click(within(modal).getByRole('button', { name: 'Set up alerts or auto-recharge' }));
    await screen(canvasElement).findByRole('region', { name: 'Waiting for a top-up' });
    await waitFor(() => expect(screen(canvasElement).queryByRole('dialog')).toBeNull());
  },
};

export const NoRights: Story = {
  name: 'No billing rights',
  parameters: { kit: { fake: {}, provider: { canTopUp: false, onRequestTopUp: fn() } } },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await expect(modal).toHaveAttribute('data-step', 'no-rights');
    await userEvent.click(within(modal).getByRole('button', { name: 'Ask an admin to top up' }));
    await expect(announced(modal)).toHaveTextContent('We let your billing admins know.');
  },
};

// Dark: every step in the dark theme (contrast is checked by axe in each).
const dark = (story: Story): Story => ({ ...story, globals: { theme: 'dark' } });
export const BlockedDark = dark(Blocked);
export const ChoosingDark = dark(Choosing);
export const PayingDark = dark(Paying);
export const RequiresActionDark = dark(RequiresAction);
export const PendingCreditDark = dark(PendingCredit);
export const ResumingDark = dark(Resuming);
export const FailedDark = dark(Failed);
export const UnknownDark = dark(Unknown);
export const RefusedDark = dark(Refused);
export const StillWaitingDark = dark(StillWaiting);
export const SetAsideDark = dark(SetAside);
export const TopUpAndResumeDark = dark(TopUpAndResume);
export const NoRightsDark = dark({ ...NoRights, play: undefined });

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await expect(
      within(modal).getByRole('heading', { name: `Ihr Guthaben reicht nicht für ${INTENT}` }),
    ).toBeInTheDocument();
    await expect(within(modal).getByRole('button', { name: 'Jetzt nicht' })).toBeInTheDocument();
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  parameters: { kit: { fake: { script: ['decline'] } } },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await expect(
      within(modal).getByRole('heading', { name: `Votre solde ne suffit pas pour ${INTENT}` }),
    ).toBeInTheDocument();
    await userEvent.click(await within(modal).findByRole('button', { name: /^Recharger 25,00/ }));
    await stepIs(canvasElement, 'failed');
    await expect(
      within(modal).getByRole('heading', { name: 'Votre banque a refusé le paiement' }),
    ).toBeInTheDocument();
  },
};

/** The options a mirrored layout is read from: support and "Set up alerts" beside "Not now". */
const withSupport = {
  args: { onSetUpAlerts: fn() },
  parameters: { kit: { fake: {}, provider: { supportHref: 'https://example.com/support' } } },
};

/**
 * The modal laid out for `dir`: the heading's text hugs the start edge, "Set up alerts" sits at the
 * start, "Not now" at the end, with "Contact support" across from it. Run in both directions, so
 * a layout that ignores the direction fails one of them.
 */
const laidOut =
  (dir: 'ltr' | 'rtl', say: (english: string) => string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const modal = await dialog(canvasElement);
    const inModal = within(modal);
    const panel = modal.getBoundingClientRect();
    // Nearer the start edge than the end edge (right in rtl, left in ltr).
    const nearStart = (box: DOMRect) =>
      dir === 'rtl'
        ? panel.right - box.right < box.left - panel.left
        : box.left - panel.left < panel.right - box.right;
    const heading = inModal.getByRole('heading', {
      name: new RegExp(`^${say("Your balance isn't enough for")}`),
    });
    await expect(getComputedStyle(heading).direction).toBe(dir);
    // The heading's last line of text (the element itself spans the panel).
    const range = document.createRange();
    range.selectNodeContents(heading);
    await expect(nearStart([...range.getClientRects()].at(-1) as DOMRect)).toBe(true);

    const notNow = inModal.getByRole('button', { name: say('Not now') }).getBoundingClientRect();
    const support = inModal.getByRole('link', { name: say('Contact support') }).getBoundingClientRect();
    const alerts = await inModal.findByRole('button', { name: say('Set up alerts or auto-recharge') });
    await expect(nearStart(alerts.getBoundingClientRect())).toBe(true);
    await expect(nearStart(support)).toBe(true);
    await expect(nearStart(notNow)).toBe(false);
    // Mirrored: "Not now" is left of "Contact support" in rtl, right of it in ltr.
    if (dir === 'rtl') await expect(notNow.right).toBeLessThan(support.left);
    else await expect(notNow.left).toBeGreaterThan(support.right);
  };

export const LeftToRight: Story = {
  name: 'Layout, left to right',
  ...withSupport,
  play: laidOut('ltr', (english) => english),
};

/** Right-to-left text (the pseudo-locale: English in Hebrew letters, he-IL numbers), mirrored. */
export const RightToLeft: Story = {
  ...withSupport,
  globals: { dir: 'rtl', locale: 'rtl' },
  play: async (context) => {
    await laidOut('rtl', pseudoRtl)(context);
    const modal = await dialog(context.canvasElement);
    // The words are in a right-to-left script.
    await expect(modal).toHaveTextContent(pseudoRtl('Not now'));
    await expect(modal.textContent).toMatch(/[\u05d0-\u05ea]{3}/);
  },
};

export const GermanDark: Story = { ...German, globals: { locale: 'de', theme: 'dark' } };

// Another tab of this account is paying: this one says so, offers no second payment, keeps "Not now".
export const OtherTab: Story = {
  name: 'Being handled in another tab',
  parameters: { scenario: { otherTab: 'holds' } },
  play: async ({ canvasElement }) => {
    await stepIs(canvasElement, 'other-tab');
    const modal = await dialog(canvasElement);
    await expect(within(modal).getByRole('heading')).toHaveTextContent('Being handled in another tab');
    await expect(modal).toHaveTextContent('A top-up of $5.00 is under way in another tab.');
    await expect(within(modal).queryByRole('button', { name: /^Top up/ })).toBeNull();
    await expect(within(modal).getByRole('button', { name: 'Not now' })).toBeVisible();
  },
};

export const OtherTabResumes: Story = {
  name: 'Another tab’s top-up resumes the work here',
  parameters: { scenario: { otherTab: 'succeeds' } },
  play: async ({ canvasElement }) => {
    await stepIs(canvasElement, 'other-tab');
    await waitFor(() => expect(within(canvasElement).getByText(`${INTENT}: done`)).toBeInTheDocument(), {
      timeout: 5000,
    });
    await expect(screen(canvasElement).queryByRole('dialog')).toBeNull();
  },
};

// Costly work asked to be confirmed: after the top-up it waits for "Continue", with its cost.
export const ConfirmBeforeResuming: Story = {
  name: 'Continue after the top-up',
  parameters: { scenario: { resume: 'confirm' } },
  play: async ({ canvasElement }) => {
    await clickTopUp(canvasElement);
    await stepIs(canvasElement, 'confirm');
    const modal = await dialog(canvasElement);
    await expect(within(modal).getByRole('heading')).toHaveTextContent(`Continue ${INTENT}?`);
    await expect(modal).toHaveTextContent('This costs about$4.50');
    await expect(within(canvasElement).queryByText(`${INTENT}: done`)).toBeNull();
    await userEvent.click(within(modal).getByRole('button', { name: `Continue ${INTENT}` }));
    await waitFor(() => expect(within(canvasElement).getByText(`${INTENT}: done`)).toBeInTheDocument());
  },
};

export const OtherTabDark = dark(OtherTab);
export const ConfirmBeforeResumingDark = dark(ConfirmBeforeResuming);

export const OtherTabGerman: Story = {
  ...OtherTab,
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    await stepIs(canvasElement, 'other-tab');
    const modal = await dialog(canvasElement);
    await expect(within(modal).getByRole('heading')).toHaveTextContent('Wird in einem anderen Tab erledigt');
    await expect(within(modal).getByRole('button', { name: 'Jetzt nicht' })).toBeVisible();
  },
};

export const OtherTabFrench: Story = {
  ...OtherTab,
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await stepIs(canvasElement, 'other-tab');
    const modal = await dialog(canvasElement);
    await expect(within(modal).getByRole('heading')).toHaveTextContent('En cours dans un autre onglet');
  },
};

export const ConfirmBeforeResumingGerman: Story = {
  ...ConfirmBeforeResuming,
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await userEvent.click(await within(modal).findByRole('button', { name: /^25,00\s\$ aufladen$/ }));
    await stepIs(canvasElement, 'confirm');
    await expect(within(modal).getByRole('button', { name: `${INTENT} fortsetzen` })).toBeVisible();
  },
};

export const ConfirmBeforeResumingFrench: Story = {
  ...ConfirmBeforeResuming,
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await userEvent.click(await within(modal).findByRole('button', { name: /^Recharger 25,00/ }));
    await stepIs(canvasElement, 'confirm');
    await expect(within(modal).getByRole('button', { name: `Continuer ${INTENT}` })).toBeVisible();
  },
};

/** Auto-recharge on, but it could not charge before this 402: the account's settings as saved. */
const rechargeThat = (patch: Partial<ReturnType<typeof sampleAlertSettings>['autoRecharge']>) => {
  const settings = sampleAlertSettings();
  settings.autoRecharge = { ...settings.autoRecharge, enabled: true, ...patch };
  return { kit: { fake: { alertSettings: settings } } };
};

/** Paused after declines: the modal says why it did not step in, and the way back on. */
export const AutoRechargePaused: Story = {
  args: { onSetUpAlerts: fn() },
  parameters: rechargeThat({ status: 'paused', statusReason: 'Your card was declined 3 times in a row.' }),
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    const line = await within(modal).findByText(/Auto-recharge is paused, so it did not top up\./);
    await expect(line).toHaveTextContent('Your card was declined 3 times in a row.');
    await expect(within(line).getByRole('button', { name: 'Turn auto-recharge back on' })).toBeVisible();
  },
};

/** The bank wants the cardholder: the modal links to where they confirm. */
export const AutoRechargeRequiresAction: Story = {
  parameters: rechargeThat({
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
    const modal = await dialog(canvasElement);
    const line = await within(modal).findByText(/Auto-recharge is waiting for your bank to confirm \$25\.00/);
    await expect(within(line).getByRole('link', { name: 'Confirm with your bank' })).toBeVisible();
  },
};
export const AutoRechargePausedDark = dark(AutoRechargePaused);
export const AutoRechargeRequiresActionDark = dark(AutoRechargeRequiresAction);
export const AutoRechargePausedGerman: Story = {
  ...AutoRechargePaused,
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await expect(
      await within(modal).findByRole('button', { name: 'Automatische Aufladung wieder einschalten' }),
    ).toBeVisible();
  },
};
export const AutoRechargeRequiresActionFrench: Story = {
  ...AutoRechargeRequiresAction,
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const modal = await dialog(canvasElement);
    await expect(
      await within(modal).findByRole('link', { name: 'Confirmer auprès de votre banque' }),
    ).toBeVisible();
  },
};
export const AutoRechargePausedFrench: Story = {
  ...AutoRechargePaused,
  globals: { locale: 'fr' },
  play: undefined,
};
export const AutoRechargeRequiresActionGerman: Story = {
  ...AutoRechargeRequiresAction,
  globals: { locale: 'de' },
  play: undefined,
};
