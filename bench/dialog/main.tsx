// The bench page: the kit's modal and a bare Radix dialog side by side, each opened by a 402.
// window.bench.kit() / .bare() resolve with the milliseconds from the 402 Response to the dialog
// being in the DOM (`total`; `observed`: when a MutationObserver heard of it), to the first frame
// with it focused (`frame`), and to the moment the
// 402 was understood (`before`: the kit's store opened the conversation / the bare path parsed the
// JSON); window.bench.reset*() close them again.
import * as DialogPrimitive from '@radix-ui/react-dialog';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { BalanceBlockedModal } from '../../src/components/balance-blocked-modal';
import type { BillingAdapter } from '../../src/core';
import { TopupProvider, useKit } from '../../src/react';
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

// The moment the server's 402 exists: both paths start their clock here.
let started = 0;
// When the store heard of it (detection done), and when the bare path had the body parsed.
let blocked = 0;
let parsed = 0;
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

// When the watched dialog entered the document, taken by the insertion itself. A MutationObserver
// hears of it only at the next microtask checkpoint — after everything else the same task runs: a
// store update (useSyncExternalStore) renders synchronously and runs its effects, Radix's focus move
// with its style and layout pass included, before that checkpoint, while a plain setState runs them
// a task later. So the observer alone would charge one path for work the other does after it.
// Both paths go through the same two patched methods, which React uses for every insertion.
let watched: { selector: string; at?: number } | undefined;
for (const name of ['appendChild', 'insertBefore'] as const) {
  const native = Node.prototype[name] as (this: Node, ...args: unknown[]) => Node;
  Object.defineProperty(Node.prototype, name, {
    configurable: true,
    writable: true,
    value(this: Node, node: Node, ...rest: unknown[]) {
      const result = native.call(this, node, ...rest);
      if (
        watched &&
        watched.at === undefined &&
        this.isConnected &&
        node instanceof Element &&
        (node.matches(watched.selector) || node.querySelector(watched.selector))
      )
        watched.at = performance.now();
      return result;
    },
  });
}

/**
 * Resolves with the time the first element matching `selector` entered the DOM, and the time of
 * the first animation frame after that with focus inside it (what the user can first see and use).
 */
function appeared(selector: string): Promise<{ dom: number; observed: number; frame: number }> {
  const watch: { selector: string; at?: number } = { selector };
  watched = watch;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const dialog = document.querySelector(selector);
      if (!dialog) return;
      observer.disconnect();
      watched = undefined;
      const observed = performance.now();
      // The observer's own time only if the insertion went by another route.
      const dom = Math.min(watch.at ?? observed, observed);
      const frame = () =>
        dialog.contains(document.activeElement)
          ? resolve({ dom, observed, frame: performance.now() })
          : requestAnimationFrame(frame);
      requestAnimationFrame(frame);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

function gone(selector: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (document.querySelector(selector) ? requestAnimationFrame(check) : resolve());
    check();
  });
}

const controls: { kit?: () => void; dismiss?: () => void; bare?: (open: boolean) => void } = {};

function KitHost() {
  const { fetch, recovery } = useKit();
  controls.kit = () => {
    fetch('/api/query', { intent: 'Run query “Monthly revenue”' }).catch(() => {});
  };
  controls.dismiss = () => recovery.dismiss();
  React.useEffect(
    () =>
      recovery.onEvent((event) => {
        if (event.type === 'blocked') blocked = performance.now();
      }),
    [recovery],
  );
  return null;
}

/** What an app would write by hand: read the 402's message, open a Radix dialog with it. */
function BareHost() {
  const [message, setMessage] = React.useState<string>();
  controls.bare = (open) => {
    if (!open) return setMessage(undefined);
    server().then(async (response) => {
      if (response.status !== 402) return;
      const body = (await response.json()) as { message: string };
      parsed = performance.now();
      setMessage(body.message);
    });
  };
  return (
    <DialogPrimitive.Root
      open={message !== undefined}
      onOpenChange={(open) => !open && setMessage(undefined)}
    >
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="tk:fixed tk:inset-0 tk:bg-overlay" />
        <DialogPrimitive.Content data-bare="" className="tk:fixed tk:top-1/2 tk:left-1/2 tk:bg-card tk:p-6">
          <DialogPrimitive.Title>Your balance ran out</DialogPrimitive.Title>
          <DialogPrimitive.Description>{message}</DialogPrimitive.Description>
          <button type="button">Top up $5.00</button>
          <DialogPrimitive.Close>Not now</DialogPrimitive.Close>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <TopupProvider adapter={adapter} fetch={server}>
    <KitHost />
    <BalanceBlockedModal />
    <BareHost />
  </TopupProvider>,
);

const KIT = '[role="dialog"][data-step]';
const BARE = '[role="dialog"][data-bare]';

Object.assign(window, {
  bench: {
    ready: () => !!controls.kit && !!controls.bare,
    async kit() {
      const done = appeared(KIT);
      controls.kit?.();
      const at = await done;
      return {
        total: at.dom - started,
        observed: at.observed - started,
        frame: at.frame - started,
        before: blocked - started,
      };
    },
    async resetKit() {
      controls.dismiss?.();
      await gone(KIT);
    },
    async bare() {
      const done = appeared(BARE);
      controls.bare?.(true);
      const at = await done;
      return {
        total: at.dom - started,
        observed: at.observed - started,
        frame: at.frame - started,
        before: parsed - started,
      };
    },
    async resetBare() {
      controls.bare?.(false);
      await gone(BARE);
    },
  },
});
