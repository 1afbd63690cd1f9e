// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BalanceBlockedModal } from '../../src/components/balance-blocked-modal';
import { OneClickTopUp } from '../../src/components/one-click-top-up';
import { createRecovery, InsufficientBalanceError } from '../../src/core';
import { TopupProvider, useBalance, useRecovery } from '../../src/react';
import { createFakeBillingAdapter } from '../../src/testing';

function Balance() {
  const { status } = useBalance();
  return <p>balance {status}</p>;
}

describe('server rendering', () => {
  it('renders the provider, modal and top-up without a window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <TopupProvider adapter={createFakeBillingAdapter({ balanceMinor: 120 })} socialProof={{ text: 'x' }}>
        <Balance />
        <OneClickTopUp />
        <BalanceBlockedModal revealDelayMs={400} />
      </TopupProvider>,
    );
    expect(html).toMatch(/balance (<!-- -->)?loading/);
    expect(html).toContain('Top up $10.00');
    expect(html).toContain('data-state="idle"');
  });

  it('renders while a conversation is open: the state is in the HTML, the dialog portals on the client', () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const recovery = createRecovery({ adapter });
    const waiting = recovery
      .block(new InsufficientBalanceError({ httpStatus: 402, serverMessage: 'Recharge', raw: {} }), {
        intent: 'Monthly revenue',
      })
      .catch((error: unknown) => error);
    const html = renderToString(
      <TopupProvider adapter={adapter} recovery={recovery}>
        <Conversation />
        <BalanceBlockedModal />
      </TopupProvider>,
    );
    expect(html).toMatch(/conversation (<!-- -->)?blocked(<!-- -->)?: (<!-- -->)?Monthly revenue/);
    // Radix mounts its portal after hydration: nothing of the dialog is in the server's HTML, so
    // the first client render matches it.
    expect(html).not.toContain('role="dialog"');
    expect(html).not.toContain('Your balance ran out');
    recovery.dismiss();
    return waiting;
  });
});

function Conversation() {
  const { status, intents } = useRecovery();
  return (
    <p>
      conversation {status}: {intents.join(', ')}
    </p>
  );
}
