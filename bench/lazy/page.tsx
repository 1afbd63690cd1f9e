// One bench page: a provider, the modal under test and a host whose fetch meets the seed 402.
// window.bench.block() resolves with the milliseconds from the 402 Response to the COMPLETE
// dialog: its heading focused, the primary action ready ("Top up …", not busy), "Not now" there.
import type * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { BillingAdapter } from '../../src/core';
import { TopupProvider, useRecovery } from '../../src/react';
import '../../src/styles/index.css';

const BODY = JSON.stringify({
  code: 40203,
  name: 'InsufficientBalanceError',
  message: 'Account balance not enough to run this query, please recharge',
  balance_minor: 120,
  required_minor: 450,
  currency: 'USD',
  request_id: 'req_bench',
});

let started = 0;
const server = async () => {
  started = performance.now();
  return new Response(BODY, { status: 402, headers: { 'content-type': 'application/json' } });
};

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
const adapter: BillingAdapter = {
  getBalance: async () => ({ balance: usd(120) }),
  topUp: async ({ amount }) => ({ status: 'succeeded', balance: amount }),
  listPaymentMethods: async () => [{ id: 'pm_visa', brand: 'Visa', last4: '4242', isDefault: true }],
};

function isComplete(): boolean {
  const dialog = document.querySelector('[role="dialog"]');
  const focused = document.activeElement;
  if (!dialog || !focused || !dialog.contains(focused) || !/^H[1-6]$/.test(focused.tagName)) return false;
  const buttons = [...dialog.querySelectorAll('button')];
  const primary = buttons.some(
    (b) => (b.textContent ?? '').startsWith('Top up $') && !b.hasAttribute('aria-busy') && !b.disabled,
  );
  return primary && buttons.some((b) => b.textContent === 'Not now');
}

/** Resolves at the first mutation or focus change after which the dialog is complete. */
function completed(): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (!isComplete()) return;
      const at = performance.now();
      observer.disconnect();
      document.removeEventListener('focusin', check, true);
      resolve(at - started);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    document.addEventListener('focusin', check, true);
  });
}

let run: (() => void) | undefined;
function Host() {
  const { fetch } = useRecovery();
  run = () => {
    fetch('/api/query', { intent: 'Monthly revenue' }).catch(() => {});
  };
  return null;
}

declare global {
  interface Window {
    bench: { ready: boolean; block: () => Promise<number>; requestedChunks: () => number };
  }
}

export function mount(Modal: React.ComponentType, prefetch: () => Promise<void>) {
  // Cold: a page that never had an idle moment before its 402 (the shell's fallback timer is far
  // longer than a run), so the conversation chunk is fetched on the block itself.
  if (new URLSearchParams(location.search).has('cold')) window.requestIdleCallback = () => 0;
  window.bench = {
    ready: false,
    /** Scripts fetched after the page's own (the lazy conversation chunk, once requested). */
    requestedChunks: () =>
      performance.getEntriesByType('resource').filter((entry) => /\/assets\/.*\.js$/.test(entry.name)).length,
    block: () => {
      const done = completed();
      run?.();
      return done;
    },
  };
  createRoot(document.getElementById('root') as HTMLElement).render(
    <TopupProvider adapter={adapter} fetch={server} crossTab={false}>
      <Host />
      <Modal />
    </TopupProvider>,
  );
  // Prefetched: wait two frames after the load, so the shell's state update commits first. Cold:
  // block at the first frame after the page rendered, before the browser's idle moment.
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const prefetched = new URLSearchParams(location.search).has('prefetched');
  const settle = prefetched ? prefetch().then(frame).then(frame) : frame();
  settle.then(() => {
    window.bench.ready = true;
  });
}
