import type { Messages } from '../en';

export const outcome: Messages['outcome'] = {
  paying: '{amount} werden aufgeladen…',
  payingBody: 'Wir belasten {method}. Das dauert meist nur wenige Sekunden.',
  payingBodyNoMethod: 'Das dauert meist nur wenige Sekunden.',
  succeeded: '{amount} aufgeladen. Ihr Guthaben beträgt jetzt {balance}.',
  succeededNoBalance: '{amount} aufgeladen.',
  pendingTitle: 'Ihre Zahlung ist unterwegs',
  pendingBody: 'Ihre {amount} sind auf dem Weg zu Ihrem Guthaben.',
  pendingExpected: 'Meist sind sie bis {time} da. Wir sehen von selbst nach.',
  pendingNoTime: 'Wir sehen alle paar Sekunden von selbst nach.',
  pendingProgress: 'Zahlung unterwegs',
  confirmTitle: 'Bei Ihrer Bank bestätigen',
  confirmBody: 'Ihre Bank möchte diese Zahlung bestätigen lassen. Sobald Sie fertig sind, geht es weiter.',
  confirmOpen: 'Seite Ihrer Bank öffnen',
  confirmDone: 'Ich habe bestätigt',
  confirmNotYet:
    'Ihre Bank hat die Zahlung noch nicht bestätigt. Schließen Sie die Bestätigung auf der Seite Ihrer Bank ab – wir merken es von selbst.',
  declinedTitle: 'Ihre Bank hat die Zahlung abgelehnt',
  declinedReason: 'Die Zahlung wurde nicht angenommen.',
  refusedTitle: 'Diese Aufladung wurde nicht angenommen',
  refusedReason: 'Der Abrechnungsdienst hat diese Aufladung nicht angenommen.',
  nothingCharged: 'Es wurde nichts abgebucht.',
  connectionLostTitle: 'Die Verbindung ist abgebrochen',
  connectionLostBody:
    'Beim Abbuchen ist die Verbindung abgebrochen. Wir prüfen das mit Ihrem Konto, damit nie doppelt abgebucht wird.',
  timedOutTitle: 'Wir warten noch auf die Bestätigung',
  timedOutBody:
    'Ihre Zahlung dauert länger als üblich. Wir prüfen das mit Ihrem Konto – Sie müssen nichts tun, und es wird nicht doppelt abgebucht.',
  unknownTitle: 'Wir prüfen Ihre Zahlung',
  unknownBody:
    'Wir konnten die Antwort des Abrechnungsdienstes nicht lesen. Wir prüfen das mit Ihrem Konto, damit nie doppelt abgebucht wird.',
  otherMethod: 'Andere Zahlungsmethode verwenden',
  changeAmount: 'Betrag ändern',
  tryAgain: 'Erneut versuchen',
};
