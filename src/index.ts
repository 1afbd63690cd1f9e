// topup-kit — the React entry. Components register themselves here as they land.
// The stylesheet is extracted by the library build into dist/styles.css (topup-kit/styles.css).
import './styles/index.css';

export * from './components/balance-blocked-modal';
export * from './components/low-balance-banner';
export * from './components/one-click-top-up';
export * from './components/threshold-alert-settings';
export * from './components/usage-summary';
export * from './core';
export { en, type Messages } from './locales/en';
export type { DeepPartial, Message, Plural } from './locales/types';
export * from './react';
// What the registry's copied parts import from the package (see the file).
export * from './registry-logic';
