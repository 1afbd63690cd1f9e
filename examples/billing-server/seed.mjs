// Demo data: 60 days of query runs across five saved queries, the top-ups that paid for them, and a
// low balance today. Deterministic: the same date gives the same history (a seeded PRNG).

/** mulberry32: a tiny, good-enough seeded PRNG. @param {number} seed */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the demo account runs, and how often on an average weekday. */
export const SEED_CATEGORIES = Object.freeze([
  { name: 'Monthly revenue', runsPerDay: 3, label: 'Query run' },
  { name: 'Daily active users', runsPerDay: 4, label: 'Query run' },
  { name: 'Churn by cohort', runsPerDay: 1.5, label: 'Query run' },
  { name: 'Funnel conversion', runsPerDay: 2, label: 'Query run' },
  // Ad-hoc queries scan more or less data: 1–4 times the price of a saved one.
  { name: 'Ad-hoc SQL', runsPerDay: 2.5, label: 'Ad-hoc query', variable: true },
]);

const DAY = 86_400_000;
// Sunday … Saturday: quiet weekends, a busy start of the week.
const WEEKDAY = [0.3, 1.2, 1.1, 1, 1, 0.9, 0.35];

/**
 * Writes the history into an empty store.
 * @param {ReturnType<typeof import('./store.mjs').openStore>} store
 * @param {{ now: Date, queryCostMinor: number, balanceMinor?: number, days?: number, topUpMinor?: number }} options
 */
export function seedDemo(store, { now, queryCostMinor, balanceMinor = 50, days = 60, topUpMinor = 5000 }) {
  const random = prng(0x70_9e_c1);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

  /** @type {{ at: string, category: string, label: string, amountMinor: number }[][]} */
  const runsByDay = [];
  for (let i = days; i >= 1; i--) {
    const dayStart = today - i * DAY;
    const weekday = WEEKDAY[new Date(dayStart).getUTCDay()] ?? 1;
    const trend = 0.75 + 0.5 * ((days - i) / days); // usage grows over the two months
    const runs = [];
    for (const category of SEED_CATEGORIES) {
      const expected = category.runsPerDay * weekday * trend * (0.6 + 0.8 * random());
      const count = Math.floor(expected + random());
      for (let r = 0; r < count; r++) {
        // Office hours, 08:00–19:00 UTC, to the minute.
        const at = new Date(dayStart + 8 * 3_600_000 + Math.floor(random() * 660) * 60_000).toISOString();
        const amountMinor = category.variable
          ? queryCostMinor * (1 + Math.floor(random() * 4))
          : queryCostMinor;
        runs.push({ at, category: category.name, label: category.label, amountMinor });
      }
    }
    runs.sort((a, b) => a.at.localeCompare(b.at));
    runsByDay.push(runs);
  }

  // Work backwards from today's balance: whenever the money in hand would exceed a top-up, that morning
  // had one. What is left at the start is the opening balance. No day ever goes below zero.
  /** @type {{ at: string, amountMinor: number, ref: string }[]} */
  const credits = [];
  let balance = balanceMinor;
  for (let d = runsByDay.length - 1; d >= 0; d--) {
    balance += (runsByDay[d] ?? []).reduce((sum, run) => sum + run.amountMinor, 0);
    if (balance >= topUpMinor + 100) {
      const at = new Date(today - (days - d) * DAY + 7 * 3_600_000).toISOString();
      credits.push({ at, amountMinor: topUpMinor, ref: 'seed:top-up' });
      balance -= topUpMinor;
    }
  }
  if (balance > 0) {
    credits.push({
      at: new Date(today - (days + 1) * DAY + 12 * 3_600_000).toISOString(),
      amountMinor: balance,
      ref: 'seed:opening-balance',
    });
  }

  const entries = [
    ...credits.map((c) => ({ ...c, kind: 'credit' })),
    ...runsByDay.flat().map((r) => ({ ...r, kind: 'run' })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  store.db.transaction(() => {
    for (const e of entries) {
      if (e.kind === 'credit') store.append('seed_credit', e.amountMinor, /** @type {any} */ (e).ref, e.at);
      else
        store.addUsageAt(e.at, /** @type {any} */ (e).category, /** @type {any} */ (e).label, e.amountMinor);
    }
  })();
}
