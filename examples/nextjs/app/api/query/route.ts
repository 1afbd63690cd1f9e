import { charge, insufficientBalanceBody } from '../../../lib/account';

// Every run is metered: never cached, never prerendered.
export const dynamic = 'force-dynamic';

/** Runs "Monthly revenue": 402 with the seed body while the balance is short, the rows once it is not. */
export async function POST() {
  if (!charge('Monthly revenue')) return Response.json(insufficientBalanceBody(), { status: 402 });
  return Response.json({ rows: [{ month: '2026-11', revenue: 4200 }] });
}
