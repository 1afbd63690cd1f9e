import { isMoney } from './money';
import { billingProblem, isTopUpResult } from './outcome';
import type {
  AlertSettings,
  BalanceInfo,
  BillingAdapter,
  BillingProblem,
  PaymentMethod,
  RequestOptions,
  TestAlertResult,
  TopUpResult,
  Usage,
} from './types';

// The HTTP side of docs/billing-api.md: one request helper, then one short function per endpoint.

export type { BillingProblem } from './types';

/** What went wrong talking to the billing API. A caller's own abort rejects with its signal's reason instead. */
export type BillingApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid_response';

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

/** One call to the billing API. */
type ApiRequest = {
  path: string;
  /** Whether the parsed answer has the shape this endpoint promises. */
  isValid: (data: Json) => unknown;
  method?: 'GET' | 'POST' | 'PUT';
  /** Sent as JSON; a request with a body is a POST unless `method` says otherwise. */
  body?: object;
  idempotencyKey?: string;
  requestOptions?: RequestOptions;
};

const MONEY_KEYS = /^(balance|pending|amount|target|threshold|monthlyCap)$/;

/** The JSON object in an answer (undefined for anything else), and whether all its money is real Money. */
function parseAnswer(raw: string): { data?: Json; moneyIsValid: boolean } {
  let moneyIsValid = true;
  let data: unknown;
  try {
    data = JSON.parse(raw, (key, value) => {
      if (MONEY_KEYS.test(key) && !isMoney(value)) moneyIsValid = false;
      return value;
    });
  } catch {}
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  return { data: isObject ? (data as Json) : undefined, moneyIsValid };
}

export const createHttpBillingAdapter = (options: HttpBillingAdapterOptions): Required<BillingAdapter> => {
  const request = async <T>({
    path,
    isValid,
    body,
    idempotencyKey,
    requestOptions,
    method = body ? 'POST' : 'GET',
  }: ApiRequest): Promise<T> => {
    const callerSignal = requestOptions?.signal;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 15000);
    const extraHeaders = typeof options.headers === 'function' ? await options.headers() : options.headers;
    const headers: HeaderMap = { accept: 'application/json', ...extraHeaders };
    if (body) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const fetchFn = options.fetch ?? globalThis.fetch;
    let response: Response;
    let raw: string;
    try {
      response = await fetchFn(options.baseUrl.replace(/\/+$/, '') + path, {
        method,
        headers,
        body: body && JSON.stringify(body),
        signal: callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout,
      });
      raw = await response.text();
    } catch {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timeout.aborted)
        throw new BillingApiError('timeout', 'The billing service did not answer in time.');
      throw new BillingApiError('network', 'The billing service could not be reached.');
    }
    const status = response.status;
    const { data, moneyIsValid } = parseAnswer(raw);
    if (status > 299) {
      const problem = billingProblem(data);
      const message = problem?.detail ?? problem?.title ?? `The billing service answered HTTP ${status}.`;
      throw new BillingApiError('http', message, status, problem);
    }
    if (!data || !moneyIsValid || !isValid(data)) {
      throw new BillingApiError('invalid_response', 'The billing service sent an unreadable answer.', status);
    }
    return data as T;
  };

  return {
    getBalance: (requestOptions) =>
      request<BalanceInfo>({ path: '/balance', isValid: (data) => data.balance, requestOptions }),

    topUp: async ({ amount, paymentMethodId, idempotencyKey }, requestOptions) => {
      try {
        return await request<TopUpResult>({
          path: '/top-ups',
          isValid: isTopUpResult,
          body: { amount, paymentMethodId },
          idempotencyKey,
          requestOptions,
        });
      } catch (error) {
        // A 4xx is the billing server refusing the request before any charge (a limit, a
        // validation): a payment outcome with its own words, not an error.
        const refused =
          error instanceof BillingApiError &&
          error.kind === 'http' &&
          (error.status ?? 0) >= 400 &&
          (error.status ?? 0) < 500;
        if (!refused) throw error;
        return {
          status: 'failed',
          failureKind: 'refused',
          failureReason: error.message,
          problem: error.problem,
        };
      }
    },

    getTopUp: (key, requestOptions) =>
      request<TopUpResult>({
        path: `/top-ups/${encodeURIComponent(key)}`,
        isValid: isTopUpResult,
        requestOptions,
      }).catch((error) => {
        if (error.status === 404) return null;
        throw error;
      }),

    listPaymentMethods: (requestOptions) =>
      request<{ paymentMethods: PaymentMethod[] }>({
        path: '/payment-methods',
        isValid: (data) => Array.isArray(data.paymentMethods),
        requestOptions,
      }).then((data) => data.paymentMethods),

    getAlertSettings: (requestOptions) =>
      request<AlertSettings>({
        path: '/alert-settings',
        isValid: (data) => data.autoRecharge,
        requestOptions,
      }),

    saveAlertSettings: (settings, requestOptions) =>
      request<AlertSettings>({
        path: '/alert-settings',
        isValid: (data) => data.autoRecharge,
        method: 'PUT',
        body: settings,
        requestOptions,
      }),

    sendTestAlert: (settings, requestOptions) =>
      request<TestAlertResult>({
        path: '/alert-settings/test',
        isValid: (data) => typeof data.ok === 'boolean',
        body: settings,
        requestOptions,
      }),

    getUsage: (query, requestOptions) => {
      const definedParameters = Object.entries(query).filter(([, value]) => value != null);
      return request<Usage>({
        path: `/usage?${new URLSearchParams(definedParameters)}`,
        isValid: (data) => Array.isArray(data.records),
        requestOptions,
      });
    },
  };
};
