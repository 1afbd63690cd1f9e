import { type AlertSettings, currencyDigits, type Money, money } from '../../core';

/**
 * Where an account that never saved settings starts (an adapter that can save but not load):
 * alerts off, auto-recharge off, no addresses. The recharge amounts are only a starting point for
 * the fields; nothing is charged until the user switches it on and ticks the exact terms.
 */
export function defaultAlertSettings(currency: string, minTopUp?: Money): AlertSettings {
  const unit = 10 ** currencyDigits(currency);
  const fallbackAmount = 25 * unit;
  const amount =
    minTopUp?.currency === currency ? Math.max(minTopUp.amountMinor, fallbackAmount) : fallbackAmount;
  return {
    alertsEnabled: false,
    thresholds: [],
    channels: { email: [], inApp: true },
    autoRecharge: {
      enabled: false,
      threshold: money(5 * unit, currency),
      amount: money(amount, currency),
      monthlyCap: money(Math.max(100 * unit, amount), currency),
    },
  };
}
