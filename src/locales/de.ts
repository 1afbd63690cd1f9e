// Entry point topup-kit/locales/de: a host pays for this catalog only when it imports it.
export { de } from './de/index';
