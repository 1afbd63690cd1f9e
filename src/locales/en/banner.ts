// English reference copy for LowBalanceBanner (see shared COPY.md). de/fr match it key for key.
export const banner = {
  warning: 'Your balance is running low',
  critical: 'Your balance is nearly used up',
  empty: 'Your balance has run out',
  forecast: 'Your balance is {balance}. At your current pace it runs out {when}.',
  below: 'Your balance is {balance}, below your alert level of {threshold}.',
  balance: 'Your balance is {balance}.',
  consequence: 'When it runs out, new requests pause until you top up.',
  paused: 'New requests pause until you top up.',
  recharge: 'Auto-recharge adds {amount} when it falls below {threshold}.',
  reviewUsage: 'Review usage',
  dialogTitle: 'Top up your balance',
  rechargeTarget: 'Auto-recharge tops it up to {target} when it falls below {threshold}.',
  rechargeAction:
    'Auto-recharge is waiting for your bank to confirm a payment of {amount}. Nothing was charged yet.',
  rechargeActionNoAmount:
    'Auto-recharge is waiting for your bank to confirm a payment. Nothing was charged yet.',
  rechargeConfirm: 'Confirm with your bank',
  rechargePaused: 'Auto-recharge is paused. {reason}',
};
