import { InsufficientBalanceError } from './errors';
import { fromDecimal, money } from './money';
import { cleanText } from './text';
import type { Detector, Money } from './types';
import { serverUrl } from './url-policy';

type Fields = Record<string, unknown>;
/** Reads one field's value (the field's name and the object holding it given too); undefined: no match. */
type FieldReader<T> = (value: unknown, fieldName: string, holder: Fields) => T | undefined;

const isFields = (value: unknown): value is Fields => !!value && typeof value === 'object';

// General rules over wording, not a table of providers. A string says "the balance ran out" when it
// names money (MONEY_WORDS) and a lack of it (LACK_WORDS), and is not about permissions, validation or
// rate limits (OTHER_TROUBLE: "quota exceeded … per minute" is a rate limit); or when it says so
// outright (OUTRIGHT: DashScope's "Arrearage" comes with "Access denied").
const OUTRIGHT = /arrear|欠费|payment required|insufficient (balance|funds?|credits?|quota)/i;
const MONEY_WORDS = /credit|balance|fund|billing|prepa|(your|current) quota|余额|额度|计费/i;
const LACK_WORDS =
  /insufficient|lack|enough|no (\w+ )?credit|limit|t have any|afford|too low|r[au]n out|out of|used (up|all)|exhaust|deplet|negative|exceed|not active|suspend|overdue|recharge|top ?up|不足|用尽|耗尽/i;
const OTHER_TROUBLE =
  /permission|unauthori|api key|invalid|must|rate limit|per (sec|min|hour|day)|try again/i;

const saysBalanceRanOut = (text: string): boolean => {
  // URLs carry words ("…/settings/credits") that prove nothing; codes read as words once split.
  const words = text
    .replace(/\S+:\/\/\S+/g, '')
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .replace(/[_.-]/g, ' ');
  return (
    OUTRIGHT.test(words) || (MONEY_WORDS.test(words) && LACK_WORDS.test(words) && !OTHER_TROUBLE.test(words))
  );
};

/** Field names compare without regard to case or underscores: "error_code", "errorCode" → "errorcode". */
const normalName = (fieldName: string) => fieldName.replace(/_/g, '').toLowerCase();

/**
 * The first value a list of field names yields, nested objects first (the innermost error is the
 * most specific); within an object, the list's order decides (detail before title). A name in the
 * list matches a field of that name; a RegExp matches normalised names (`/msg$/` for `*_msg`).
 */
const findField = <T>(
  value: unknown,
  names: readonly (string | RegExp)[],
  read: FieldReader<T>,
  depth = 0,
): T | undefined => {
  if (!isFields(value) || depth > 6) return;
  if (Array.isArray(value)) return findField(value[0], names, read, depth + 1);
  for (const fieldName in value) {
    const found = findField(value[fieldName], names, read, depth + 1);
    if (found !== undefined) return found;
  }
  for (const name of names)
    for (const fieldName in value) {
      const normal = normalName(fieldName);
      if (typeof name === 'string' ? normal !== name : !name.test(normal)) continue;
      const found = read(value[fieldName], fieldName, value);
      if (found !== undefined) return found;
    }
};

// Where a body keeps the server's words. The first pass wins over the whole body (an outer `message`
// beats an inner `reason`); `error` as a string comes last of all: it often holds a code
// ("insufficient_quota") beside the message.
const MESSAGE_FIELDS = [
  'detail',
  'message',
  'title',
  'errors',
  'msg',
  'errormsg',
  'errormessage',
  'statusmsg',
  'errordescription',
  'readablemessage',
  /.msg$/,
  /.message$/,
];
const WEAKER_MESSAGE_FIELDS = ['details', 'description', 'reason', 'error'];
const CODE_FIELDS = ['code', 'errorcode', 'statuscode', 'status', 'type', 'name', 'error'];
const REQUEST_ID_FIELDS = ['requestid', 'traceid'];

const readText: FieldReader<string> = (value) =>
  cleanText(Array.isArray(value) ? value[0] : value) || undefined;

// The server's own code: never an HTTP status (Jina's `code: 402`), a sentence or a URL.
const readCode: FieldReader<string | number> = (value) => {
  if (typeof value === 'string') return /^(?!(\d{1,3}|error)$)[\w.-]{1,64}$/i.test(value) ? value : undefined;
  return typeof value === 'number' && value > 999 ? value : undefined;
};

// Minor units under `*_minor`/`*Minor` names or `amountMinor`; otherwise a decimal with a currency.
const toMoney = (value: unknown, inMinorUnits: boolean, currency: unknown): Money | undefined => {
  if (isFields(value)) {
    const minor = value.amountMinor ?? value.amount_minor;
    return toMoney(minor ?? value.amount, minor != null, value.currency ?? currency);
  }
  try {
    return inMinorUnits
      ? money(value as number, currency as string)
      : fromDecimal(value as string, currency as string);
  } catch {}
};
const readMoney: FieldReader<Money> = (value, fieldName, holder) =>
  toMoney(value, /minor/i.test(fieldName), holder.currency);

const GENERIC_MESSAGE = 'Payment required: the balance is too low.';

/** JSON that arrived as text is read; HTML and broken JSON carry no usable text (0). */
const parseBody = (body: unknown): unknown => {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return /^\s*[[{<]/.test(body) ? 0 : body;
  }
};

/** An x402 payment challenge: a price for this one request, not an empty balance. */
const isPaymentChallenge = (body: unknown): boolean => isFields(body) && Array.isArray(body.accepts);

/** A response header, from fetch's Headers, axios' headers or a plain object. */
const headerOf = (headers: unknown, name: string): unknown => {
  if (!isFields(headers)) return;
  if (typeof headers.get === 'function') return (headers as { get(n: string): unknown }).get(name);
  for (const key in headers) if (key.toLowerCase() === name) return headers[key];
};
const challengesPayment = (headers: unknown) => headerOf(headers, 'payment-required') != null;

/** A success whose body is still an explicit error envelope (GraphQL's `errors`, `success: false`). */
const isErrorEnvelope = (body: unknown): boolean =>
  isFields(body) &&
  (Array.isArray(body.errors) || isFields(body.error) || body.success === false || body.ok === false);

/**
 * The InsufficientBalanceError a response body describes, or null. A 402 always yields one; other
 * statuses only when the body says the balance ran out; a 2xx only when its body is also an error
 * envelope. An x402 payment challenge is left to x402 clients. A host `detect` runs first. Never throws.
 */
export const toInsufficientBalance = (
  status: number,
  body: unknown,
  detect?: Detector,
): InsufficientBalanceError | null => {
  try {
    const hostVerdict = detect?.(status, body);
    if (hostVerdict instanceof InsufficientBalanceError) return hostVerdict;
  } catch {}
  let parsed: unknown = body;
  try {
    parsed = parseBody(body);
    if (isPaymentChallenge(parsed)) return null;
    if (status >= 200 && status < 300 && !isErrorEnvelope(parsed)) return null;
    // Every string in the body, field names too, is read as words.
    if (status !== 402 && !`${JSON.stringify(parsed)}`.split('"').some(saysBalanceRanOut)) return null;
    const serverMessage =
      typeof parsed === 'string'
        ? cleanText(parsed)
        : (findField(parsed, MESSAGE_FIELDS, readText) ?? findField(parsed, WEAKER_MESSAGE_FIELDS, readText));
    return new InsufficientBalanceError({
      httpStatus: status,
      code: findField(parsed, CODE_FIELDS, readCode),
      serverMessage: serverMessage || GENERIC_MESSAGE,
      balance: findField(parsed, ['balance', 'balanceminor'], readMoney),
      required: findField(parsed, ['required', 'requiredminor'], readMoney),
      topUpUrl: findField(parsed, ['topupurl'], serverUrl),
      requestId: findField(parsed, REQUEST_ID_FIELDS, readText),
      raw: body,
    });
  } catch {
    return status === 402 && !isPaymentChallenge(parsed)
      ? new InsufficientBalanceError({ httpStatus: 402, serverMessage: GENERIC_MESSAGE, raw: body })
      : null;
  }
};

const READ_LIMIT = 65536;

/**
 * Reads a failed response's body, at most 64 KiB, and recognises it; successful responses and x402
 * challenges (a PAYMENT-REQUIRED header) are not read. `clone` false reads the response itself
 * (withRecovery, for a 402 it never hands back): cloning tees the body, which costs far more than the
 * read. Never throws.
 */
export const readError = async (
  response: Response,
  detect?: Detector,
  clone = true,
): Promise<InsufficientBalanceError | null> => {
  let text = '';
  try {
    if (response.ok || challengesPayment(response.headers)) return null;
    const reader = ((clone ? response.clone() : response).body as ReadableStream<Uint8Array>).getReader();
    const utf8 = new TextDecoder();
    for (let bytesRead = 0; bytesRead < READ_LIMIT; ) {
      const { done, value } = await reader.read();
      if (done) break;
      text += utf8.decode(value.subarray(0, READ_LIMIT - bytesRead), { stream: true });
      bytesRead += value.length;
    }
    // Not awaited: a clone's cancel settles only once the original is read too.
    reader.cancel().catch(() => {});
  } catch {}
  return toInsufficientBalance(response?.status, text, detect);
};

/** Reads a clone of a failed response (the body stays readable), at most 64 KiB. Never throws. */
export const readInsufficientBalance = (
  response: Response,
  detect?: Detector,
): Promise<InsufficientBalanceError | null> => readError(response, detect);

/** A fetch Response (ky's HTTPError and ofetch's FetchError carry one), as opposed to axios' plain object. */
export const isFetchResponse = (value: unknown): value is Response =>
  isFields(value) && typeof value.clone === 'function' && 'bodyUsed' in value;

const asStatus = (value: unknown): number | undefined =>
  typeof value === 'number' && value >= 100 && value < 600 ? value : undefined;

/** What a thrown value says about the response behind it: its status, body and headers. */
type ResponseReport = { status: number; body: unknown; headers?: unknown };

/** The body inside a string that starts with a prefix ("Error code: 402 - {…}"), when it is JSON. */
const jsonInText = (text: unknown): unknown => {
  if (typeof text !== 'string') return;
  const start = text.indexOf('{');
  if (start < 0) return;
  const parsed = parseBody(text.slice(start));
  return isFields(parsed) ? parsed : undefined;
};

/** GraphQL errors: `errors` / `graphQLErrors` lists, or one GraphQLError with `extensions`. */
const graphQLErrorsOf = (thrown: Fields): unknown[] | undefined => {
  for (const list of [thrown.errors, thrown.graphQLErrors])
    if (Array.isArray(list) && list.some((item) => isFields(item) && 'message' in item)) return list;
  if (isFields(thrown.extensions) && typeof thrown.message === 'string')
    return [{ message: thrown.message, extensions: thrown.extensions }];
};

/** The HTTP status a GraphQL error states in its extensions (`status`, `http.status`), if any. */
const graphQLStatus = (errors: unknown[]): number | undefined => {
  for (const item of errors) {
    const extensions = isFields(item) && isFields(item.extensions) ? item.extensions : undefined;
    const status =
      asStatus(extensions?.status) ??
      asStatus(isFields(extensions?.http) ? extensions.http.status : undefined);
    if (status) return status;
  }
};

/**
 * Reads a thrown value by the general shapes clients use, never by class names:
 * - axios-style: `response` is a plain object with `status` and the body in `data`;
 * - GraphQL: a list of errors with `message` and `extensions` (on the error or its `response`);
 * - SDK-style: an Error with `status` or `statusCode`, the body in `error`, `body` or `data` (an
 *   object or JSON text), or JSON text in `message`.
 */
const reportOf = (thrown: Fields): ResponseReport | undefined => {
  const response = thrown.response;
  if (isFields(response) && !isFetchResponse(response)) {
    const errors = graphQLErrorsOf(response);
    const status = asStatus(response.status) ?? (errors && (graphQLStatus(errors) ?? 200));
    if (status) return { status, body: response.data ?? (errors && { errors }), headers: response.headers };
  }
  const errors = graphQLErrorsOf(thrown);
  const status = asStatus(thrown.status) ?? asStatus(thrown.statusCode);
  if (errors) return { status: status ?? graphQLStatus(errors) ?? 200, body: { errors } };
  if (!status || typeof thrown.message !== 'string') return;
  for (const body of [thrown.error, thrown.body, thrown.data])
    if (isFields(body) || (typeof body === 'string' && body.trim()))
      return { status, body, headers: thrown.headers };
  return { status, body: jsonInText(thrown.message), headers: thrown.headers };
};

/**
 * Turns what a client threw into our error, or null: ours as is; axios-style, SDK-style and GraphQL
 * errors by their shapes (see reportOf); an error wrapped as another's `cause` (an SDK that reports a
 * failed fetch as "Connection error."). An error holding only an unread Response (ky's HTTPError)
 * needs `readInsufficientBalance(error.response)`. Sync; never throws.
 */
export const asInsufficientBalance = (
  thrown: unknown,
  detect?: Detector,
): InsufficientBalanceError | null => {
  try {
    let current = thrown;
    for (let depth = 0; depth < 5 && isFields(current); depth++) {
      if (current instanceof InsufficientBalanceError) return current;
      const report = reportOf(current);
      if (report && !challengesPayment(report.headers))
        return toInsufficientBalance(report.status, report.body, detect);
      current = current.cause;
    }
  } catch {}
  return null;
};

/** True when `asInsufficientBalance` recognises what was thrown. */
export const isInsufficientBalance = (thrown: unknown): boolean => asInsufficientBalance(thrown) !== null;
