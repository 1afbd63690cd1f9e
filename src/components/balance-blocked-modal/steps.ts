import type { RecoverySnapshot } from '../../core';

/** The conversation's step, as `data-step` on the dialog content. */
export type BalanceBlockedModalStep =
  | 'blocked'
  | 'choosing'
  | 'paying'
  | 'requires-action'
  | 'pending-credit'
  | 'resuming'
  | 'failed'
  | 'unknown'
  | 'no-rights'
  /** Another tab of the account is paying: this one waits for it. */
  | 'other-tab'
  /** Topped up: the work that asked for it waits for the user's "Continue". */
  | 'confirm';

/** What the user is browsing, when they chose to: other amounts, or another way to pay after a decline. */
export type Choosing = 'amount' | 'method' | false;

const outcomeSteps: Partial<Record<string, BalanceBlockedModalStep>> = {
  failed: 'failed',
  requires_action: 'requires-action',
  pending: 'pending-credit',
  unknown: 'unknown',
};

/** This tab's own payment is waiting for an answer: its step shows, even while another tab pays. */
const ownOpen = /^(pending|requires_action|unknown)$/;

/** What the other tabs and the waiting work add to the picture (from the snapshot). */
export type HandOff = {
  elsewhere: boolean;
  confirming: boolean;
  /** The work resumed and the store is idle, but the receipt stays a moment. */
  showingReceipt?: boolean;
};

/**
 * Where the conversation stands: the store's status and last outcome, plus the one choice the UI
 * owns (browsing amounts or methods). A success that was followed by a fresh 402 reads as blocked
 * again.
 */
export function stepOf(
  status: RecoverySnapshot['status'],
  outcome: string | undefined,
  choosing: Choosing,
  canTopUp: boolean,
  handOff: HandOff = { elsewhere: false, confirming: false },
): BalanceBlockedModalStep {
  if (handOff.elsewhere && status !== 'resuming' && !ownOpen.test(outcome ?? '')) return 'other-tab';
  if (status === 'topping-up') return 'paying';
  if (status === 'resuming' || handOff.showingReceipt) return 'resuming';
  if (handOff.confirming) return 'confirm';
  if (!canTopUp) return 'no-rights';
  if (choosing) return 'choosing';
  return outcomeSteps[outcome ?? ''] ?? 'blocked';
}
