import type { Messages } from '../en';

export const common: Messages['common'] = {
  notNow: 'Jetzt nicht',
  dismiss: 'Ausblenden',
  tryAgain: 'Erneut versuchen',
  close: 'Schließen',
  loading: 'Wird geladen…',
  copy: 'Details kopieren',
  copied: 'Kopiert',
  topUp: 'Aufladen',
  topUpAmount: '{amount} aufladen',
  askAdmin: 'Admin um Aufladung bitten',
  contactSupport: 'Support kontaktieren',
  paymentMethod: '{brand} •••• {last4}',
  opensInNewTab: '(öffnet in neuem Tab)',
};
