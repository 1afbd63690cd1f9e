import { describe, expect, it } from 'vitest';
import { InsufficientBalanceError, toInsufficientBalance } from '../../src/core';
import fixtures from '../fixtures/real-credit-errors.json';

type Entry = { provider: string; status: number; body: unknown; expect: 'recognise' | 'ignore' | 'either' };

// What each recognised body must yield: the provider's own code (or none when the body has only the
// HTTP status or a sentence in its code field).
const codes: Record<number, string | number | undefined> = {
  0: undefined,
  1: undefined,
  2: undefined,
  3: undefined,
  4: undefined,
  5: 40203,
  7: 'invalid_request_error',
  9: 'insufficient_quota',
  10: 'billing_not_active',
  11: 'credit_balance_exhausted',
  12: undefined,
  13: undefined,
  14: 'unverified_credit_limit_reached',
  15: 'quota_exceeded',
  16: 'quota_exceeded',
  19: 'payment_required',
  20: 'not-enough-usage-to-run-paid-actor',
  21: 'exceeded_current_quota_error',
  22: 'exceeded_current_quota_error',
  23: '1113',
  24: 'Arrearage',
  25: 'Arrearage',
  26: 'api_error',
  28: undefined,
  29: undefined,
  30: 'RESOURCE_EXHAUSTED',
  31: undefined,
  33: 'insufficient_credits',
  34: 'credit_unresolved',
  35: 'err.not_enough_balance',
  36: undefined,
  37: 'insufficient_credits',
};

// The provider's own words: the most specific human message in the body.
const messageOf = (body: unknown): string => {
  if (typeof body === 'string') return body;
  // biome-ignore lint/suspicious/noExplicitAny: fixture bodies have any shape.
  const b = body as Record<string, any>;
  const inner = b.error?.error ?? b.error ?? b.detail ?? b.base_resp;
  if (typeof b.detail === 'string') return b.detail;
  if (typeof inner === 'object' && inner) return inner.message ?? inner.error ?? inner.status_msg;
  if (b.message) return b.message;
  if (Array.isArray(b.errors)) return b.errors[0];
  return b.title ?? b.error;
};

describe('real credit errors (tests/fixtures/real-credit-errors.json)', () => {
  const entries = fixtures as Entry[];
  it('holds the 44 entries the rules were designed against', () => {
    expect(entries).toHaveLength(44);
  });

  it.each(entries.map((e, i) => [i, e.provider, e.status, e.expect, e] as const))(
    '#%i %s (HTTP %i) → %s',
    (i, _provider, status, verdict, entry) => {
      const error = toInsufficientBalance(status, entry.body);
      if (verdict === 'ignore') return expect(error).toBeNull();
      if (verdict === 'either')
        return expect(error === null || error instanceof InsufficientBalanceError).toBe(true);
      expect(error).toBeInstanceOf(InsufficientBalanceError);
      expect(error?.status).toBe(402);
      expect(error?.httpStatus).toBe(status);
      expect(error?.serverMessage).toBe(messageOf(entry.body).trim());
      expect(error?.code).toBe(codes[i]);
      expect(error?.raw).toBe(entry.body);
    },
  );

  it('keeps request ids and reads JSON that arrived as text', () => {
    const anthropic = (fixtures as Entry[])[7] as Entry;
    expect(toInsufficientBalance(400, anthropic.body)?.requestId).toBe('req_011CbrFTcXhtiMzr3s6EocF7');
    expect(toInsufficientBalance(400, JSON.stringify(anthropic.body))?.code).toBe('invalid_request_error');
  });
});
