import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  currencyDigits,
  formatMoney,
  fromDecimal,
  type Money,
  maxMoney,
  minMoney,
  money,
  parseMoney,
  subtractMoney,
  toDecimalString,
} from '../../src/core';

// Deterministic pseudo-random integers (mulberry32), so property tests are reproducible.
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const ok = (m: Money) => ({ ok: true, money: m });
const fail = (reason: string) => ({ ok: false, reason });

describe('money()', () => {
  it('builds integer minor units with an upper-case ISO code', () => {
    expect(money(1250, 'usd')).toEqual({ amountMinor: 1250, currency: 'USD' });
    expect(Object.is(money(-0, 'EUR').amountMinor, 0)).toBe(true);
  });

  it.each([
    [12.5, 'USD'],
    [Number.NaN, 'USD'],
    [Number.POSITIVE_INFINITY, 'USD'],
    [2 ** 53, 'USD'],
    [1, 'US'],
    [1, 'EURO'],
    [1, ''],
  ])('rejects %s %s with a TypeError (programmer misuse)', (amount, currency) => {
    expect(() => money(amount, currency)).toThrow(TypeError);
  });
});

describe('currencyDigits()', () => {
  it('comes from Intl', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });
});

describe('toDecimalString()', () => {
  it.each([
    [money(1250, 'USD'), '12.50'],
    [money(5, 'USD'), '0.05'],
    [money(-3000, 'KWD'), '-3.000'],
    [money(1, 'KWD'), '0.001'],
    [money(1200, 'JPY'), '1200'],
    [money(-7, 'JPY'), '-7'],
    [money(0, 'EUR'), '0.00'],
    [money(Number.MAX_SAFE_INTEGER, 'USD'), '90071992547409.91'],
  ])('%o → %s', (m, s) => {
    expect(toDecimalString(m)).toBe(s);
  });
});

describe('formatMoney()', () => {
  it('formats with Intl for the locale', () => {
    expect(formatMoney(money(123456, 'USD'), 'en-US')).toBe('$1,234.56');
    expect(formatMoney(money(123456, 'EUR'), 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(money(123456, 'EUR'), 'fr-FR')).toBe('1\u202f234,56\u00a0€');
    expect(formatMoney(money(1200, 'JPY'), 'ja-JP')).toBe('￥1,200');
    expect(formatMoney(money(1234567, 'KWD'), 'en-US')).toBe('KWD\u00a01,234.567');
  });

  it('is exact beyond float precision', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'USD'), 'en-US')).toBe('$90,071,992,547,409.91');
  });

  it('never throws on a locale or currency code Intl rejects', () => {
    // A host's typo in `locale` falls back to the runtime's locale, still in the right currency.
    expect(formatMoney(money(1250, 'USD'), 'xx_YY!!')).toMatch(/12[.,]50/);
    expect(formatMoney(money(1250, 'USD'), 'xx_YY!!')).toMatch(/\$|USD/);
    // A code that is not ISO 4217's shape: the amount, and the code as text.
    expect(formatMoney({ amountMinor: 1250, currency: 'US' }, 'en-US')).toBe('12.50 US');
    expect(formatMoney({ amountMinor: 1250, currency: 'XYZ' }, 'en-US')).toBe('XYZ\u00a012.50');
  });
});

describe('parseMoney()', () => {
  it.each([
    ['1,234.56', 'USD', 'en-US', 123456],
    ['$1,234.56', 'USD', 'en-US', 123456],
    ['1234.5', 'USD', 'en-US', 123450],
    [' 12 ', 'USD', 'en-US', 1200],
    ['USD 12.00', 'USD', 'en-US', 1200],
    ['usd12', 'USD', 'en-US', 1200],
    ['0.05', 'USD', 'en-US', 5],
    ['.5', 'USD', 'en-US', 50],
    ['12.500', 'USD', 'en-US', 1250],
    ['1.234,56', 'EUR', 'de-DE', 123456],
    ['1.234,56 €', 'EUR', 'de-DE', 123456],
    ['1234,56\u00a0€', 'EUR', 'de-DE', 123456],
    ['1 234,56', 'EUR', 'fr-FR', 123456],
    ['1\u202f234,56\u00a0€', 'EUR', 'fr-FR', 123456],
    ['1\u00a0234,56 EUR', 'EUR', 'fr-FR', 123456],
    ['¥1,200', 'JPY', 'ja-JP', 1200],
    ['1200', 'JPY', 'en-US', 1200],
    ['1,234.567', 'KWD', 'en-US', 1234567],
    ['0.001 KWD', 'KWD', 'en-US', 1],
    ['90071992547409.91', 'USD', 'en-US', Number.MAX_SAFE_INTEGER],
    ['-0', 'USD', 'en-US', 0],
  ])('%j (%s, %s) → %i', (text, currency, locale, minor) => {
    expect(parseMoney(text, currency, locale)).toEqual(ok(money(minor, currency)));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['$', 'empty'],
    ['abc', 'invalid'],
    ['💵12', 'invalid'],
    ['12💵', 'invalid'],
    ['1e309', 'invalid'],
    ['1e3', 'invalid'],
    ['NaN', 'invalid'],
    ['Infinity', 'invalid'],
    ['-Infinity', 'invalid'],
    ['12.34.56', 'invalid'],
    ['12,5', 'invalid'],
    ['1,2,3', 'invalid'],
    ['0x10', 'invalid'],
    ['.', 'invalid'],
    ['--5', 'invalid'],
    ['-5', 'negative'],
    ['\u22125', 'negative'],
    ['-$5.00', 'negative'],
    ['12.345', 'too_many_decimals'],
    ['0.001', 'too_many_decimals'],
    ['90071992547409.92', 'too_large'],
    ['99999999999999999999999', 'too_large'],
  ])('%j → %s (en-US, USD)', (text, reason) => {
    expect(parseMoney(text, 'USD', 'en-US')).toEqual(fail(reason));
  });

  it('reads separators per locale: "12.5" is not 125 in de-DE, "12,50" not 1250 in en-US', () => {
    expect(parseMoney('12.5', 'EUR', 'de-DE')).toEqual(fail('invalid'));
    expect(parseMoney('12,5', 'EUR', 'de-DE')).toEqual(ok(money(1250, 'EUR')));
    expect(parseMoney('1,234.56', 'EUR', 'de-DE')).toEqual(fail('invalid'));
    expect(parseMoney('12,50', 'USD', 'en-US')).toEqual(fail('invalid'));
    expect(parseMoney('1.5', 'JPY', 'en-US')).toEqual(fail('too_many_decimals'));
    expect(parseMoney('1.2345', 'KWD', 'en-US')).toEqual(fail('too_many_decimals'));
  });

  it('allows negatives on request', () => {
    expect(parseMoney('-5.25', 'USD', 'en-US', { allowNegative: true })).toEqual(ok(money(-525, 'USD')));
    expect(parseMoney('-1.234,56 €', 'EUR', 'de-DE', { allowNegative: true })).toEqual(
      ok(money(-123456, 'EUR')),
    );
  });

  it('never throws on wrong types, unknown currencies or locales', () => {
    const bad: unknown[] = [null, undefined, {}, [], Symbol('x'), () => 1, Number.NaN];
    for (const v of bad) expect(parseMoney(v as string, 'USD', 'en-US').ok).toBe(false);
    expect(parseMoney('12', 'US', 'en-US')).toEqual(fail('invalid'));
    expect(parseMoney('12', 'USD', 'not a locale!')).toEqual(fail('invalid'));
    expect(parseMoney('12', null as unknown as string)).toEqual(fail('invalid'));
  });

  it.each([
    ['USD', 'en-US'],
    ['EUR', 'de-DE'],
    ['EUR', 'fr-FR'],
    ['JPY', 'ja-JP'],
    ['JPY', 'en-US'],
    ['KWD', 'en-US'],
  ])('round-trips formatMoney → parseMoney for %s in %s', (currency, locale) => {
    const next = random(currency.length * 97 + locale.length);
    const amounts = [0, 1, 5, 99, 100, 1000, 123456789, Number.MAX_SAFE_INTEGER];
    for (let i = 0; i < 200; i++) amounts.push(Math.floor(next() * 10 ** Math.floor(next() * 15)));
    for (const minor of amounts) {
      const m = money(minor, currency);
      expect(parseMoney(formatMoney(m, locale), currency, locale)).toEqual(ok(m));
      const negative = money(-minor, currency);
      expect(parseMoney(formatMoney(negative, locale), currency, locale, { allowNegative: true })).toEqual(
        ok(negative),
      );
    }
  });
});

describe('fromDecimal()', () => {
  it.each([
    ['12.5', 'USD', 1250],
    [12.5, 'USD', 1250],
    ['12', 'USD', 1200],
    [30, 'USD', 3000],
    ['-3', 'KWD', -3000],
    ['0.001', 'KWD', 1],
    ['1200', 'JPY', 1200],
    [0.1, 'USD', 10],
  ])('%j %s → %i minor units', (value, currency, minor) => {
    expect(fromDecimal(value, currency)).toEqual(money(minor, currency));
  });

  it.each([
    ['12.345', 'USD'],
    [0.1 + 0.2, 'USD'],
    [1e21, 'USD'],
    [Number.NaN, 'USD'],
    [Number.POSITIVE_INFINITY, 'USD'],
    ['12.5', 'JPY'],
    ['abc', 'USD'],
    ['', 'USD'],
    ['12', 'nope'],
    [{}, 'USD'],
    [null, 'USD'],
  ])('%j %s → undefined (not exact, never rounded)', (value, currency) => {
    expect(fromDecimal(value as string, currency)).toBeUndefined();
  });
});

describe('arithmetic', () => {
  const usd = (n: number) => money(n, 'USD');

  it('adds, subtracts, compares, picks max and min', () => {
    expect(addMoney(usd(150), usd(275))).toEqual(usd(425));
    expect(subtractMoney(usd(150), usd(275))).toEqual(usd(-125));
    expect(compareMoney(usd(1), usd(2))).toBe(-1);
    expect(compareMoney(usd(2), usd(2))).toBe(0);
    expect(compareMoney(usd(3), usd(2))).toBe(1);
    expect(maxMoney(usd(3), usd(7))).toEqual(usd(7));
    expect(minMoney(usd(3), usd(7))).toEqual(usd(3));
  });

  it('throws on a currency mismatch and on an unsafe result', () => {
    expect(() => addMoney(usd(1), money(1, 'EUR'))).toThrow(TypeError);
    expect(() => subtractMoney(usd(1), money(1, 'EUR'))).toThrow(TypeError);
    expect(() => compareMoney(usd(1), money(1, 'EUR'))).toThrow(TypeError);
    expect(() => maxMoney(usd(1), money(1, 'JPY'))).toThrow(TypeError);
    expect(() => addMoney(usd(Number.MAX_SAFE_INTEGER), usd(1))).toThrow(TypeError);
  });

  it('property: over seeded random integers, add and subtract are exact inverses and agree with compare', () => {
    const next = random(402);
    const int = () => Math.floor((next() - 0.5) * 2 ** 50);
    for (let i = 0; i < 2000; i++) {
      const a = usd(int());
      const b = usd(int());
      const sum = addMoney(a, b);
      expect(Number.isSafeInteger(sum.amountMinor)).toBe(true);
      expect(sum).toEqual(addMoney(b, a));
      expect(subtractMoney(sum, b)).toEqual(a);
      expect(subtractMoney(a, a)).toEqual(usd(0));
      expect(addMoney(a, usd(0))).toEqual(a);
      expect(compareMoney(sum, a)).toBe(Math.sign(b.amountMinor));
      expect(compareMoney(a, b)).toBe(-compareMoney(b, a));
      expect(addMoney(maxMoney(a, b), minMoney(a, b))).toEqual(sum);
    }
  });
});
