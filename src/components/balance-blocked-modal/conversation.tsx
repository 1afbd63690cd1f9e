import * as React from 'react';
import { defaultPresets, hostLink, type Money } from '../../core';
import {
  useBalance,
  useKitState,
  usePaymentMethods,
  useReconcileWhile,
  useRecovery,
  useTopUpLimits,
  useTopUpSuggestion,
  useWaitingNeeds,
} from '../../react';
import { OneClickTopUp, useMethodLabel } from '../one-click-top-up';
import {
  BankConfirmation,
  describePayment,
  PaymentOutcomeDetails,
  type PaymentOutcomeText,
} from '../payment-outcome';
import { Button, buttonVariants, cn, DialogDescription, DialogTitle } from '../ui';
import type { BalanceBlockedModalProps } from './balance-blocked-modal';
import { useHandOff } from './hand-off';
import { useBalanceBlockedModalFormat } from './messages';
import { RechargeStatus } from './recharge-status';
import type { BalanceBlockedModalStep, Choosing } from './steps';
import { TechnicalDetails } from './technical-details';
import { useCalmReveal, useHeadingFocusOnStep, useSuggestionReason } from './use-conversation-view';
import { WaitingWork } from './waiting-work';

/** Only when nothing (error, balance, limits) names a currency. */
const fallback: Money = { amountMinor: 1000, currency: 'USD' };

const OUTCOME_STEPS = new Set<BalanceBlockedModalStep>([
  'requires-action',
  'pending-credit',
  'failed',
  'unknown',
]);

type ConversationProps = Omit<BalanceBlockedModalProps, 'className' | 'container' | 'receiptMs'> & {
  step: BalanceBlockedModalStep;
  choosing: Choosing;
  onChoose: (choosing: Choosing) => void;
  onCloseReceipt: () => void;
  contentRef: React.RefObject<HTMLDivElement | null>;
};

/** The dialog's inside: mounted only while open, so its subscriptions cost nothing when closed. */
export function Conversation({
  step,
  choosing,
  onChoose,
  onCloseReceipt,
  contentRef,
  suggestedAmount,
  burnPerDay,
  presets,
  onSetUpAlerts,
  onAction,
  revealDelayMs = 0,
}: ConversationProps) {
  const kit = useKitState();
  const r = useRecovery();
  const format = useBalanceBlockedModalFormat();
  const { messages, text, rich, money } = format;
  const { status: balanceStatus } = useBalance();
  const { methods, status: methodsStatus } = usePaymentMethods();
  const methodLabel = useMethodLabel();
  const m = messages.modal;

  // The numbers cover every waiting request (core `waitingNeeds`): their sum, or "at least" the
  // largest known; the suggestion is the kit's one (useTopUpSuggestion), as on the banner and the billing page.
  const needs = useWaitingNeeds();
  const { balance, needs: required, shortfall } = needs;
  const suggestion = useTopUpSuggestion({ burnPerDay });
  const amount = suggestedAmount ?? (suggestion.settled ? suggestion.amount : undefined);
  // A suggestion larger than the waiting work needs says why (the host's own amount needs no reason).
  const reason = useSuggestionReason(suggestion);
  const suggestionWhy = suggestedAmount || !amount ? undefined : reason;
  // Until the balance says which currency (and the saved alert levels are read), the button waits
  // rather than guess dollars or change its amount under the reader's eyes.
  const oneClick =
    amount ??
    (balanceStatus === 'loading' || (!suggestedAmount && !suggestion.settled) ? undefined : fallback);
  const method = methods[0];
  // The suggestion is one of the choices too, in order.
  const limits = useTopUpLimits(oneClick?.currency ?? 'USD');
  const choices = React.useMemo(() => {
    const base = presets ?? (oneClick ? defaultPresets(oneClick.currency, limits) : undefined);
    if (!base || !oneClick || base.some((p) => p.amountMinor === oneClick.amountMinor)) return base;
    return [...base, oneClick].sort((a, b) => a.amountMinor - b.amountMinor);
  }, [presets, oneClick, limits]);

  const attempt = r.inFlight ?? r.outcome;
  const attemptAmount = attempt?.amount;
  const attemptMethod = methods.find((x) => x.id === attempt?.paymentMethodId);

  // While resuming, the store's queue is already empty: keep naming what is being resumed.
  const remembered = React.useRef({ intents: r.intents, waiting: r.waiting });
  if (r.waiting > 0) remembered.current = { intents: r.intents, waiting: r.waiting };
  const { intents: waitingIntents, waiting } = remembered.current;
  const count = Math.max(waiting, waitingIntents.length, 1);
  const intent = waitingIntents[0];

  const firstStep = React.useRef(step);
  // A note (admins told) belongs to the step it was made in.
  const [noted, setNoted] = React.useState({ step, text: '' });
  const note = noted.step === step ? noted.text : '';
  const [asked, setAsked] = React.useState(false);

  const headingRef = useHeadingFocusOnStep(step, contentRef);
  const revealed = useCalmReveal(revealDelayMs);

  // Open payments are checked politely; a pending debit first when the server expects it to land.
  const expectedIn = r.outcome?.expectedAt ? Date.parse(r.outcome.expectedAt) - Date.now() : Number.NaN;
  useReconcileWhile(step === 'pending-credit' || step === 'requires-action' || step === 'unknown', {
    firstDelayMs: expectedIn > 0 ? Math.min(expectedIn + 500, 30_000) : step === 'unknown' ? 1000 : 3000,
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

  // The payment's words come from the one outcome model, shared with OneClickTopUp.
  const payment: PaymentOutcomeText | undefined =
    step === 'paying' || OUTCOME_STEPS.has(step) || step === 'resuming'
      ? describePayment(
          {
            outcome: step === 'paying' ? undefined : r.outcome,
            amount: attemptAmount,
            methodLabel: methodLabel(attemptMethod),
            balance: r.balance?.balance,
          },
          format,
        )
      : undefined;
  const ranOut = !!balance && balance.amountMinor <= 0;

  let title: string;
  let description: React.ReactNode;
  // Outcome details are several paragraphs (and progress): a block, not a <p>.
  let descriptionIsBlock = false;
  switch (handOff ? 'hand-off' : step) {
    case 'hand-off':
      ({ title, description } = handOff as NonNullable<typeof handOff>);
      break;
    case 'no-rights':
      title = text(ranOut ? m.titleNoRights : m.titleNoRightsShort);
      description = text(kit.onRequestTopUp ? m.noRights : m.noRightsNoAction);
      break;
    case 'choosing':
      title = text(choosing === 'method' ? m.choosingMethodTitle : m.choosingTitle);
      description = text(choosing === 'method' ? m.choosingMethodBody : m.choosingBody);
      break;
    case 'resuming': {
      title = intent || count > 1 ? text(m.resuming, { count, intent }) : text(m.resumingNoIntent);
      // The receipt, when this conversation's payment brought the money; else the new balance.
      const now = r.balance?.balance;
      description =
        payment?.view === 'succeeded' ? payment.title : now && text(m.resumingBody, { balance: money(now) });
      break;
    }
    case 'blocked':
      if (ranOut) title = text(m.titleRanOut);
      else if (intent || count > 1) title = text(m.titleShort, { count, intent });
      else title = text(m.titleShortNoIntent);
      description = intent || count > 1 ? rich(m.paused, { count, intent }) : text(m.pausedNoIntent);
      break;
    default:
      title = payment?.title ?? '';
      description = payment && <PaymentOutcomeDetails description={payment} hideTitle />;
      descriptionIsBlock = !!payment;
  }
  // Each step after the first is announced (the dialog's opening announces itself); the receipt
  // is announced with the resuming title.
  const stepAnnouncement =
    step === firstStep.current
      ? ''
      : `${title}${step === 'resuming' && typeof description === 'string' ? ` ${description}` : ''}`;
  const announcement = note || stepAnnouncement;

  const support = hostLink(kit.supportHref);
  const otherMethod = methods.find((x) => x.id !== r.outcome?.paymentMethodId);

  const primary = (() => {
    switch (step) {
      case 'blocked':
      case 'paying':
        return (
          <>
            <Button
              size="lg"
              className="tk:w-full"
              loading={step === 'paying' || !oneClick}
              onClick={() => oneClick && topUp(oneClick)}
            >
              {text(messages.common.topUpAmount, {
                amount: money((step === 'paying' && attemptAmount) || oneClick || fallback),
              })}
            </Button>
            {step === 'blocked' && method && (
              <p className="tk:m-0 tk:-mt-1 tk:text-center tk:text-sm tk:text-muted-foreground">
                {text(messages.common.chargedTo, { method: methodLabel(method) })}
              </p>
            )}
            {step === 'blocked' && suggestionWhy && (
              <p
                data-slot="tk-balance-blocked-modal-suggestion"
                className="tk:m-0 tk:text-center tk:text-sm tk:text-muted-foreground"
              >
                {suggestionWhy}
              </p>
            )}
          </>
        );
      case 'no-rights':
        if (!kit.onRequestTopUp) return null;
        return asked ? (
          <p className="tk:m-0 tk:text-sm">{text(messages.common.adminAsked)}</p>
        ) : (
          <Button
            size="lg"
            className="tk:w-full"
            onClick={async () => {
              await kit.onRequestTopUp?.();
              setAsked(true);
              setNoted({ step, text: text(messages.common.adminAsked) });
            }}
          >
            {text(messages.common.askAdmin)}
          </Button>
        );
      case 'requires-action':
        return (
          r.outcome && <BankConfirmation outcome={r.outcome} onAction={onAction} onConfirmed={r.reconcile} />
        );
      default:
        return payment && attemptAmount ? outcomeActions() : null;
    }
  })();

  /** The outcome's own first action (see describePayment), then the other way out. */
  function outcomeActions() {
    const action = payment?.action;
    const chooseMethod = otherMethod && methodsStatus === 'ready';
    if (action === 'other-method' || action === 'change-amount') {
      const methodFirst = action === 'other-method' && chooseMethod;
      return (
        <>
          <Button size="lg" className="tk:w-full" onClick={() => onChoose(methodFirst ? 'method' : 'amount')}>
            {text(methodFirst ? messages.outcome.otherMethod : messages.outcome.changeAmount)}
          </Button>
          {methodFirst && (
            <Button variant="secondary" className="tk:w-full" onClick={() => onChoose('amount')}>
              {text(m.chooseAmount)}
            </Button>
          )}
        </>
      );
    }
    if (action === 'try-again' && attemptAmount) {
      // The same key: trying again after a lost answer can never charge twice.
      return (
        <Button
          size="lg"
          className="tk:w-full"
          onClick={() => topUp(attemptAmount, r.outcome?.paymentMethodId)}
        >
          {text(messages.outcome.tryAgain)}
        </Button>
      );
    }
    return null;
  }

  return (
    <>
      <div className="tk:flex tk:flex-col tk:gap-2">
        <DialogTitle ref={headingRef} tabIndex={-1} className="tk:outline-none">
          {title}
        </DialogTitle>
        {description &&
          (descriptionIsBlock ? (
            // A block description keeps its own elements.
            <DialogDescription asChild>
              <div>{description}</div>
            </DialogDescription>
          ) : (
            <DialogDescription>{description}</DialogDescription>
          ))}
      </div>

      <WaitingWork
        intents={waitingIntents}
        count={count}
        // The "Continue" step states its own cost and balance.
        balance={step === 'confirm' ? undefined : balance}
        required={required}
        atLeast={needs.atLeast}
        shortfall={shortfall}
      />
      {handOff?.body}
      {step === 'blocked' && <RechargeStatus onSetUpAlerts={onSetUpAlerts} onAction={onAction} />}

      {step === 'choosing' ? (
        <>
          <OneClickTopUp
            presets={choices}
            defaultAmount={choosing === 'method' && attemptAmount ? attemptAmount : oneClick}
            currency={oneClick?.currency}
            // After a decline, a different method first.
            paymentMethodId={choosing === 'method' ? otherMethod?.id : method?.id}
            onAction={onAction}
          />
          <Button variant="ghost" className="tk:self-start" onClick={() => onChoose(false)}>
            {text(messages.common.back)}
          </Button>
        </>
      ) : (
        <div
          data-slot="tk-balance-blocked-modal-options"
          data-revealed={revealed || undefined}
          // Keyboard users are never kept waiting: focusing an option reveals them all.
          className={`tk:flex tk:flex-col tk:gap-3 tk:transition-opacity tk:duration-500 tk:motion-reduce:transition-none${revealed ? '' : ' tk:opacity-0 tk:focus-within:opacity-100'}`}
        >
          {primary}
          {step === 'blocked' && (
            <>
              <Button variant="secondary" className="tk:w-full" onClick={() => onChoose('amount')}>
                {text(m.chooseAmount)}
              </Button>
              {kit.socialProof && (
                <p
                  data-slot="tk-balance-blocked-modal-social-proof"
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
                  onClick={() => {
                    // Leaving for the settings is not "Not now": the work keeps waiting.
                    kit.recovery.setAside();
                    onSetUpAlerts();
                  }}
                >
                  {text(m.setUpAlerts)}
                </Button>
              )}
            </>
          )}
        </div>
      )}

      <div className="tk:mt-auto tk:flex tk:flex-wrap tk:items-center tk:justify-between tk:gap-2">
        {support ? (
          <a
            href={support}
            className={cn(buttonVariants({ variant: 'link', size: 'sm' }), 'tk:px-0')}
            // Asking support is not "Not now" either: the work keeps waiting.
            onClick={() => kit.recovery.setAside()}
          >
            {text(messages.common.contactSupport)}
          </a>
        ) : (
          <span />
        )}
        {step === 'resuming' ? (
          <Button variant="ghost" onClick={onCloseReceipt}>
            {text(messages.common.close)}
          </Button>
        ) : (
          <Button variant="ghost" onClick={() => r.dismiss()}>
            {text(messages.common.notNow)}
          </Button>
        )}
      </div>

      <TechnicalDetails />

      <p role="status" data-slot="tk-balance-blocked-modal-status" className="tk:sr-only">
        {announcement}
      </p>
    </>
  );
}
