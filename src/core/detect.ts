import { InsufficientBalanceError } from './errors';
import { fromDecimal, money } from './money';
import type { Detector, Money } from './types';

type Rec = Record<string, unknown>;
type Test<T> = (v: unknown, key: string, o: Rec) => T | undefined;

const isObj = (v: unknown): v is Rec => !!v && typeof v === 'object';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const CONTROL = /[\0-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Server text as plain text: control and bidi-override characters removed, trimmed, at most `max` long. */
export const cleanText = (s: unknown, max = 1000): string =>
  typeof s === 'string' ? s.replace(CONTROL, ' ').trim().slice(0, max) : '';

/** A server-given URL, kept only when it is http:, https: or relative (never javascript:, data:, …). */
export const safeUrl = (url: unknown): string | undefined => {
  const s = cleanText(url, 2000);
  return s && !/^(?!https?:)[a-z][\w+.-]*:/i.test(s) ? s : undefined;
};

// General rules over wording, not a table of providers. A string says "the balance ran out" when it
// names money (NOUN) and a lack of it (LACK), and is not about permissions, validation or rate limits
// (NOT: "quota exceeded … per minute" is a rate limit); or when it says so outright (SURE: DashScope's
// "Arrearage" comes with "Access denied").
const SURE = /arrear|欠费|payment required|insufficient (balance|funds?|credits?|quota)/i;
const NOUN = /credit|balance|fund|billing|prepa|(your|current) quota|余额|额度|计费/i;
const LACK =
  /insufficient|lack|enough|no (\w+ )?credit|limit|t have any|afford|too low|r[au]n out|out of|used (up|all)|exhaust|deplet|negative|exceed|not active|suspend|overdue|recharge|top ?up|不足|用尽|耗尽/i;
const NOT = /permission|unauthori|api key|invalid|must|rate limit|per (sec|min|hour|day)|try again/i;

const says = (s: string) => {
  // URLs carry words ("…/settings/credits") that prove nothing; codes read as words once split.
  const t = s
    .replace(/\S+:\/\/\S+/g, '')
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .replace(/[_.-]/g, ' ');
  return SURE.test(t) || (NOUN.test(t) && LACK.test(t) && !NOT.test(t));
};

// The first value a field list yields, nested objects first (the innermost error is the most
// specific); within an object, the list's order decides (detail before title). Names match without
// regard to case or underscores: "error_code", "errorCode" and "ErrorCode" are all "errorcode".
const find = <T>(o: unknown, keys: string, test: Test<T>, depth = 0): T | undefined => {
  if (!isObj(o) || depth > 6) return;
  if (Array.isArray(o)) return find(o[0], keys, test, depth + 1);
  for (const k in o) {
    const r = find(o[k], keys, test, depth + 1);
    if (r !== undefined) return r;
  }
  for (const key of keys.split(' '))
    for (const k in o) {
      const r = k.replace(/_/g, '').toLowerCase() === key ? test(o[k], k, o) : undefined;
      if (r !== undefined) return r;
    }
};

const text: Test<string> = (v) => cleanText(Array.isArray(v) ? v[0] : v) || undefined;

// The server's own code: never an HTTP status (Jina's `code: 402`), a sentence or a URL.
const code: Test<string | number> = (v) =>
  (typeof v === 'string' ? /^(?!(\d{1,3}|error)$)[\w.-]{1,64}$/i.test(v) : typeof v === 'number' && v > 999)
    ? (v as string | number)
    : undefined;

// Minor units under `*_minor`/`*Minor` names or `amountMinor`; otherwise a decimal with a currency.
const toMoney = (v: unknown, minor: boolean, currency: unknown): Money | undefined => {
  if (isObj(v)) {
    const m = v.amountMinor ?? v.amount_minor;
    return toMoney(m ?? v.amount, m != null, v.currency ?? currency);
  }
  try {
    return minor ? money(v as number, currency as string) : fromDecimal(v as string, currency as string);
  } catch {}
};
const amount: Test<Money> = (v, k, o) => toMoney(v, /minor/i.test(k), o.currency);

const GENERIC = 'Payment required: the balance is too low.';

/**
 * The InsufficientBalanceError a response body describes, or null. A 402 always yields one; other
 * statuses only when the body says the balance ran out. A host `detect` runs first. Never throws.
 */
export const toInsufficientBalance = (
  status: number,
  body: unknown,
  detect?: Detector,
): InsufficientBalanceError | null => {
  try {
    const e = detect?.(status, body);
    if (e instanceof InsufficientBalanceError) return e;
  } catch {}
  let b = body;
  try {
    // JSON that arrived as text is read; HTML and broken JSON carry no usable text.
    if (typeof b === 'string')
      try {
        b = JSON.parse(b);
      } catch {
        if (/^\s*[[{<]/.test(b as string)) b = 0;
      }
    // Every string in the body, keys too, is read as words.
    if (status !== 402 && !JSON.stringify(b).split('"').some(says)) return null;
    return new InsufficientBalanceError({
      httpStatus: status,
      code: find(b, 'code errorcode statuscode status type name error', code),
      // `error` last: it often holds a code ("insufficient_quota") beside the message.
      serverMessage:
        (typeof b === 'string'
          ? cleanText(b)
          : find(b, 'detail message title errors msg errormsg errormessage statusmsg error', text)) ||
        GENERIC,
      balance: find(b, 'balance balanceminor', amount),
      required: find(b, 'required requiredminor', amount),
      topUpUrl: find(b, 'topupurl', safeUrl),
      requestId: find(b, 'requestid traceid', text),
      raw: body,
    });
  } catch {
    return status === 402
      ? new InsufficientBalanceError({ httpStatus: 402, serverMessage: GENERIC, raw: body })
      : null;
  }
};

/**
 * Reads a failed response's body, at most 64 KiB, and recognises it; successful responses are not
 * read. `clone` false reads the response itself (withRecovery, for a 402 it never hands back):
 * cloning tees the body, which costs far more than the read. Never throws.
 */
export const readError = async (
  response: Response,
  detect?: Detector,
  clone = true,
): Promise<InsufficientBalanceError | null> => {
  let s = '';
  try {
    if (response.ok) return null;
    const reader = ((clone ? response.clone() : response).body as ReadableStream<Uint8Array>).getReader();
    const utf8 = new TextDecoder();
    for (let n = 0; n < 65536; ) {
      const { done, value } = await reader.read();
      if (done) break;
      s += utf8.decode(value.subarray(0, 65536 - n), { stream: true });
      n += value.length;
    }
    // Not awaited: a clone's cancel settles only once the original is read too.
    reader.cancel().catch(() => {});
  } catch {}
  return toInsufficientBalance(response?.status, s, detect);
};

/** Reads a clone of a failed response (the body stays readable), at most 64 KiB. Never throws. */
export const readInsufficientBalance = (
  response: Response,
  detect?: Detector,
): Promise<InsufficientBalanceError | null> => readError(response, detect);

/** The error an axios-style error (`e.response.status`, `e.response.data`) describes, if any. */
export const fromResponseError = (e: unknown, detect?: Detector): InsufficientBalanceError | null => {
  const r = isObj(e) && e.response;
  return e instanceof InsufficientBalanceError
    ? e
    : isObj(r)
      ? toInsufficientBalance(r.status as number, r.data, detect)
      : null;
};

/** True for our errors and for axios-style errors whose response says the balance ran out. */
export const isInsufficientBalance = (e: unknown): boolean => !!fromResponseError(e);
