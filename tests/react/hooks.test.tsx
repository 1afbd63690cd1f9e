import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRecovery, InsufficientBalanceError } from '../../src/core';
import {
  TopupProvider,
  useBalance,
  useControllableState,
  useKit,
  usePaymentMethods,
  useRecovery,
  useRecoverySelector,
} from '../../src/react';
import { createFakeBillingAdapter, type FakeBillingAdapter } from '../../src/testing';

const error = () =>
  new InsufficientBalanceError({
    httpStatus: 402,
    code: 40203,
    serverMessage: 'Not enough balance',
    raw: {},
  });

const renders = { balance: 0, status: 0, pair: 0 };

function BalanceReader() {
  renders.balance++;
  const { balance } = useBalance();
  return <p>balance {balance?.balance.amountMinor ?? '…'}</p>;
}

function StatusReader() {
  renders.status++;
  return <p>status {useRecoverySelector((s) => s.status)}</p>;
}

function Pair() {
  renders.pair++;
  const pair = useRecoverySelector(
    (s) => ({ status: s.status, waiting: s.waiting }),
    (a, b) => a.status === b.status && a.waiting === b.waiting,
  );
  return <p>{`${pair.status} ${pair.waiting}`}</p>;
}

function Reader() {
  const { balance, status } = useBalance();
  return <p>{`${status} ${balance?.balance.amountMinor ?? ''}`}</p>;
}

function Emitter() {
  const { emit } = useKit();
  return (
    <button type="button" onClick={() => emit({ type: 'alerts_saved' })}>
      save
    </button>
  );
}

function Probe({ seen }: { seen: Set<unknown> }) {
  seen.add(useKit());
  return null;
}

/** A host that passes fresh inline objects on every render. */
function InlineHost({ adapter, seen, n }: { adapter: FakeBillingAdapter; seen: Set<unknown>; n: number }) {
  return (
    <TopupProvider
      adapter={adapter}
      limits={{ min: { amountMinor: 500, currency: 'USD' } }}
      socialProof={{ text: 'Most teams set an alert.' }}
      messages={{ common: { notNow: 'Later' } }}
    >
      <Probe seen={seen} />
      {n}
    </TopupProvider>
  );
}

describe('useRecoverySelector / useBalance', () => {
  it('re-renders only the components that read what changed', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 500 });
    const recovery = createRecovery({ adapter });
    render(
      <TopupProvider adapter={adapter} recovery={recovery}>
        <BalanceReader />
        <StatusReader />
      </TopupProvider>,
    );
    expect(await screen.findByText('balance 500')).toBeInTheDocument();
    const before = { ...renders };
    adapter.setBalance(900);
    await act(() => recovery.refreshBalance());
    expect(screen.getByText('balance 900')).toBeInTheDocument();
    expect(renders.balance).toBeGreaterThan(before.balance);
    expect(renders.status).toBe(before.status);
  });

  it('keeps an equal selection when given isEqual, so new objects do not re-render', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const recovery = createRecovery({ adapter });
    render(
      <TopupProvider adapter={adapter} recovery={recovery}>
        <Pair />
      </TopupProvider>,
    );
    const before = renders.pair;
    await act(() => recovery.refreshBalance());
    expect(renders.pair).toBe(before);
    act(() => {
      recovery.block(error()).catch(() => {});
    });
    expect(screen.getByText('blocked 1')).toBeInTheDocument();
    act(() => recovery.dismiss());
  });

  it('loads the balance once however many components ask, and reports errors', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    render(
      <TopupProvider adapter={adapter}>
        <Reader />
        <Reader />
        <Reader />
      </TopupProvider>,
    );
    await waitFor(() => expect(screen.getAllByText('ready 120')).toHaveLength(3));
    expect(adapter.calls.filter((c) => c.method === 'getBalance')).toHaveLength(1);

    const failing = createFakeBillingAdapter({ balanceMinor: 120, failGetBalance: true });
    const { result } = renderHook(() => useBalance(), {
      wrapper: ({ children }) => <TopupProvider adapter={failing}>{children}</TopupProvider>,
    });
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('error'));
  });

  it('lists payment methods default first, and says when the adapter has none', async () => {
    const adapter = createFakeBillingAdapter({
      balanceMinor: 120,
      paymentMethods: [
        { id: 'a', brand: 'Amex', last4: '0005' },
        { id: 'b', brand: 'Visa', last4: '4242', isDefault: true },
      ],
    });
    const { result } = renderHook(() => usePaymentMethods(), {
      wrapper: ({ children }) => <TopupProvider adapter={adapter}>{children}</TopupProvider>,
    });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.methods.map((m) => m.id)).toEqual(['b', 'a']);

    const none = renderHook(() => usePaymentMethods(), {
      wrapper: ({ children }) => (
        <TopupProvider
          adapter={createFakeBillingAdapter({ balanceMinor: 120, without: ['listPaymentMethods'] })}
        >
          {children}
        </TopupProvider>
      ),
    });
    expect(none.result.current).toEqual({ methods: [], status: 'unsupported' });
  });
});

describe('useRecovery', () => {
  it('exposes the snapshot with fetch, topUp, dismiss and reconcile bound to the store', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const { result } = renderHook(() => useRecovery(), {
      wrapper: ({ children }) => <TopupProvider adapter={adapter}>{children}</TopupProvider>,
    });
    expect(result.current.status).toBe('idle');
    const { topUp } = result.current;
    const outcome = await act(() => topUp({ amountMinor: 1000, currency: 'USD' }));
    expect(outcome.status).toBe('succeeded');
    expect(adapter.charges).toHaveLength(1);
    await expect(result.current.reconcile()).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('resolves a fetch after the top-up with the replayed response', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const server = async () =>
      adapter.charges.length
        ? new Response('"ok"')
        : Response.json({ code: 40203, message: 'Recharge' }, { status: 402 });
    const { result } = renderHook(() => useRecovery(), {
      wrapper: ({ children }) => (
        <TopupProvider adapter={adapter} fetch={server}>
          {children}
        </TopupProvider>
      ),
    });
    let response: Promise<Response> | undefined;
    act(() => {
      response = result.current.fetch('/api/query', { intent: 'Run query' });
    });
    await waitFor(() => expect(result.current.status).toBe('blocked'));
    expect(result.current.intents).toEqual(['Run query']);
    expect(result.current.error?.code).toBe(40203);
    await act(() => result.current.topUp({ amountMinor: 500, currency: 'USD' }));
    await expect(response?.then((r) => r.json())).resolves.toBe('ok');
  });
});

describe('TopupProvider', () => {
  it('sends core and UI events to onEvent', async () => {
    const events: string[] = [];
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const recovery = createRecovery({ adapter });
    render(
      <TopupProvider adapter={adapter} recovery={recovery} onEvent={(e) => events.push(e.type)}>
        <Emitter />
      </TopupProvider>,
    );
    act(() => {
      recovery.block(error()).catch(() => {});
    });
    act(() => recovery.dismiss());
    act(() => screen.getByRole('button', { name: 'save' }).click());
    expect(events).toEqual(['blocked', 'dismissed', 'alerts_saved']);
  });

  it('keeps the context stable when a host re-renders with equal inline objects', () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    const seen = new Set<unknown>();
    const { rerender } = render(<InlineHost adapter={adapter} seen={seen} n={1} />);
    rerender(<InlineHost adapter={adapter} seen={seen} n={2} />);
    rerender(<InlineHost adapter={adapter} seen={seen} n={3} />);
    expect(seen.size).toBe(1);
  });

  it('explains a missing provider', () => {
    expect(() => renderHook(() => useKit())).toThrow(/wrap your app in <TopupProvider/);
  });
});

describe('useControllableState', () => {
  it('works controlled and uncontrolled', () => {
    const changes: number[] = [];
    const { result, rerender } = renderHook(
      ({ value }: { value?: number }) =>
        useControllableState({ prop: value, defaultProp: 1, onChange: (v) => changes.push(v) }),
      { initialProps: {} as { value?: number } },
    );
    act(() => result.current[1](2));
    expect(result.current[0]).toBe(2);
    rerender({ value: 5 });
    act(() => result.current[1]((v) => v + 1));
    expect(result.current[0]).toBe(5);
    expect(changes).toEqual([2, 6]);
  });
});

const grabbed: { topUp?: ReturnType<typeof useRecovery>['topUp'] } = {};
function Grab() {
  grabbed.topUp = useRecovery().topUp;
  return null;
}

describe('TopupProvider across a reload', () => {
  it('keeps an open top-up in sessionStorage: the same click after a reload reuses its key', async () => {
    sessionStorage.clear();
    const keys: string[] = [];
    const hung = createFakeBillingAdapter({ balanceMinor: 120 });
    hung.topUp = async (request) => {
      keys.push(request.idempotencyKey);
      return new Promise(() => {}); // the tab reloads before the bank answers
    };
    const first = render(
      <TopupProvider adapter={hung}>
        <Grab />
      </TopupProvider>,
    );
    void grabbed.topUp?.({ amountMinor: 2500, currency: 'USD' }, { paymentMethodId: 'pm_visa' });
    await waitFor(() => expect(keys).toHaveLength(1));
    first.unmount();

    const adapter = createFakeBillingAdapter({ balanceMinor: 120 });
    render(
      <TopupProvider adapter={adapter}>
        <Grab />
      </TopupProvider>,
    );
    const outcome = await grabbed.topUp?.(
      { amountMinor: 2500, currency: 'USD' },
      { paymentMethodId: 'pm_visa' },
    );
    expect(outcome?.idempotencyKey).toBe(keys[0]);
    expect(adapter.charges).toHaveLength(1);
    sessionStorage.clear();
  });
});
