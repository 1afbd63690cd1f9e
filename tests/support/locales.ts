// The three shipped catalogs with a locale each: for fixtures and Storybook's locale toolbar.
import { de } from '../../src/locales/de';
import { fr } from '../../src/locales/fr';

export const catalogs = {
  en: { locale: 'en-US', messages: undefined },
  de: { locale: 'de-DE', messages: de },
  fr: { locale: 'fr-FR', messages: fr },
} as const;

export type CatalogKey = keyof typeof catalogs;
