// The demo app's own words (the kit brings its own catalog). Saved query names are the user's data
// and stay as they were typed, in every language.
const en = {
  skip: 'Skip to content',
  nav: 'Main',
  pages: { queries: 'Queries', usage: 'Usage', billing: 'Billing' },
  balance: 'Balance {amount}',
  balancePending: '{amount} on its way',
  balanceLoading: 'Balance …',
  balanceError: 'Balance unavailable',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', 'brand-forest': 'Forest' },
  language: 'Language',
  saved: 'Saved queries',
  runAll: 'Run all saved queries',
  sql: 'SQL',
  run: 'Run',
  state: {
    idle: 'Not run',
    running: 'Running',
    waiting: 'Waiting',
    done: 'Done',
    paused: 'Paused',
    error: 'Failed',
  },
  running: 'Running…',
  waiting: 'Waiting for your balance. It runs as soon as the balance is topped up.',
  paused: "Not run: your balance wasn't enough, and nothing was charged. Run it again whenever you like.",
  addFunds: 'Add funds',
  failed: 'The query failed (HTTP {status}). Nothing was charged.',
  offline: "We couldn't reach the server. Check your connection and run it again.",
  done: '{rows} rows · {cost} charged · balance now {balance}',
  resultOf: 'Result of {name}',
  alerts: 'Alerts and auto-recharge',
  bankTitle: 'Payment confirmed with your bank',
  bankBody: 'Go back to the Acme Query tab you came from: your work resumes there by itself.',
  bankLink: 'Open Acme Query',
};

export type Copy = typeof en;

const de: Copy = {
  skip: 'Zum Inhalt springen',
  nav: 'Hauptmenü',
  pages: { queries: 'Abfragen', usage: 'Verbrauch', billing: 'Abrechnung' },
  balance: 'Guthaben {amount}',
  balancePending: '{amount} unterwegs',
  balanceLoading: 'Guthaben …',
  balanceError: 'Guthaben nicht verfügbar',
  theme: 'Design',
  themes: { light: 'Hell', dark: 'Dunkel', 'brand-forest': 'Wald' },
  language: 'Sprache',
  saved: 'Gespeicherte Abfragen',
  runAll: 'Alle gespeicherten Abfragen ausführen',
  sql: 'SQL',
  run: 'Ausführen',
  state: {
    idle: 'Nicht ausgeführt',
    running: 'Läuft',
    waiting: 'Wartet',
    done: 'Fertig',
    paused: 'Pausiert',
    error: 'Fehlgeschlagen',
  },
  running: 'Läuft …',
  waiting: 'Wartet auf Ihr Guthaben. Die Abfrage läuft, sobald es aufgeladen ist.',
  paused:
    'Nicht ausgeführt: Ihr Guthaben war aufgebraucht, es wurde nichts berechnet. Führen Sie die Abfrage einfach erneut aus, wann immer Sie möchten.',
  addFunds: 'Guthaben aufladen',
  failed: 'Die Abfrage ist fehlgeschlagen (HTTP {status}). Es wurde nichts berechnet.',
  offline:
    'Der Server war nicht erreichbar. Prüfen Sie die Verbindung und führen Sie die Abfrage erneut aus.',
  done: '{rows} Zeilen · {cost} berechnet · Guthaben jetzt {balance}',
  resultOf: 'Ergebnis von {name}',
  alerts: 'Warnungen und automatisches Aufladen',
  bankTitle: 'Zahlung bei Ihrer Bank bestätigt',
  bankBody:
    'Wechseln Sie zurück zum Acme-Query-Tab, aus dem Sie kamen: Ihre Arbeit geht dort von selbst weiter.',
  bankLink: 'Acme Query öffnen',
};

const fr: Copy = {
  skip: 'Aller au contenu',
  nav: 'Menu principal',
  pages: { queries: 'Requêtes', usage: 'Consommation', billing: 'Facturation' },
  balance: 'Solde {amount}',
  balancePending: '{amount} en cours',
  balanceLoading: 'Solde …',
  balanceError: 'Solde indisponible',
  theme: 'Thème',
  themes: { light: 'Clair', dark: 'Sombre', 'brand-forest': 'Forêt' },
  language: 'Langue',
  saved: 'Requêtes enregistrées',
  runAll: 'Exécuter toutes les requêtes enregistrées',
  sql: 'SQL',
  run: 'Exécuter',
  state: {
    idle: 'Pas exécutée',
    running: 'En cours',
    waiting: 'En attente',
    done: 'Terminée',
    paused: 'En pause',
    error: 'Échec',
  },
  running: 'Exécution…',
  waiting: 'En attente de votre solde. Elle s’exécute dès que le solde est rechargé.',
  paused: 'Pas exécutée : votre solde était épuisé, rien n’a été facturé. Relancez-la quand vous voulez.',
  addFunds: 'Ajouter des fonds',
  failed: 'La requête a échoué (HTTP {status}). Rien n’a été facturé.',
  offline: 'Le serveur est injoignable. Vérifiez la connexion et relancez la requête.',
  done: '{rows} lignes · {cost} facturés · solde actuel {balance}',
  resultOf: 'Résultat de {name}',
  alerts: 'Alertes et recharge automatique',
  bankTitle: 'Paiement confirmé auprès de votre banque',
  bankBody: 'Revenez à l’onglet Acme Query d’où vous venez : votre travail y reprend tout seul.',
  bankLink: 'Ouvrir Acme Query',
};

export const copies = { en, de, fr } as const;

/** Fills `{name}` placeholders; values are plain text (React escapes them when rendered). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
