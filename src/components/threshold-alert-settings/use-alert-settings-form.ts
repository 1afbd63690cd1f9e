import * as React from 'react';
import {
  type AlertSettings,
  type AlertThreshold,
  type AutoRechargeMode,
  formatMoney,
  loadAlertSettings,
  type Money,
  money,
  topUpLimits,
} from '../../core';
import { useBalance, useControllableState, useKitState, usePaymentMethods, warnOnce } from '../../react';
import { paymentMethodLabel, rechargeTerms } from './consent';
import { defaultAlertSettings } from './defaults';
import { formReducer, formStatus, initialFormModel, reasonOf } from './form-model';
import { useThresholdAlertSettingsFormat } from './messages';
import {
  type AmountRead,
  describeError,
  readAmount,
  type ValidationError,
  validateAlertSettings,
} from './validate';

export type AlertSettingsFormOptions = {
  id?: string;
  value?: AlertSettings;
  defaultValue?: AlertSettings;
  onValueChange?: (settings: AlertSettings) => void;
  onSave?: (settings: AlertSettings) => Promise<AlertSettings | undefined> | AlertSettings | undefined;
  onSaved?: (settings: AlertSettings) => void;
  minTopUp?: Money;
  warnOnUnsavedChanges: boolean;
};

export const MAX_THRESHOLDS = 5;

/** Keys of the fields a test alert depends on: a test refuses only for these. */
const ALERT_KEYS = /^(threshold|thresholds|channels|emails|webhook)/;
const MONEY_KEYS = /^(threshold-\d+|recharge(Threshold|Amount|Target|Cap))$/;

/**
 * What an amount field shows: the locale's digits and separators without the symbol (the code
 * sits beside the field). Core's formatMoney, minus the currency sign and letters.
 */
function amountText(amount: Money, locale: string): string {
  return formatMoney(amount, locale)
    .replace(/[\p{Sc}\p{L}\u200e\u200f\u061c]/gu, '')
    .trim();
}

/** Everything the form's sections read and do: the settings, the model, the words derived from them. */
export function useAlertSettingsForm(options: AlertSettingsFormOptions) {
  const { value, defaultValue, onValueChange, onSave, onSaved, minTopUp, warnOnUnsavedChanges } = options;
  const { adapter, emit, limits, recovery } = useKitState();
  const format = useThresholdAlertSettingsFormat();
  const { locale, messages } = format;
  const reactId = React.useId();
  const base = options.id ?? `tk-alerts-${reactId.replace(/[^\w-]/g, '')}`;
  const fieldId = (key: string) => `${base}-${key}`;

  // Loads and saves replace the value without being reported as the user's edits.
  const quiet = React.useRef(false);
  const [settings, setSettings] = useControllableState<AlertSettings | undefined>({
    prop: value,
    defaultProp: defaultValue,
    onChange: (next) => {
      if (next && !quiet.current) onValueChange?.(next);
    },
  });
  // What the server holds as far as the form knows (last load or save): the hint says what is true now.
  const [stored, setStored] = React.useState<AlertSettings | undefined>(value ?? defaultValue);
  const replace = (next: AlertSettings) => {
    quiet.current = true;
    setSettings(next);
    quiet.current = false;
    setStored(next);
  };

  const save = onSave ?? adapter.saveAlertSettings?.bind(adapter);
  // Settings are loaded only where they can also be saved; without getAlertSettings, saving starts
  // from the defaults (alerts and auto-recharge off).
  const canLoad = !!save;
  const [model, dispatch] = React.useReducer(
    formReducer,
    settings === undefined && canLoad,
    initialFormModel,
  );
  const needsLoad = settings === undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: replace() and minTopUp are read once per load; loadAttempt re-runs it.
  React.useEffect(() => {
    if (!needsLoad || !canLoad) return;
    const controller = new AbortController();
    dispatch({ type: 'load.started' });
    const load = adapter.getAlertSettings
      ? // Fresh from the server for the form that edits them, shared with the rest of the page.
        loadAlertSettings(recovery, { fresh: true }).then((state) => {
          if (state.status !== 'ready') throw new Error('Alert settings could not be loaded');
          return state.value;
        })
      : // The defaults are in the account's currency: the balance says which (shared with other loads).
        recovery
          .refreshBalance()
          .then((info) =>
            defaultAlertSettings(
              info?.balance.currency ?? limits?.min?.currency ?? 'USD',
              minTopUp ?? limits?.min,
            ),
          );
    load.then(
      (loaded) => {
        if (controller.signal.aborted) return;
        replace(loaded);
        dispatch({ type: 'load.succeeded' });
      },
      () => {
        if (!controller.signal.aborted) dispatch({ type: 'load.failed' });
      },
    );
    return () => controller.abort();
  }, [needsLoad, canLoad, adapter, recovery, model.loadAttempt]);

  React.useEffect(() => {
    // The guard sits here, not only inside warnOnce, so a production build drops the message too.
    if (process.env.NODE_ENV !== 'production' && settings === undefined && !canLoad)
      warnOnce(
        'threshold-alert-settings-no-source',
        'ThresholdAlertSettings renders nothing: it has no settings to show and nowhere to save them. Give the adapter saveAlertSettings (and getAlertSettings to load what was saved), or pass onSave, value or defaultValue.',
      );
  }, [settings, canLoad]);

  const summaryRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (model.summaryFocusRequest) summaryRef.current?.focus();
  }, [model.summaryFocusRequest]);
  React.useEffect(() => {
    if (!model.focusTarget) return;
    document.getElementById(model.focusTarget)?.focus();
    dispatch({ type: 'focus.moved' });
  }, [model.focusTarget]);
  React.useEffect(() => {
    if (!warnOnUnsavedChanges || !model.edited) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [warnOnUnsavedChanges, model.edited]);

  const methods = usePaymentMethods();
  const balance = useBalance();
  const t = messages.alerts;
  const { drafts } = model;

  const currency = settings?.autoRecharge.amount.currency ?? 'USD';
  const sameCurrency = (m?: Money) => (m?.currency === currency ? m : undefined);
  // Auto-recharge's smallest amount is the top-up minimum (core topUpLimits, as every amount field
  // says it), unless the host sets its own; the message says which.
  const min = sameCurrency(minTopUp) ?? topUpLimits(currency, limits).min;
  const max = sameCurrency(limits?.max);
  const amounts: Record<string, AmountRead> = {};
  for (const [key, draft] of Object.entries(drafts))
    if (MONEY_KEYS.test(key)) amounts[key] = readAmount(draft, currency, locale);
  /** The amount a field stands for now: its valid draft, else the settings' value; undefined when invalid. */
  const current = (key: string, fallback: Money) => {
    const read = amounts[key];
    return read ? (read.ok ? read.money : undefined) : fallback;
  };
  /** The text a money field shows. */
  const shown = (key: string, amount: Money) => {
    const draft = drafts[key];
    const read = amounts[key];
    // A draft stays on screen while it is what the value holds (or could not be read at all).
    if (draft !== undefined && (!read?.ok || read.money.amountMinor === amount.amountMinor)) return draft;
    return amountText(amount, locale);
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
  const { terms, standing, chargeNow, consentGiven, termsChanged } = recharge
    ? rechargeTerms({ recharge, current, methodLabel, balance: balance.balance?.balance, messages, locale })
    : { terms: null, standing: null, chargeNow: undefined, consentGiven: false, termsChanged: false };

  const validate = (): ValidationError[] =>
    settings
      ? validateAlertSettings({
          settings,
          amounts,
          minTopUp: min,
          minSource: sameCurrency(minTopUp) ? 'auto-recharge' : 'top-up',
          maxTopUp: max,
          methods: methods.status === 'ready' ? methods.methods : undefined,
          terms,
          standingTerms: standing,
        })
      : [];
  const errors = model.showErrors ? validate() : [];
  const describe = (error: ValidationError) => describeError(error, messages, locale, currency);
  const errorFor = (key: string) => {
    const error = errors.find((e) => e.key === key);
    return error && describe(error);
  };
  const status = formStatus(model, { hasSettings: !!settings, hasErrors: errors.length > 0 });

  const update = (change: (s: AlertSettings) => AlertSettings) => {
    setSettings((previous) => previous && change(previous));
    dispatch({ type: 'edited', resetTest: true });
  };
  const updateRecharge = (patch: Partial<AlertSettings['autoRecharge']>) =>
    update((s) => ({ ...s, autoRecharge: { ...s.autoRecharge, ...patch } }));
  const updateChannels = (patch: Partial<AlertSettings['channels']>) =>
    update((s) => ({ ...s, channels: { ...s.channels, ...patch } }));
  /** Mode `target` starts from threshold + amount: the same first recharge, said as a balance. */
  const setMode = (mode: AutoRechargeMode) =>
    update((s) => {
      const { threshold, amount, target } = s.autoRecharge;
      const start = target ?? money(threshold.amountMinor + amount.amountMinor, threshold.currency);
      return { ...s, autoRecharge: { ...s.autoRecharge, mode, target: mode === 'target' ? start : target } };
    });
  const updateThreshold = (index: number, patch: Partial<AlertThreshold>) =>
    update((s) => ({
      ...s,
      thresholds: s.thresholds.map((threshold, i) => (i === index ? { ...threshold, ...patch } : threshold)),
    }));

  const typeDraft = (key: string, text: string) => dispatch({ type: 'draft.typed', key, text });
  /** A money field's text: kept as typed; the settings change only when it reads as an amount. */
  const typeAmount = (key: string, text: string, apply: (amount: Money) => void) => {
    typeDraft(key, text);
    const read = readAmount(text, currency, locale);
    if (read.ok) apply(read.money);
    else dispatch({ type: 'edited', resetTest: false });
  };
  const addThreshold = () => {
    if (!settings) return;
    const index = settings.thresholds.length;
    update((s) => ({
      ...s,
      thresholds: [...s.thresholds, { level: 'warning', amount: money(0, currency) }],
    }));
    dispatch({ type: 'threshold.added', index, focus: fieldId(`threshold-${index}`) });
  };
  const removeThreshold = (index: number) => {
    update((s) => ({ ...s, thresholds: s.thresholds.filter((_, i) => i !== index) }));
    dispatch({ type: 'threshold.removed', index, focus: fieldId('add') });
  };

  /** The settings as they are sent: cleaned text, the method the terms name, no stale consent. */
  const payload = (s: AlertSettings): AlertSettings => {
    // status, statusReason and lastCharge are the server's to set.
    const { consent, status, statusReason, lastCharge, ...settable } = s.autoRecharge;
    const webhookUrl = s.channels.webhookUrl?.trim() || undefined;
    return {
      ...s,
      channels: { ...s.channels, webhookUrl },
      // Off needs no consent, and a record of terms no longer in force would mislead.
      autoRecharge: s.autoRecharge.enabled ? { ...settable, consent, paymentMethodId: methodId } : settable,
    };
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!settings || !save || model.phase === 'saving') return;
    if (validate().length) return dispatch({ type: 'refused' });
    dispatch({ type: 'save.started' });
    const sent = payload(settings);
    try {
      const saved = (await save(sent)) ?? sent;
      if (value === undefined) replace(saved);
      else setStored(saved);
      // Saving under the threshold charges at once: a new automatic charge gets its receipt.
      const charge = saved.autoRecharge.lastCharge;
      const receipt = charge && charge.id !== stored?.autoRecharge.lastCharge?.id ? charge : undefined;
      dispatch({ type: 'save.succeeded', receipt });
      if (receipt) void recovery.refreshBalance().then(() => recovery.reconcile());
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
      dispatch({ type: 'save.failed', reason: reasonOf(error) });
    }
  };

  const sendTest = async () => {
    if (!settings || !adapter.sendTestAlert) return;
    if (validate().some((e) => ALERT_KEYS.test(e.key))) return dispatch({ type: 'refused' });
    dispatch({ type: 'test.started' });
    try {
      dispatch({ type: 'test.finished', result: await adapter.sendTestAlert(payload(settings)) });
    } catch (error) {
      dispatch({ type: 'test.failed', reason: reasonOf(error) });
    }
  };

  return {
    format,
    adapter,
    /** False when there is nothing to show: no settings and no way to load and save them. */
    renderable: settings !== undefined || canLoad,
    canSave: !!save,
    canSendTest: !!adapter.sendTestAlert,
    settings,
    model,
    status,
    fieldId,
    summaryRef,
    currency,
    min,
    methods,
    methodId,
    terms,
    consentGiven,
    termsChanged,
    chargeNow,
    balance,
    errors,
    errorFor,
    describe,
    shown,
    update,
    updateRecharge,
    updateChannels,
    setMode,
    stored,
    updateThreshold,
    typeDraft,
    typeAmount,
    addThreshold,
    removeThreshold,
    retryLoad: () => dispatch({ type: 'load.retried' }),
    submit,
    sendTest,
  };
}

export type AlertSettingsForm = ReturnType<typeof useAlertSettingsForm>;
