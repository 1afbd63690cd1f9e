// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BalanceBlockedModal } from '../../src/components/balance-blocked-modal';
import { OneClickTopUp } from '../../src/components/one-click-top-up';
import { createRecovery, InsufficientBalanceError } from '../../src/core';
import { TopupProvider, useBalance } from '../../src/react';
import { createFakeAdapter } from '../support/fake-adapter';

function Balance() {
  const { status } = useBalance();
  return <p>balance {status}</p>;
}

describe('server rendering', () => {
  it('renders the provider, modal and top-up without a window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <TopupProvider adapter={createFakeAdapter()} socialProof={{ text: 'x' }}>
        <Balance />
        <OneClickTopUp />
        <BalanceBlockedModal revealDelayMs={400} />
      </TopupProvider>,
    );
    expect(html).toMatch(/balance (<!-- -->)?loading/);
    expect(html).toContain('Top up $10.00');
    expect(html).toContain('data-state="idle"');
  });

  it('renders while a conversation is open (the dialog portals on the client)', () => {
    const adapter = createFakeAdapter();
    const recovery = createRecovery({ adapter });
    recovery
      .block(new InsufficientBalanceError({ httpStatus: 402, serverMessage: 'Recharge', raw: {} }))
      .catch(() => {});
    expect(() =>
      renderToString(
        <TopupProvider adapter={adapter} recovery={recovery}>
          <BalanceBlockedModal />
        </TopupProvider>,
      ),
    ).not.toThrow();
    recovery.dismiss();
  });
});
