import { InsufficientBalanceError } from './errors';
import { fromDecimal, money } from './money';
import type { Detector, Money } from './types';

type Rec = Record<string, unknown>;
const isObj = (v: unknown): v is Rec => !!v && typeof v === 'object';

/** Server text as plain text: control and bidi-override characters removed, trimmed, at most `max` long. */
export const cleanText = (s: unknown, max = 1000): string =>
  typeof s === 'string'
    ? s
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
        .replace(/[\0-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ' ')
        .trim()
        .slice(0, max)
    : '';

/** A server-given URL, kept only when it is http:, https: or relative (never javascript:, data:, …). */
export const safeUrl = (url: unknown): string | undefined => {
  const s = cleanText(url, 2000);
  return s && !/^(?!https?:)[a-z][\w+.-]*:/i.test(s) ? s : undefined;
};

// General rules over wording — not a table of providers. A string says "the balance ran out" when it
// names money (NOUN) and a lack of it (LACK) and is not about permissions, validation or rate limits
// (NOT: "quota exceeded … per minute" is a rate limit), or when it says so outright (SURE: DashScope's
// "Arrearage" comes with an "Access denied" message).
const SURE = /arrear|欠费|充值|payment required|insufficient (balance|funds?|credits?|quota)/i;
const NOUN = /credit|balance|fund|billing|prepa|(your|current) quota|余额|额度/i;
const LACK =
  /insufficient|lack|not (have )?enough|\bno (\w+ )?(credit|fund|balance)|limit|n.t have (any|enough)|afford|too low|r[au]n out|out of|used (up|all)|exhaust|deplet|negative|exceed|not active|suspend|recharge|top ?up|不足|用尽/i;
const NOT =
  /permission|unauthori|forbidden|api key|invalid|not allowed|must|rate limit|per (sec|min|hour|day)|too many|try again|频|限流/i;

const says = (s: string) => {
  // URLs carry words ("…/settings/credits") that prove nothing; codes read as words once split.
  s = s
    .replace(/\S+:\/\/\S+/g, '')
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .replace(/[_.-]/g, ' ');
  return SURE.test(s) || (NOUN.test(s) && LACK.test(s) && !NOT.test(s));
};

// Every string in the body, bounded in depth and count.
const strings = (o: unknown, out: string[] = [], depth = 0): string[] => {
  if (typeof o === 'string') out.push(o.slice(0, 4000));
  else if (isObj(o) && depth < 8 && out.length < 99) for (const k in o) strings(o[k], out, depth + 1);
  return out;
};

type Test<T> = (v: unknown, key: string, o: Rec) => T | undefined;
// The first value a field list yields, nested objects before an object's own fields: the innermost
// error is the most specific one. Within an object, the list's order decides (detail before title).
const find = <T>(o: unknown, keys: string[], test: Test<T>, depth = 0): T | undefined => {
  if (!isObj(o) || depth > 6) return;
  if (Array.isArray(o)) return find(o[0], keys, test, depth + 1);
  for (const k in o) {
    const r = find(o[k], keys, test, depth + 1);
    if (r !== undefined) return r;
  }
  for (const k of keys) {
    const r = test(o[k], k, o);
    if (r !== undefined) return r;
  }
};

const message: Test<string> = (v) => cleanText(Array.isArray(v) ? v[0] : v) || undefined;

// The server's own code: never an HTTP status (Jina's `code: 402`), a boolean, a sentence or a URL.
const code: Test<string | number> = (v) =>
  ((
    typeof v === 'number'
      ? v > 999 && v % 1 === 0
      : typeof v === 'string' && /^[\w.-]{1,64}$/.test(v) && !/^(\d{1,3}|error)$/i.test(v)
  )
    ? v
    : undefined) as string | number | undefined;

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
const moneyKeys = (name: string) => [name, `${name}_minor`, `${name}Minor`];

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
    if (typeof b === 'string' && /^\s*[[{<]/.test(b)) b = JSON.parse(b);
  } catch {
    b = 0;
  }
  try {
    if (status !== 402 && !strings(b).some(says)) return null;
    return new InsufficientBalanceError({
      httpStatus: status,
      code: find(
        b,
        ['code', 'error_code', 'errorCode', 'status_code', 'status', 'type', 'name', 'error'],
        code,
      ),
      serverMessage:
        (typeof b === 'string'
          ? cleanText(b)
          : find(
              b, // `error` last: it often holds a code ("insufficient_quota") beside the message.
              ['detail', 'message', 'title', 'errors', 'msg', 'status_msg', 'error'],
              message,
            )) || GENERIC,
      balance: find(b, moneyKeys('balance'), amount),
      required: find(b, moneyKeys('required'), amount),
      topUpUrl: find(b, ['top_up_url', 'topUpUrl', 'topup_url'], safeUrl),
      requestId: find(
        b,
        ['request_id', 'requestId', 'traceId', 'trace_id'],
        (v) => cleanText(v, 200) || undefined,
      ),
      raw: body,
    });
  } catch {
    return status === 402
      ? new InsufficientBalanceError({ httpStatus: 402, serverMessage: GENERIC, raw: body })
      : null;
  }
};

/** Reads (a clone of) a failed response, at most 64 KiB; successful responses are not read. Never throws. */
export const readInsufficientBalance = async (
  response: Response,
  detect?: Detector,
): Promise<InsufficientBalanceError | null> => {
  let text = '';
  try {
    if (response.ok) return null;
    const reader = (response.clone().body as ReadableStream<Uint8Array>).getReader();
    const buf = new Uint8Array(65536);
    let n = 0;
    while (n < 65536) {
      const { done, value } = await reader.read();
      if (done) break;
      buf.set(value.subarray(0, 65536 - n), n);
      n += value.length;
    }
    reader.cancel().catch(() => {});
    text = await new Response(buf.subarray(0, n)).text();
  } catch {}
  return toInsufficientBalance(response?.status, text, detect);
};

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
