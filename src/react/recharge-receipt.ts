import type { AutoRecharge, Credit, Usage } from '../core';
import { zonedDay } from '../core/time';
import { common } from '../locales/en/common';
import { useFormatFor } from './format';
import { useTimeZone } from './time-zone';

/** The English section this speaks (the provider's `messages` apply over it). */
const receiptMessages = { common };

export type AutoRechargeReceipt = { at: string; amount: Credit['amount']; text: string };

/**
 * The latest charge auto-recharge made: the usage credits it left (`source: "auto-recharge"`) and,
 * when the settings know it succeeded, its `lastCharge`; only those at or after `since` (ms).
 */
export function latestAutoRecharge(
  usage: Usage | undefined,
  recharge?: AutoRecharge,
  since = Number.NEGATIVE_INFINITY,
): Credit | undefined {
  const credits = (usage?.credits ?? []).filter((credit) => credit.source === 'auto-recharge');
  const charge = recharge?.lastCharge;
  if (charge?.status === 'succeeded')
    credits.push({ at: charge.at, amount: charge.amount, source: 'auto-recharge' });
  let latest: Credit | undefined;
  for (const credit of credits) {
    const at = Date.parse(credit.at);
    if (at >= since && (!latest || at > Date.parse(latest.at))) latest = credit;
  }
  return latest;
}

/**
 * The receipt for what auto-recharge charged, said the same wherever it shows (the banner, the
 * usage summary): "Auto-recharge added $25.00 at 10:42." today, "… on Nov 28 at 10:42." before, in
 * the user's zone. Undefined when it charged nothing since `since`.
 */
export function useAutoRechargeReceipt(
  usage: Usage | undefined,
  { recharge, since }: { recharge?: AutoRecharge; since?: number } = {},
): AutoRechargeReceipt | undefined {
  const { text, money, date, day, messages } = useFormatFor(receiptMessages);
  const timeZone = useTimeZone();
  const latest = latestAutoRecharge(usage, recharge, since);
  if (!latest) return undefined;
  const at = Date.parse(latest.at);
  const values = {
    amount: money(latest.amount),
    time: date(at, { hour: 'numeric', minute: '2-digit', timeZone }),
    date: day(zonedDay(at, timeZone), { month: 'short', day: 'numeric' }),
  };
  const today = zonedDay(at, timeZone) === zonedDay(Date.now(), timeZone);
  const m = messages.common;
  return {
    at: latest.at,
    amount: latest.amount,
    text: text(today ? m.rechargeReceipt : m.rechargeReceiptOn, values),
  };
}
