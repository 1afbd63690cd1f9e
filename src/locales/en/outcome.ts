// English reference copy for the payment outcomes (shared COPY.md), shown alike by the modal and
// OneClickTopUp: each outcome says what happened to the money, in that order, and nothing else.
export const outcome = {
  paying: 'Adding {amount}…',
  payingBody: 'Charging {method}. This usually takes a few seconds.',
  payingBodyNoMethod: 'This usually takes a few seconds.',
  /** The receipt, for every charge. */
  succeeded: 'Added {amount}. Your balance is now {balance}.',
  succeededNoBalance: 'Added {amount}.',
  pendingTitle: 'Your payment is on its way',
  pendingBody: 'Your {amount} is on its way to your balance.',
  pendingExpected: 'It usually lands by {time}. We check by ourselves.',
  pendingNoTime: 'We check by ourselves every few seconds.',
  pendingProgress: 'Payment on its way',
  confirmTitle: 'Confirm with your bank',
  confirmBody: "Your bank asked to confirm this payment. We'll continue when you're done.",
  confirmOpen: "Open your bank's page",
  confirmDone: "I've confirmed",
  confirmNotYet:
    "Your bank hasn't confirmed this payment yet. Finish on your bank's page — we'll notice by ourselves.",
  declinedTitle: 'Your bank declined the payment',
  declinedReason: 'The payment was not accepted.',
  refusedTitle: "This top-up wasn't accepted",
  refusedReason: 'The billing service did not accept this top-up.',
  nothingCharged: 'Nothing was charged.',
  connectionLostTitle: 'The connection was lost',
  connectionLostBody:
    "We lost the connection while charging. We're checking with your account, so you're never charged twice.",
  timedOutTitle: 'Still waiting for confirmation',
  timedOutBody:
    "Your payment is taking longer than usual. We're checking with your account — there's nothing you need to do, and you won't be charged twice.",
  unknownTitle: 'Checking your payment',
  unknownBody:
    "We couldn't read the billing service's answer. We're checking with your account, so you're never charged twice.",
  otherMethod: 'Use another payment method',
  changeAmount: 'Change the amount',
  tryAgain: 'Try again',
};
