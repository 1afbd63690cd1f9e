import { type AutoRecharge, serverUrl, type Usage } from '../../core';
import { DAY_MS } from '../../core/time';
import { useAutoRechargeReceipt } from '../../react';
import { useLowBalanceBannerFormat } from './messages';

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
  const { text, money, messages } = useLowBalanceBannerFormat();
  const b = messages.banner;
  // A hook: asked on every render, whatever the status (the since moves with the clock).
  const receipt = useAutoRechargeReceipt(usage, { recharge, since: Date.now() - DAY_MS });
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
  // Its latest charge in the last day, worded as the usage summary words it.
  if (!receipt) return undefined;
  return { state: 'receipt', text: receipt.text };
}
