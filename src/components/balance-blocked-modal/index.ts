export { BalanceBlockedModal, type BalanceBlockedModalProps } from './balance-blocked-modal';
export type { BalanceBlockedModalStep } from './steps';
export { TechnicalDetails, type TechnicalDetailsProps } from './technical-details';
