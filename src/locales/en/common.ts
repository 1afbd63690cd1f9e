// Strings shared by several components.
export const common = {
  notNow: 'Not now',
  dismiss: 'Dismiss',
  tryAgain: 'Try again',
  close: 'Close',
  back: 'Back',
  loading: 'Loading…',
  copy: 'Copy details',
  copied: 'Copied',
  copyFailed: "Copying didn't work. The details are selected so you can copy them yourself.",
  topUp: 'Top up',
  topUpAmount: 'Top up {amount}',
  askAdmin: 'Ask an admin to top up',
  adminAsked: 'We let your billing admins know.',
  contactSupport: 'Contact support',
  paymentMethod: '{brand} •••• {last4}',
  payWith: 'Pay with',
  chargedTo: 'Charged to {method}',
  opensInNewTab: '(opens in a new tab)',
  /** What auto-recharge charged, in the banner and the usage summary (today / an earlier day). */
  rechargeReceipt: 'Auto-recharge added {amount} at {time}.',
  rechargeReceiptOn: 'Auto-recharge added {amount} on {date} at {time}.',
};
