import * as React from 'react';
import { type Money, safeUrl, suggestTopUp } from '../../core';
import {
  useBalance,
  useFormat,
  useKit,
  usePaymentMethods,
  useRecovery,
  useRecoverySelector,
} from '../../react';
import { safeHostUrl, usePrefersReducedMotion, useReconcileWhile } from '../../react/reconcile';
import { OneClickTopUp } from '../one-click-top-up';
import { defaultPresets, inCurrency, sameMoney } from '../one-click-top-up/amount';
import { useMethodLabel } from '../one-click-top-up/one-click-top-up';
import { Button, buttonVariants, cn, Dialog, DialogContent, DialogDescription, DialogTitle } from '../ui';
import { useHandOff } from './hand-off';
import { type BalanceBlockedModalStep, shortfallOf, stepOf } from './steps';
import { TechnicalDetails } from './technical-details';

/** Only when nothing (error, balance, limits) names a currency. */
const fallback: Money = { amountMinor: 1000, currency: 'USD' };

export type BalanceBlockedModalProps = {
  className?: string;
  /** The one-click amount; by default core `suggestTopUp` from the shortfall (and `burnPerDay`). */
  suggestedAmount?: Money;
  /** The user's typical spend per day, when the host knows it: the suggestion covers two weeks of it. */
  burnPerDay?: Money;
  /** Amounts offered under "Choose another amount". */
  presets?: Money[];
  /** Shows "Set up alerts or auto-recharge" — optional, never pushed. Omit to hide it. */
  onSetUpAlerts?: () => void;
  /** Handle the bank's confirmation yourself (e.g. Stripe.js); by default its URL opens in a new tab. */
  onAction?: (url: string) => void;
  /** A calm moment before payment options fade in (0 under prefers-reduced-motion). Focus is never delayed. */
  revealDelayMs?: number;
  /** Where to portal; document.body by default. */
  container?: HTMLElement | null;
};

/**
 * The recovery conversation. Opens by itself while requests wait for the balance, shows every
 * step of the payment, and closes when the work resumes — or when the user says "Not now".
 */
export function BalanceBlockedModal({ className, container, ...props }: BalanceBlockedModalProps) {
  const { recovery, canTopUp, dir, emit } = useKit();
  // Primitives only: a closed modal does not re-render when the balance changes.
  const status = useRecoverySelector((s) => s.status);
  const outcome = useRecoverySelector((s) => s.outcome?.status);
  const elsewhere = useRecoverySelector((s) => !!s.elsewhere);
  const confirming = useRecoverySelector(
    (s) => s.status === 'blocked' && s.waiting > 0 && s.toConfirm?.length === s.waiting,
  );

  // The store leaves idle only when a request blocks, and returns to idle when the conversation
  // ends (resumed, dismissed, every waiter aborted); it stays open through paying and resuming.
  // A standalone top-up (OneClickTopUp on a billing page) keeps the store idle: no modal.
  const open = status !== 'idle';

  const [choosing, setChoosing] = React.useState(false);
  if (choosing && (!open || status === 'topping-up')) setChoosing(false);
  const step = stepOf(status, outcome, choosing, canTopUp, { elsewhere, confirming });

  const previousFocus = React.useRef<HTMLElement | null>(null);
  const contentRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    if (!open) return;
    const { intents, waiting: count } = recovery.getSnapshot();
    emit({ type: 'blocked_shown', intents, waiting: count, canTopUp });
  }, [open, recovery, emit, canTopUp]);

  return (
    <Dialog open={open} onOpenChange={(next) => !next && recovery.dismiss()}>
      <DialogContent
        ref={contentRef}
        container={container}
        dir={dir}
        data-step={step}
        aria-busy={step === 'paying' || undefined}
        className={className ? cn('tk:text-start', className) : 'tk:text-start'}
        onOpenAutoFocus={(event) => {
          // Radix would focus the first button; we focus the heading so nothing is pressed by habit.
          previousFocus.current = document.activeElement as HTMLElement | null;
          event.preventDefault();
          contentRef.current?.querySelector<HTMLElement>('[data-slot="dialog-title"]')?.focus();
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
        <Conversation step={step} onChoose={setChoosing} contentRef={contentRef} {...props} />
      </DialogContent>
    </Dialog>
  );
}

type ConversationProps = Omit<BalanceBlockedModalProps, 'className' | 'container'> & {
  step: BalanceBlockedModalStep;
  onChoose: (choosing: boolean) => void;
  contentRef: React.RefObject<HTMLDivElement | null>;
};

/** The dialog's inside: mounted only while open, so its subscriptions cost nothing when closed. */
function Conversation({
  step,
  onChoose,
  contentRef,
  suggestedAmount,
  burnPerDay,
  presets,
  onSetUpAlerts,
  onAction,
  revealDelayMs = 0,
}: ConversationProps) {
  const kit = useKit();
  const r = useRecovery();
  const { messages, text, rich, money } = useFormat();
  const { balance: balanceInfo, status: balanceStatus } = useBalance();
  const { methods } = usePaymentMethods();
  const methodLabel = useMethodLabel();
  const c = messages.common;
  const m = messages.modal;

  const error = r.error;
  const balance = error?.balance ?? balanceInfo?.balance;
  const required = error?.required;
  const shortfall = shortfallOf(balance, required);
  const currency = required?.currency ?? balance?.currency ?? kit.limits?.min?.currency;
  const min = currency ? inCurrency(kit.limits?.min, currency) : undefined;
  const amount = React.useMemo(() => {
    if (suggestedAmount) return suggestedAmount;
    if (!currency) return undefined;
    const max = inCurrency(kit.limits?.max, currency);
    const suggested = suggestTopUp({ shortfall, burnPerDay, currency, min });
    return max && suggested.amountMinor > max.amountMinor ? max : suggested;
  }, [suggestedAmount, currency, shortfall, burnPerDay, min, kit.limits?.max]);
  // Until the balance says which currency, the button waits rather than guess dollars.
  const oneClick = amount ?? (balanceStatus === 'loading' ? undefined : fallback);
  const method = methods[0];
  // The suggestion is one of the choices too, in order.
  const choices = React.useMemo(() => {
    const base = presets ?? (oneClick ? defaultPresets(oneClick.currency) : undefined);
    if (!base || !oneClick || base.some((p) => sameMoney(p, oneClick))) return base;
    return [...base, oneClick].sort((a, b) => a.amountMinor - b.amountMinor);
  }, [presets, oneClick]);

  const attemptAmount = r.inFlight?.amount ?? r.outcome?.amount;
  const attemptMethod = methods.find((x) => x.id === (r.inFlight ?? r.outcome)?.paymentMethodId);

  // While resuming, the store's queue is already empty: keep naming what is being resumed.
  const remembered = React.useRef({ intents: r.intents, waiting: r.waiting });
  if (r.waiting > 0) remembered.current = { intents: r.intents, waiting: r.waiting };
  const { intents: waitingIntents, waiting } = remembered.current;
  const count = Math.max(waiting, waitingIntents.length, 1);
  const intent = waitingIntents[0];

  // Announce each step after the first (the dialog's opening announces itself), and copy results.
  const firstStep = React.useRef(step);
  // A note (Copied, admins told) belongs to the step it was made in.
  const [noted, setNoted] = React.useState({ step, text: '' });
  const note = noted.step === step ? noted.text : '';
  const setNote = (text: string) => setNoted({ step, text });
  const [asked, setAsked] = React.useState(false);

  // Focus follows the conversation when the focused control went away with the previous step.
  // On open, onOpenAutoFocus places focus; this runs for later steps only.
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const shownStep = React.useRef(step);
  React.useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const active = document.activeElement;
    if (!active || active === document.body || active === contentRef.current) headingRef.current?.focus();
  }, [step, contentRef]);

  // The acknowledgement (heading, description, what was paused) renders at once; numbers and
  // options follow in the very next task, so the dialog appears as fast as a bare one would.
  const [full, setFull] = React.useState(false);
  React.useEffect(() => React.startTransition(() => setFull(true)), []);

  const reducedMotion = usePrefersReducedMotion(revealDelayMs > 0);
  const [revealed, setRevealed] = React.useState(revealDelayMs <= 0);
  React.useEffect(() => {
    if (revealed) return;
    const timer = setTimeout(() => setRevealed(true), reducedMotion ? 0 : revealDelayMs);
    return () => clearTimeout(timer);
  }, [revealed, reducedMotion, revealDelayMs]);

  useReconcileWhile(step === 'pending-credit' || step === 'requires-action' || step === 'unknown', {
    firstDelayMs: step === 'unknown' ? 1000 : 3000,
  });
  // "Your task will resume once they do": while a member waits for an admin, check the balance
  // politely; on the blocked step, only when the user comes back to the tab (they may have topped
  // up elsewhere). The store resumes once the balance covers what was needed.
  // While another tab pays, the same polite check also notices money that tab's user saw land.
  useReconcileWhile(step === 'no-rights' || step === 'blocked' || step === 'other-tab', {
    firstDelayMs: 5000,
    poll: step !== 'blocked',
  });

  const handOff = useHandOff(step);
  const topUp = (value: Money, paymentMethodId = method?.id) =>
    void r.topUp(value, paymentMethodId ? { paymentMethodId } : undefined);

  let title: string;
  let description: React.ReactNode;
  switch (handOff ? 'hand-off' : step) {
    case 'hand-off':
      ({ title, description } = handOff as NonNullable<typeof handOff>);
      break;
    case 'no-rights':
      title = text(m.titleNoRights);
      description = text(kit.onRequestTopUp ? m.noRights : m.noRightsNoAction);
      break;
    case 'choosing':
      title = text(m.choosingTitle);
      description = text(m.choosingBody);
      break;
    case 'paying':
      title = text(c.paying, { amount: attemptAmount && money(attemptAmount) });
      description = attemptMethod
        ? text(c.payingBody, { method: methodLabel(attemptMethod) })
        : text(c.payingBodyNoMethod);
      break;
    case 'requires-action':
      title = text(c.confirmTitle);
      description = text(c.confirmBody);
      break;
    case 'pending-credit':
      title = text(c.pendingTitle);
      description = text(m.pendingBody, { amount: attemptAmount && money(attemptAmount) });
      break;
    case 'resuming': {
      const now = r.outcome?.balance ?? r.balance?.balance;
      title = intent || count > 1 ? text(m.resuming, { count, intent }) : text(m.resumingNoIntent);
      description = now ? text(m.resumingBody, { balance: money(now) }) : undefined;
      break;
    }
    case 'failed':
      title = text(c.failedTitle);
      description = text(c.failedBody, { reason: r.outcome?.failureReason || text(c.failedReason) });
      break;
    case 'unknown':
      title = text(c.unknownTitle);
      description = text(c.unknownBody);
      break;
    default:
      title = text(m.title);
      description = rich(m.paused, { count });
  }
  const announcement = note || (step === firstStep.current ? '' : title);

  const numbers = balance && (
    <dl
      data-slot="balance-blocked-modal-numbers"
      className="tk:m-0 tk:flex tk:flex-wrap tk:gap-x-6 tk:gap-y-2 tk:text-sm"
    >
      {[
        [m.balance, balance],
        [m.required, required],
        [m.shortfall, shortfall],
      ].map(
        ([label, value]) =>
          value && (
            <div key={label as string}>
              <dt className="tk:text-muted-foreground">{text(label as string)}</dt>
              <dd className="tk:m-0 tk:font-semibold tk:tabular-nums">{money(value as Money)}</dd>
            </div>
          ),
      )}
    </dl>
  );

  const intents = (step === 'blocked' || step === 'no-rights' || step === 'other-tab') &&
    (intent || count > 1) && (
      <div data-slot="balance-blocked-modal-intents" className="tk:rounded-md tk:bg-muted tk:p-3 tk:text-sm">
        {count > 1 ? (
          <>
            <p className="tk:m-0">{rich(m.waitingMany, { count })}</p>
            {waitingIntents.length > 0 && (
              <ul className="tk:m-0 tk:mt-1 tk:ps-5">
                {waitingIntents.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <>
            <p className="tk:m-0 tk:text-muted-foreground">{text(m.waitingOne)}</p>
            <p className="tk:m-0 tk:font-semibold">{intent}</p>
          </>
        )}
      </div>
    );

  const actionUrl = safeUrl(r.outcome?.actionUrl);
  const support = safeHostUrl(kit.supportHref);
  const linkClass = buttonVariants({ variant: 'link', size: 'sm' });

  return (
    <>
      <div className="tk:flex tk:flex-col tk:gap-2">
        <DialogTitle ref={headingRef} tabIndex={-1} className="tk:outline-none">
          {title}
        </DialogTitle>
        {description && <DialogDescription>{description}</DialogDescription>}
      </div>

      {intents}
      {full && (
        <>
          {(step === 'blocked' || step === 'no-rights' || step === 'other-tab') && numbers}
          {handOff?.body}

          {step === 'choosing' ? (
            <>
              <OneClickTopUp
                presets={choices}
                defaultAmount={oneClick}
                min={min}
                currency={currency}
                // After a decline, offer a different method first.
                paymentMethodId={
                  r.outcome?.status === 'failed'
                    ? methods.find((x) => x.id !== r.outcome?.paymentMethodId)?.id
                    : method?.id
                }
                onAction={onAction}
              />
              <Button variant="ghost" className="tk:self-start" onClick={() => onChoose(false)}>
                {text(c.back)}
              </Button>
            </>
          ) : (
            <div
              data-slot="balance-blocked-modal-options"
              data-revealed={revealed || undefined}
              // Keyboard users are never kept waiting: focusing an option reveals them all.
              className={`tk:flex tk:flex-col tk:gap-3 tk:transition-opacity tk:duration-500 tk:motion-reduce:transition-none${revealed ? '' : ' tk:opacity-0 tk:focus-within:opacity-100'}`}
            >
              {(step === 'blocked' || step === 'paying') && (
                <>
                  <Button
                    size="lg"
                    className="tk:w-full"
                    loading={step === 'paying' || !oneClick}
                    onClick={() => oneClick && topUp(oneClick)}
                  >
                    {text(c.topUpAmount, {
                      amount: money((step === 'paying' && attemptAmount) || oneClick || fallback),
                    })}
                  </Button>
                  {step === 'blocked' && method && (
                    <p className="tk:m-0 tk:-mt-1 tk:text-center tk:text-sm tk:text-muted-foreground">
                      {text(c.chargedTo, { method: methodLabel(method) })}
                    </p>
                  )}
                </>
              )}
              {step === 'blocked' && (
                <>
                  <Button variant="secondary" className="tk:w-full" onClick={() => onChoose(true)}>
                    {text(m.chooseAmount)}
                  </Button>
                  {kit.socialProof && (
                    <p
                      data-slot="balance-blocked-modal-social-proof"
                      className="tk:m-0 tk:text-sm tk:text-muted-foreground"
                    >
                      {kit.socialProof.text}
                    </p>
                  )}
                  {onSetUpAlerts && (
                    <Button
                      variant="link"
                      size="sm"
                      className="tk:self-start tk:px-0"
                      onClick={onSetUpAlerts}
                    >
                      {text(m.setUpAlerts)}
                    </Button>
                  )}
                </>
              )}
              {step === 'no-rights' &&
                kit.onRequestTopUp &&
                (asked ? (
                  <p className="tk:m-0 tk:text-sm">{text(c.adminAsked)}</p>
                ) : (
                  <Button
                    size="lg"
                    className="tk:w-full"
                    onClick={async () => {
                      await kit.onRequestTopUp?.();
                      setAsked(true);
                      setNote(text(c.adminAsked));
                    }}
                  >
                    {text(c.askAdmin)}
                  </Button>
                ))}
              {step === 'requires-action' && (
                <>
                  {actionUrl &&
                    (onAction ? (
                      <Button size="lg" className="tk:w-full" onClick={() => onAction(actionUrl)}>
                        {text(c.confirmOpen)}
                      </Button>
                    ) : (
                      <a
                        href={actionUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        className={cn(buttonVariants({ size: 'lg' }), 'tk:w-full')}
                      >
                        {text(c.confirmOpen)} <span className="tk:sr-only">{text(c.opensInNewTab)}</span>
                      </a>
                    ))}
                  <Button variant="secondary" className="tk:w-full" onClick={() => void r.reconcile()}>
                    {text(c.confirmDone)}
                  </Button>
                </>
              )}
              {(step === 'failed' || step === 'unknown') && attemptAmount && (
                <>
                  {/* Failed: a fresh attempt (a decline is final for its key). Unknown: the same key, so never a second charge. */}
                  <Button
                    size="lg"
                    className="tk:w-full"
                    onClick={() => topUp(attemptAmount, r.outcome?.paymentMethodId)}
                  >
                    {text(c.tryAgain)}
                  </Button>
                  {step === 'failed' && (
                    <Button variant="secondary" className="tk:w-full" onClick={() => onChoose(true)}>
                      {text(methods.length > 1 ? c.otherMethod : m.chooseAmount)}
                    </Button>
                  )}
                </>
              )}
            </div>
          )}

          <div className="tk:flex tk:flex-wrap tk:items-center tk:justify-between tk:gap-2">
            {support ? (
              <a href={support} className={cn(linkClass, 'tk:px-0')}>
                {text(c.contactSupport)}
              </a>
            ) : (
              <span />
            )}
            <Button variant="ghost" onClick={() => r.dismiss()}>
              {text(c.notNow)}
            </Button>
          </div>

          {error && <TechnicalDetails error={error} onAnnounce={setNote} />}
        </>
      )}

      <p role="status" data-slot="balance-blocked-modal-status" className="tk:sr-only">
        {announcement}
      </p>
    </>
  );
}
