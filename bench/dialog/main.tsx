// The bench page: the kit's modal and a Radix dialog written by hand with the same content, each
// opened by the same 402. window.bench.kit() / .hand() resolve with the milliseconds from the 402
// Response to the COMPLETE dialog — its heading focused, its primary action ready ("Top up …", not
// busy) and "Not now" present (`complete`) — and to the first animation frame after that (`frame`);
// window.bench.reset*() close them again. No cheaper "first node" figure: a dialog that is in the
// DOM but not yet whole does not count.
import * as DialogPrimitive from '@radix-ui/react-dialog';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { BalanceBlockedModal } from '../../src/components/balance-blocked-modal';
import type { BillingAdapter } from '../../src/core';
import { TopupProvider, useKit } from '../../src/react';
import '../../src/styles/index.css';

const INTENT = 'Monthly revenue';
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

/** The dialog is whole: heading focused, the primary action ready, "Not now" there. */
function isComplete(selector: string): boolean {
  const dialog = document.querySelector(selector);
  if (!dialog) return false;
  const focused = document.activeElement;
  if (!focused || !dialog.contains(focused) || !/^H[1-6]$/.test(focused.tagName)) return false;
  let primary = false;
  let notNow = false;
  for (const button of dialog.querySelectorAll('button')) {
    const label = button.textContent ?? '';
    if (label.startsWith('Top up $') && !button.hasAttribute('aria-busy') && !button.disabled) primary = true;
    if (label === 'Not now') notNow = true;
  }
  return primary && notNow;
}

/**
 * Resolves once the dialog matching `selector` is complete — checked synchronously after every
 * insertion into the document and every focus change (both paths go through the same patched
 * methods and events), and after any other mutation (an attribute, a text) at its microtask —
 * then at the first animation frame after that.
 */
let watch: { selector: string; at?: number; check: () => void } | undefined;
for (const name of ['appendChild', 'insertBefore'] as const) {
  const native = Node.prototype[name] as (this: Node, ...args: unknown[]) => Node;
  Object.defineProperty(Node.prototype, name, {
    configurable: true,
    writable: true,
    value(this: Node, ...args: unknown[]) {
      const result = native.apply(this, args);
      if (watch && this.isConnected) watch.check();
      return result;
    },
  });
}
document.addEventListener('focusin', () => watch?.check(), true);

function completed(selector: string): Promise<{ complete: number; frame: number }> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => current.check());
    const current = {
      selector,
      at: undefined as number | undefined,
      check() {
        if (current.at !== undefined || !isComplete(selector)) return;
        current.at = performance.now();
        watch = undefined;
        observer.disconnect();
        const at = current.at;
        requestAnimationFrame(() => resolve({ complete: at, frame: performance.now() }));
      },
    };
    watch = current;
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });
}

function gone(selector: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (document.querySelector(selector) ? requestAnimationFrame(check) : resolve());
    check();
  });
}

const controls: { kit?: () => void; dismiss?: () => void; hand?: (open: boolean) => void } = {};

let kitRuns = 0;

function KitHost() {
  const { fetch, recovery } = useKit();
  controls.kit = () => {
    // A new request each run: the same one again right after "Not now" is a client's own retry,
    // which the kit answers without asking again.
    fetch(`/api/query?run=${++kitRuns}`, { intent: INTENT }).catch(() => {});
  };
  controls.dismiss = () => recovery.dismiss();
  return null;
}

type Blocked = {
  message: string;
  code: number;
  requestId: string;
  balance: number;
  required: number;
  currency: string;
};

/**
 * What an app would write by hand with Radix for the same content: read the 402, open a dialog
 * with the title, one sentence, what waits, three Intl-formatted amounts, the buttons and a closed
 * details — the heading focused, as the kit does.
 */
function HandHost() {
  const [blocked, setBlocked] = React.useState<Blocked>();
  controls.hand = (open) => {
    if (!open) return setBlocked(undefined);
    server().then(async (response) => {
      if (response.status !== 402) return;
      const body = await response.json();
      setBlocked({
        message: body.message,
        code: body.code,
        requestId: body.request_id,
        balance: body.balance_minor,
        required: body.required_minor,
        currency: body.currency,
      });
    });
  };
  const title = React.useRef<HTMLHeadingElement>(null);
  const format = blocked && new Intl.NumberFormat('en', { style: 'currency', currency: blocked.currency });
  const money = (minor: number) => format?.format(minor / 100) ?? '';
  return (
    <DialogPrimitive.Root open={!!blocked} onOpenChange={(open) => !open && setBlocked(undefined)}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="tk:fixed tk:inset-0 tk:z-50 tk:bg-overlay" />
        <DialogPrimitive.Content
          data-hand=""
          data-tk-root=""
          className="tk:fixed tk:left-1/2 tk:top-1/2 tk:z-50 tk:flex tk:w-[calc(100vw-2rem)] tk:max-w-lg tk:-translate-x-1/2 tk:-translate-y-1/2 tk:flex-col tk:gap-4 tk:rounded-xl tk:border tk:border-border tk:bg-card tk:p-6 tk:text-card-foreground tk:shadow-xl tk:outline-none"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            title.current?.focus();
          }}
          onInteractOutside={(event) => event.preventDefault()}
        >
          {blocked && (
            <>
              <DialogPrimitive.Title ref={title} tabIndex={-1} className="tk:text-lg tk:font-semibold">
                Your balance isn't enough for {INTENT}
              </DialogPrimitive.Title>
              <DialogPrimitive.Description className="tk:text-sm tk:text-muted-foreground">
                We paused <strong>{INTENT}</strong> instead of charging more than you've approved. It resumes
                by itself as soon as your balance is topped up.
              </DialogPrimitive.Description>
              <div className="tk:rounded-md tk:bg-muted tk:p-3 tk:text-sm">
                <p className="tk:m-0 tk:text-muted-foreground">Waiting to resume</p>
                <p className="tk:m-0 tk:font-semibold">{INTENT}</p>
              </div>
              <dl className="tk:m-0 tk:flex tk:flex-wrap tk:gap-x-6 tk:text-sm">
                <div>
                  <dt>Balance</dt>
                  <dd className="tk:m-0 tk:font-semibold">{money(blocked.balance)}</dd>
                </div>
                <div>
                  <dt>This needs about</dt>
                  <dd className="tk:m-0 tk:font-semibold">{money(blocked.required)}</dd>
                </div>
                <div>
                  <dt>Short by</dt>
                  <dd className="tk:m-0 tk:font-semibold">{money(blocked.required - blocked.balance)}</dd>
                </div>
              </dl>
              <div className="tk:flex tk:flex-col tk:gap-3">
                <button type="button" className="tk:h-11 tk:w-full tk:rounded-md tk:bg-primary">
                  Top up {money(500)}
                </button>
                <p className="tk:m-0 tk:text-center tk:text-sm">Charged to Visa •••• 4242</p>
                <button type="button" className="tk:h-10 tk:w-full tk:rounded-md tk:border">
                  Choose another amount
                </button>
              </div>
              <div className="tk:flex tk:justify-end">
                <DialogPrimitive.Close className="tk:h-10 tk:rounded-md">Not now</DialogPrimitive.Close>
              </div>
              <details className="tk:rounded-md tk:border tk:text-sm">
                <summary className="tk:px-3 tk:py-2">Technical details</summary>
                <code>
                  HTTP 402 · code {blocked.code} · {blocked.message} · request {blocked.requestId}
                </code>
                <button type="button">Copy details</button>
              </details>
            </>
          )}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <TopupProvider adapter={adapter} fetch={server}>
    <KitHost />
    <BalanceBlockedModal />
    <HandHost />
  </TopupProvider>,
);

const KIT = '[role="dialog"][data-step]';
const HAND = '[role="dialog"][data-hand]';

const time = async (selector: string, open: () => void) => {
  const done = completed(selector);
  open();
  const at = await done;
  return { complete: at.complete - started, frame: at.frame - started };
};

Object.assign(window, {
  bench: {
    // The kit's balance and payment methods are loaded once the page is up, as in an app.
    ready: () =>
      !!controls.kit && !!controls.hand && document.readyState === 'complete' && performance.now() > 500,
    kit: () => time(KIT, () => controls.kit?.()),
    hand: () => time(HAND, () => controls.hand?.(true)),
    /** What stands when a dialog never becomes complete: its markup and what has focus. */
    state: (which: 'kit' | 'hand') => ({
      dialog: document.querySelector(which === 'kit' ? KIT : HAND)?.outerHTML.slice(0, 3000),
      focused: document.activeElement?.outerHTML.slice(0, 200),
    }),
    /** The two dialogs' words, to check they say the same things. */
    text: (which: 'kit' | 'hand') => document.querySelector(which === 'kit' ? KIT : HAND)?.textContent,
    async resetKit() {
      controls.dismiss?.();
      await gone(KIT);
    },
    async resetHand() {
      controls.hand?.(false);
      await gone(HAND);
    },
  },
});
