// `resume: 'confirm'`: costly work that asked for it waits for the user's "Continue" after the
// top-up instead of running again by itself. The default stays automatic.
import { describe, expect, it, vi } from 'vitest';
import { createRecovery, InsufficientBalanceError, withRecovery } from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';
import { flush, ibe } from './support';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const needs = (amountMinor: number) =>
  ibe('Account balance not enough', { balance: usd(25), required: usd(amountMinor) });

function setup() {
  const backend = createFakeBillingAdapter({ balanceMinor: 25 });
  const recovery = createRecovery({ adapter: backend });
  return { backend, recovery };
}

describe("resume: 'confirm'", () => {
  it('after the top-up the work waits, with its cost, until the user continues', async () => {
    const { recovery } = setup();
    const retry = vi.fn(async () => 'report');
    const result = recovery.block(needs(900), { intent: 'Train model', retry, resume: 'confirm' });
    await recovery.topUp(usd(2000));
    await flush();

    expect(retry).not.toHaveBeenCalled();
    expect(recovery.getSnapshot()).toMatchObject({
      status: 'blocked',
      waiting: 1,
      toConfirm: [{ intent: 'Train model', required: usd(900) }],
    });

    recovery.confirmResume();
    recovery.confirmResume(); // a double press runs it once
    await expect(result).resolves.toBe('report');
    expect(retry).toHaveBeenCalledTimes(1);
    await flush();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'idle', waiting: 0 });
    expect(recovery.getSnapshot().toConfirm).toBeUndefined();
  });

  it('automatic work resumes at once beside work that waits for confirmation', async () => {
    const { recovery } = setup();
    const automatic = recovery.block(needs(40), { intent: 'Monthly revenue', retry: async () => 'rows' });
    const costly = vi.fn(async () => 'model');
    recovery.block(needs(900), { intent: 'Train model', retry: costly, resume: 'confirm' });
    await recovery.topUp(usd(2000));
    await expect(automatic).resolves.toBe('rows');
    await flush();
    expect(costly).not.toHaveBeenCalled();
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 1, intents: ['Train model'] });
  });

  it('"Not now" rejects it with its error and never runs it', async () => {
    const { recovery } = setup();
    const retry = vi.fn(async () => 'report');
    const error = needs(900);
    const result = recovery.block(error, { retry, resume: 'confirm' });
    await recovery.topUp(usd(2000));
    await flush();
    recovery.dismiss();
    await expect(result).rejects.toBe(error);
    expect(retry).not.toHaveBeenCalled();
  });

  it('a confirmed run that runs out again asks again after the next top-up', async () => {
    const { recovery } = setup();
    const retry = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(needs(5000))
      .mockResolvedValueOnce('report');
    const result = recovery.block(needs(900), { intent: 'Train model', retry, resume: 'confirm' });
    await recovery.topUp(usd(1000));
    await flush();
    recovery.confirmResume();
    await flush();
    // Blocked again: a top-up first, then the question again.
    expect(recovery.getSnapshot()).toMatchObject({ status: 'blocked', waiting: 1 });
    expect(recovery.getSnapshot().toConfirm).toBeUndefined();
    await recovery.topUp(usd(5000));
    await flush();
    expect(retry).toHaveBeenCalledTimes(1);
    expect(recovery.getSnapshot().toConfirm).toHaveLength(1);
    recovery.confirmResume();
    await expect(result).resolves.toBe('report');
  });

  it('money from elsewhere (an admin, another tab) also waits for the confirmation', async () => {
    const { backend, recovery } = setup();
    const retry = vi.fn(async () => 'report');
    recovery.block(needs(900), { retry, resume: 'confirm' });
    await flush();
    backend.setBalance(5000);
    await recovery.reconcile();
    await flush();
    expect(retry).not.toHaveBeenCalled();
    expect(recovery.getSnapshot().toConfirm).toEqual([{ intent: undefined, required: usd(900) }]);
    // Checking again changes nothing while it waits.
    await recovery.reconcile();
    await flush();
    expect(retry).not.toHaveBeenCalled();
  });

  it("run(fn, { resume: 'confirm' }) runs fn again only after the confirmation", async () => {
    const { recovery } = setup();
    let balance = 25;
    const fn = vi.fn(async () => {
      if (balance < 900) throw needs(900);
      return 'summary';
    });
    const result = recovery.run(fn, { intent: 'Summarise tickets', resume: 'confirm' });
    await flush();
    balance = 5000;
    await recovery.topUp(usd(5000));
    await flush();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(recovery.getSnapshot().toConfirm).toEqual([{ intent: 'Summarise tickets', required: usd(900) }]);
    recovery.confirmResume();
    await expect(result).resolves.toBe('summary');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("withRecovery passes `resume` on (per call, or as the fetch's default) and never sends it", async () => {
    const { recovery } = setup();
    const sent: RequestInit[] = [];
    let balance = 25;
    const server = async (_input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(init ?? {});
      return balance >= 900
        ? new Response('{"ok":true}')
        : Response.json({ code: 40203, name: 'InsufficientBalanceError', message: 'no' }, { status: 402 });
    };
    const fetch = withRecovery(server, recovery);
    const response = fetch('/train', { intent: 'Train model', resume: 'confirm' });
    await flush();
    balance = 5000;
    await recovery.topUp(usd(5000));
    await flush();
    expect(sent).toHaveLength(1);
    expect(recovery.getSnapshot().toConfirm).toEqual([{ intent: 'Train model', required: undefined }]);
    recovery.confirmResume();
    expect((await response).ok).toBe(true);
    expect(sent).toHaveLength(2);
    for (const init of sent) expect(init).not.toHaveProperty('resume');

    const confirming = withRecovery(server, recovery, { resume: 'confirm' });
    balance = 0;
    const next = confirming('/train');
    await flush();
    balance = 5000;
    await recovery.topUp(usd(100));
    await flush();
    expect(recovery.getSnapshot().toConfirm).toHaveLength(1);
    recovery.dismiss();
    await expect(next).rejects.toBeInstanceOf(InsufficientBalanceError);
  });
});
