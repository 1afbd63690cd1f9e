// English reference copy for OneClickTopUp (shared COPY.md). Errors follow GOV.UK: say what to do.
export const topUp = {
  amount: 'Amount',
  otherAmount: 'Other amount',
  customLabel: 'Amount in {currency}',
  hint: 'Between {min} and {max}.',
  hintMin: 'At least {min}.',
  hintMax: '{max} or less.',
  errorEmpty: 'Enter an amount, like {example}.',
  errorMin: 'Enter an amount of at least {min}.',
  errorMax: 'Enter an amount of {max} or less.',
  errorTooLarge: 'That number is too large. Enter an amount like {example}.',
  errorDecimals: {
    zero: '{currency} amounts are whole numbers, like {example}.',
    one: '{currency} amounts have at most {count} decimal place.',
    other: '{currency} amounts have at most {count} decimal places.',
  },
};
