import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RecoveryEvent } from '../src/core';
import { BalanceBlockedModal, preloadBalanceBlockedModal } from '../src/lazy';
import { TopupProvider } from '../src/react';
import { createFakeBillingAdapter } from '../src/testing';
import { createServer, Host } from './components/balance-blocked-modal/fixture';

function setup() {
  const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
  const events: RecoveryEvent[] = [];
  const user = userEvent.setup();
  const view = render(
    <TopupProvider
      adapter={adapter}
      fetch={createServer(adapter)}
      onEvent={(e) => events.push(e)}
      crossTab={false}
    >
      <Host />
      <BalanceBlockedModal />
    </TopupProvider>,
  );
  return { user, events, ...view };
}

/** The dialog as a user first meets it: whole, in the commit that put it in the document. */
async function dialogWhole() {
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByRole('heading', { level: 2 })).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: /^Top up \$/ })).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Not now' })).toBeInTheDocument();
  expect(within(dialog).getByText('Technical details')).toBeInTheDocument();
  return dialog;
}

afterEach(() => vi.unstubAllGlobals());

// Order matters in this file: the first test meets a page where the conversation is not loaded yet.
describe('topup-kit/lazy BalanceBlockedModal', () => {
  it('a 402 before the idle prefetch loads the conversation, which appears whole; "Not now" closes it', async () => {
    const { user, events } = setup();
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    const dialog = await dialogWhole();
    expect(within(dialog).getAllByText(/Monthly revenue/).length).toBeGreaterThan(0);
    expect(events.filter((event) => event.type === 'blocked_shown')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('Run query: rejected InsufficientBalanceError')).toBeInTheDocument();
  });

  it('prefetches when the browser is idle, and loads the very modal the eager entry exports', async () => {
    const idle: (() => void)[] = [];
    const requestIdleCallback = vi.fn((task: () => void) => idle.push(task));
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    // A fresh page: the modules again, with nothing loaded yet.
    vi.resetModules();
    const lazy = await import('../src/lazy');
    const react = await import('../src/react');
    const eager = await import('../src/components/balance-blocked-modal');
    const { unmount } = render(
      <react.TopupProvider adapter={createFakeBillingAdapter()} crossTab={false}>
        <lazy.BalanceBlockedModal />
      </react.TopupProvider>,
    );
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 5000 });
    for (const task of idle) task();
    expect(await lazy.preloadBalanceBlockedModal()).toBe(eager.BalanceBlockedModal);
    unmount();
  }, 30_000); // A fresh module graph is transformed again: slow on a busy machine.

  it('once loaded, a later page shows the conversation whole on its first 402', async () => {
    await preloadBalanceBlockedModal();
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Run query' }));
    await dialogWhole();
  });
});
