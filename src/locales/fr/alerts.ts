import type { Messages } from '../en';

export const alerts: Messages['alerts'] = {
  loading: 'Chargement de vos alertes…',
  loadFailed: 'Nous n’avons pas pu charger vos alertes. Rien n’a changé.',
  alerts: {
    switch: 'Alertes de solde bas',
    hint: 'Nous vous prévenons avant que votre solde ne soit épuisé, pour que rien ne s’arrête par surprise.',
    threshold: 'Alerte {n} : quand mon solde passe sous',
    level: 'Type de l’alerte {n}',
    warning: 'Avertissement',
    critical: 'Critique',
    add: 'Ajouter une alerte',
    remove: 'Supprimer l’alerte {n}',
  },
  channels: {
    legend: 'Comment voulez-vous être prévenu ?',
    email: 'Adresses e-mail',
    emailHint: 'Séparez plusieurs adresses par des virgules.',
    inApp: 'Afficher l’alerte dans l’application',
    webhook: 'URL de webhook (facultatif)',
    webhookHint: 'Nous envoyons une requête POST à cette adresse https://.',
  },
  test: {
    send: 'Envoyer une alerte de test',
    sending: 'Envoi d’une alerte de test…',
    sent: 'Alerte de test envoyée. Vérifiez les canaux choisis.',
    failed: 'Nous n’avons pas pu envoyer l’alerte de test.',
  },
  recharge: {
    switch: 'Recharge automatique',
    hint: 'Désactivée par défaut. Nous ne débitons jamais sans votre accord.',
    threshold: 'Quand mon solde passe sous',
    amount: 'Ajouter',
    amountHint: 'Au moins {min} à chaque fois.',
    cap: 'Plafond mensuel',
    capHint: 'Nous n’ajoutons jamais plus que ce montant par mois civil.',
    defaultMethod: 'mon moyen de paiement par défaut',
    noMethods: 'Votre compte n’a pas encore de moyen de paiement.',
    savedMethod: 'mon moyen de paiement enregistré',
    methodsFailed: 'Nous n’avons pas pu charger vos moyens de paiement.',
    consent:
      'Débiter {amount} sur {method} chaque fois que mon solde passe sous {threshold}, dans la limite de {cap} par mois. Je peux désactiver cette option à tout moment.',
    termsChanged: 'Les conditions ont changé — merci de les confirmer à nouveau.',
    termsPending: 'Remplissez les montants ci-dessus pour voir les conditions exactes.',
    mode: 'À chaque recharge',
    modeAmount: 'Ajouter un montant fixe',
    modeTarget: 'Remonter à un solde cible',
    target: 'Remonter à',
    targetHint: 'Votre solde après chaque recharge.',
    consentTarget:
      'Chaque fois que mon solde passe sous {threshold}, débiter sur {method} ce qu’il faut pour le remonter à {target}, dans la limite de {cap} par mois. Je peux désactiver cette option à tout moment.',
    chargesNow:
      'Votre solde est de {balance}, déjà sous {threshold} : {amount} seront débités dès maintenant.',
    hintOn:
      'Activée : ajoute {amount} chaque fois que votre solde passe sous {threshold}, dans la limite de {cap} par mois.',
    hintOnTarget:
      'Activée : remonte votre solde à {target} chaque fois qu’il passe sous {threshold}, dans la limite de {cap} par mois.',
    hintPaused: 'En pause : rien n’est débité tant que vous ne la réactivez pas.',
    hintRequiresAction: 'Votre banque attend une confirmation : rien n’est débité d’ici là.',
    pausedTitle: 'La recharge automatique est en pause',
    pausedBody:
      'Rien ne sera plus débité tant que vous ne la réactivez pas. Vous pouvez d’abord choisir une autre carte ci-dessous.',
    resume: 'Réactiver la recharge automatique',
    actionTitle: 'Votre banque veut confirmer une recharge automatique',
    actionBody:
      'La recharge automatique de {amount} attend la confirmation du titulaire de la carte. Rien n’a été débité, et nous ne réessaierons pas tant que vous n’aurez pas confirmé ou choisi une autre carte ci-dessous.',
    actionBodyNoAmount:
      'Votre banque demande la confirmation du titulaire de la carte. Rien n’a été débité, et nous ne réessaierons pas tant que vous n’aurez pas confirmé ou choisi une autre carte ci-dessous.',
    confirm: 'Confirmer auprès de votre banque',
    receipt: 'Recharge automatique : {amount} ajoutés. Votre solde est maintenant de {balance}.',
    receiptPending: 'Recharge automatique : {amount} débités, en route vers votre solde.',
    receiptFailed: 'La recharge automatique de {amount} n’a pas abouti : {reason}',
  },
  save: 'Enregistrer',
  saving: 'Enregistrement de vos réglages…',
  saved: 'Enregistré. Vos alertes sont à jour.',
  saveFailed:
    'Nous n’avons pas pu enregistrer vos réglages. Vos modifications sont toujours là : vous pouvez réessayer.',
  serverSaid: 'Message du serveur : {reason}',
  summaryTitle: 'Il y a un problème',
  field: {
    threshold: 'Alerte {n}',
    rechargeThreshold: 'Seuil de recharge',
    rechargeAmount: 'Montant à ajouter',
    rechargeCap: 'Plafond mensuel',
    rechargeTarget: 'Solde cible',
  },
  errors: {
    amount: '{field} : {problem}',
    amountNegative: 'Saisissez 0 ou plus, par exemple {example}.',
    noThresholds: 'Ajoutez au moins une alerte, ou désactivez les alertes.',
    noChannel: 'Choisissez au moins un moyen de vous prévenir : e-mail, application ou webhook.',
    email: 'Saisissez des adresses e-mail comme nom@example.com — « {value} » n’en est pas une.',
    webhook:
      'Saisissez une URL de webhook qui commence par https://, par exemple https://example.com/hooks/balance.',
    belowMin: 'Ajoutez au moins {min} à chaque fois — c’est la plus petite recharge possible.',
    belowRechargeMin:
      'Ajoutez au moins {min} à chaque fois : c’est le plus petit montant de recharge automatique pour ce compte.',
    aboveMax: 'Ajoutez au plus {max} à chaque fois — c’est la plus grande recharge possible.',
    capBelowAmount: 'Fixez un plafond mensuel d’au moins {amount}, le montant ajouté à chaque fois.',
    noMethod: 'Ajoutez d’abord un moyen de paiement à votre compte, ou désactivez la recharge automatique.',
    consent: 'Cochez la case pour confirmer ces conditions, ou désactivez la recharge automatique.',
    targetNotAbove: 'Choisissez un solde cible supérieur à {amount}, le solde qui déclenche une recharge.',
  },
};
