export type SavedQuery = { id: string; name: string; sql: string };

export const savedQueries: SavedQuery[] = [
  {
    id: 'monthly-revenue',
    name: 'Monthly revenue',
    sql: "SELECT date_trunc('month', paid_at) AS month, sum(amount) AS revenue\nFROM invoices\nGROUP BY 1\nORDER BY 1;",
  },
  {
    id: 'weekly-signups',
    name: 'Weekly signups',
    sql: "SELECT date_trunc('week', created_at) AS week, count(*) AS signups\nFROM users\nGROUP BY 1\nORDER BY 1;",
  },
  {
    id: 'churn-by-plan',
    name: 'Churn by plan',
    sql: 'SELECT plan, avg(churned::int) AS churn_rate\nFROM subscriptions\nGROUP BY plan;',
  },
];

export type QueryResult = { name: string; columns: string[]; rows: (string | number)[][] };
