import { fromResponseError, readInsufficientBalance } from './detect';
import { InsufficientBalanceError } from './errors';
import type { Recovery, RecoveryFetch, WithRecoveryOptions } from './types';

// Methods that are safe to send twice; anything else needs an Idempotency-Key or `replay: true`.
const IDEMPOTENT = /^(GET|HEAD|OPTIONS|PUT|DELETE)$/i;
const KEY = /^idempotency-key$/i;

const wait = <T>(
  recovery: Recovery,
  error: unknown,
  replay: boolean,
  retry: () => Promise<T>,
  intent?: unknown,
  signal?: AbortSignal | null,
): Promise<T> =>
  error instanceof InsufficientBalanceError
    ? recovery
        .block(error, {
          intent: intent as string | undefined,
          signal: signal ?? undefined,
          // Without a replay the request still waits in the conversation, then fails with its own error.
          retry: replay ? retry : undefined,
        })
        .then((r) => r ?? Promise.reject(error))
    : Promise.reject(error);

/**
 * A fetch that opens the recovery conversation when a response says the balance ran out, and
 * resolves with the replayed response after the top-up. `init.intent` and `init.replay` are stripped.
 */
export const withRecovery = (
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
  recovery: Recovery,
  options: WithRecoveryOptions = {},
): RecoveryFetch => {
  const detect = options.detect ?? recovery.detect;
  return async (input, init = {}) => {
    const { intent, replay, ...rest } = init;
    const request = input instanceof Request ? input : undefined;
    // A stream can be sent only once: buffer it so a replay can send the same bytes.
    if (typeof (rest.body as ReadableStream | undefined)?.getReader === 'function')
      rest.body = await new Response(rest.body).arrayBuffer();
    const send = async () => {
      // The original Request is never sent itself, so its body stays readable for replays.
      const response = await fetch(request ? request.clone() : input, rest);
      const error = await readInsufficientBalance(response, detect);
      if (error) throw error;
      return response;
    };
    const method = rest.method ?? request?.method ?? 'GET';
    const headers = new Headers(rest.headers ?? request?.headers);
    return send().catch((e) =>
      wait(
        recovery,
        e,
        replay ?? (IDEMPOTENT.test(method) || headers.has('idempotency-key')),
        send,
        intent,
        rest.signal ?? request?.signal,
      ),
    );
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
    const error = fromResponseError(err, options.detect ?? recovery.detect);
    const c = err?.config;
    if (!error || !c || c[REPLAY]) return Promise.reject(error ?? err);
    return wait(
      recovery,
      error,
      c.replay ??
        (IDEMPOTENT.test(c.method ?? 'get') || Object.keys(c.headers ?? {}).some((k) => KEY.test(k))),
      () => axios.request({ ...c, [REPLAY]: true }),
      c.intent,
      c.signal,
    );
  });
  return () => axios.interceptors.response.eject(id);
};
