// One outcome view shared by BalanceBlockedModal and OneClickTopUp: what each payment outcome says
// and its first action (describe.ts), and its markup (payment-outcome.tsx).
export {
  type DescribeInput,
  describePayment,
  type Formatters,
  type PaymentOutcomeAction,
  type PaymentOutcomeText,
  type PaymentOutcomeView,
} from './describe';
export {
  BankConfirmation,
  type BankConfirmationProps,
  outcomeToneClass,
  PaymentOutcomeDetails,
  type PaymentOutcomeDetailsProps,
} from './payment-outcome';
