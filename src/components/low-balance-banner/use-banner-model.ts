import * as React from 'react';
import { type AlertSettings, type AlertThreshold, forecastRunOut, type Money, type Usage } from '../../core';
import {
  RECENT_USAGE_DAYS,
  readSession,
  subscribeSession,
  useBalance,
  useRecentUsage,
  useRunOutPhrase,
  useSavedAlertSettings,
  useTimeZone,
  writeSession,
} from '../../react';
import { assessBalance, type BalanceLevel, type BannerSeverity } from './level';
import { useLowBalanceBannerFormat } from './messages';

export type BannerModelOptions = {
  thresholds?: AlertThreshold[];
  threshold?: Money;
  usage?: Usage;
  withinDays: number;
  storageKey: string;
};

/** Auto-recharge that can charge on its own (on, and not paused or waiting for the bank). */
function activeRecharge(settings: AlertSettings | null | undefined) {
  const recharge = settings?.autoRecharge;
  // A server that reports no status: on means active.
  const status = recharge?.status ?? 'active';
  return recharge?.enabled && status === 'active' ? recharge : undefined;
}

export type BannerModel = {
  state: BannerSeverity;
  shown: boolean;
  level?: BalanceLevel;
  balance?: Money;
  title: string;
  /** What is true now ("Your balance is $4.20. At your current pace it runs out tomorrow."). */
  situation: string;
  /** What happens next ("When it runs out, new requests pause…", or auto-recharge stepping in). */
  next: string;
  dismiss: () => void;
  /** Auto-recharge as saved (on), whatever its status: for its own line in the banner. */
  autoRecharge?: AlertSettings['autoRecharge'];
  usage?: Usage;
};

/**
 * What the banner says and whether it shows: the level of the balance against the alert levels
 * and the forecast (the last 30 days in the user's zone, as the usage summary counts them), the
 * sentences, and the dismissal that lasts until things get worse.
 */
export function useBannerModel({
  thresholds: thresholdsProp,
  threshold,
  usage: usageProp,
  withinDays,
  storageKey,
}: BannerModelOptions): BannerModel {
  const { text, money, messages } = useLowBalanceBannerFormat();
  const b = messages.banner;
  const timeZone = useTimeZone();
  const runOutPhrase = useRunOutPhrase(timeZone);
  const balance = useBalance().balance?.balance;

  const ownThresholds =
    thresholdsProp ?? (threshold ? [{ amount: threshold, level: 'warning' as const }] : undefined);
  // Shared with the modal's and the billing page's suggestion: one read per page, the same facts.
  const settings = useSavedAlertSettings();
  const loadedUsage = useRecentUsage(!usageProp);
  const usage = usageProp ?? loadedUsage ?? undefined;
  const thresholds = ownThresholds ?? (settings?.alertsEnabled ? settings.thresholds : []);
  const recharge = activeRecharge(settings);

  const forecast = React.useMemo(() => {
    if (!balance || !usage) return undefined;
    try {
      return forecastRunOut(balance, usage, { windowDays: RECENT_USAGE_DAYS, timeZone }).runOut;
    } catch {
      // A malformed usage record must never take the banner (or the page) down.
      return undefined;
    }
  }, [balance, usage, timeZone]);
  const level = balance
    ? assessBalance({ balance, thresholds, runOut: forecast?.expected, withinDays, autoRecharge: !!recharge })
    : undefined;
  const settled =
    !!level &&
    (ownThresholds !== undefined || settings !== undefined) &&
    (!!usageProp || loadedUsage !== undefined);

  const key = `topup-kit:low-balance:${storageKey}`;
  const dismissed = React.useSyncExternalStore(
    subscribeSession,
    () => readSession(key),
    () => null,
  );
  // Back to normal: forget the dismissal, so the next drop is news again.
  React.useEffect(() => {
    if (settled && level?.state === 'hidden' && dismissed !== null) writeSession(key, null);
  }, [settled, level?.state, dismissed, key]);

  const shown =
    !!level && level.state !== 'hidden' && !(dismissed !== null && Number(dismissed) >= level.rank);
  let title = '';
  let situation = '';
  let next = '';
  if (shown && level && balance) {
    const values = { balance: money(balance) };
    title = level.empty ? b.empty : level.state === 'critical' ? b.critical : b.warning;
    situation = level.empty
      ? text(b.balance, values)
      : forecast && !recharge
        ? text(b.forecast, { ...values, when: runOutPhrase(forecast) })
        : level.threshold
          ? text(b.below, { ...values, threshold: money(level.threshold) })
          : text(b.balance, values);
    next = recharge
      ? recharge.mode === 'target' && recharge.target
        ? text(b.rechargeTarget, { target: money(recharge.target), threshold: money(recharge.threshold) })
        : text(b.recharge, { amount: money(recharge.amount), threshold: money(recharge.threshold) })
      : level.empty
        ? b.paused
        : b.consequence;
  }
  return {
    state: shown && level ? level.state : 'hidden',
    shown,
    level,
    balance,
    title,
    situation,
    next,
    dismiss: () => {
      if (level) writeSession(key, String(level.rank));
    },
    autoRecharge: settings?.autoRecharge.enabled ? settings.autoRecharge : undefined,
    usage,
  };
}
