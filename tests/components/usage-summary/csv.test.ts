import { describe, expect, it } from 'vitest';
import {
  resolvePeriod,
  summarizeUsage,
  usageCsv,
  usageCsvFilename,
} from '../../../src/components/usage-summary';
import { csvField, toCsv } from '../../../src/components/usage-summary/csv';
import { en } from '../../../src/locales/en';

const NOW = Date.parse('2026-11-26T15:00:00Z');
const period = resolvePeriod('last-7-days', { now: NOW, timeZone: 'UTC' });
const labels = en.usage.csv;

/** A small RFC 4180 reader, to check that what we write reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvField and toCsv (RFC 4180)', () => {
  it('quotes fields with a comma, quote, CR or LF and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
    ['-', "'-"],
  ])('escapes a formula-looking field %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves plain numbers, even negative ones, as numbers', () => {
    expect(csvField('-3.00')).toBe('-3.00');
    expect(csvField('-1250')).toBe('-1250');
    expect(csvField('12.50')).toBe('12.50');
    expect(csvField(-3)).toBe('-3');
    // Not a plain number: escaped.
    expect(csvField('-3.00e1')).toBe("'-3.00e1");
  });
});

describe('usageCsv', () => {
  const statement = (currency: string, amounts: number[]) =>
    summarizeUsage(
      {
        records: amounts.map((amountMinor, i) => ({
          at: `2026-11-2${i + 1}T10:00:00Z`,
          amount: { amountMinor, currency },
          category: 'gpt-large',
        })),
      },
      period,
      { now: NOW },
    );

  it('writes a header row and money as decimals in the currency’s own digits', () => {
    const rows = (currency: string, amounts: number[]) =>
      parseCsv(usageCsv(statement(currency, amounts), labels)).map((r) => r[5]);
    expect(rows('USD', [1250, 5, -300])).toEqual(['Amount', '12.50', '0.05', '-3.00']);
    expect(rows('JPY', [1250, 7])).toEqual(['Amount', '1250', '7']);
    expect(rows('KWD', [1250, 5])).toEqual(['Amount', '1.250', '0.005']);
  });

  it('lists records and credits in time order, told apart by type, with the local day', () => {
    const s = summarizeUsage(
      {
        records: [
          {
            at: '2026-11-24T23:30:00Z',
            amount: { amountMinor: 100, currency: 'USD' },
            category: 'a',
            label: 'x',
          },
          { at: '2026-11-21T08:00:00Z', amount: { amountMinor: 200, currency: 'USD' }, category: 'b' },
        ],
        credits: [{ at: '2026-11-22T00:00:00Z', amount: { amountMinor: 5000, currency: 'USD' } }],
      },
      resolvePeriod('last-7-days', { now: NOW, timeZone: 'Asia/Tokyo' }),
      { now: NOW },
    );
    const rows = parseCsv(usageCsv(s, labels));
    expect(rows[0]).toEqual(['Timestamp (UTC)', 'Date', 'Type', 'Category', 'Label', 'Amount', 'Currency']);
    expect(rows.slice(1)).toEqual([
      ['2026-11-21T08:00:00.000Z', '2026-11-21', 'Usage', 'b', '', '2.00', 'USD'],
      ['2026-11-22T00:00:00.000Z', '2026-11-22', 'Top-up', '', '', '50.00', 'USD'],
      ['2026-11-24T23:30:00.000Z', '2026-11-25', 'Usage', 'a', 'x', '1.00', 'USD'],
    ]);
  });

  it('escapes server text in categories and labels and reads back intact', () => {
    const s = summarizeUsage(
      {
        records: [
          {
            at: '2026-11-21T08:00:00Z',
            amount: { amountMinor: 100, currency: 'USD' },
            category: '=cmd|"/c calc"!A1',
            label: 'Report, "Q4"\r\nfinal',
          },
        ],
      },
      period,
      { now: NOW },
    );
    const csv = usageCsv(s, labels);
    const [, row] = parseCsv(csv);
    expect(row?.[3]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row?.[4]).toBe('Report, "Q4"\r\nfinal');
    // Every record ends in CRLF; no bare LF between records.
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('names the file after the period', () => {
    expect(usageCsvFilename(statement('USD', [1]))).toBe('usage-2026-11-20-2026-11-26.csv');
  });
});
