import type { Messages } from '../en';

export const outcome: Messages['outcome'] = {
  paying: 'Ajout de {amount}…',
  payingBody: 'Débit de {method} en cours. Cela prend en général quelques secondes.',
  payingBodyNoMethod: 'Cela prend en général quelques secondes.',
  succeeded: '{amount} ajoutés. Votre solde est maintenant de {balance}.',
  succeededNoBalance: '{amount} ajoutés.',
  pendingTitle: 'Votre paiement est en route',
  pendingBody: 'Vos {amount} sont en route vers votre solde.',
  pendingExpected: 'Ils arrivent en général d’ici {time}. Nous vérifions de nous-mêmes.',
  pendingNoTime: 'Nous vérifions de nous-mêmes toutes les quelques secondes.',
  pendingProgress: 'Paiement en route',
  confirmTitle: 'Confirmez auprès de votre banque',
  confirmBody: 'Votre banque demande de confirmer ce paiement. Nous reprendrons dès que ce sera fait.',
  confirmOpen: 'Ouvrir la page de votre banque',
  confirmDone: 'J’ai confirmé',
  confirmNotYet:
    'Votre banque n’a pas encore confirmé ce paiement. Terminez sur la page de votre banque : nous le verrons de nous-mêmes.',
  declinedTitle: 'Votre banque a refusé le paiement',
  declinedReason: 'Le paiement n’a pas été accepté.',
  refusedTitle: 'Cette recharge n’a pas été acceptée',
  refusedReason: 'Le service de facturation n’a pas accepté cette recharge.',
  nothingCharged: 'Rien n’a été débité.',
  connectionLostTitle: 'La connexion a été perdue',
  connectionLostBody:
    'Nous avons perdu la connexion pendant le débit. Nous vérifions auprès de votre compte pour que vous ne soyez jamais débité deux fois.',
  timedOutTitle: 'Toujours en attente de confirmation',
  timedOutBody:
    'Votre paiement prend plus de temps que d’habitude. Nous vérifions auprès de votre compte : vous n’avez rien à faire et ne serez pas débité deux fois.',
  unknownTitle: 'Vérification de votre paiement',
  unknownBody:
    'Nous n’avons pas pu lire la réponse du service de facturation. Nous vérifions auprès de votre compte pour que vous ne soyez jamais débité deux fois.',
  otherMethod: 'Utiliser un autre moyen de paiement',
  changeAmount: 'Modifier le montant',
  tryAgain: 'Réessayer',
};
