import type { Messages } from '../en';

export const common: Messages['common'] = {
  notNow: 'Jetzt nicht',
  dismiss: 'Ausblenden',
  tryAgain: 'Erneut versuchen',
  close: 'Schließen',
  back: 'Zurück',
  loading: 'Wird geladen…',
  copy: 'Details kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren hat nicht geklappt. Die Details sind markiert – Sie können sie selbst kopieren.',
  topUp: 'Aufladen',
  topUpAmount: '{amount} aufladen',
  askAdmin: 'Admin um Aufladung bitten',
  adminAsked: 'Wir haben Ihre Billing-Admins benachrichtigt.',
  contactSupport: 'Support kontaktieren',
  paymentMethod: '{brand} •••• {last4}',
  payWith: 'Bezahlen mit',
  chargedTo: 'Belastet wird {method}',
  opensInNewTab: '(öffnet in neuem Tab)',
  rechargeReceipt: 'Automatisch aufgeladen: {amount} um {time}.',
  rechargeReceiptOn: 'Automatisch aufgeladen: {amount} am {date} um {time}.',
};
