import { describe, expect, it, vi } from 'vitest';
import { createRecovery, InsufficientBalanceError, money, withRecovery } from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';
import { flush } from './support';

const usd = (n: number) => money(n, 'USD');

/** What an SDK throws for OpenAI's 429 insufficient_quota: an Error with status and the inner error. */
class QuotaError extends Error {
  status = 429;
  error = {
    message: 'You exceeded your current quota.',
    type: 'insufficient_quota',
    code: 'insufficient_quota',
  };
}
class RateLimitError extends Error {
  status = 429;
  error = {
    message: 'Rate limit reached for requests per min (RPM).',
    type: 'requests',
    code: 'rate_limit_exceeded',
  };
}

const setup = (options: { maxReplays?: number } = {}) => {
  const fake = createFakeBillingAdapter();
  const recovery = createRecovery({ adapter: fake, ...options });
  return { recovery, fake };
};

describe('recovery.run', () => {
  it('resolves with what fn returns, and passes other failures through untouched', async () => {
    const { recovery } = setup();
    await expect(recovery.run(() => 42)).resolves.toBe(42);
    const rateLimited = new RateLimitError('429');
    const fn = vi.fn(async () => {
      throw rateLimited;
    });
    await expect(recovery.run(fn)).rejects.toBe(rateLimited);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(recovery.getSnapshot().status).toBe('idle');
  });

  it('a call that fails for want of credit waits in the conversation and runs once more after the top-up', async () => {
    const { recovery } = setup();
    let paid = false;
    const fn = vi.fn(async () => {
      if (!paid) throw new QuotaError('429 You exceeded your current quota.');
      return 'summary';
    });
    const result = recovery.run(fn, { intent: 'Summarise the report' });
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', intents: ['Summarise the report'] });
    expect(recovery.getSnapshot().error).toMatchObject({
      httpStatus: 429,
      code: 'insufficient_quota',
      serverMessage: 'You exceeded your current quota.',
    });
    paid = true;
    await recovery.topUp(usd(2500));
    await expect(result).resolves.toBe('summary');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('"Not now" rejects once, with the InsufficientBalanceError, and never runs fn again', async () => {
    const { recovery } = setup();
    const fn = vi.fn(async () => {
      throw new QuotaError('429');
    });
    const result = recovery.run(fn);
    await flush();
    recovery.dismiss();
    const error = await result.catch((e) => e);
    expect(error).toBeInstanceOf(InsufficientBalanceError);
    expect(error.code).toBe('insufficient_quota');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a re-run that fails again rejoins, at most maxReplays times', async () => {
    const { recovery } = setup({ maxReplays: 1 });
    const fn = vi.fn(async () => {
      throw new QuotaError('429');
    });
    const result = recovery.run(fn);
    const settled = result.catch((e) => e);
    await flush();
    await recovery.topUp(usd(100));
    await flush();
    expect(recovery.getSnapshot().status).toBe('blocked');
    await recovery.topUp(usd(200));
    expect(await settled).toBeInstanceOf(InsufficientBalanceError);
    expect(fn).toHaveBeenCalledTimes(3);
    expect(recovery.getSnapshot().status).toBe('idle');
  });

  it('an abort leaves the conversation: rejects with the reason, fn never runs again', async () => {
    const { recovery } = setup();
    const controller = new AbortController();
    const fn = vi.fn(async () => {
      throw new QuotaError('429');
    });
    const result = recovery.run(fn, { signal: controller.signal }).catch((e) => e);
    await flush();
    controller.abort(new Error('left the page'));
    expect((await result).message).toBe('left the page');
    expect(recovery.getSnapshot().status).toBe('idle');
    await recovery.topUp(usd(100));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('reads an unread Response an error holds (ky)', async () => {
    const { recovery } = setup();
    class HTTPError extends Error {
      response = Response.json(
        { error: 'Insufficient credits to perform this request.', success: false },
        { status: 402 },
      );
    }
    const result = recovery.run(async () => {
      throw new HTTPError('Request failed with status code 402 Payment Required');
    });
    await flush();
    expect(recovery.getSnapshot().error?.serverMessage).toBe('Insufficient credits to perform this request.');
    recovery.dismiss();
    await expect(result).rejects.toBeInstanceOf(InsufficientBalanceError);
  });
});

/** A client that retries a failed fetch twice, as openai, anthropic and groq do by themselves. */
const retryingClient = (fetch: typeof globalThis.fetch) => async (url: string) => {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const response = await fetch(url, { method: 'POST', body: '{"prompt":"Summarise"}' });
      if (response.ok) return response.text();
      last = new Error(`HTTP ${response.status}`);
    } catch (error) {
      last = new Error('Connection error.', { cause: error });
    }
  }
  throw last;
};

describe('withRecovery as an SDK fetch option', () => {
  const quotaServer = () => {
    const state = { paid: false, calls: 0 };
    const fetch = async () => {
      state.calls++;
      return state.paid
        ? new Response('done')
        : Response.json(
            { error: { message: 'You exceeded your current quota.', code: 'insufficient_quota' } },
            { status: 429 },
          );
    };
    return { state, fetch };
  };

  it('options.replay and options.intent are the defaults: a POST without a key replays', async () => {
    const { recovery } = setup();
    const server = quotaServer();
    const call = retryingClient(withRecovery(server.fetch, recovery, { replay: true, intent: 'Summarise' }));
    const result = call('https://api.example/v1/chat');
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', intents: ['Summarise'] });
    server.state.paid = true;
    await recovery.topUp(usd(2500));
    await expect(result).resolves.toBe('done');
    expect(server.state.calls).toBe(2);
  });

  it('the client\'s own retries after "Not now" open no new conversation: one answer, one rejection', async () => {
    const { recovery } = setup();
    const server = quotaServer();
    const blocked = vi.fn();
    recovery.onEvent((event) => event.type === 'blocked' && blocked());
    const call = retryingClient(withRecovery(server.fetch, recovery, { replay: true }));
    const result = call('https://api.example/v1/chat').catch((e) => e);
    await flush();
    recovery.dismiss();
    const error = await result;
    expect(error.message).toBe('Connection error.');
    expect(error.cause).toBeInstanceOf(InsufficientBalanceError);
    expect(blocked).toHaveBeenCalledTimes(1);
    expect(recovery.getSnapshot().status).toBe('idle');
    // The retries still went out (the balance might have been topped up elsewhere)…
    expect(server.state.calls).toBe(3);
    // …and run() around the same call does not ask again either.
    const guarded = recovery.run(() => call('https://api.example/v1/chat')).catch((e) => e);
    expect(await guarded).toBeInstanceOf(InsufficientBalanceError);
    expect(blocked).toHaveBeenCalledTimes(1);
  });

  it('a different request is asked about again', async () => {
    const { recovery } = setup();
    const server = quotaServer();
    const recovered = withRecovery(server.fetch, recovery, { replay: true });
    const first = recovered('https://api.example/a', { method: 'POST', body: 'a' }).catch((e) => e);
    await flush();
    recovery.dismiss();
    await first;
    const second = recovered('https://api.example/a', { method: 'POST', body: 'b' }).catch((e) => e);
    await flush();
    expect(recovery.getSnapshot().status).toBe('blocked');
    recovery.dismiss();
    await second;
  });
});
