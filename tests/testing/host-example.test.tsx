// The host's test from docs/testing.md, run as written (imports pointed at the sources).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { expect, it } from 'vitest';
import { BalanceBlockedModal, TopupProvider, useRecovery } from '../../src';
import { createFakeBillingAdapter, type FakeBillingAdapter } from '../../src/testing';

const QUERY_COST_MINOR = 40;

/** The host's metered endpoint: 402 while the balance cannot pay for a run, else it charges and answers. */
const meteredApi = (billing: FakeBillingAdapter) => async () => {
  if (billing.balance().amountMinor < QUERY_COST_MINOR)
    return Response.json(
      {
        code: 40203,
        name: 'InsufficientBalanceError',
        message: 'Account balance not enough to run this query',
      },
      { status: 402 },
    );
  billing.spend(QUERY_COST_MINOR, 'Monthly revenue');
  return Response.json({ rows: 42 });
};

function RunQuery() {
  const { fetch } = useRecovery();
  const [result, setResult] = React.useState('');
  const run = async () =>
    setResult(`${(await (await fetch('/api/query', { intent: 'Monthly revenue' })).json()).rows} rows`);
  return (
    <>
      <button type="button" onClick={run}>
        Run query
      </button>
      <output>{result}</output>
    </>
  );
}

it('a run that hits an empty balance resumes after one top-up', async () => {
  const billing = createFakeBillingAdapter({ balanceMinor: 25 });
  const user = userEvent.setup();
  render(
    <TopupProvider adapter={billing} fetch={meteredApi(billing)}>
      <RunQuery />
      <BalanceBlockedModal />
    </TopupProvider>,
  );

  await user.click(screen.getByRole('button', { name: 'Run query' }));
  const modal = await screen.findByRole('dialog');
  await user.click(await within(modal).findByRole('button', { name: /^Top up / }));

  expect(await screen.findByText('42 rows')).toBeInTheDocument();
  // One charge, and the ledger adds up: the starting balance, plus the top-up, minus the run.
  const [charge, ...more] = billing.charges;
  expect(more).toEqual([]);
  expect(billing.balance().amountMinor).toBe(25 + (charge?.amount.amountMinor ?? 0) - QUERY_COST_MINOR);
});

it('docs/testing.md shows this test as it runs here', async () => {
  const { readFile } = await import('node:fs/promises');
  // Vitest runs from the repository root.
  const here = await readFile('tests/testing/host-example.test.tsx', 'utf8');
  const doc = await readFile('docs/testing.md', 'utf8');
  const shown = /## A host's test[\s\S]*?```tsx\n([\s\S]*?)```/.exec(doc)?.[1];
  const asPublished = here
    .slice(here.indexOf('\n') + 1, here.indexOf("\nit('docs/testing.md"))
    .replace("from '../../src';", "from 'topup-kit';")
    .replace("from '../../src/testing';", "from 'topup-kit/testing';");
  expect(shown?.trim()).toBe(asPublished.trim());
});
