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

type PluralKey = keyof Plural;

/**
 * The shape of a catalog derived from the English one: same keys, any wording. An object is a
 * plural only when every key is a plural category, so a section may still have a key `other`.
 */
export type CatalogOf<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends { other: string }
      ? Exclude<keyof T[K], PluralKey> extends never
        ? Plural
        : CatalogOf<T[K]>
      : CatalogOf<T[K]>;
};

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
