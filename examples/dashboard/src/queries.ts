import type { Money } from '../../../src';

export type SavedQuery = { id: string; name: string; sql: string };

// The names match the billing server's seeded usage, so the Usage page shows these same queries.
export const savedQueries: SavedQuery[] = [
  {
    id: 'monthly-revenue',
    name: 'Monthly revenue',
    sql: "SELECT date_trunc('month', paid_at) AS month, sum(amount) AS revenue_usd, count(*) AS orders\nFROM invoices\nGROUP BY 1\nORDER BY 1;",
  },
  {
    id: 'daily-active-users',
    name: 'Daily active users',
    sql: "SELECT to_char(day, 'Dy') AS day, count(DISTINCT user_id) AS active_users\nFROM events\nWHERE day > now() - interval '7 days'\nGROUP BY day\nORDER BY day;",
  },
  {
    id: 'churn-by-cohort',
    name: 'Churn by cohort',
    sql: "SELECT date_trunc('month', signed_up_at) AS cohort, count(*) AS customers,\n       avg(retained_30d::int) * 100 AS retained_30d_pct,\n       avg(retained_90d::int) * 100 AS retained_90d_pct\nFROM customers\nGROUP BY 1\nORDER BY 1;",
  },
];

/** What POST /api/query answers (examples/billing-server/readme.md). */
export type QueryResult = {
  name: string;
  columns: string[];
  rows: (string | number)[][];
  cost: Money;
  balance: Money;
};
