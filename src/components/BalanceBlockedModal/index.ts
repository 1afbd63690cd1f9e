export { BalanceBlockedModal, type BalanceBlockedModalProps } from './BalanceBlockedModal';
export type { BalanceBlockedModalStep } from './steps';
export { TechnicalDetails, type TechnicalDetailsProps } from './TechnicalDetails';
