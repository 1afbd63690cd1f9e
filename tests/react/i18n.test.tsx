import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { fr } from '../../src/locales/fr';
import { formatMessage, mergeMessages, renderMessage } from '../../src/react';

type Tree = { [key: string]: string | Tree };

/** Every message as "section.key[.form]" → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const OURS = ['common', 'modal', 'topUp'] as const;

describe('catalogs', () => {
  it.each([
    ['de', de],
    ['fr', fr],
  ])('%s says everything en says in common, modal and topUp, with the same placeholders', (_, catalog) => {
    for (const section of OURS) {
      const base = flatten(en[section] as Tree);
      const other = flatten(catalog[section] as unknown as Tree);
      // Plural forms may differ by language (fr has no `zero`, others may add `few`): compare messages.
      const key = (k: string) => k.replace(/\.(zero|one|two|few|many|other)$/, '');
      expect([...new Set([...other.keys()].map(key))].sort()).toEqual(
        [...new Set([...base.keys()].map(key))].sort(),
      );
      for (const [k, text] of other) {
        expect(text.trim(), `${section}.${k}`).not.toBe('');
        const english = base.get(k) ?? base.get(k.replace(/\.\w+$/, '.other')) ?? '';
        // `{count}` may be spelled out in a plural form; every other value must be used.
        const need = placeholders(english).filter((p) => p !== 'count');
        expect(
          placeholders(text).filter((p) => p !== 'count'),
          `${section}.${k}`,
        ).toEqual(need);
      }
    }
  });

  it('keeps the fixed English labels', () => {
    expect(en.common.notNow).toBe('Not now');
    expect(en.common.topUpAmount).toBe('Top up {amount}');
    expect(en.modal.details).toBe('Technical details');
    expect(en.common.askAdmin).toBe('Ask an admin to top up');
    expect(en.modal.chooseAmount).toBe('Choose another amount');
  });
});

describe('formatMessage / renderMessage', () => {
  it('interpolates and picks plural forms by Intl.PluralRules', () => {
    const msg = { one: '{count} task is waiting', other: '{count} tasks are waiting' };
    expect(formatMessage(msg, { count: 1 }, 'en')).toBe('1 task is waiting');
    expect(formatMessage(msg, { count: 3 }, 'en')).toBe('3 tasks are waiting');
    // French counts 0 as singular.
    expect(formatMessage({ one: '{count} tâche', other: '{count} tâches' }, { count: 0 }, 'fr')).toBe(
      '0 tâche',
    );
    expect(
      formatMessage(en.topUp.errorDecimals, { count: 0, currency: 'JPY', example: '¥2,500' }, 'en'),
    ).toBe('JPY amounts are whole numbers, like ¥2,500.');
    expect(formatMessage('Top up {amount}', {}, 'en')).toBe('Top up {amount}');
    expect(formatMessage('**bold** text', {}, 'en')).toBe('bold text');
  });

  it('renders **emphasis** as <strong> and values as text, never HTML', () => {
    const { container } = render(
      <p>
        {renderMessage(
          '**{count} tasks** wait for {name}',
          { count: 2, name: '<img src=x onerror=alert(1)>' },
          'en',
        )}
      </p>,
    );
    expect(container.querySelector('strong')).toHaveTextContent('2 tasks');
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('2 tasks wait for <img src=x onerror=alert(1)>');
  });
});

describe('sentence ends', () => {
  it('never doubles a full stop after a value that ends one (German dates: "27. Nov.")', () => {
    const date = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'short' }).format(
      new Date('2026-11-27T12:00:00Z'),
    );
    expect(date).toBe('27. Nov.');
    const text = formatMessage(de.usage.period.future, { today: date }, 'de-DE');
    expect(text).toMatch(/bis heute, 27\. Nov\.$/);
    expect(text).not.toContain('..');
    const { container } = render(<p>{renderMessage(de.usage.period.future, { today: date }, 'de-DE')}</p>);
    expect(container.textContent).not.toContain('..');
    // Values without a full stop keep the template's.
    expect(formatMessage('Until {date}.', { date: 'Nov 27' }, 'en')).toBe('Until Nov 27.');
  });
});

describe('mergeMessages', () => {
  it('overrides any string, replaces plurals whole, and keeps sections with a key named other', () => {
    const base = { a: { title: 'T', other: 'Other', n: { one: 'one', other: 'many' } }, b: 'B' };
    const merged = mergeMessages(base, { a: { other: 'Else', n: { other: 'lots' } } });
    expect(merged).toEqual({ a: { title: 'T', other: 'Else', n: { other: 'lots' } }, b: 'B' });
    expect(mergeMessages(base, undefined)).toBe(base);
  });
});
