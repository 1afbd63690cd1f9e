import type { Messages } from '../en';

export const topUp: Messages['topUp'] = {
  amount: 'Betrag',
  otherAmount: 'Anderer Betrag',
  customLabel: 'Betrag in {currency}',
  hint: 'Zwischen {min} und {max}.',
  hintMin: 'Mindestens {min}.',
  hintMax: 'Höchstens {max}.',
  errorEmpty: 'Geben Sie einen Betrag ein, zum Beispiel {example}.',
  errorMin: 'Geben Sie mindestens {min} ein.',
  errorMax: 'Geben Sie höchstens {max} ein.',
  errorTooLarge: 'Diese Zahl ist zu groß. Geben Sie einen Betrag wie {example} ein.',
  errorDecimals: {
    zero: 'Beträge in {currency} sind ganze Zahlen, zum Beispiel {example}.',
    one: 'Beträge in {currency} haben höchstens {count} Nachkommastelle.',
    other: 'Beträge in {currency} haben höchstens {count} Nachkommastellen.',
  },
};
