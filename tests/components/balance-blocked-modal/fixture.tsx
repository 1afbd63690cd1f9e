import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { vi } from 'vitest';
import {
  BalanceBlockedModal,
  type BalanceBlockedModalProps,
} from '../../../src/components/balance-blocked-modal';
import type { RecoveryEvent } from '../../../src/core';
import { TopupProvider, type TopupProviderProps, useRecovery } from '../../../src/react';
import { createFakeBillingAdapter, type FakeBillingOptions } from '../../../src/testing';

export const INTENT = 'Run query “Monthly revenue”';
export const SERVER_MESSAGE = 'Account balance not enough to run this query, please recharge';

/** The seed's 402 body, with the numbers a real server adds (USD minor units). */
export const seedBody = (extra: Record<string, unknown> = {}) => ({
  code: 40203,
  name: 'InsufficientBalanceError',
  message: SERVER_MESSAGE,
  balance_minor: 120,
  required_minor: 450,
  currency: 'USD',
  request_id: 'req_8f2c',
  ...extra,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A server that refuses with the seed 402 until the balance was topped up, then answers 200.
 * `paid()` tells it the money arrived (the fake adapter's ledger decides).
 */
export function createServer(
  adapter: { charges: unknown[]; balance?: () => { amountMinor: number } },
  body = seedBody(),
) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    // Paid for by our top-up, or by money that arrived from elsewhere (an admin).
    const funded = adapter.charges.length > 0 || (adapter.balance?.().amountMinor ?? 0) >= 450;
    return funded ? json(200, { rows: 42, url }) : json(402, body);
  });
}

/** A host page: one button that runs the query through the kit's fetch and shows the result. */
export function Host({
  intent = INTENT,
  label = 'Run query',
  resume,
}: {
  intent?: string;
  label?: string;
  /** 'confirm': after the top-up the work waits for "Continue". */
  resume?: 'confirm';
}) {
  const { fetch } = useRecovery();
  const [result, setResult] = React.useState('');
  return (
    <div>
      <button
        type="button"
        onClick={() =>
          fetch('/api/query', { intent, resume }).then(
            async (response) => setResult(`${label}: ${response.status} ${(await response.json()).rows}`),
            (error: Error) => setResult(`${label}: rejected ${error.name}`),
          )
        }
      >
        {label}
      </button>
      <output>{result}</output>
    </div>
  );
}

export type SetupOptions = {
  fake?: FakeBillingOptions;
  provider?: Partial<TopupProviderProps>;
  modal?: BalanceBlockedModalProps;
  body?: Record<string, unknown>;
  children?: React.ReactNode;
};

/** The modal in a provider over the fake adapter, with a host page and a scripted server. */
export function setup({ fake, provider, modal, body, children }: SetupOptions = {}) {
  // The account the 402 body describes: $1.20 left. The test's own options object goes to the fake,
  // which reads it at each call.
  const options = fake ?? {};
  options.balanceMinor ??= 120;
  const adapter = createFakeBillingAdapter(options);
  const server = createServer(adapter, body ? seedBody(body) : undefined);
  const events: RecoveryEvent[] = [];
  const user = userEvent.setup();
  const view = render(
    // One tab: test files run side by side in one origin, and must not share a conversation.
    <TopupProvider
      adapter={adapter}
      fetch={server}
      onEvent={(e) => events.push(e)}
      crossTab={false}
      {...provider}
    >
      {children ?? <Host />}
      <BalanceBlockedModal {...modal} />
    </TopupProvider>,
  );
  const topUps = () => adapter.calls.filter((c) => c.method === 'topUp');
  /** What each topUp call asked for, in order. */
  const requests = () => adapter.topUpRequests();
  return { adapter, server, events, user, topUps, requests, ...view };
}
