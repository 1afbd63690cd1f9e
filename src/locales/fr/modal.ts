import type { Messages } from '../en';

export const modal: Messages['modal'] = {
  titleRanOut: 'Votre solde est épuisé',
  titleShort: {
    one: 'Votre solde ne suffit pas pour {intent}',
    other: 'Votre solde ne suffit pas pour {count} tâches',
  },
  titleShortNoIntent: 'Votre solde ne suffit pas pour cela',
  titleNoRights: 'Le solde de votre équipe est épuisé',
  titleNoRightsShort: 'Le solde de votre équipe ne suffit pas pour cela',
  waitingOne: 'En attente de reprise',
  waitingMany: {
    one: '**{count} tâche** attend de reprendre',
    other: '**{count} tâches** attendent de reprendre',
  },
  paused: {
    one: 'Nous avons mis **{intent}** en pause plutôt que de facturer plus que ce que vous avez approuvé. Cela reprendra tout seul dès que votre solde sera rechargé.',
    other:
      'Nous avons mis **{count} tâches** en pause plutôt que de facturer plus que ce que vous avez approuvé. Elles reprendront toutes seules dès que votre solde sera rechargé.',
  },
  pausedNoIntent:
    'Nous avons mis votre travail en pause plutôt que de facturer plus que ce que vous avez approuvé. Il reprendra tout seul dès que votre solde sera rechargé.',
  noRights:
    'Seuls les administrateurs de facturation peuvent recharger. Nous pouvons les prévenir : votre travail reprendra dès qu’ils l’auront fait.',
  noRightsNoAction:
    'Seuls les administrateurs de facturation peuvent recharger. Votre travail reprendra dès qu’ils l’auront fait.',
  balance: 'Solde',
  required: 'Il faut environ',
  requiredAtLeast: 'Il faut au moins',
  suggestionPace: 'Couvre ce qui attend et laisse environ deux semaines au rythme actuel.',
  suggestionAlertLevel: 'Couvre ce qui attend et garde votre solde au-dessus de votre alerte à {level}.',
  shortfall: 'Il manque',
  chooseAmount: 'Choisir un autre montant',
  choosingTitle: 'Choisissez un montant',
  choosingBody: 'Les recharges arrivent immédiatement sur votre solde.',
  choosingMethodTitle: 'Choisissez un autre moyen de paiement',
  choosingMethodBody:
    'Choisissez une autre façon de payer. Le montant reste le même, sauf si vous le modifiez.',
  setUpAlerts: 'Configurer des alertes ou la recharge automatique',
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
  waitingIndicator: {
    one: '**{count} tâche** en attente — reprend après une recharge',
    other: '**{count} tâches** en attente — reprennent après une recharge',
  },
  waitingIndicatorLabel: 'En attente d’une recharge',
  waitingIndicatorShow: 'Afficher',
  details: 'Détails techniques',
  detailsHttp: 'HTTP {httpStatus}',
  detailsCode: 'code {code}',
  detailsRequest: 'requête {requestId}',
  detailsAt: 'à {time}',
  rechargePaused: 'La recharge automatique est en pause : elle n’a donc pas rechargé. {reason}',
  rechargeResume: 'Réactiver la recharge automatique',
  rechargeAction:
    'La recharge automatique attend que votre banque confirme {amount} : elle n’a donc pas rechargé.',
  rechargeActionNoAmount:
    'La recharge automatique attend la confirmation de votre banque : elle n’a donc pas rechargé.',
  rechargeConfirm: 'Confirmer auprès de votre banque',
};
