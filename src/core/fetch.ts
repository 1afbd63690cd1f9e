import { asInsufficientBalance, readError } from './detect';
import { InsufficientBalanceError } from './errors';
import { blockAndRemember } from './run';
import type { Recovery, RecoveryFetch, ResumeMode, WithRecoveryOptions } from './types';

/** What both wrappers know about a request: axios' config, or a fetch's init as the same shape. */
type Call = {
  intent?: string;
  replay?: boolean;
  resume?: ResumeMode;
  method?: string;
  headers?: object;
  signal?: AbortSignal | null;
};

/**
 * Waits in the conversation, then resolves with `retry()`'s result. Safe methods (GET, HEAD, OPTIONS,
 * PUT, DELETE) and requests with an Idempotency-Key replay by default; `replay` overrides. Without a
 * replay the request still waits, then fails with its own error.
 */
const wait = <T>(recovery: Recovery, error: unknown, c: Call, retry: () => Promise<T>): Promise<T> =>
  error instanceof InsufficientBalanceError
    ? blockAndRemember(recovery, error, {
        intent: c.intent,
        resume: c.resume,
        signal: c.signal as AbortSignal | undefined,
        retry:
          (c.replay ??
          (/^(get|head|options|put|delete)$/i.test(c.method ?? 'get') ||
            Object.keys(c.headers ?? {}).some((k) => /^idempotency-key$/i.test(k))))
            ? retry
            : undefined,
      }).then((r) => r ?? Promise.reject(error))
    : Promise.reject(error);

/**
 * How long an answered request stays answered for an identical one (same method, URL and body): the
 * client's own retry. SDKs retry a failed fetch after backoffs of at most 8 s; each retry renews it.
 */
const CLIENT_RETRY_WINDOW_MS = 10_000;

/** What makes two requests the same request: an SDK's retry resends the same method, URL and body. */
const requestIdentity = (input: RequestInfo | URL, init: RequestInit, request?: Request): string => {
  const body = init.body;
  const bodyIdentity =
    typeof body === 'string' ? body : body instanceof ArrayBuffer ? `${body.byteLength} bytes` : typeof body;
  return `${init.method ?? request?.method ?? 'GET'} ${request?.url ?? String(input)} ${bodyIdentity}`;
};

/**
 * A fetch that opens the recovery conversation when a response says the balance ran out, and
 * resolves with the replayed response after the top-up. `init.intent` and `init.replay` are stripped;
 * `options.intent` and `options.replay` are their defaults for every call (an SDK's `fetch` option).
 * A request the conversation already answered ("Not now") that the client sends again at once (an
 * SDK's automatic retry) is rejected with the same error, without asking again.
 */
export const withRecovery = (
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
  recovery: Recovery,
  options: WithRecoveryOptions = {},
): RecoveryFetch => {
  const detect = options.detect ?? recovery.detect;
  const answered = new Map<string, { error: unknown; until: number }>();
  return async (input, init = {}) => {
    const { intent = options.intent, replay = options.replay, resume = options.resume, ...rest } = init;
    const request = input instanceof Request ? input : undefined;
    // A stream can be sent only once: buffer it so a replay can send the same bytes.
    if (typeof (rest.body as ReadableStream | undefined)?.getReader === 'function')
      rest.body = await new Response(rest.body).arrayBuffer();
    const send = async () => {
      // The original Request is never sent itself, so its body stays readable for replays.
      const response = await fetch(request ? request.clone() : input, rest);
      // A 402 is never handed back (it always yields an error), so its body is read without a clone.
      const error = await readError(response, detect, response.status !== 402);
      if (error) throw error;
      return response;
    };
    const identity = requestIdentity(input, rest, request);
    return send().catch((error) => {
      const earlier = answered.get(identity);
      if (error instanceof InsufficientBalanceError && earlier && earlier.until > Date.now()) {
        earlier.until = Date.now() + CLIENT_RETRY_WINDOW_MS;
        throw earlier.error;
      }
      return wait(
        recovery,
        error,
        {
          intent,
          replay,
          resume,
          method: rest.method ?? request?.method,
          headers: Object.fromEntries(new Headers(rest.headers ?? request?.headers)),
          signal: rest.signal ?? request?.signal,
        },
        send,
      ).catch((reason) => {
        if (reason instanceof InsufficientBalanceError) {
          for (const [key, entry] of answered) if (entry.until <= Date.now()) answered.delete(key);
          answered.set(identity, { error: reason, until: Date.now() + CLIENT_RETRY_WINDOW_MS });
        }
        throw reason;
      });
    });
  };
};

/** The part of an axios instance attachRecovery needs (duck-typed: no axios dependency). */
export type AxiosLike = {
  interceptors: {
    response: {
      // biome-ignore lint/suspicious/noExplicitAny: axios' own handler types vary between versions.
      use(onFulfilled: undefined, onRejected: (error: any) => unknown): number;
      eject(id: number): void;
    };
  };
  // biome-ignore lint/suspicious/noExplicitAny: any axios request config.
  request(config: any): Promise<unknown>;
};

// Marks a replayed config: its own 402 goes back to the store (which decides whether it rejoins).
const REPLAY = '__topupReplay';

/**
 * Installs a response error interceptor with withRecovery's semantics; config `intent` and `replay`
 * work as in withRecovery. Returns a function that removes it.
 */
export const attachRecovery = (
  axios: AxiosLike,
  recovery: Recovery,
  options: WithRecoveryOptions = {},
): (() => void) => {
  const id = axios.interceptors.response.use(undefined, (err) => {
    const error = asInsufficientBalance(err, options.detect ?? recovery.detect);
    const c = err?.config;
    return !error || !c || c[REPLAY]
      ? Promise.reject(error ?? err)
      : wait(recovery, error, c, () => axios.request({ ...c, [REPLAY]: true }));
  });
  return () => axios.interceptors.response.eject(id);
};
