/**
 * The CSV statement: RFC 4180 fields and records, guarded against spreadsheet formula injection.
 *
 * Injection rule: a field starting with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`, so a
 * spreadsheet shows it as text instead of running it — unless the whole field is a plain decimal
 * number such as "-3.00" (a refund): that can never be a formula, and escaping it would turn our
 * own amounts into text. Every other field (categories, labels, anything from the server) is
 * escaped.
 */
import { type Credit, toDecimalString } from '../../core';
import { zonedDay } from '../../core/time';
import { periodRecords, type UsageStatement } from './summarize';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: injection-guarded, then quoted (quotes doubled) when it holds a comma, quote, CR or LF. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records joined with CRLF, each ending with CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map(csvField).join(',')}\r\n`;
  return out;
}

export type UsageCsvLabels = {
  timestamp: string;
  date: string;
  type: string;
  category: string;
  label: string;
  amount: string;
  currency: string;
  /** The Type column's values. */
  usage: string;
  credit: string;
};

/**
 * The period's usage records and credits, oldest first. Amounts are decimal strings in the
 * currency's own decimals (USD "12.50", JPY "1250", KWD "1.250"); spend and credits are both
 * positive and told apart by the Type column. Days are in the statement's time zone.
 */
export function usageCsv(statement: UsageStatement, labels: UsageCsvLabels): string {
  const { timeZone } = statement.period;
  const row = (entry: Credit, type: string, category = '', label = '') => {
    const t = Date.parse(entry.at);
    return {
      t,
      row: [
        new Date(t).toISOString(),
        zonedDay(t, timeZone),
        type,
        category,
        label,
        toDecimalString(entry.amount),
        entry.amount.currency,
      ],
    };
  };
  const rows = [
    ...periodRecords(statement).map((record) => row(record, labels.usage, record.category, record.label)),
    ...statement.credits.map((credit) => row(credit, labels.credit)),
  ].sort((a, b) => a.t - b.t);
  const header = [
    labels.timestamp,
    labels.date,
    labels.type,
    labels.category,
    labels.label,
    labels.amount,
    labels.currency,
  ];
  return toCsv([header, ...rows.map((r) => r.row)]);
}

export function usageCsvFilename(statement: UsageStatement): string {
  return `usage-${statement.period.firstDay}-${statement.period.lastDay}.csv`;
}

/** Saves text as a file through a Blob and an object URL. A no-op outside the browser (SSR). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  if (typeof document === 'undefined' || typeof URL === 'undefined' || !URL.createObjectURL) return;
  // The BOM makes Excel read UTF-8 (é, ü, €) instead of guessing a legacy code page.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
