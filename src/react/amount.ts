import * as React from 'react';
import {
  type AmountLimits,
  type AmountProblem,
  forecastRunOut,
  formatMoney,
  type Money,
  shortfallOf,
  suggestTopUp,
  type TopUpLimits,
  topUpLimits,
  type Usage,
  waitingNeeds,
} from '../core';
import type { Messages } from '../locales/en';
import { topUp } from '../locales/en/top-up';
import type { Message } from '../locales/types';
import { RECENT_USAGE_DAYS, useRecentUsage, useSavedAlertSettings } from './account-data';
import { useKitState } from './context';
import { useFormatFor } from './format';
import { useRecoverySelector } from './hooks';
import { formatMessage, type MessageValues } from './i18n';
import { useTimeZone } from './time-zone';

/** The English section this speaks (the provider's `messages` apply over it). */
const amountMessages = { topUp };

/**
 * The limits a top-up in `currency` must keep: a component's own `min`/`max`, the provider's
 * `limits`, the limits the billing server stated when it refused a top-up — the tightest of them
 * (see core `topUpLimits`). One answer for every component.
 */
export function useTopUpLimits(currency: string, own?: TopUpLimits): AmountLimits {
  const { limits } = useKitState();
  const { min, max } = own ?? {};
  // What the billing server refused the last top-up by ("at most $10,000.00"): the form says it now.
  const refusedBy = useRecoverySelector((s) => s.outcome?.problem?.limits);
  // biome-ignore lint/correctness/useExhaustiveDependencies: bounds compared by value, not identity.
  return React.useMemo(
    () => topUpLimits(currency, { min, max }, limits, refusedBy),
    [currency, min?.amountMinor, min?.currency, max?.amountMinor, max?.currency, limits, refusedBy],
  );
}

/** The limits said up front, as the top-up field's hint: "Between $1.00 and $10,000.00." */
export function useLimitsHint(limits: AmountLimits): string {
  const { text, money, messages } = useFormatFor(amountMessages);
  return limits.max
    ? text(messages.topUp.hint, { min: money(limits.min), max: money(limits.max) })
    : text(messages.topUp.hintMin, { min: money(limits.min) });
}

/**
 * An amount's problem in words, GOV.UK style (say what to do); `example` is a sensible amount. The
 * one wording for every amount field: OneClickTopUp's, and the alert settings' (after the field's name).
 */
export function amountProblemText(
  problem: AmountProblem,
  currency: string,
  example: Money,
  { messages, locale }: { messages: Pick<Messages, 'topUp'>; locale: string },
): string {
  const m = messages.topUp;
  const money = (value: Money) => formatMoney(value, locale);
  const text = (message: Message, values: MessageValues) => formatMessage(message, values, locale);
  const values = { example: money(example), currency };
  switch (problem.kind) {
    case 'empty':
    case 'invalid':
      return text(m.errorEmpty, values);
    case 'too-large':
      return text(m.errorTooLarge, values);
    // A top-up always has a minimum, so a negative amount is "at least {min}" in practice.
    case 'negative':
      return text(m.errorEmpty, values);
    case 'min':
      return text(m.errorMin, { min: money(problem.min) });
    case 'max':
      return text(m.errorMax, { max: money(problem.max) });
    case 'decimals':
      return text(m.errorDecimals, { ...values, count: problem.digits });
  }
}

/** `amountProblemText` in the provider's locale and catalog. */
export function useAmountProblemText(): (problem: AmountProblem, currency: string, example: Money) => string {
  const { messages, locale } = useFormatFor(amountMessages);
  return (problem, currency, example) => amountProblemText(problem, currency, example, { messages, locale });
}

/** What the waiting work needs in all and how short the balance is (see core `waitingNeeds`). */
export function useWaitingNeeds(): { needs?: Money; atLeast: boolean; shortfall?: Money; balance?: Money } {
  const error = useRecoverySelector((s) => s.error);
  const idle = useRecoverySelector((s) => s.status === 'idle');
  const waiting = useRecoverySelector((s) => s.waitingRequired);
  // While resuming the queue is already empty: keep the needs of the work being resumed.
  const remembered = React.useRef(waiting);
  if (waiting?.length) remembered.current = waiting;
  const required = idle ? waiting : remembered.current;
  const balance = useRecoverySelector((s) => s.balance?.balance) ?? error?.balance;
  return React.useMemo(() => {
    const total = waitingNeeds(required ?? (error ? [error.required] : []));
    return { ...total, atLeast: !!total?.atLeast, shortfall: shortfallOf(balance, total?.needs), balance };
  }, [required, error, balance]);
}

/** The days of typical spend a suggestion leaves (core `suggestTopUp`'s default). */
const SUGGESTION_DAYS = 14;

export type TopUpSuggestion = {
  amount?: Money;
  /** False while the facts behind it are still loading. */
  settled: boolean;
  /**
   * Why the amount is more than the waiting work needs: `pace`, it leaves about two weeks of the
   * account's typical spend; `alert-level`, it keeps the balance above the highest alert level
   * (`alertLevel`). Undefined when it covers the work alone.
   */
  reason?: 'pace' | 'alert-level';
  alertLevel?: Money;
};

export type TopUpSuggestionOptions = TopUpLimits & {
  /** Typical spend per day; default: the account's last 30 days (when the adapter has `getUsage`). */
  burnPerDay?: Money;
};

/**
 * The one suggested top-up: covers what the waiting work needs, leaves two weeks of typical spend
 * and keeps the balance at or above the highest saved alert level, within the limits. The modal,
 * OneClickTopUp and the banner's dialog all preselect it. `amount` is undefined until a currency
 * is known; `settled` is false while the facts behind it are still loading (so a button does not
 * change its amount under the reader's eyes).
 */
export function useTopUpSuggestion(options: TopUpSuggestionOptions = {}): TopUpSuggestion {
  const { timeZone } = useKitState();
  const zone = useTimeZone(timeZone);
  const { needs, balance } = useWaitingNeeds();
  const settings = useSavedAlertSettings();
  const usage = useRecentUsage(!options.burnPerDay);
  const { limits } = useKitState();
  const currency = balance?.currency ?? needs?.currency ?? limits?.min?.currency ?? limits?.max?.currency;
  const bounds = useTopUpLimits(currency ?? 'USD', options);
  const burnPerDay = React.useMemo(
    () => options.burnPerDay ?? (balance && usage ? recentBurn(balance, usage, zone) : undefined),
    [options.burnPerDay, balance, usage, zone],
  );
  const settled = settings !== undefined && usage !== undefined;
  const amount = React.useMemo((): Omit<TopUpSuggestion, 'settled'> | undefined => {
    if (!currency) return undefined;
    const levels = settings?.alertsEnabled ? settings.thresholds.map((t) => t.amount) : [];
    const keepAbove = levels
      .filter((level) => level.currency === currency)
      .sort((a, b) => b.amountMinor - a.amountMinor)[0];
    const suggested = suggestTopUp({ currency, balance, required: needs, burnPerDay, keepAbove, ...bounds });
    // Why it is more than the waiting work needs, so the reader is told (never a bare bigger number).
    const forTheWorkAlone = suggestTopUp({ currency, balance, required: needs, ...bounds });
    if (suggested.amountMinor <= forTheWorkAlone.amountMinor) return { amount: suggested };
    const paceReserve = burnPerDay?.currency === currency ? burnPerDay.amountMinor * SUGGESTION_DAYS : 0;
    const reason: TopUpSuggestion['reason'] =
      paceReserve >= (keepAbove?.amountMinor ?? 0) ? 'pace' : 'alert-level';
    return { amount: suggested, reason, alertLevel: reason === 'alert-level' ? keepAbove : undefined };
  }, [currency, balance, needs, burnPerDay, settings, bounds]);
  return { amount: amount?.amount, reason: amount?.reason, alertLevel: amount?.alertLevel, settled };
}

/** Spend per day over the recent days, as the banner and the usage summary count it. */
function recentBurn(balance: Money, usage: Usage, timeZone: string): Money | undefined {
  try {
    return forecastRunOut(balance, usage, { windowDays: RECENT_USAGE_DAYS, timeZone }).burnPerDay;
  } catch {
    // A malformed usage record must never take a component (or the page) down.
    return undefined;
  }
}
