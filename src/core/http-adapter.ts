import { cleanText } from './detect';
import type {
  AlertSettings,
  BalanceInfo,
  BillingAdapter,
  PaymentMethod,
  RequestOptions,
  TestAlertResult,
  TopUpResult,
  Usage,
} from './types';

// The HTTP side of docs/billing-api.md. Bytes count here (topup-kit/core has a 3 KB gzip budget):
// one request helper, endpoints as one-liners.

/** What went wrong talking to the billing API. A caller's own abort rejects with its signal's reason instead. */
export type BillingApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid_response';

/** The text members of an RFC 9457 problem+json error body, when the server sent one. */
export type BillingProblem = { type?: string; title?: string; detail?: string };

export class BillingApiError extends Error {
  declare readonly name: 'BillingApiError';
  declare readonly kind: BillingApiErrorKind;
  /** The HTTP status, when a response arrived. */
  declare readonly status?: number;
  /** For kind "http" with a JSON body. */
  declare readonly problem?: BillingProblem;
  /** `message`: plain words — the problem's detail or title for kind "http", else a short sentence. Never HTML. */
  constructor(kind: BillingApiErrorKind, message: string, status?: number, problem?: BillingProblem) {
    super(message);
    Object.assign(this, { name: 'BillingApiError', kind, status, problem });
  }
}

type HeaderMap = Record<string, string>;

export type HttpBillingAdapterOptions = {
  /** Where the REST contract lives, e.g. "https://api.example.com/billing" or "/billing". */
  baseUrl: string;
  /** Defaults to globalThis.fetch, looked up at each call. */
  fetch?: typeof fetch;
  /** Extra headers (e.g. Authorization), or a function giving them for each request. */
  headers?: HeaderMap | (() => HeaderMap | Promise<HeaderMap>);
  /** Per request, in milliseconds; default 15000. */
  timeoutMs?: number;
};

type Json = Record<string, unknown>;

const STATUSES = ['succeeded', 'pending', 'requires_action', 'failed'];

// Problem members are server text: plain, at most 1,000 characters, as in detection.
const text = (v: unknown) => cleanText(v) || undefined;

const isTopUp = (d: Json) => STATUSES.includes(d.status as string);
const isSettings = (d: Json) => d.autoRecharge;

export const createHttpBillingAdapter = (options: HttpBillingAdapterOptions): Required<BillingAdapter> => {
  const call = async <T>(
    path: string,
    check: (data: Json) => unknown,
    o?: RequestOptions,
    body?: object,
    key?: string,
    method = body ? 'POST' : 'GET',
  ): Promise<T> => {
    const signal = o?.signal;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 15000);
    const extra = options.headers;
    const headers: HeaderMap = {
      accept: 'application/json',
      ...(typeof extra === 'function' ? await extra() : extra),
    };
    if (body) headers['content-type'] = 'application/json';
    if (key) headers['idempotency-key'] = key;
    let response: Response;
    let data: Json | undefined;
    let raw: string;
    let badMoney: unknown;
    try {
      response = await (options.fetch ?? globalThis.fetch)(options.baseUrl.replace(/\/+$/, '') + path, {
        method,
        headers,
        body: body && JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      raw = await response.text();
    } catch {
      if (signal?.aborted) throw signal.reason;
      throw timeout.aborted
        ? new BillingApiError('timeout', 'The billing service did not answer in time.')
        : new BillingApiError('network', 'The billing service could not be reached.');
    }
    const status = response.status;
    try {
      // Anything under a money key must be Money: a safe-integer amountMinor and an upper-case ISO 4217 code.
      data = JSON.parse(raw, (k, v) => {
        if (
          /^(balance|pending|amount|threshold|monthlyCap)$/.test(k) &&
          !(Number.isSafeInteger(v?.amountMinor) && /^[A-Z]{3}$/.test(v.currency))
        )
          badMoney = 1;
        return v;
      });
    } catch {}
    if (typeof data !== 'object' || Array.isArray(data)) data = undefined;
    if (status > 299) {
      const problem = data && { type: text(data.type), title: text(data.title), detail: text(data.detail) };
      throw new BillingApiError(
        'http',
        problem?.detail ?? problem?.title ?? `The billing service answered HTTP ${status}.`,
        status,
        problem,
      );
    }
    if (!data || badMoney || !check(data)) {
      throw new BillingApiError('invalid_response', 'The billing service sent an unreadable answer.', status);
    }
    return data as T;
  };

  return {
    getBalance: (o) => call<BalanceInfo>('/balance', (d) => d.balance, o),
    topUp: ({ amount, paymentMethodId, idempotencyKey }, o) =>
      call<TopUpResult>('/top-ups', isTopUp, o, { amount, paymentMethodId }, idempotencyKey),
    getTopUp: (key, o) =>
      call<TopUpResult>(`/top-ups/${encodeURIComponent(key)}`, isTopUp, o).catch((e) => {
        if (e.status === 404) return null;
        throw e;
      }),
    listPaymentMethods: (o) =>
      call<Json>('/payment-methods', (d) => Array.isArray(d.paymentMethods), o).then(
        (d) => d.paymentMethods as PaymentMethod[],
      ),
    getAlertSettings: (o) => call<AlertSettings>('/alert-settings', isSettings, o),
    saveAlertSettings: (s, o) => call<AlertSettings>('/alert-settings', isSettings, o, s, '', 'PUT'),
    sendTestAlert: (s, o) =>
      call<TestAlertResult>('/alert-settings/test', (d) => typeof d.ok === 'boolean', o, s),
    getUsage: (q, o) =>
      call<Usage>(
        `/usage?${new URLSearchParams(Object.entries(q).filter((e) => e[1] != null))}`,
        (d) => Array.isArray(d.records),
        o,
      ),
  };
};
