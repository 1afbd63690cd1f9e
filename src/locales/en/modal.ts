// English reference copy for BalanceBlockedModal (shared COPY.md). The headline is ours; the
// server's own words only ever appear under "Technical details".
export const modal = {
  /** Only when the balance is zero or less. */
  titleRanOut: 'Your balance ran out',
  /** While money is left: what it isn't enough for, in the user's words. */
  titleShort: {
    one: "Your balance isn't enough for {intent}",
    other: "Your balance isn't enough for {count} tasks",
  },
  titleShortNoIntent: "Your balance isn't enough for this",
  titleNoRights: "Your team's balance ran out",
  titleNoRightsShort: "Your team's balance isn't enough for this",
  /** Label above the mirrored intent (the user's own words, shown as given). */
  waitingOne: 'Waiting to resume',
  waitingMany: {
    one: '**{count} task** is waiting to resume',
    other: '**{count} tasks** are waiting to resume',
  },
  /** The body names the work before it says "it". */
  paused: {
    one: "We paused **{intent}** instead of charging more than you've approved. It resumes by itself as soon as your balance is topped up.",
    other:
      "We paused **{count} tasks** instead of charging more than you've approved. They resume by themselves as soon as your balance is topped up.",
  },
  pausedNoIntent:
    "We paused your work instead of charging more than you've approved. It resumes by itself as soon as your balance is topped up.",
  noRights: 'Only billing admins can top up. We can let them know — your work resumes once they do.',
  noRightsNoAction: 'Only billing admins can top up. Your work resumes once they do.',
  balance: 'Balance',
  required: 'This needs about',
  requiredAtLeast: 'This needs at least',
  /** Under the one-click button, when the suggestion is more than the work needs: why. */
  suggestionPace: 'Covers what is waiting and leaves about two weeks at your current pace.',
  suggestionAlertLevel: 'Covers what is waiting and keeps your balance above your {level} alert.',
  shortfall: 'Short by',
  chooseAmount: 'Choose another amount',
  choosingTitle: 'Choose an amount',
  choosingBody: 'Top-ups arrive in your balance right away.',
  choosingMethodTitle: 'Choose another payment method',
  choosingMethodBody: 'Pick another way to pay. The amount stays as it was unless you change it.',
  setUpAlerts: 'Set up alerts or auto-recharge',
  resuming: { one: 'Resuming {intent}…', other: 'Resuming {count} tasks…' },
  resumingNoIntent: 'Resuming your work…',
  resumingBody: 'Your balance is now {balance}.',
  // Another tab of this account is paying: this one waits for it (no second charge).
  otherTabTitle: 'Being handled in another tab',
  otherTab:
    'A top-up of {amount} is under way in another tab. Your work here resumes by itself once it lands.',
  otherTabNoAmount: 'A top-up is under way in another tab. Your work here resumes by itself once it lands.',
  // Work that asked to be confirmed before it runs again (`resume: 'confirm'`).
  confirmTitle: { one: 'Continue {intent}?', other: 'Continue {count} tasks?' },
  confirmTitleNoIntent: 'Continue your work?',
  confirmBody: 'Your balance is now {balance}. You asked to confirm before this runs again.',
  confirmBodyNoBalance: 'Your balance is topped up. You asked to confirm before this runs again.',
  confirmAction: { one: 'Continue {intent}', other: 'Continue {count} tasks' },
  confirmActionNoIntent: 'Continue',
  confirmCost: 'This costs about',
  /** The small reminder while the user is elsewhere in the app. */
  waitingIndicator: {
    one: '**{count} task** waiting — resumes after a top-up',
    other: '**{count} tasks** waiting — resume after a top-up',
  },
  waitingIndicatorLabel: 'Waiting for a top-up',
  waitingIndicatorShow: 'Show',
  details: 'Technical details',
  detailsHttp: 'HTTP {httpStatus}',
  detailsCode: 'code {code}',
  detailsRequest: 'request {requestId}',
  detailsAt: 'at {time}',
  /** Auto-recharge is on but could not step in before this 402: why, and the way out. */
  rechargePaused: 'Auto-recharge is paused, so it did not top up. {reason}',
  rechargeResume: 'Turn auto-recharge back on',
  rechargeAction: 'Auto-recharge is waiting for your bank to confirm {amount}, so it did not top up.',
  rechargeActionNoAmount:
    'Auto-recharge is waiting for your bank to confirm a payment, so it did not top up.',
  rechargeConfirm: 'Confirm with your bank',
};
