import type { Messages } from '../en';

export const topUp: Messages['topUp'] = {
  amount: 'Montant',
  otherAmount: 'Autre montant',
  customLabel: 'Montant en {currency}',
  hint: 'Entre {min} et {max}.',
  hintMin: 'Au moins {min}.',
  hintMax: '{max} au maximum.',
  errorEmpty: 'Saisissez un montant, par exemple {example}.',
  errorMin: 'Saisissez un montant d’au moins {min}.',
  errorMax: 'Saisissez un montant de {max} au maximum.',
  errorTooLarge: 'Ce nombre est trop grand. Saisissez un montant comme {example}.',
  errorDecimals: {
    zero: 'Les montants en {currency} sont des nombres entiers, par exemple {example}.',
    one: 'Les montants en {currency} ont au plus {count} décimale.',
    other: 'Les montants en {currency} ont au plus {count} décimales.',
  },
};
