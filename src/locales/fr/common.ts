import type { Messages } from '../en';

export const common: Messages['common'] = {
  notNow: 'Pas maintenant',
  dismiss: 'Masquer',
  tryAgain: 'Réessayer',
  close: 'Fermer',
  loading: 'Chargement…',
  copy: 'Copier les détails',
  copied: 'Copié',
  topUp: 'Recharger',
  topUpAmount: 'Recharger {amount}',
  askAdmin: 'Demander à un admin de recharger',
  contactSupport: 'Contacter le support',
  paymentMethod: '{brand} •••• {last4}',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
};
