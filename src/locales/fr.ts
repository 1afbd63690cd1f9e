// Entry point topup-kit/locales/fr: a host pays for this catalog only when it imports it.
export { fr } from './fr/index';
