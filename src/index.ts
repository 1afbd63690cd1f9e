// topup-kit — the React entry. Components register themselves here as they land.
// The stylesheet is extracted by the library build into dist/styles.css (topup-kit/styles.css).
import './styles/index.css';

export * from './components/BalanceBlockedModal';
export * from './components/LowBalanceBanner';
export * from './components/OneClickTopUp';
export * from './components/ThresholdAlertSettings';
export * from './components/UsageSummary';
export * from './core';
export { en, type Messages } from './locales/en';
export type { DeepPartial, Message, Plural } from './locales/types';
export * from './react';
