// Fake but deterministic query results for "Acme Query": the same name (and SQL) always gives the same table.

import { prng } from './seed.mjs';

/** FNV-1a, 32 bit. @param {string} text */
const hash = (text) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

const MONTHS = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * @param {string} name @param {string} [sql]
 * @returns {{ columns: string[], rows: (string | number)[][] }}
 */
export function runQuery(name, sql = '') {
  const random = prng(hash(`${name}\n${sql}`));
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const text = `${name} ${sql}`;

  if (/revenue|sales|mrr/i.test(text)) {
    let revenue = int(40_000, 60_000);
    return {
      columns: ['month', 'revenue_usd', 'orders'],
      rows: MONTHS.map((month) => {
        revenue = Math.round(revenue * (0.96 + random() * 0.12));
        return [month, revenue, Math.round(revenue / int(45, 60))];
      }),
    };
  }
  if (/active|users|dau/i.test(text)) {
    const base = int(2_000, 5_000);
    return {
      columns: ['day', 'active_users'],
      rows: DAYS.map((day, i) => [day, Math.round(base * (i >= 5 ? 0.55 : 0.9 + random() * 0.2))]),
    };
  }
  if (/churn|cohort|retention/i.test(text)) {
    return {
      columns: ['cohort', 'customers', 'retained_30d_pct', 'retained_90d_pct'],
      rows: MONTHS.slice(0, 4).map((month) => {
        const d30 = int(78, 92);
        return [month, int(180, 420), d30, d30 - int(8, 20)];
      }),
    };
  }
  if (/funnel|conversion/i.test(text)) {
    let users = int(20_000, 40_000);
    return {
      columns: ['step', 'users', 'conversion_pct'],
      rows: ['Visit', 'Sign-up', 'Activated', 'Subscribed'].map((step, i) => {
        const pct = i === 0 ? 100 : int(15, 55);
        users = i === 0 ? users : Math.round((users * pct) / 100);
        return [step, users, pct];
      }),
    };
  }
  return {
    columns: ['bucket', 'rows', 'share_pct'],
    rows: ['A', 'B', 'C', 'D'].map((bucket) => [bucket, int(100, 9_999), int(5, 40)]),
  };
}
