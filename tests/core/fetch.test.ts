import axios, { type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it, vi } from 'vitest';
import {
  type AxiosLike,
  attachRecovery,
  createRecovery,
  InsufficientBalanceError,
  money,
  type RecoveryRequestInit,
  withRecovery,
} from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';
import { flush } from './support';

const usd = (n: number) => money(n, 'USD');
const JSON_402 = JSON.stringify({
  code: 40203,
  name: 'InsufficientBalanceError',
  message: 'Balance too low',
});

/**
 * A recording fetch: answers 402 until the balance is topped up (`paid`), then 200 echoing the
 * method and body it received.
 */
const server = () => {
  const s = {
    paid: false,
    calls: [] as { url: string; init?: RequestInit; method: string; body: string }[],
    fetch: vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const body = request.body ? await request.text() : '';
      s.calls.push({ url: request.url, init, method: request.method, body });
      return s.paid
        ? new Response(`${request.method} ${body}`, { status: 200 })
        : new Response(JSON_402, { status: 402, headers: { 'content-type': 'application/json' } });
    }),
  };
  return s;
};

const setup = () => {
  const fake = createFakeBillingAdapter();
  const recovery = createRecovery({ adapter: fake });
  const s = server();
  const f = withRecovery(s.fetch, recovery);
  // Top up as soon as the conversation opens; the server accepts requests from then on.
  const payWhenBlocked = () =>
    recovery.subscribe(() => {
      if (recovery.getSnapshot().status === 'blocked' && !s.paid) {
        s.paid = true;
        recovery.topUp(usd(1000));
      }
    });
  return { recovery, s, f, payWhenBlocked, fake };
};

describe('withRecovery', () => {
  it('passes successful responses through untouched', async () => {
    const { s, f } = setup();
    s.paid = true;
    const r = await f('https://api.example/q');
    expect(await r.text()).toBe('GET ');
    expect(s.calls).toHaveLength(1);
  });

  it('blocks on a 402, shows the intent, and resolves with the replayed 200', async () => {
    const { recovery, s, f } = setup();
    const pending = f('https://api.example/q', { intent: 'Monthly revenue' });
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', intents: ['Monthly revenue'] });
    expect(recovery.getSnapshot().error).toMatchObject({ code: 40203, serverMessage: 'Balance too low' });
    s.paid = true;
    await recovery.topUp(usd(1000));
    const r = await pending;
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('GET ');
    expect(s.calls).toHaveLength(2);
  });

  it('strips intent and replay from the init given to the real fetch', async () => {
    const { s, f, payWhenBlocked } = setup();
    payWhenBlocked();
    const init: RecoveryRequestInit = {
      method: 'POST',
      body: 'x',
      intent: 'Send',
      replay: true,
      headers: { a: 'b' },
    };
    await f('https://api.example/send', init);
    expect(s.calls).toHaveLength(2);
    for (const c of s.calls) {
      expect(c.init).not.toHaveProperty('intent');
      expect(c.init).not.toHaveProperty('replay');
      expect(c.init).toMatchObject({ method: 'POST', body: 'x', headers: { a: 'b' } });
    }
    // The caller's own init object is left alone.
    expect(init).toMatchObject({ intent: 'Send', replay: true });
  });

  it.each(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'get', 'put'])(
    'replays %s automatically',
    async (method) => {
      const { s, f, payWhenBlocked } = setup();
      payWhenBlocked();
      const r = await f('https://api.example/r', {
        method,
        body: /HEAD|GET/i.test(method) ? undefined : 'b',
      });
      expect(r.status).toBe(200);
      expect(s.calls.map((c) => c.method)).toEqual([method.toUpperCase(), method.toUpperCase()]);
    },
  );

  it.each(['POST', 'PATCH'])(
    'does not replay %s: it waits, then rejects with the original error',
    async (method) => {
      const { recovery, s, f, payWhenBlocked } = setup();
      payWhenBlocked();
      const events: string[] = [];
      recovery.onEvent((e) => events.push(e.type));
      const error = await f('https://api.example/r', { method, body: 'b', intent: 'Create' }).catch((e) => e);
      expect(error).toBeInstanceOf(InsufficientBalanceError);
      expect(error.serverMessage).toBe('Balance too low');
      expect(s.calls).toHaveLength(1);
      expect(events).toContain('topup_succeeded');
    },
  );

  it('replays a POST that carries an Idempotency-Key, with the same body', async () => {
    const { s, f, payWhenBlocked } = setup();
    payWhenBlocked();
    const r = await f('https://api.example/r', {
      method: 'POST',
      body: JSON.stringify({ n: 1 }),
      headers: { 'Idempotency-Key': 'k1' },
    });
    expect(await r.text()).toBe('POST {"n":1}');
    expect(s.calls.map((c) => c.body)).toEqual(['{"n":1}', '{"n":1}']);
  });

  it('replays a POST with replay: true; replay: false opts a GET out', async () => {
    const { s, f, payWhenBlocked } = setup();
    payWhenBlocked();
    expect((await f('https://api.example/r', { method: 'POST', body: 'b', replay: true })).status).toBe(200);
    s.paid = false;
    await expect(f('https://api.example/r', { replay: false })).rejects.toBeInstanceOf(
      InsufficientBalanceError,
    );
    expect(s.calls.map((c) => c.method)).toEqual(['POST', 'POST', 'GET']);
  });

  it('replays a Request object (its body too) and honours its headers', async () => {
    const { s, f, payWhenBlocked } = setup();
    payWhenBlocked();
    const request = new Request('https://api.example/r', {
      method: 'POST',
      body: 'payload',
      headers: { 'idempotency-key': 'k2' },
    });
    const r = await f(request);
    expect(await r.text()).toBe('POST payload');
    expect(s.calls.map((c) => c.body)).toEqual(['payload', 'payload']);
    expect(request.bodyUsed).toBe(false);
  });

  it('buffers a stream body so the replay sends the same bytes', async () => {
    const { s, f, payWhenBlocked } = setup();
    payWhenBlocked();
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('streamed'));
        c.close();
      },
    });
    const r = await f('https://api.example/r', {
      method: 'PUT',
      body,
      duplex: 'half',
    } as RecoveryRequestInit);
    expect(await r.text()).toBe('PUT streamed');
    expect(s.calls.map((c) => c.body)).toEqual(['streamed', 'streamed']);
  });

  it('an aborted request leaves the queue and is never replayed', async () => {
    const { recovery, s, f } = setup();
    const controller = new AbortController();
    const a = f('https://api.example/a', { signal: controller.signal });
    const b = f('https://api.example/b');
    await flush();
    expect(recovery.getSnapshot().waiting).toBe(2);
    controller.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    expect(recovery.getSnapshot().waiting).toBe(1);
    s.paid = true;
    await recovery.topUp(usd(1000));
    expect((await b).status).toBe(200);
    expect(s.calls.map((c) => new URL(c.url).pathname)).toEqual(['/a', '/b', '/b']);
  });

  it('recognises exhausted balances behind other statuses, and uses the detect hook', async () => {
    const fake = createFakeBillingAdapter();
    const recovery = createRecovery({ adapter: fake });
    const responses = [
      new Response(JSON.stringify({ error: { code: 'insufficient_quota', message: 'Quota' } }), {
        status: 429,
      }),
      new Response('{"rate":"limited"}', { status: 429 }),
      new Response('{"weird":true}', { status: 409 }),
    ];
    const f = withRecovery(async () => responses.shift() as Response, recovery, {
      detect: (status, body) =>
        status === 409
          ? new InsufficientBalanceError({ httpStatus: 409, serverMessage: 'budget', raw: body })
          : null,
    });
    f('https://x/1').catch(() => {});
    await flush();
    expect(recovery.getSnapshot().error).toMatchObject({ httpStatus: 429, code: 'insufficient_quota' });
    expect((await f('https://x/2')).status).toBe(429);
    f('https://x/3').catch(() => {});
    await flush();
    expect(recovery.getSnapshot().waiting).toBe(2);
    recovery.dismiss();
  });

  it('lets network errors through', async () => {
    const fake = createFakeBillingAdapter();
    const recovery = createRecovery({ adapter: fake });
    const boom = new TypeError('Failed to fetch');
    const f = withRecovery(async () => Promise.reject(boom), recovery);
    await expect(f('https://x')).rejects.toBe(boom);
    expect(recovery.getSnapshot().status).toBe('idle');
  });
});

// A tiny fake of an axios instance: request() runs the adapter, then the response interceptors.
const fakeAxios = (respond: (config: Record<string, unknown>) => { status: number; data: unknown }) => {
  const handlers = new Map<number, (e: unknown) => unknown>();
  let next = 0;
  const calls: Record<string, unknown>[] = [];
  const instance: AxiosLike & { calls: typeof calls; handlers: typeof handlers } = {
    calls,
    handlers,
    interceptors: {
      response: {
        use: (_ok, onRejected) => {
          handlers.set(++next, onRejected);
          return next;
        },
        eject: (id) => {
          handlers.delete(id);
        },
      },
    },
    async request(config) {
      calls.push(config);
      const response = respond(config);
      if (response.status < 400) return response;
      let p: Promise<unknown> = Promise.reject(
        Object.assign(new Error('Request failed'), { config, response }),
      );
      for (const h of handlers.values()) p = p.catch(h);
      return p;
    },
  };
  return instance;
};

describe('attachRecovery (duck-typed axios)', () => {
  const setupAxios = () => {
    const fake = createFakeBillingAdapter();
    const recovery = createRecovery({ adapter: fake });
    let paid = false;
    const ax = fakeAxios((config) =>
      paid
        ? { status: 200, data: { ok: config.url } }
        : { status: 402, data: { error: { code: 'insufficient_funds', message: 'No funds' } } },
    );
    const eject = attachRecovery(ax, recovery);
    const pay = async () => {
      paid = true;
      await recovery.topUp(usd(500));
    };
    return { recovery, ax, eject, pay };
  };

  it('blocks, then replays through instance.request and resolves with the replayed response', async () => {
    const { recovery, ax, pay } = setupAxios();
    const p = ax.request({ url: '/a', method: 'get', intent: 'Load A' });
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', intents: ['Load A'] });
    expect(recovery.getSnapshot().error).toMatchObject({
      code: 'insufficient_funds',
      serverMessage: 'No funds',
    });
    await pay();
    await expect(p).resolves.toEqual({ status: 200, data: { ok: '/a' } });
    expect(ax.calls).toHaveLength(2);
  });

  it('applies the replay rules: POST rejects after the top-up unless keyed or replay: true', async () => {
    const { recovery, ax, pay } = setupAxios();
    const post = ax.request({ url: '/p', method: 'post' });
    const keyed = ax.request({ url: '/k', method: 'post', headers: { 'Idempotency-Key': 'x' } });
    const opted = ax.request({ url: '/o', method: 'post', replay: true });
    const optedOut = ax.request({ url: '/g', method: 'get', replay: false });
    await flush();
    expect(recovery.getSnapshot().waiting).toBe(4);
    await pay();
    await expect(post).rejects.toBeInstanceOf(InsufficientBalanceError);
    await expect(keyed).resolves.toMatchObject({ status: 200 });
    await expect(opted).resolves.toMatchObject({ status: 200 });
    await expect(optedOut).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(ax.calls.map((c) => c.url)).toEqual(['/p', '/k', '/o', '/g', '/k', '/o']);
  });

  it('a replay that 402s again goes back to the same store, not into a new conversation', async () => {
    const fake = createFakeBillingAdapter();
    const recovery = createRecovery({ adapter: fake, maxReplays: 0 });
    const ax = fakeAxios(() => ({ status: 402, data: {} }));
    attachRecovery(ax, recovery);
    const p = ax.request({ url: '/a', method: 'get' });
    await flush();
    await recovery.topUp(usd(500));
    await expect(p).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(ax.calls).toHaveLength(2);
    await flush();
    expect(recovery.getSnapshot().status).toBe('idle');
  });

  it('lets other errors through, and ejects', async () => {
    const { recovery, ax, eject } = setupAxios();
    const ax500 = fakeAxios(() => ({ status: 500, data: 'boom' }));
    attachRecovery(ax500, recovery);
    await expect(ax500.request({ url: '/x' })).rejects.toThrow('Request failed');
    eject();
    expect(ax.handlers.size).toBe(0);
    await expect(ax.request({ url: '/a' })).rejects.toThrow('Request failed');
    expect(recovery.getSnapshot().status).toBe('idle');
  });

  it('works with real axios and a custom adapter', async () => {
    const fake = createFakeBillingAdapter();
    const recovery = createRecovery({ adapter: fake });
    let paid = false;
    const seen: { method?: string; data?: unknown }[] = [];
    const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
      seen.push({ method: config.method, data: config.data });
      const status = paid ? 200 : 402;
      const response = {
        status,
        statusText: '',
        headers: {},
        config,
        data: paid ? { rows: 3 } : { code: 40203, name: 'InsufficientBalanceError', message: 'Recharge' },
      };
      if (status >= 400) throw new axios.AxiosError('402', 'ERR_BAD_REQUEST', config, null, response);
      return response;
    };
    const instance = axios.create({ adapter });
    attachRecovery(instance, recovery);
    const get = instance.get('/rows', { intent: 'Load rows' } as never);
    const post = instance.post('/runs', { q: 1 }, { headers: { 'Idempotency-Key': 'run-1' } });
    const plainPost = instance.post('/other', { q: 2 });
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 3, intents: ['Load rows'] });
    expect(recovery.getSnapshot().error).toMatchObject({ code: 40203, serverMessage: 'Recharge' });
    paid = true;
    await recovery.topUp(usd(500));
    expect((await get).data).toEqual({ rows: 3 });
    expect((await post).data).toEqual({ rows: 3 });
    await expect(plainPost).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(seen.filter((s) => s.method === 'post').map((s) => s.data)).toEqual([
      '{"q":1}',
      '{"q":2}',
      '{"q":1}',
    ]);
  });
});
