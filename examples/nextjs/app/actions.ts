'use server';

import { charge, insufficientBalanceBody } from '../lib/account';

/**
 * A server action that may meet an empty balance. Errors thrown from server actions lose their
 * properties in production (the client gets a bare "An error occurred in the Server Components
 * render"), so it returns the 402 as a value: the client turns it into a block (see workspace.tsx).
 */
export async function exportReport(): Promise<
  { ok: true; file: string } | { ok: false; status: number; body: unknown }
> {
  if (!charge('Export report')) return { ok: false, status: 402, body: insufficientBalanceBody() };
  return { ok: true, file: 'revenue-2026-11.csv' };
}
