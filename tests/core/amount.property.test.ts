// Properties of the totals for many waiting requests, in core and through the store's snapshot:
// "needs" is the sum of every request's requirement when all are known (else the largest known,
// said as "at least"), the shortfall is needs − balance, and the suggested top-up covers it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecovery, type Money, shortfallOf, suggestTopUp, waitingNeeds } from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';
import { balance, runs } from '../support/arbitraries';
import { flush, ibe } from './support';

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const sum = (amounts: readonly Money[]) => amounts.reduce((total, amount) => total + amount.amountMinor, 0);

/** What each waiting request needs: mostly known, sometimes not (a server that does not say). */
const requirement = fc
  .option(fc.integer({ min: 1, max: 500_000 }).map(usd), { freq: 5 })
  .map((amount) => amount ?? undefined);
const requirements = fc.array(requirement, { minLength: 1, maxLength: 12 });

// Generous under a loaded machine: a property runs many cases, each quick on its own.
describe('waiting needs properties', { timeout: 30_000 }, () => {
  it('needs = the sum when every requirement is known, else at least the largest known; short by needs − balance', () => {
    fc.assert(
      fc.property(requirements, balance, (required, b) => {
        const known = required.filter((amount): amount is Money => !!amount);
        const total = waitingNeeds(required);
        if (!known.length) {
          expect(total).toBeUndefined();
          return;
        }
        const allKnown = known.length === required.length;
        expect(total).toEqual({
          needs: usd(allKnown ? sum(known) : Math.max(...known.map((amount) => amount.amountMinor))),
          atLeast: !allKnown,
        });
        const needs = total?.needs as Money;
        const missing = needs.amountMinor - b.amountMinor;
        expect(shortfallOf(b, needs)).toEqual(missing > 0 ? usd(missing) : undefined);
      }),
      runs(200),
    );
  });

  it('the suggested top-up covers the total, within the limits', () => {
    const limits = fc
      .tuple(fc.integer({ min: 1, max: 5000 }), fc.option(fc.integer({ min: 5000, max: 2_000_000 })))
      .map(([min, max]) => ({ min: usd(min), max: max === null ? undefined : usd(max) }));
    fc.assert(
      fc.property(requirements, balance, limits, (required, b, { min, max }) => {
        const needs = waitingNeeds(required)?.needs;
        const amount = suggestTopUp({ currency: 'USD', balance: b, required: needs, min, max });
        expect(Number.isSafeInteger(amount.amountMinor)).toBe(true);
        expect(amount.amountMinor).toBeGreaterThanOrEqual(min.amountMinor);
        if (max) expect(amount.amountMinor).toBeLessThanOrEqual(Math.max(max.amountMinor, min.amountMinor));
        const covered = b.amountMinor + amount.amountMinor >= (needs?.amountMinor ?? 0);
        // Only a maximum can stop one top-up from covering everything: then it offers the maximum.
        if (!covered) expect(amount).toEqual(max);
      }),
      runs(200),
    );
  });

  it('the store’s snapshot lists each waiting request’s requirement; its total is their sum', async () => {
    await fc.assert(
      fc.asyncProperty(requirements, fc.integer({ min: 0, max: 10_000 }), async (required, balanceMinor) => {
        const recovery = createRecovery({ adapter: createFakeBillingAdapter({ balanceMinor }) });
        const waiting = required.map((amount, i) =>
          recovery.block(ibe('Not enough', amount ? { required: amount } : {}), { intent: `Task ${i + 1}` }),
        );
        for (const request of waiting) request.catch(() => undefined);
        await flush(2);
        const snapshot = recovery.getSnapshot();
        expect(snapshot.waiting).toBe(required.length);
        expect(snapshot.waitingRequired).toEqual(required);
        const total = waitingNeeds(snapshot.waitingRequired ?? []);
        if (required.every(Boolean))
          expect(total).toEqual({ needs: usd(sum(required as Money[])), atLeast: false });
        recovery.dismiss();
        await Promise.allSettled(waiting);
      }),
      runs(60),
    );
  });
});
