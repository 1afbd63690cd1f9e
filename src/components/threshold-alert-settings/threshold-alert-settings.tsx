import * as React from 'react';
import {
  type AlertSettings,
  type AlertThreshold,
  currencyDigits,
  type Money,
  money,
  toDecimalString,
} from '../../core';
import { useControllableState, useFormat, useKit, usePaymentMethods } from '../../react';
import { Button, cn, controlClass, ErrorText, Field, Input, ids, MoneyField, mutedText } from '../ui';
import { consentCovers, consentTerms, createConsent, paymentMethodLabel } from './consent';
import {
  type AmountRead,
  describeError,
  readAmount,
  splitEmails,
  thresholdKey,
  type ValidationError,
  validateAlertSettings,
} from './validate';

/** What the form is doing, in its root's `data-state`. */
export type ThresholdAlertSettingsState =
  | 'loading'
  | 'error'
  | 'idle'
  | 'dirty'
  | 'invalid'
  | 'saving'
  | 'saved'
  | 'failed';

export type ThresholdAlertSettingsProps = Omit<
  React.ComponentProps<'form'>,
  'defaultValue' | 'onChange' | 'onSubmit' | 'children'
> & {
  /** Controlled settings. */
  value?: AlertSettings;
  /** Uncontrolled starting point; without it the settings load from `adapter.getAlertSettings`. */
  defaultValue?: AlertSettings;
  /** Every edit the user makes (not loads or saves). */
  onChange?: (settings: AlertSettings) => void;
  /** Saves the settings; default `adapter.saveAlertSettings`. Throw to report a failure in words. */
  onSave?: (settings: AlertSettings) => Promise<AlertSettings | undefined> | AlertSettings | undefined;
  /** After a successful save, with what the server stored. */
  onSaved?: (settings: AlertSettings) => void;
  /** Smallest auto-recharge top-up. Default: the provider's `limits.min`, else 5 of the currency's unit. */
  minTopUp?: Money;
  /** Ask the browser to warn before leaving the page with unsaved changes. */
  warnOnUnsavedChanges?: boolean;
};

const MAX_THRESHOLDS = 5;

type Phase = 'idle' | 'saving' | 'saved' | 'failed';
type TestState = { state: 'idle' | 'sending' | 'sent' | 'failed'; reason?: string };

const ALERT_KEYS = /^(threshold|thresholds|channels|emails|webhook)/;
const MONEY_KEYS = /^(threshold-\d+|recharge(Threshold|Amount|Cap))$/;

/** Server text, shown as text and never too long. */
function reasonOf(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim().slice(0, 300) || undefined;
}

/** Low-balance alerts and optional, consented auto-recharge: the budget controls before the wall. */
export function ThresholdAlertSettings({
  value,
  defaultValue,
  onChange,
  onSave,
  onSaved,
  minTopUp,
  warnOnUnsavedChanges = false,
  id,
  className,
  ...props
}: ThresholdAlertSettingsProps) {
  const { adapter, emit, limits } = useKit();
  const { text, locale, messages, money: moneyText } = useFormat();
  const t = messages.alerts;
  const reactId = React.useId();
  const base = id ?? `tk-alerts-${reactId.replace(/[^\w-]/g, '')}`;
  const fieldId = (key: string) => `${base}-${key}`;

  // Loads and saves replace the value without being reported as the user's edits.
  const quiet = React.useRef(false);
  const [settings, setSettings] = useControllableState<AlertSettings | undefined>({
    prop: value,
    defaultProp: defaultValue,
    onChange: (next) => {
      if (next && !quiet.current) onChange?.(next);
    },
  });
  const replace = (next: AlertSettings) => {
    quiet.current = true;
    setSettings(next);
    quiet.current = false;
  };

  const [load, setLoad] = React.useState<'idle' | 'loading' | 'error'>(
    settings === undefined && adapter.getAlertSettings ? 'loading' : 'idle',
  );
  const [attempt, setAttempt] = React.useState(0);
  const needsLoad = settings === undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: replace() is stable in effect; attempt re-runs it.
  React.useEffect(() => {
    if (!needsLoad || !adapter.getAlertSettings) return;
    const controller = new AbortController();
    setLoad('loading');
    adapter.getAlertSettings({ signal: controller.signal }).then(
      (loaded) => {
        if (controller.signal.aborted) return;
        replace(loaded);
        setLoad('idle');
      },
      () => {
        if (!controller.signal.aborted) setLoad('error');
      },
    );
    return () => controller.abort();
  }, [needsLoad, adapter, attempt]);

  // What the user typed into money and email fields, kept even when it does not parse.
  const [drafts, setDrafts] = React.useState<Record<string, string>>({});
  const [edited, setEdited] = React.useState(false);
  const [phase, setPhase] = React.useState<Phase>('idle');
  const [failure, setFailure] = React.useState<string>();
  const [showErrors, setShowErrors] = React.useState(false);
  const [summaryFocus, setSummaryFocus] = React.useState(0);
  const [focusTarget, setFocusTarget] = React.useState<string>();
  const [test, setTest] = React.useState<TestState>({ state: 'idle' });
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const methods = usePaymentMethods();

  React.useEffect(() => {
    if (summaryFocus) summaryRef.current?.focus();
  }, [summaryFocus]);
  React.useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);
  React.useEffect(() => {
    if (!warnOnUnsavedChanges || !edited) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [warnOnUnsavedChanges, edited]);

  const save = onSave ?? adapter.saveAlertSettings?.bind(adapter);
  if (settings === undefined && !(adapter.getAlertSettings && save)) return null;

  const currency = settings?.autoRecharge.amount.currency ?? 'USD';
  const digits = currencyDigits(currency);
  const sameCurrency = (m?: Money) => (m?.currency === currency ? m : undefined);
  const min = minTopUp ?? sameCurrency(limits?.min) ?? money(5 * 10 ** digits, currency);
  const max = sameCurrency(limits?.max);
  const inputFormat = numberFormat(locale, digits);
  const amounts: Record<string, AmountRead> = {};
  for (const [key, draft] of Object.entries(drafts))
    if (MONEY_KEYS.test(key)) amounts[key] = readAmount(draft, currency, locale);
  /** The amount a field stands for now: its valid draft, else the settings' value; undefined when invalid. */
  const current = (key: string, fallback: Money) => {
    const read = amounts[key];
    return read ? (read.ok ? read.money : undefined) : fallback;
  };
  const shown = (key: string, amount: Money) => {
    const draft = drafts[key];
    const read = amounts[key];
    // A draft stays on screen while it is what the value holds (or could not be read at all).
    if (draft !== undefined && (!read?.ok || read.money.amountMinor === amount.amountMinor)) return draft;
    return inputFormat.format(toDecimalString(amount) as Intl.StringNumericLiteral);
  };

  const recharge = settings?.autoRecharge;
  let methodLabel: string | null = null;
  let methodId = recharge?.paymentMethodId;
  if (methods.status === 'ready') {
    const chosen = methods.methods.find((m) => m.id === methodId) ?? methods.methods[0];
    methodId = chosen?.id;
    methodLabel = chosen ? paymentMethodLabel(chosen, messages, locale) : null;
  } else if (methods.status !== 'loading') {
    methodLabel = methodId ? t.recharge.savedMethod : t.recharge.defaultMethod;
  }
  const rechargeThreshold = recharge && current('rechargeThreshold', recharge.threshold);
  const rechargeAmount = recharge && current('rechargeAmount', recharge.amount);
  const rechargeCap = recharge && current('rechargeCap', recharge.monthlyCap);
  const terms =
    recharge?.enabled && methodLabel && rechargeThreshold && rechargeAmount && rechargeCap
      ? consentTerms(
          { method: methodLabel, amount: rechargeAmount, threshold: rechargeThreshold, cap: rechargeCap },
          messages,
          locale,
        )
      : null;
  const consentGiven = consentCovers(recharge?.consent, terms);
  const termsChanged = !!recharge?.consent && terms !== null && !consentGiven;

  const validate = (): ValidationError[] =>
    settings
      ? validateAlertSettings({
          settings,
          amounts,
          minTopUp: min,
          maxTopUp: max,
          methods: methods.status === 'ready' ? methods.methods : undefined,
          terms,
        })
      : [];
  const errors = showErrors ? validate() : [];
  const errorFor = (key: string) => {
    const error = errors.find((e) => e.key === key);
    return error && describeError(error, messages, locale, currency);
  };

  const thresholdsError = errorFor('thresholds');
  const channelsError = errorFor('channels');
  const consentError = errorFor('consent');

  const state: ThresholdAlertSettingsState =
    load === 'loading' && !settings
      ? 'loading'
      : load === 'error' && !settings
        ? 'error'
        : phase === 'saving'
          ? 'saving'
          : errors.length
            ? 'invalid'
            : phase === 'failed'
              ? 'failed'
              : phase === 'saved'
                ? 'saved'
                : edited
                  ? 'dirty'
                  : 'idle';

  const update = (change: (s: AlertSettings) => AlertSettings) => {
    setSettings((previous) => previous && change(previous));
    setEdited(true);
    setPhase((p) => (p === 'saved' ? 'idle' : p));
    setTest({ state: 'idle' });
  };
  const updateRecharge = (patch: Partial<AlertSettings['autoRecharge']>) =>
    update((s) => ({ ...s, autoRecharge: { ...s.autoRecharge, ...patch } }));
  const updateChannels = (patch: Partial<AlertSettings['channels']>) =>
    update((s) => ({ ...s, channels: { ...s.channels, ...patch } }));

  const typeAmount = (key: string, text: string, apply: (amount: Money) => void) => {
    setDrafts((d) => ({ ...d, [key]: text }));
    const read = readAmount(text, currency, locale);
    if (read.ok) apply(read.money);
    else {
      setEdited(true);
      setPhase((p) => (p === 'saved' ? 'idle' : p));
    }
  };

  /** The settings as they are sent: cleaned text, the method the terms name, no stale consent. */
  const payload = (s: AlertSettings): AlertSettings => {
    const { consent, ...withoutConsent } = s.autoRecharge;
    const webhookUrl = s.channels.webhookUrl?.trim() || undefined;
    return {
      ...s,
      channels: { ...s.channels, webhookUrl },
      // Off needs no consent, and a record of terms no longer in force would mislead.
      autoRecharge: s.autoRecharge.enabled
        ? { ...s.autoRecharge, paymentMethodId: methodId }
        : withoutConsent,
    };
  };

  const refuse = () => {
    setShowErrors(true);
    setSummaryFocus((n) => n + 1);
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!settings || !save || phase === 'saving') return;
    if (validate().length) return refuse();
    setShowErrors(false);
    setPhase('saving');
    setFailure(undefined);
    const sent = payload(settings);
    try {
      const saved = (await save(sent)) ?? sent;
      if (value === undefined) replace(saved);
      setDrafts({});
      setEdited(false);
      setPhase('saved');
      // Counts and switches only: addresses and URLs stay out of analytics.
      emit({
        type: 'alerts_saved',
        alertsEnabled: saved.alertsEnabled,
        thresholds: saved.thresholds.length,
        channels: {
          email: saved.channels.email.length,
          inApp: saved.channels.inApp,
          webhook: !!saved.channels.webhookUrl,
        },
        autoRecharge: saved.autoRecharge.enabled,
      });
      onSaved?.(saved);
    } catch (error) {
      // The form keeps every value and draft: nothing typed is lost.
      setFailure(reasonOf(error));
      setPhase('failed');
    }
  };

  const sendTest = async () => {
    if (!settings || !adapter.sendTestAlert) return;
    if (validate().some((e) => ALERT_KEYS.test(e.key))) return refuse();
    setTest({ state: 'sending' });
    try {
      const result = await adapter.sendTestAlert(payload(settings));
      setTest(result.ok ? { state: 'sent' } : { state: 'failed', reason: result.message });
    } catch (error) {
      setTest({ state: 'failed', reason: reasonOf(error) });
    }
  };

  const linkTarget = (key: string) =>
    fieldId(key === 'channels' ? 'emails' : key === 'thresholds' ? 'add' : key);

  const moneyInput = (
    key: string,
    label: string,
    amount: Money,
    apply: (m: Money) => void,
    hint?: string,
  ) => (
    <MoneyField
      id={fieldId(key)}
      label={label}
      hint={hint}
      error={errorFor(key)}
      currency={currency}
      value={shown(key, amount)}
      onValueChange={(text) => typeAmount(key, text, apply)}
    />
  );

  return (
    <form
      {...props}
      id={id}
      noValidate
      data-slot="threshold-alert-settings"
      data-tk-root=""
      data-state={state}
      aria-busy={state === 'loading' || state === 'saving' || undefined}
      onSubmit={submit}
      className={cn('tk:flex tk:flex-col tk:gap-6 tk:text-start', className)}
    >
      {!settings && (
        <div className="tk:flex tk:flex-wrap tk:items-center tk:gap-3">
          <p role="status" className={mutedText}>
            {load === 'error' ? t.loadFailed : t.loading}
          </p>
          {load === 'error' && (
            <Button variant="secondary" size="sm" onClick={() => setAttempt((n) => n + 1)}>
              {messages.common.tryAgain}
            </Button>
          )}
        </div>
      )}

      {errors.length > 0 && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          data-slot="error-summary"
          className="tk:rounded-lg tk:border-2 tk:border-destructive tk:bg-background tk:p-4 tk:outline-none tk:focus:ring-2 tk:focus:ring-ring tk:focus:ring-offset-2 tk:focus:ring-offset-background"
        >
          <h2 className="tk:text-base tk:font-semibold">{t.summaryTitle}</h2>
          <ul className="tk:mt-2 tk:flex tk:list-none tk:flex-col tk:gap-1 tk:p-0">
            {errors.map((error) => (
              <li key={`${error.key}-${error.code}`}>
                <a
                  href={`#${linkTarget(error.key)}`}
                  className="tk:rounded-sm tk:font-medium tk:text-destructive tk:underline tk:underline-offset-2 tk:outline-none tk:hover:no-underline tk:focus-visible:ring-2 tk:focus-visible:ring-ring"
                  onClick={(event) => {
                    // Move focus, not just the scroll position, so typing goes straight into the field.
                    const target = document.getElementById(linkTarget(error.key));
                    if (!target) return;
                    event.preventDefault();
                    target.scrollIntoView?.({ block: 'center' });
                    target.focus();
                  }}
                >
                  {describeError(error, messages, locale, currency)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {settings && recharge && (
        <>
          <div data-slot="alerts-section" className="tk:flex tk:flex-col tk:gap-4">
            <Switch
              id={fieldId('alerts')}
              label={t.alerts.switch}
              hint={t.alerts.hint}
              checked={settings.alertsEnabled}
              onCheckedChange={(alertsEnabled) => update((s) => ({ ...s, alertsEnabled }))}
            />
            {settings.alertsEnabled && (
              <>
                <div className="tk:flex tk:flex-col tk:gap-3">
                  {settings.thresholds.map((threshold, index) => {
                    const n = index + 1;
                    const key = thresholdKey(index);
                    const setThreshold = (patch: Partial<AlertThreshold>) =>
                      update((s) => ({
                        ...s,
                        thresholds: s.thresholds.map((th, i) => (i === index ? { ...th, ...patch } : th)),
                      }));
                    return (
                      <div
                        // Rows have no ids of their own; the index is their identity in the form.
                        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                        key={index}
                        data-slot="threshold"
                        className="tk:flex tk:flex-wrap tk:items-start tk:gap-3"
                      >
                        <div className="tk:flex tk:flex-col tk:gap-1">
                          <label htmlFor={fieldId(`level-${index}`)} className="tk:text-sm tk:font-medium">
                            {text(t.alerts.level, { n })}
                          </label>
                          <select
                            id={fieldId(`level-${index}`)}
                            value={threshold.level}
                            onChange={(e) =>
                              setThreshold({ level: e.currentTarget.value as AlertThreshold['level'] })
                            }
                            className={controlClass}
                          >
                            <option value="warning">{t.alerts.warning}</option>
                            <option value="critical">{t.alerts.critical}</option>
                          </select>
                        </div>
                        <div className="tk:min-w-48 tk:flex-1">
                          {moneyInput(key, text(t.alerts.threshold, { n }), threshold.amount, (amount) =>
                            setThreshold({ amount }),
                          )}
                        </div>
                        {settings.thresholds.length > 1 && (
                          <Button
                            variant="ghost"
                            size="sm"
                            className="tk:mt-6"
                            onClick={() => {
                              update((s) => ({
                                ...s,
                                thresholds: s.thresholds.filter((_, i) => i !== index),
                              }));
                              // Later rows move up one place: so do their drafts.
                              setDrafts((d) => {
                                const next: Record<string, string> = {};
                                for (const [k, v] of Object.entries(d)) {
                                  const at = /^threshold-(\d+)$/.exec(k);
                                  const i = at ? Number(at[1]) : -1;
                                  if (i === index) continue;
                                  next[i > index ? thresholdKey(i - 1) : k] = v;
                                }
                                return next;
                              });
                              setFocusTarget(fieldId('add'));
                            }}
                          >
                            {text(t.alerts.remove, { n })}
                          </Button>
                        )}
                      </div>
                    );
                  })}
                  {settings.thresholds.length < MAX_THRESHOLDS && (
                    <div>
                      <Button
                        id={fieldId('add')}
                        variant="secondary"
                        size="sm"
                        onClick={() => {
                          const index = settings.thresholds.length;
                          update((s) => ({
                            ...s,
                            thresholds: [...s.thresholds, { level: 'warning', amount: money(0, currency) }],
                          }));
                          // Starts empty: the user chooses the amount, we never guess one.
                          setDrafts((d) => ({ ...d, [thresholdKey(index)]: '' }));
                          setFocusTarget(fieldId(thresholdKey(index)));
                        }}
                      >
                        {t.alerts.add}
                      </Button>
                      {thresholdsError && <ErrorText className="tk:mt-1">{thresholdsError}</ErrorText>}
                    </div>
                  )}
                </div>

                <fieldset
                  aria-describedby={channelsError && fieldId('channels-error')}
                  className="tk:m-0 tk:flex tk:min-w-0 tk:flex-col tk:gap-3 tk:border-0 tk:p-0"
                >
                  <legend className="tk:mb-2 tk:p-0 tk:font-medium">{t.channels.legend}</legend>
                  {channelsError && <ErrorText id={fieldId('channels-error')}>{channelsError}</ErrorText>}
                  <Field
                    id={fieldId('emails')}
                    label={t.channels.email}
                    hint={t.channels.emailHint}
                    error={errorFor('emails')}
                  >
                    {(control) => (
                      <Input
                        {...control}
                        inputMode="email"
                        autoComplete="email"
                        spellCheck={false}
                        value={
                          drafts.emails !== undefined &&
                          splitEmails(drafts.emails).join() === settings.channels.email.join()
                            ? drafts.emails
                            : settings.channels.email.join(', ')
                        }
                        onChange={(e) => {
                          const typed = e.currentTarget.value;
                          setDrafts((d) => ({ ...d, emails: typed }));
                          updateChannels({ email: splitEmails(typed) });
                        }}
                      />
                    )}
                  </Field>
                  <div className="tk:flex tk:items-center tk:gap-2">
                    <input
                      id={fieldId('inApp')}
                      type="checkbox"
                      checked={settings.channels.inApp}
                      onChange={(e) => {
                        updateChannels({ inApp: e.currentTarget.checked });
                      }}
                      className={checkboxClass}
                    />
                    <label htmlFor={fieldId('inApp')} className="tk:text-sm">
                      {t.channels.inApp}
                    </label>
                  </div>
                  <Field
                    id={fieldId('webhook')}
                    label={t.channels.webhook}
                    hint={t.channels.webhookHint}
                    error={errorFor('webhook')}
                  >
                    {(control) => (
                      <Input
                        {...control}
                        type="url"
                        inputMode="url"
                        spellCheck={false}
                        value={settings.channels.webhookUrl ?? ''}
                        onChange={(e) => {
                          updateChannels({ webhookUrl: e.currentTarget.value });
                        }}
                      />
                    )}
                  </Field>
                </fieldset>

                {adapter.sendTestAlert && (
                  <div className="tk:flex tk:flex-wrap tk:items-center tk:gap-3">
                    <Button
                      variant="secondary"
                      size="sm"
                      loading={test.state === 'sending'}
                      onClick={sendTest}
                    >
                      {t.test.send}
                    </Button>
                    <p
                      role="status"
                      data-state={test.state}
                      className={cn(
                        'tk:text-sm',
                        test.state === 'failed' ? 'tk:text-destructive' : 'tk:text-muted-foreground',
                      )}
                    >
                      {test.state === 'sending' && t.test.sending}
                      {test.state === 'sent' && t.test.sent}
                      {test.state === 'failed' && (
                        <>
                          {t.test.failed}
                          {test.reason && <> {text(t.serverSaid, { reason: test.reason })}</>}
                        </>
                      )}
                    </p>
                  </div>
                )}
              </>
            )}
          </div>

          <div data-slot="recharge-section" className="tk:flex tk:flex-col tk:gap-4">
            <Switch
              id={fieldId('recharge')}
              label={t.recharge.switch}
              hint={t.recharge.hint}
              error={errorFor('recharge')}
              checked={recharge.enabled}
              onCheckedChange={(enabled) => updateRecharge({ enabled })}
            />
            {recharge.enabled && (
              <>
                {/* Hints differ in length: controls sit at the bottom of each column, so they line up. */}
                <div className="tk:grid tk:gap-3 tk:sm:grid-cols-3 tk:sm:[&>*>:last-child]:mt-auto">
                  {moneyInput('rechargeThreshold', t.recharge.threshold, recharge.threshold, (threshold) =>
                    updateRecharge({ threshold }),
                  )}
                  {moneyInput(
                    'rechargeAmount',
                    t.recharge.amount,
                    recharge.amount,
                    (amount) => updateRecharge({ amount }),
                    text(t.recharge.amountHint, { min: moneyText(min) }),
                  )}
                  {moneyInput(
                    'rechargeCap',
                    t.recharge.cap,
                    recharge.monthlyCap,
                    (monthlyCap) => updateRecharge({ monthlyCap }),
                    t.recharge.capHint,
                  )}
                </div>
                {methods.status === 'ready' && methods.methods.length > 0 && (
                  <div className="tk:flex tk:flex-col tk:gap-1">
                    <label htmlFor={fieldId('method')} className="tk:text-sm tk:font-medium">
                      {messages.common.payWith}
                    </label>
                    <select
                      id={fieldId('method')}
                      value={methodId}
                      onChange={(e) => updateRecharge({ paymentMethodId: e.currentTarget.value })}
                      className={controlClass}
                    >
                      {methods.methods.map((m) => (
                        <option key={m.id} value={m.id}>
                          {paymentMethodLabel(m, messages, locale)}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                {methods.status === 'error' && <p className={mutedText}>{t.recharge.methodsFailed}</p>}
                <div
                  data-slot="consent"
                  data-state={consentGiven ? 'given' : termsChanged ? 'changed' : 'missing'}
                  className="tk:flex tk:flex-col tk:gap-2 tk:rounded-lg tk:border tk:border-border tk:bg-muted tk:p-4 tk:text-foreground"
                >
                  {/* Present from the start, so the change is announced when the terms move under a consent. */}
                  <p
                    role="status"
                    id={fieldId('consent-changed')}
                    className="tk:text-sm tk:font-medium tk:empty:hidden"
                  >
                    {termsChanged ? t.recharge.termsChanged : ''}
                  </p>
                  {terms === null ? (
                    <p className={mutedText}>
                      {methods.status === 'loading'
                        ? messages.common.loading
                        : methods.status === 'ready' && methods.methods.length === 0
                          ? t.recharge.noMethods
                          : t.recharge.termsPending}
                    </p>
                  ) : (
                    <>
                      {consentError && <ErrorText id={fieldId('consent-error')}>{consentError}</ErrorText>}
                      <div className="tk:flex tk:items-start tk:gap-3">
                        <input
                          id={fieldId('consent')}
                          type="checkbox"
                          // Never pre-ticked: checked only by a recorded consent to exactly these terms.
                          checked={consentGiven}
                          aria-invalid={consentError ? true : undefined}
                          aria-describedby={ids(
                            termsChanged && fieldId('consent-changed'),
                            consentError && fieldId('consent-error'),
                          )}
                          onChange={(e) =>
                            updateRecharge({
                              consent: e.currentTarget.checked ? createConsent(terms) : undefined,
                            })
                          }
                          className={cn(checkboxClass, 'tk:mt-0.5')}
                        />
                        <label htmlFor={fieldId('consent')} className="tk:text-sm">
                          {terms}
                        </label>
                      </div>
                    </>
                  )}
                </div>
              </>
            )}
          </div>

          <div className="tk:flex tk:flex-wrap tk:items-center tk:gap-3">
            {save && (
              <Button type="submit" loading={phase === 'saving'}>
                {t.save}
              </Button>
            )}
            <div
              role="status"
              data-slot="save-status"
              className={cn(
                'tk:flex tk:flex-col tk:text-sm',
                phase === 'failed' ? 'tk:text-destructive' : 'tk:text-muted-foreground',
              )}
            >
              {phase === 'saving' && <span>{t.saving}</span>}
              {phase === 'saved' && <span>{t.saved}</span>}
              {phase === 'failed' && (
                <>
                  <span>{t.saveFailed}</span>
                  {failure && <span>{text(t.serverSaid, { reason: failure })}</span>}
                </>
              )}
            </div>
          </div>
        </>
      )}
    </form>
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** What an amount field shows: the locale's digits and separators, no symbol (the code sits beside it). */
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
}

const checkboxClass =
  'tk:size-4 tk:shrink-0 tk:cursor-pointer tk:accent-primary tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring tk:focus-visible:ring-offset-2 tk:aria-invalid:outline-2 tk:aria-invalid:outline-destructive';

type SwitchProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
};

/** A native checkbox with role="switch": keyboard, forms and screen readers for free. */
function Switch({ id, label, hint, error, checked, onCheckedChange }: SwitchProps) {
  return (
    <div data-slot="switch" className="tk:flex tk:items-start tk:gap-3">
      <span className="tk:relative tk:mt-0.5 tk:inline-flex tk:h-6 tk:w-11 tk:shrink-0">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          // Redundant with the native state, but some older screen readers read only the attribute.
          aria-checked={checked}
          aria-describedby={ids(hint && `${id}-hint`, error && `${id}-error`)}
          onChange={(e) => onCheckedChange(e.currentTarget.checked)}
          className="tk:peer tk:absolute tk:inset-0 tk:z-10 tk:m-0 tk:size-full tk:cursor-pointer tk:appearance-none tk:rounded-full tk:opacity-0"
        />
        <span
          aria-hidden="true"
          className="tk:pointer-events-none tk:size-full tk:rounded-full tk:border-2 tk:border-input tk:bg-muted tk:transition-colors tk:peer-checked:border-primary tk:peer-checked:bg-primary tk:peer-focus-visible:ring-2 tk:peer-focus-visible:ring-ring tk:peer-focus-visible:ring-offset-2 tk:peer-focus-visible:ring-offset-background"
        />
        <span
          aria-hidden="true"
          className="tk:pointer-events-none tk:absolute tk:start-1 tk:top-1 tk:size-4 tk:rounded-full tk:bg-input tk:transition-transform tk:peer-checked:translate-x-5 tk:peer-checked:bg-primary-foreground tk:motion-reduce:transition-none tk:rtl:peer-checked:-translate-x-5"
        />
      </span>
      <span className="tk:flex tk:flex-col tk:gap-0.5">
        <label htmlFor={id} className="tk:cursor-pointer tk:font-medium">
          {label}
        </label>
        {hint && (
          <span id={`${id}-hint`} className={mutedText}>
            {hint}
          </span>
        )}
        {error && (
          <span id={`${id}-error`} className="tk:text-sm tk:font-medium tk:text-destructive">
            {error}
          </span>
        )}
      </span>
    </div>
  );
}
