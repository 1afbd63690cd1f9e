import type { Messages } from '../en';

export const banner: Messages['banner'] = {
  warning: 'Votre solde baisse',
  critical: 'Votre solde est presque épuisé',
  empty: 'Votre solde est épuisé',
  forecast: 'Votre solde est de {balance}. À votre rythme actuel, il sera épuisé {when}.',
  below: 'Votre solde est de {balance}, sous votre seuil d’alerte de {threshold}.',
  balance: 'Votre solde est de {balance}.',
  consequence: 'Une fois épuisé, les nouvelles requêtes attendent que vous rechargiez.',
  paused: 'Les nouvelles requêtes attendent que vous rechargiez.',
  recharge: 'La recharge automatique ajoute {amount} dès qu’il passe sous {threshold}.',
  reviewUsage: 'Voir la consommation',
  dialogTitle: 'Recharger votre solde',
  rechargeTarget: 'La recharge automatique le remonte à {target} dès qu’il passe sous {threshold}.',
  rechargeAction:
    'La recharge automatique attend que votre banque confirme un paiement de {amount}. Rien n’a encore été débité.',
  rechargeActionNoAmount:
    'La recharge automatique attend la confirmation de votre banque. Rien n’a encore été débité.',
  rechargeConfirm: 'Confirmer auprès de votre banque',
  rechargePaused: 'La recharge automatique est en pause. {reason}',
};
