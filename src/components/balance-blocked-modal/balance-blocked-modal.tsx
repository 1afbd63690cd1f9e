import * as React from 'react';
import type { Money } from '../../core';
import { useKitState, useRecoverySelector } from '../../react';
import { cn, Dialog, DialogContent } from '../ui';
import { Conversation } from './conversation';
import { type Choosing, stepOf } from './steps';
import { WaitingIndicator } from './waiting-indicator';

export type BalanceBlockedModalProps = {
  className?: string;
  /** The one-click amount; by default core `suggestTopUp` from the shortfall (and `burnPerDay`). */
  suggestedAmount?: Money;
  /** The user's typical spend per day, when the host knows it: the suggestion covers two weeks of it. */
  burnPerDay?: Money;
  /** Amounts offered under "Choose another amount". */
  presets?: Money[];
  /**
   * Shows "Set up alerts or auto-recharge" — optional, never pushed. Omit to hide it. Following it
   * sets the conversation aside: the work keeps waiting and resumes after a top-up from anywhere.
   */
  onSetUpAlerts?: () => void;
  /** Handle the bank's confirmation yourself (e.g. Stripe.js); by default its URL opens in a new tab. */
  onAction?: (url: string) => void;
  /** A calm moment before payment options fade in (0 under prefers-reduced-motion). Focus is never delayed. */
  revealDelayMs?: number;
  /** How long the receipt stays once the work resumed (it can be closed sooner). Default 4000. */
  receiptMs?: number;
  /** Where to portal; document.body by default. */
  container?: HTMLElement | null;
};

const CONTENT_CLASS = 'tk:text-start tk:min-h-[min(30rem,calc(100dvh-2rem))]';

/**
 * The recovery conversation. Opens by itself while requests wait for the balance, shows every
 * step of the payment, ends with the receipt while the work resumes — or closes when the user
 * says "Not now". Set aside (the user followed a link elsewhere), it leaves a small reminder.
 */
export function BalanceBlockedModal({
  className,
  container,
  receiptMs = 4000,
  ...props
}: BalanceBlockedModalProps) {
  const { recovery, canTopUp, dir, emit } = useKitState();
  // Primitives only: a closed modal does not re-render when the balance changes.
  const status = useRecoverySelector((s) => s.status);
  const outcome = useRecoverySelector((s) => s.outcome?.status);
  const setAside = useRecoverySelector((s) => !!s.setAside);
  const elsewhere = useRecoverySelector((s) => !!s.elsewhere);
  const confirming = useRecoverySelector(
    (s) => s.status === 'blocked' && s.waiting > 0 && s.toConfirm?.length === s.waiting,
  );
  // A success seen while the dialog shows: its receipt stays a moment after the store goes idle.
  const receipt = useRecoverySelector((s) =>
    s.outcome?.status === 'succeeded' ? `${s.outcome.idempotencyKey} ${s.outcome.settledAt}` : undefined,
  );

  // The store leaves idle only when a request blocks, and returns to idle when the conversation
  // ends (resumed, dismissed, every waiter aborted). A standalone top-up (OneClickTopUp on a
  // billing page) keeps the store idle: no modal.
  const conversationShown = status !== 'idle' && !setAside;
  const [heldReceipt, setHeldReceipt] = React.useState<string>();
  const [closedReceipt, setClosedReceipt] = React.useState<string>();
  if (conversationShown && receipt && heldReceipt !== receipt) setHeldReceipt(receipt);
  // Work that asked to be confirmed: the "Continue" step showed the new balance, and pressing it ends the talk.
  if (confirming && heldReceipt && closedReceipt !== heldReceipt) setClosedReceipt(heldReceipt);
  const receiptClosed = !!heldReceipt && heldReceipt === closedReceipt;
  const showingReceipt = status === 'idle' && !!heldReceipt && !receiptClosed;
  React.useEffect(() => {
    if (!heldReceipt) return;
    const timer = setTimeout(() => setClosedReceipt(heldReceipt), receiptMs);
    return () => clearTimeout(timer);
  }, [heldReceipt, receiptMs]);
  // Closed (or read long enough) while replays still run: the work goes on in the page.
  const open = (conversationShown && !(status === 'resuming' && receiptClosed)) || showingReceipt;

  const [choosing, setChoosing] = React.useState<Choosing>(false);
  if (choosing && (!open || status === 'topping-up')) setChoosing(false);
  const step = stepOf(status, outcome, choosing, canTopUp, { elsewhere, confirming, showingReceipt });

  const previousFocus = React.useRef<HTMLElement | null>(null);
  const contentRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    if (!conversationShown) return;
    const { intents, waiting: count } = recovery.getSnapshot();
    emit({ type: 'blocked_shown', intents, waiting: count, canTopUp });
  }, [conversationShown, recovery, emit, canTopUp]);

  return (
    <>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          if (next) return;
          // Escape on the receipt only closes it; before that, Escape is "Not now".
          if (step === 'resuming') setClosedReceipt(heldReceipt);
          else recovery.dismiss();
        }}
      >
        <DialogContent
          ref={contentRef}
          container={container}
          dir={dir}
          data-step={step}
          aria-busy={step === 'paying' || undefined}
          className={className ? cn(CONTENT_CLASS, className) : CONTENT_CLASS}
          onOpenAutoFocus={(event) => {
            // Radix would focus the first button; we focus the heading so nothing is pressed by habit.
            previousFocus.current = document.activeElement as HTMLElement | null;
            event.preventDefault();
            contentRef.current?.querySelector<HTMLElement>('[data-slot="tk-dialog-title"]')?.focus();
          }}
          onCloseAutoFocus={(event) => {
            // No Radix trigger opened this dialog: return focus to where the user was.
            event.preventDefault();
            const target = previousFocus.current;
            if (target?.isConnected) target.focus();
          }}
          // An accidental click beside the dialog should not reject the user's work: Escape and "Not now" do.
          onInteractOutside={(event) => event.preventDefault()}
        >
          <Conversation
            step={step}
            choosing={choosing}
            onChoose={setChoosing}
            onCloseReceipt={() => setClosedReceipt(heldReceipt)}
            contentRef={contentRef}
            {...props}
          />
        </DialogContent>
      </Dialog>
      {status !== 'idle' && setAside && <WaitingIndicator container={container} />}
    </>
  );
}
