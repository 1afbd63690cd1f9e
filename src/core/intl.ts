/**
 * The one cache of Intl formatters. Building an Intl formatter costs far more than using one
 * (tens of microseconds each), and the kit formats on every render: each distinct locale and
 * options pair is built once per page and shared by every component.
 */

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  locale: string | undefined,
  options: object | undefined,
  build: () => T,
): T {
  const key = `${kind}|${locale ?? ''}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    // Built before it is stored: options Intl rejects throw here, every time, and cache nothing.
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A shared Intl.NumberFormat (`locale` undefined: the runtime's). Throws what Intl throws. */
export const numberFormat = (locale?: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** A shared Intl.DateTimeFormat. Throws what Intl throws (an unknown time zone, for one). */
export const dateTimeFormat = (locale?: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** Shared Intl.PluralRules for a locale. */
export const pluralRules = (locale: string): Intl.PluralRules =>
  cached('plural', locale, undefined, () => new Intl.PluralRules(locale));
