import { type AutoRecharge, serverUrl, type Usage } from '../../core';
import { DAY_MS } from '../../core/time';
import { useFormat, useTimeZone } from '../../react';

export type AutoRechargeNote = {
  state: 'requires_action' | 'paused' | 'receipt';
  text: string;
  /** requires_action: where the cardholder confirms (http(s) or relative only). */
  actionUrl?: string;
};

/**
 * What the banner says about auto-recharge beside the balance: waiting for the bank (with the
 * link), paused (the server's reason), or the receipt of its latest charge in the last day
 * ("Auto-recharge added $25.00 at 10:42.").
 */
export function useAutoRechargeNote(
  recharge: AutoRecharge | undefined,
  usage: Usage | undefined,
): AutoRechargeNote | undefined {
  const { text, money, date, messages } = useFormat();
  const timeZone = useTimeZone();
  const b = messages.banner;
  if (!recharge) return undefined;
  if (recharge.status === 'requires_action') {
    const charge = recharge.lastCharge;
    return {
      state: 'requires_action',
      text: charge ? text(b.rechargeAction, { amount: money(charge.amount) }) : b.rechargeActionNoAmount,
      actionUrl: serverUrl(charge?.actionUrl),
    };
  }
  if (recharge.status === 'paused')
    return { state: 'paused', text: text(b.rechargePaused, { reason: recharge.statusReason ?? '' }).trim() };
  const credits = (usage?.credits ?? []).filter((credit) => credit.source === 'auto-recharge');
  const charge = recharge.lastCharge;
  if (charge?.status === 'succeeded') credits.push({ at: charge.at, amount: charge.amount });
  const latest = credits.reduce<(typeof credits)[number] | undefined>(
    (found, credit) => (!found || Date.parse(credit.at) > Date.parse(found.at) ? credit : found),
    undefined,
  );
  if (!latest || !(Date.now() - Date.parse(latest.at) < DAY_MS)) return undefined;
  return {
    state: 'receipt',
    text: text(b.rechargeReceipt, {
      amount: money(latest.amount),
      time: date(latest.at, { hour: 'numeric', minute: '2-digit', timeZone }),
    }),
  };
}
