import type { Money, TopUpOutcome } from '../../core';
import type { Messages } from '../../locales/en';
import type { Message } from '../../locales/types';
import type { MessageValues } from '../../react';

/** What a payment looks like to the user: a finite string, for `data-outcome` and styling. */
export type PaymentOutcomeView =
  | 'paying'
  | 'succeeded'
  | 'pending'
  | 'requires-action'
  | 'declined'
  | 'refused'
  | 'connection-lost'
  | 'timed-out'
  | 'unknown';

/**
 * The one action that fits each outcome best (the view shows it first):
 * declined → another method; refused → another amount; connection lost or unknown → the same
 * payment again (same key: never a second charge); requires action → the bank's page; paying,
 * pending, timed out and succeeded → nothing to press (the kit checks by itself).
 */
export type PaymentOutcomeAction = 'other-method' | 'change-amount' | 'try-again' | 'confirm' | 'none';

export type PaymentOutcomeText = {
  view: PaymentOutcomeView;
  title: string;
  /** Sentences after the title, each its own paragraph (never repeated). */
  body: string[];
  tone: 'progress' | 'success' | 'caution' | 'problem';
  action: PaymentOutcomeAction;
  /** For pending: when the credit is expected (ISO 8601), to draw progress against. */
  expectedAt?: string;
};

export type DescribeInput = {
  /** The settled outcome, or none while the payment is on its way to the server. */
  outcome?: TopUpOutcome;
  /** What is being paid (the attempt's amount while paying). */
  amount?: Money;
  /** "Visa •••• 4242" for the method being charged. */
  methodLabel?: string;
  /** The balance the store knows, for a receipt whose outcome carries none. */
  balance?: Money;
};

export type Formatters = {
  messages: Pick<Messages, 'outcome'>;
  text: (message: Message, values?: MessageValues) => string;
  money: (value: Money) => string;
  date: (value: string, options?: Intl.DateTimeFormatOptions) => string;
};

const views: Record<TopUpOutcome['kind'], PaymentOutcomeView> = {
  succeeded: 'succeeded',
  pending: 'pending',
  requires_action: 'requires-action',
  declined: 'declined',
  refused: 'refused',
  connection_lost: 'connection-lost',
  timed_out: 'timed-out',
  unknown: 'unknown',
};

type OutcomeMessage = keyof Messages['outcome'];
type OneSentence = [
  title: OutcomeMessage,
  body: OutcomeMessage,
  tone: PaymentOutcomeText['tone'],
  action: PaymentOutcomeAction,
];
/** The outcomes told in a title and one sentence: their messages, tone and first action. */
const toldInOneSentence = {
  'requires-action': ['confirmTitle', 'confirmBody', 'caution', 'confirm'],
  'connection-lost': ['connectionLostTitle', 'connectionLostBody', 'caution', 'try-again'],
  'timed-out': ['timedOutTitle', 'timedOutBody', 'caution', 'none'],
  unknown: ['unknownTitle', 'unknownBody', 'caution', 'try-again'],
} satisfies Partial<Record<PaymentOutcomeView, OneSentence>>;

/** The view of a top-up outcome without a kind (an older store, a host's own): from its status. */
const kindOf = (outcome: TopUpOutcome): TopUpOutcome['kind'] =>
  outcome.kind ?? (outcome.status === 'failed' ? 'declined' : outcome.status);

/** The words, tone and first action for where a payment stands — the modal and OneClickTopUp alike. */
export function describePayment(input: DescribeInput, format: Formatters): PaymentOutcomeText {
  const { outcome, methodLabel } = input;
  const { text, money } = format;
  const m = format.messages.outcome;
  const amountValue = input.amount ?? outcome?.amount;
  const amount = amountValue && money(amountValue);
  if (!outcome) {
    return {
      view: 'paying',
      title: text(m.paying, { amount }),
      body: [methodLabel ? text(m.payingBody, { method: methodLabel }) : text(m.payingBodyNoMethod)],
      tone: 'progress',
      action: 'none',
    };
  }
  const view = views[kindOf(outcome)];
  switch (view) {
    case 'succeeded': {
      const balance = outcome.balance ?? input.balance;
      return {
        view,
        title: balance
          ? text(m.succeeded, { amount, balance: money(balance) })
          : text(m.succeededNoBalance, { amount }),
        body: [],
        tone: 'success',
        action: 'none',
      };
    }
    case 'pending': {
      const time = outcome.expectedAt && format.date(outcome.expectedAt, { timeStyle: 'short' });
      return {
        view,
        title: text(m.pendingTitle),
        body: [
          text(m.pendingBody, { amount }),
          time ? text(m.pendingExpected, { time }) : text(m.pendingNoTime),
        ],
        tone: 'caution',
        action: 'none',
        expectedAt: outcome.expectedAt,
      };
    }
    case 'declined':
    case 'refused': {
      const declined = view === 'declined';
      return {
        view,
        title: text(declined ? m.declinedTitle : m.refusedTitle),
        body: [
          outcome.failureReason || text(declined ? m.declinedReason : m.refusedReason),
          text(m.nothingCharged),
        ],
        tone: 'problem',
        action: declined ? 'other-method' : 'change-amount',
      };
    }
    default: {
      // Any other view (an outcome this version does not know) is told as unknown.
      const told = view in toldInOneSentence ? (view as keyof typeof toldInOneSentence) : 'unknown';
      const [title, body, tone, action]: OneSentence = toldInOneSentence[told];
      return { view: told, title: text(m[title]), body: [text(m[body])], tone, action };
    }
  }
}
