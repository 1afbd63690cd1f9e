// topup-kit — the React entry. Components register themselves here as they land.
export * from './core';
export { en, type Messages } from './locales/en';
export type { DeepPartial, Message, Plural } from './locales/types';
export * from './react';
