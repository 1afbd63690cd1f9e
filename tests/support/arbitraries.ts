// Shared fast-check arbitraries: random usage histories, balances, moments and time zones, for the
// property tests of the numbers (core forecast, amounts, the usage summary and the banner).
import fc from 'fast-check';
import type { Money, Usage } from '../../src/core';

export const DAY = 86_400_000;

/** Zones with odd offsets, DST both ways and a calendar day apart from UTC most of the time. */
export const timeZones = [
  'UTC',
  'America/New_York',
  'Pacific/Honolulu',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'America/St_Johns',
] as const;

export const timeZone = fc.constantFrom(...timeZones);

/** Any moment from 2024 to 2028, DST changes and year ends included. */
export const moment = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) });

export const categories = ['Queries', 'Storage', 'Egress', 'Ad-hoc SQL', 'Exports', 'Backups', 'Alerts'];

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });

/**
 * A usage history ending around `now`: records up to 45 days back (and a few stamped minutes
 * ahead, as a server whose clock runs a little fast writes them), amounts from nothing to $50,
 * a handful of categories; sometimes credits, which never count as spend.
 */
export const usageAround = (now: number): fc.Arbitrary<Usage> =>
  fc.record({
    records: fc.array(
      fc.record({
        at: fc
          .oneof(
            { weight: 9, arbitrary: fc.integer({ min: -45 * DAY, max: 0 }) },
            { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 * 60_000 }) },
          )
          .map((offset) => new Date(now + offset).toISOString()),
        amount: fc.integer({ min: 0, max: 5000 }).map(usd),
        category: fc.constantFrom(...categories),
      }),
      { maxLength: 60 },
    ),
    credits: fc.array(
      fc.record({
        at: fc.integer({ min: -45 * DAY, max: 0 }).map((offset) => new Date(now + offset).toISOString()),
        amount: fc.integer({ min: 1, max: 10_000 }).map(usd),
      }),
      { maxLength: 3 },
    ),
  });

/** A moment with a usage history around it. */
export const history = moment.chain((now) => usageAround(now).map((usage) => ({ now, usage })));

/** A balance from a little in debt to $10,000. */
export const balance = fc.integer({ min: -500, max: 1_000_000 }).map(usd);

/** Property runs: enough to find edge cases, few enough that each file takes a few seconds. */
export const runs = (numRuns: number) => ({ numRuns });
