import * as React from 'react';
import { pluralRules } from '../core/intl';
import type { Message, Plural } from '../locales/types';

export type MessageValues = Record<string, React.ReactNode>;

function pick(message: Message, values: MessageValues | undefined, locale: string): string {
  // A value that already ends a sentence ("27. Nov.", "etc.") swallows the template's full stop.
  return endSentence(choose(message, values, locale), values);
}

function endSentence(template: string, values: MessageValues | undefined): string {
  return template.replace(/\{(\w+)\}\./g, (whole, name: string) => {
    const value = values?.[name];
    return typeof value === 'string' && value.endsWith('.') ? `{${name}}` : whole;
  });
}

function choose(message: Message, values: MessageValues | undefined, locale: string): string {
  if (typeof message === 'string') return message;
  const count = values?.count;
  if (typeof count !== 'number') return message.other;
  if (count === 0 && message.zero !== undefined) return message.zero;
  return message[pluralRules(locale).select(count) as keyof Plural] ?? message.other;
}

const TOKEN = /\{(\w+)\}/g;

/** A message as plain text: for attributes, aria-labels, CSV, document titles. `**` marks are dropped. */
export function formatMessage(message: Message, values: MessageValues | undefined, locale: string): string {
  return pick(message, values, locale)
    .replace(TOKEN, (whole, name: string) => {
      const value = values?.[name];
      return value === undefined || value === null || typeof value === 'boolean' ? whole : String(value);
    })
    .replaceAll('**', '');
}

/**
 * A message as React nodes: `**x**` becomes <strong>, `{name}` the value (text or element).
 * Values are never parsed as HTML, so server text stays text.
 */
export function renderMessage(
  message: Message,
  values: MessageValues | undefined,
  locale: string,
): React.ReactNode {
  // Children passed as arguments, not arrays: template parts are static, so they need no keys.
  const parts = pick(message, values, locale)
    .split('**')
    .map((part, i) => {
      // split() with a capture group puts the names at odd indexes.
      const nodes = part
        .split(TOKEN)
        .map((piece, j) => (j % 2 === 1 ? (values?.[piece] ?? `{${piece}}`) : piece));
      return React.createElement(i % 2 === 1 ? 'strong' : React.Fragment, null, ...nodes);
    });
  return React.createElement(React.Fragment, null, ...parts);
}

const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A plural object has only plural-category keys (a section may still have a key named `other`). */
function isPlural(value: object): boolean {
  return 'other' in value && Object.keys(value).every((key) => PLURAL_KEYS.has(key));
}

/** Deep-merges a partial override into a catalog; plural objects and strings replace whole. */
export function mergeMessages<T extends object>(base: T, override: unknown): T {
  if (!override || typeof override !== 'object') return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    const isSection =
      current && typeof current === 'object' && !isPlural(current) && value && typeof value === 'object';
    out[key] = isSection ? mergeMessages(current as object, value) : value === undefined ? current : value;
  }
  return out as T;
}
