/** A message with plural forms, chosen by Intl.PluralRules for the count. */
export type Plural = {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};

/**
 * A message template: `{name}` interpolates a value; `**text**` marks emphasis (rendered as
 * <strong>, never as HTML). Values are always inserted as text.
 */
export type Message = string | Plural;

/** The shape of a catalog derived from the English one: same keys, any wording. */
export type CatalogOf<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends { other: string } ? Plural : CatalogOf<T[K]>;
};

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
