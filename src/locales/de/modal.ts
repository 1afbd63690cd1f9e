import type { Messages } from '../en';

export const modal: Messages['modal'] = {
  titleRanOut: 'Ihr Guthaben ist aufgebraucht',
  titleShort: {
    one: 'Ihr Guthaben reicht nicht für {intent}',
    other: 'Ihr Guthaben reicht nicht für {count} Aufgaben',
  },
  titleShortNoIntent: 'Ihr Guthaben reicht dafür nicht',
  titleNoRights: 'Das Guthaben Ihres Teams ist aufgebraucht',
  titleNoRightsShort: 'Das Guthaben Ihres Teams reicht dafür nicht',
  waitingOne: 'Wartet auf Fortsetzung',
  waitingMany: {
    one: '**{count} Aufgabe** wartet auf Fortsetzung',
    other: '**{count} Aufgaben** warten auf Fortsetzung',
  },
  paused: {
    one: 'Wir haben **{intent}** angehalten, statt mehr zu berechnen, als Sie freigegeben haben. Es läuft von selbst weiter, sobald Ihr Guthaben aufgeladen ist.',
    other:
      'Wir haben **{count} Aufgaben** angehalten, statt mehr zu berechnen, als Sie freigegeben haben. Sie laufen von selbst weiter, sobald Ihr Guthaben aufgeladen ist.',
  },
  pausedNoIntent:
    'Wir haben Ihre Arbeit angehalten, statt mehr zu berechnen, als Sie freigegeben haben. Sie läuft von selbst weiter, sobald Ihr Guthaben aufgeladen ist.',
  noRights:
    'Nur Billing-Admins können aufladen. Wir können ihnen Bescheid geben – Ihre Arbeit läuft weiter, sobald sie aufgeladen haben.',
  noRightsNoAction:
    'Nur Billing-Admins können aufladen. Ihre Arbeit läuft weiter, sobald sie aufgeladen haben.',
  balance: 'Guthaben',
  required: 'Benötigt etwa',
  requiredAtLeast: 'Benötigt mindestens',
  suggestionPace: 'Deckt, was wartet, und reicht bei Ihrem derzeitigen Verbrauch noch etwa zwei Wochen.',
  suggestionAlertLevel: 'Deckt, was wartet, und hält Ihr Guthaben über Ihrer Warnschwelle von {level}.',
  shortfall: 'Es fehlen',
  chooseAmount: 'Anderen Betrag wählen',
  choosingTitle: 'Betrag wählen',
  choosingBody: 'Aufladungen sind sofort in Ihrem Guthaben.',
  choosingMethodTitle: 'Andere Zahlungsmethode wählen',
  choosingMethodBody: 'Wählen Sie eine andere Zahlungsart. Der Betrag bleibt, wenn Sie ihn nicht ändern.',
  setUpAlerts: 'Warnungen oder automatische Aufladung einrichten',
  resuming: { one: '{intent} wird fortgesetzt…', other: '{count} Aufgaben werden fortgesetzt…' },
  resumingNoIntent: 'Ihre Arbeit wird fortgesetzt…',
  resumingBody: 'Ihr Guthaben beträgt jetzt {balance}.',
  otherTabTitle: 'Wird in einem anderen Tab erledigt',
  otherTab:
    'In einem anderen Tab läuft gerade eine Aufladung über {amount}. Ihre Arbeit hier läuft von selbst weiter, sobald sie angekommen ist.',
  otherTabNoAmount:
    'In einem anderen Tab läuft gerade eine Aufladung. Ihre Arbeit hier läuft von selbst weiter, sobald sie angekommen ist.',
  confirmTitle: { one: '{intent} fortsetzen?', other: '{count} Aufgaben fortsetzen?' },
  confirmTitleNoIntent: 'Ihre Arbeit fortsetzen?',
  confirmBody:
    'Ihr Guthaben beträgt jetzt {balance}. Sie wollten bestätigen, bevor dies noch einmal ausgeführt wird.',
  confirmBodyNoBalance:
    'Ihr Guthaben ist aufgeladen. Sie wollten bestätigen, bevor dies noch einmal ausgeführt wird.',
  confirmAction: { one: '{intent} fortsetzen', other: '{count} Aufgaben fortsetzen' },
  confirmActionNoIntent: 'Fortsetzen',
  confirmCost: 'Kostet etwa',
  waitingIndicator: {
    one: '**{count} Aufgabe** wartet – läuft nach dem Aufladen weiter',
    other: '**{count} Aufgaben** warten – laufen nach dem Aufladen weiter',
  },
  waitingIndicatorLabel: 'Wartet auf eine Aufladung',
  waitingIndicatorShow: 'Anzeigen',
  details: 'Technische Details',
  detailsHttp: 'HTTP {httpStatus}',
  detailsCode: 'Code {code}',
  detailsRequest: 'Anfrage {requestId}',
  detailsAt: 'um {time}',
  rechargePaused: 'Die automatische Aufladung ist pausiert und hat deshalb nicht aufgeladen. {reason}',
  rechargeResume: 'Automatische Aufladung wieder einschalten',
  rechargeAction:
    'Die automatische Aufladung wartet darauf, dass Ihre Bank {amount} bestätigt, und hat deshalb nicht aufgeladen.',
  rechargeActionNoAmount:
    'Die automatische Aufladung wartet auf die Bestätigung Ihrer Bank und hat deshalb nicht aufgeladen.',
  rechargeConfirm: 'Bei Ihrer Bank bestätigen',
};
