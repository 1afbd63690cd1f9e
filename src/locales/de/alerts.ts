import type { Messages } from '../en';

export const alerts: Messages['alerts'] = {
  loading: 'Ihre Benachrichtigungen werden geladen…',
  loadFailed: 'Ihre Benachrichtigungen konnten nicht geladen werden. Es hat sich nichts geändert.',
  alerts: {
    switch: 'Warnungen bei niedrigem Guthaben',
    hint: 'Wir sagen Ihnen Bescheid, bevor Ihr Guthaben aufgebraucht ist – damit nichts überraschend stoppt.',
    threshold: 'Warnung {n}: wenn mein Guthaben unter diesen Betrag fällt',
    level: 'Art von Warnung {n}',
    warning: 'Hinweis',
    critical: 'Kritisch',
    add: 'Weitere Warnung hinzufügen',
    remove: 'Warnung {n} entfernen',
  },
  channels: {
    legend: 'Wie sollen wir Sie benachrichtigen?',
    email: 'E-Mail-Adressen',
    emailHint: 'Mehrere Adressen durch Kommas trennen.',
    inApp: 'Warnung in der App anzeigen',
    webhook: 'Webhook-URL (optional)',
    webhookHint: 'Wir senden eine POST-Anfrage an diese https://-Adresse.',
  },
  test: {
    send: 'Testwarnung senden',
    sending: 'Testwarnung wird gesendet…',
    sent: 'Testwarnung gesendet. Prüfen Sie die gewählten Kanäle.',
    failed: 'Die Testwarnung konnte nicht gesendet werden.',
  },
  recharge: {
    switch: 'Automatisch aufladen',
    hint: 'Standardmäßig aus. Wir buchen nie ohne Ihre Zustimmung ab.',
    threshold: 'Wenn mein Guthaben unter diesen Betrag fällt',
    amount: 'Aufladen um',
    amountHint: 'Mindestens {min} pro Aufladung.',
    cap: 'Monatliches Limit',
    capHint: 'Wir laden pro Kalendermonat nie mehr als diesen Betrag auf.',
    defaultMethod: 'meine Standard-Zahlungsmethode',
    noMethods: 'In Ihrem Konto ist noch keine Zahlungsmethode hinterlegt.',
    savedMethod: 'meine hinterlegte Zahlungsmethode',
    methodsFailed: 'Ihre Zahlungsmethoden konnten nicht geladen werden.',
    consent:
      '{method} mit {amount} belasten, sobald mein Guthaben unter {threshold} fällt – höchstens {cap} pro Monat. Ich kann das jederzeit abschalten.',
    termsChanged: 'Die Bedingungen haben sich geändert – bitte bestätigen Sie sie erneut.',
    termsPending: 'Füllen Sie die Beträge oben aus, dann sehen Sie genau, wozu Sie zustimmen.',
    mode: 'Bei jeder Aufladung',
    modeAmount: 'Einen festen Betrag aufladen',
    modeTarget: 'Auf ein Zielguthaben aufladen',
    target: 'Aufladen auf',
    targetHint: 'Ihr Guthaben nach jeder Aufladung.',
    consentTarget:
      'Sobald mein Guthaben unter {threshold} fällt, {method} mit dem Betrag belasten, der es wieder auf {target} bringt – höchstens {cap} pro Monat. Ich kann das jederzeit abschalten.',
    chargesNow:
      'Ihr Guthaben beträgt {balance} und liegt schon unter {threshold}: Es werden jetzt sofort {amount} abgebucht.',
    hintOn: 'An: lädt {amount} auf, sobald Ihr Guthaben unter {threshold} fällt – höchstens {cap} im Monat.',
    hintOnTarget:
      'An: lädt Ihr Guthaben auf {target} auf, sobald es unter {threshold} fällt – höchstens {cap} im Monat.',
    hintPaused: 'Pausiert: Es wird nichts abgebucht, bis Sie es wieder einschalten.',
    hintRequiresAction: 'Ihre Bank wartet auf Ihre Bestätigung: Bis dahin wird nichts abgebucht.',
    pausedTitle: 'Automatisches Aufladen ist pausiert',
    pausedBody:
      'Bis Sie es wieder einschalten, wird nichts mehr abgebucht. Sie können vorher unten eine andere Karte wählen.',
    resume: 'Automatisches Aufladen wieder einschalten',
    actionTitle: 'Ihre Bank möchte eine automatische Aufladung bestätigen lassen',
    actionBody:
      'Beim automatischen Aufladen von {amount} hat Ihre Bank eine Bestätigung durch den Karteninhaber verlangt. Es wurde nichts abgebucht, und wir versuchen es erst wieder, wenn Sie bestätigen oder unten eine andere Karte wählen.',
    actionBodyNoAmount:
      'Ihre Bank hat eine Bestätigung durch den Karteninhaber verlangt. Es wurde nichts abgebucht, und wir versuchen es erst wieder, wenn Sie bestätigen oder unten eine andere Karte wählen.',
    confirm: 'Bei Ihrer Bank bestätigen',
    receipt: 'Automatisch aufgeladen: {amount}. Ihr Guthaben beträgt jetzt {balance}.',
    receiptPending: 'Automatisch abgebucht: {amount}. Der Betrag ist unterwegs zu Ihrem Guthaben.',
    receiptFailed: 'Das automatische Aufladen von {amount} hat nicht geklappt: {reason}',
  },
  save: 'Einstellungen speichern',
  saving: 'Ihre Einstellungen werden gespeichert…',
  saved: 'Gespeichert. Ihre Benachrichtigungen sind auf dem neuesten Stand.',
  saveFailed:
    'Ihre Einstellungen konnten nicht gespeichert werden. Ihre Eingaben sind noch da – versuchen Sie es erneut.',
  serverSaid: 'Meldung des Servers: {reason}',
  summaryTitle: 'Bitte prüfen Sie Ihre Angaben',
  field: {
    threshold: 'Warnung {n}',
    rechargeThreshold: 'Aufladeschwelle',
    rechargeAmount: 'Aufladebetrag',
    rechargeCap: 'Monatliches Limit',
    rechargeTarget: 'Zielguthaben',
  },
  errors: {
    amount: '{field}: {problem}',
    amountNegative: 'Geben Sie 0 oder mehr ein, zum Beispiel {example}.',
    noThresholds: 'Fügen Sie mindestens eine Warnung hinzu oder schalten Sie die Warnungen aus.',
    noChannel: 'Wählen Sie mindestens einen Weg, wie wir Sie erreichen: E-Mail, App oder Webhook.',
    email: 'Geben Sie E-Mail-Adressen wie name@example.com ein – „{value}“ ist keine.',
    webhook:
      'Geben Sie eine Webhook-URL ein, die mit https:// beginnt, z. B. https://example.com/hooks/balance.',
    belowMin: 'Laden Sie mindestens {min} pro Aufladung auf – das ist der kleinste Betrag.',
    belowRechargeMin:
      'Laden Sie jedes Mal mindestens {min} auf – das ist der kleinste Betrag für automatisches Aufladen bei diesem Konto.',
    aboveMax: 'Laden Sie höchstens {max} pro Aufladung auf – das ist der größte Betrag.',
    capBelowAmount: 'Das monatliche Limit muss mindestens {amount} betragen, den Betrag einer Aufladung.',
    noMethod:
      'Hinterlegen Sie zuerst eine Zahlungsmethode in Ihrem Konto oder schalten Sie das automatische Aufladen aus.',
    consent:
      'Setzen Sie das Häkchen, um diese Bedingungen zu bestätigen, oder schalten Sie das automatische Aufladen aus.',
    targetNotAbove: 'Das Zielguthaben muss über {amount} liegen, dem Guthaben, ab dem aufgeladen wird.',
  },
};
