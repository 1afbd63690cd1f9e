import type { Messages } from '../en';

export const common: Messages['common'] = {
  notNow: 'Pas maintenant',
  dismiss: 'Masquer',
  tryAgain: 'Réessayer',
  close: 'Fermer',
  back: 'Retour',
  loading: 'Chargement…',
  copy: 'Copier les détails',
  copied: 'Copié',
  copyFailed:
    'La copie n’a pas fonctionné. Les détails sont sélectionnés : vous pouvez les copier vous-même.',
  topUp: 'Recharger',
  topUpAmount: 'Recharger {amount}',
  askAdmin: 'Demander à un admin de recharger',
  adminAsked: 'Nous avons prévenu les admins de facturation.',
  contactSupport: 'Contacter le support',
  paymentMethod: '{brand} •••• {last4}',
  payWith: 'Payer avec',
  chargedTo: 'Débité sur {method}',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  rechargeReceipt: 'Recharge automatique : {amount} ajoutés à {time}.',
  rechargeReceiptOn: 'Recharge automatique : {amount} ajoutés le {date} à {time}.',
};
