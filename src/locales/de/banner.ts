import type { Messages } from '../en';

export const banner: Messages['banner'] = {
  warning: 'Ihr Guthaben wird knapp',
  critical: 'Ihr Guthaben ist fast aufgebraucht',
  empty: 'Ihr Guthaben ist aufgebraucht',
  forecast: 'Ihr Guthaben beträgt {balance}. Bei Ihrem aktuellen Verbrauch ist es {when} aufgebraucht.',
  below: 'Ihr Guthaben beträgt {balance} und liegt unter Ihrer Warnschwelle von {threshold}.',
  balance: 'Ihr Guthaben beträgt {balance}.',
  consequence: 'Ist es aufgebraucht, warten neue Anfragen, bis Sie aufladen.',
  paused: 'Neue Anfragen warten, bis Sie aufladen.',
  recharge: 'Die automatische Aufladung fügt {amount} hinzu, sobald es unter {threshold} fällt.',
  reviewUsage: 'Verbrauch ansehen',
  dialogTitle: 'Guthaben aufladen',
  rechargeTarget: 'Die automatische Aufladung bringt es auf {target}, sobald es unter {threshold} fällt.',
  rechargeAction:
    'Die automatische Aufladung wartet auf die Bestätigung Ihrer Bank für eine Zahlung von {amount}. Es wurde noch nichts abgebucht.',
  rechargeActionNoAmount:
    'Die automatische Aufladung wartet auf die Bestätigung Ihrer Bank. Es wurde noch nichts abgebucht.',
  rechargeConfirm: 'Bei Ihrer Bank bestätigen',
  rechargePaused: 'Die automatische Aufladung ist pausiert. {reason}',
};
