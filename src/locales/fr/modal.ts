import type { Messages } from '../en';

export const modal: Messages['modal'] = {
  title: 'Votre solde est épuisé',
  titleNoRights: 'Le solde de votre équipe est épuisé',
  waitingOne: 'En attente de reprise',
  waitingMany: {
    one: '**{count} tâche** attend de reprendre',
    other: '**{count} tâches** attendent de reprendre',
  },
  paused: {
    one: 'Nous l’avons mise en pause plutôt que de dépasser ce que vous avez approuvé. Elle reprendra d’elle-même dès que votre solde sera rechargé.',
    other:
      'Nous les avons mises en pause plutôt que de dépasser ce que vous avez approuvé. Elles reprendront d’elles-mêmes dès que votre solde sera rechargé.',
  },
  noRights:
    'Seuls les admins de facturation peuvent recharger. Nous pouvons les prévenir : votre travail reprendra dès qu’ils l’auront fait.',
  noRightsNoAction:
    'Seuls les admins de facturation peuvent recharger. Votre travail reprendra dès qu’ils l’auront fait.',
  balance: 'Solde',
  required: 'Il faut environ',
  shortfall: 'Il manque',
  chooseAmount: 'Choisir un autre montant',
  choosingTitle: 'Choisissez un montant',
  choosingBody: 'Les recharges arrivent immédiatement sur votre solde.',
  setUpAlerts: 'Configurer des alertes ou la recharge automatique',
  pendingBody: 'Vos {amount} sont en route vers votre solde. Nous reprendrons dès leur arrivée.',
  resuming: { one: 'Reprise de {intent}…', other: 'Reprise de {count} tâches…' },
  resumingNoIntent: 'Reprise de votre travail…',
  resumingBody: 'Votre solde est maintenant de {balance}.',
  otherTabTitle: 'En cours dans un autre onglet',
  otherTab:
    'Une recharge de {amount} est en cours dans un autre onglet. Votre travail ici reprendra de lui-même dès qu’elle sera arrivée.',
  otherTabNoAmount:
    'Une recharge est en cours dans un autre onglet. Votre travail ici reprendra de lui-même dès qu’elle sera arrivée.',
  confirmTitle: { one: 'Continuer {intent} ?', other: 'Continuer {count} tâches ?' },
  confirmTitleNoIntent: 'Continuer votre travail ?',
  confirmBody:
    'Votre solde est maintenant de {balance}. Vous avez demandé à confirmer avant que cela ne s’exécute à nouveau.',
  confirmBodyNoBalance:
    'Votre solde est rechargé. Vous avez demandé à confirmer avant que cela ne s’exécute à nouveau.',
  confirmAction: { one: 'Continuer {intent}', other: 'Continuer {count} tâches' },
  confirmActionNoIntent: 'Continuer',
  confirmCost: 'Coûte environ',
  details: 'Détails techniques',
  detailsHttp: 'HTTP {httpStatus}',
  detailsCode: 'code {code}',
  detailsRequest: 'requête {requestId}',
};
