// The demo's own preferences (theme, locale), kept in localStorage so a reload keeps them.
import { de } from '../../../src/locales/de';
import { fr } from '../../../src/locales/fr';
import { copies } from './copy';

// Each language names itself, so anyone can find their own in the switcher.
export const locales = {
  en: { label: 'English', locale: 'en-US', messages: undefined, copy: copies.en },
  de: { label: 'Deutsch', locale: 'de-DE', messages: de, copy: copies.de },
  fr: { label: 'Français', locale: 'fr-FR', messages: fr, copy: copies.fr },
} as const;
export type LocaleKey = keyof typeof locales;

export const themes = ['light', 'dark', 'brand-forest'] as const;
export type Theme = (typeof themes)[number];

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(`acme:${key}`);
    return allowed.includes(value as T) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: string) {
  try {
    localStorage.setItem(`acme:${key}`, value);
  } catch {
    // Private mode or storage full: the choice just doesn't survive a reload.
  }
}

export const preferences = {
  theme: () => read('theme', themes, 'light'),
  locale: () => read('locale', Object.keys(locales) as LocaleKey[], 'en'),
  setTheme(theme: Theme) {
    write('theme', theme);
    document.documentElement.dataset.theme = theme;
    document.documentElement.classList.toggle('dark', theme === 'dark');
  },
  setLocale(locale: LocaleKey) {
    write('locale', locale);
    document.documentElement.lang = locale;
  },
};
