import * as React from 'react';
import {
  amountInputText,
  checkAmount,
  defaultPresets,
  type Money,
  type PaymentMethod,
  type TopUpOutcome,
} from '../../core';
import { outcomeFromError } from '../../core/outcome';
import {
  paymentMethodLabel,
  useAmountProblemText,
  useKitState,
  useLimitsHint,
  usePaymentMethods,
  useReconcileWhile,
  useRecoverySelector,
  useTopUpLimits,
  useTopUpSuggestion,
} from '../../react';
import {
  BankConfirmation,
  describePayment,
  outcomeToneClass,
  PaymentOutcomeDetails,
} from '../payment-outcome';
import { Button, cn, MoneyField, mutedText } from '../ui';
import { useOneClickTopUpFormat } from './messages';

export type OneClickTopUpState =
  | 'idle'
  | 'invalid'
  | 'paying'
  | 'requires-action'
  | 'pending'
  | 'succeeded'
  | 'failed'
  | 'unknown';

export type OneClickTopUpProps = Omit<
  React.ComponentProps<'form'>,
  'onSubmit' | 'children' | 'defaultValue'
> & {
  /** Amounts offered as radio buttons; round amounts in the currency when omitted. */
  presets?: Money[];
  /**
   * Pre-selected amount: a matching preset, else filled in as "Other amount". Default: the kit's
   * suggestion (`useTopUpSuggestion`), the amount the modal and the banner offer too.
   */
  defaultAmount?: Money;
  /** Smallest top-up; the provider's `limits.min` still holds (the tighter wins); else one major unit. */
  min?: Money;
  /** Largest top-up; the provider's `limits.max` still holds (the tighter wins). Both are said in the hint. */
  max?: Money;
  /** The currency when there are no presets and no default amount (else the balance's, else USD). */
  currency?: string;
  /** Charge this saved method; by default the adapter's default method. */
  paymentMethodId?: string;
  /** Called once per top-up whose money reached the balance (also after a reconciled 3-D Secure). */
  onSuccess?: (outcome: TopUpOutcome) => void;
  /** Called with every settled outcome, whatever its status. */
  onOutcome?: (outcome: TopUpOutcome) => void;
  /** Handle a bank confirmation yourself (e.g. Stripe.js); by default its URL opens in a new tab. */
  onAction?: (url: string) => void;
};

type Attempt = { phase: 'paying'; amount: Money } | { phase: 'done'; outcome: TopUpOutcome };

/** "Visa •••• 4242", or the brand alone when the adapter gives no last four digits. */
export function useMethodLabel() {
  const { messages, locale } = useOneClickTopUpFormat();
  return (method: PaymentMethod | undefined) => method && paymentMethodLabel(method, messages, locale);
}

/**
 * Top up in one click: preset amounts or another amount, the saved method, one button. Every
 * outcome of the payment is a visible, announced state; double clicks charge once.
 */
export function OneClickTopUp({
  presets: presetsProp,
  defaultAmount,
  min: minProp,
  max: maxProp,
  currency: currencyProp,
  paymentMethodId,
  onSuccess,
  onOutcome,
  onAction,
  className,
  ...props
}: OneClickTopUpProps) {
  const { recovery, limits } = useKitState();
  const format = useOneClickTopUpFormat();
  const { messages, text, money, locale } = format;
  const methodLabel = useMethodLabel();
  const balanceCurrency = useRecoverySelector((s) => s.balance?.balance.currency);
  const currency =
    presetsProp?.[0]?.currency ??
    defaultAmount?.currency ??
    currencyProp ??
    balanceCurrency ??
    limits?.min?.currency ??
    'USD';
  const bounds = useTopUpLimits(currency, { min: minProp, max: maxProp });
  const { min } = bounds;
  const suggestion = useTopUpSuggestion({ min: minProp, max: maxProp });
  const suggested =
    defaultAmount ?? (suggestion.amount?.currency === currency ? suggestion.amount : undefined);
  const presets = React.useMemo(() => {
    if (presetsProp) return presetsProp;
    const round = defaultPresets(currency, bounds);
    // The suggestion is one of the choices, in order (as in the modal).
    if (!suggested || defaultAmount || round.some((p) => p.amountMinor === suggested.amountMinor))
      return round;
    return [...round, suggested].sort((a, b) => a.amountMinor - b.amountMinor);
  }, [presetsProp, currency, bounds, suggested, defaultAmount]);

  const id = React.useId();
  const matching = presets.findIndex(
    (p) => p.currency === suggested?.currency && p.amountMinor === suggested.amountMinor,
  );
  // Until the user picks, the choice follows the suggestion as the data behind it arrives.
  const [picked, setChoice] = React.useState<number | 'other' | undefined>(
    defaultAmount && matching < 0 ? 'other' : undefined,
  );
  const choice = picked ?? (matching >= 0 ? matching : presets.length ? 0 : 'other');
  const [typed, setTyped] = React.useState(() =>
    defaultAmount && matching < 0 ? amountInputText(defaultAmount, locale) : '',
  );
  const [showErrors, setShowErrors] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);

  const { methods } = usePaymentMethods();
  const [chosenMethod, setChosenMethod] = React.useState(paymentMethodId);
  const method = methods.find((m) => m.id === chosenMethod) ?? methods[0];
  const methodId = method?.id ?? chosenMethod;

  const preset = choice === 'other' ? undefined : presets[choice];
  const check = preset
    ? ({ ok: true, money: preset } as const)
    : checkAmount(typed, currency, locale, { limits: bounds });

  const [attempt, setAttempt] = React.useState<Attempt>();
  const busy = React.useRef(false);
  // The store's copy of our outcome wins: it changes when a reconcile settles a pending payment.
  const storeOutcome = useRecoverySelector((s) => s.outcome);
  const outcome =
    attempt?.phase === 'done'
      ? storeOutcome && storeOutcome.idempotencyKey === attempt.outcome.idempotencyKey
        ? storeOutcome
        : attempt.outcome
      : undefined;

  const state: OneClickTopUpState =
    attempt?.phase === 'paying'
      ? 'paying'
      : outcome
        ? // Outcome statuses are the states, spelled with a dash like every data-state.
          (outcome.status.replace('_', '-') as OneClickTopUpState)
        : showErrors && !check.ok
          ? 'invalid'
          : 'idle';

  useReconcileWhile(state === 'pending' || state === 'requires-action' || state === 'unknown');

  const notified = React.useRef(new Set<string>());
  React.useEffect(() => {
    if (outcome?.status !== 'succeeded' || notified.current.has(outcome.idempotencyKey)) return;
    notified.current.add(outcome.idempotencyKey);
    onSuccess?.(outcome);
  }, [outcome, onSuccess]);

  // A new choice starts afresh after a final outcome; an open payment (3-D Secure…) stays in view.
  const edit = () => {
    if (state === 'succeeded' || state === 'failed') setAttempt(undefined);
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The store dedupes by key too; this keeps Enter-spam from even reaching it. After a success
    // the same form charges again only once the user changes something (an amount, a method): an
    // Enter pressed a moment too late must not become a second top-up.
    if (busy.current || state === 'succeeded') return;
    if (!check.ok) {
      setShowErrors(true);
      if (choice !== 'other') setChoice('other');
      inputRef.current?.focus();
      return;
    }
    busy.current = true;
    setAttempt({ phase: 'paying', amount: check.money });
    let result: TopUpOutcome;
    try {
      result = await recovery.topUp(check.money, methodId ? { paymentMethodId: methodId } : undefined);
    } catch (error) {
      // Payment outcomes resolve; a throw means we cannot know what happened.
      result = outcomeFromError({ amount: check.money, idempotencyKey: '' }, error);
    } finally {
      busy.current = false;
    }
    setAttempt({ phase: 'done', outcome: result });
    onOutcome?.(result);
  };

  const problemText = useAmountProblemText();
  const round = defaultPresets(currency, bounds);
  const example = round[1] ?? round[0] ?? { amountMinor: min.amountMinor * 25, currency };
  const error =
    choice === 'other' && showErrors && !check.ok ? problemText(check.problem, currency, example) : undefined;
  const hint = useLimitsHint(bounds);

  const shownAmount = attempt?.phase === 'paying' ? attempt.amount : outcome?.amount;
  const balanceAfter = useRecoverySelector((s) => s.balance?.balance);
  // The same words as the modal's: one outcome model, one view.
  const payment =
    state === 'idle' || state === 'invalid'
      ? undefined
      : describePayment(
          { outcome, amount: shownAmount, methodLabel: methodLabel(method), balance: balanceAfter },
          format,
        );

  const amountField = (
    <MoneyField
      label={text(messages.topUp.customLabel, { currency })}
      hint={hint}
      error={error}
      inputRef={inputRef}
      inputClassName="tk:max-w-48"
      value={typed}
      onValueChange={(next) => {
        setTyped(next);
        edit();
      }}
    />
  );

  return (
    <form
      {...props}
      noValidate
      data-slot="tk-one-click-top-up"
      data-state={state}
      data-tk-root=""
      aria-busy={state === 'paying' || undefined}
      className={cn('tk:flex tk:flex-col tk:gap-4 tk:text-start', className)}
      onSubmit={submit}
    >
      {presets.length > 0 ? (
        <ChoiceGroup
          slot="amounts"
          legend={text(messages.topUp.amount)}
          after={choice === 'other' && amountField}
        >
          {presets.map((p, i) => (
            <Choice
              key={`${p.currency}${p.amountMinor}`}
              name={`${id}-amount`}
              checked={choice === i}
              onChange={() => {
                setChoice(i);
                edit();
              }}
            >
              {money(p)}
            </Choice>
          ))}
          <Choice
            name={`${id}-amount`}
            checked={choice === 'other'}
            onChange={() => {
              setChoice('other');
              edit();
            }}
          >
            {text(messages.topUp.otherAmount)}
          </Choice>
        </ChoiceGroup>
      ) : (
        amountField
      )}

      {methods.length > 1 ? (
        <ChoiceGroup slot="methods" legend={text(messages.common.payWith)}>
          {methods.map((m) => (
            <Choice
              key={m.id}
              name={`${id}-method`}
              checked={m.id === methodId}
              onChange={() => {
                setChosenMethod(m.id);
                edit();
              }}
            >
              {methodLabel(m)}
            </Choice>
          ))}
        </ChoiceGroup>
      ) : (
        method && (
          <p data-slot="tk-one-click-top-up-method" className={cn('tk:m-0', mutedText)}>
            {text(messages.common.chargedTo, { method: methodLabel(method) })}
          </p>
        )
      )}

      <Button
        type="submit"
        size="lg"
        loading={state === 'paying'}
        aria-disabled={state === 'succeeded' || undefined}
        className="tk:w-full"
      >
        {check.ok
          ? text(messages.common.topUpAmount, { amount: money(check.money) })
          : text(messages.common.topUp)}
      </Button>

      {/* Always mounted, so screen readers announce each change of outcome. */}
      <div
        role="status"
        data-slot="tk-one-click-top-up-status"
        className={cn(
          'tk:rounded-md tk:text-sm',
          // Empty, it leaves the flow (no stray gap) yet stays in the page, so it still announces.
          payment ? cn('tk:p-3', outcomeToneClass[payment.tone]) : 'tk:absolute',
        )}
      >
        {payment && <PaymentOutcomeDetails description={payment} />}
      </div>

      {state === 'requires-action' && outcome && (
        <BankConfirmation
          outcome={outcome}
          onAction={onAction}
          onConfirmed={() => recovery.reconcile()}
          emphasis="secondary"
        />
      )}
    </form>
  );
}

/** A fieldset of chips under a small legend (amounts, payment methods), then what follows them. */
function ChoiceGroup({
  slot,
  legend,
  after,
  children,
}: {
  slot: string;
  legend: string;
  after?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    // One gap for both groups: the legend is no flex item, so it only spaces the chips from `after`.
    <fieldset
      data-slot={`tk-one-click-top-up-${slot}`}
      className="tk:m-0 tk:flex tk:flex-col tk:gap-3 tk:border-0 tk:p-0"
    >
      <legend className="tk:mb-2 tk:p-0 tk:text-sm tk:font-medium">{legend}</legend>
      <div className="tk:flex tk:flex-wrap tk:gap-2">{children}</div>
      {after}
    </fieldset>
  );
}

/** A native radio as a selectable chip: keyboard, grouping and announcements come for free. */
function Choice({
  children,
  ...props
}: { children: React.ReactNode } & Pick<React.ComponentProps<'input'>, 'name' | 'checked' | 'onChange'>) {
  return (
    <label
      data-slot="tk-one-click-top-up-choice"
      className="tk:inline-flex tk:min-h-10 tk:cursor-pointer tk:items-center tk:gap-2 tk:rounded-md tk:border tk:border-input tk:bg-background tk:px-3 tk:text-sm tk:font-medium tk:text-foreground tk:has-checked:border-2 tk:has-checked:border-primary tk:has-checked:bg-accent tk:has-checked:text-accent-foreground tk:has-focus-visible:ring-2 tk:has-focus-visible:ring-ring"
    >
      <input type="radio" {...props} className="tk:m-0 tk:size-4 tk:accent-primary tk:outline-none" />
      {children}
    </label>
  );
}
