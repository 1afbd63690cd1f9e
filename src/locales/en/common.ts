// Strings shared by several components.
export const common = {
  notNow: 'Not now',
  dismiss: 'Dismiss',
  tryAgain: 'Try again',
  close: 'Close',
  loading: 'Loading…',
  copy: 'Copy details',
  copied: 'Copied',
  topUp: 'Top up',
  topUpAmount: 'Top up {amount}',
  askAdmin: 'Ask an admin to top up',
  contactSupport: 'Contact support',
  paymentMethod: '{brand} •••• {last4}',
  opensInNewTab: '(opens in a new tab)',
};
