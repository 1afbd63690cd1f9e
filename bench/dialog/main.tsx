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

const controls: {
  kit?: () => void;
  dismiss?: () => void;
  hand?: (open: boolean) => void;
  unstyled?: (open: boolean) => void;
} = {};

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
  at: string;
};

// The kit's look, written out as literal class strings (what a host copying shadcn-style markup
// has): both dialogs cost the browser the same styles, so the difference is the kit's own work.
const BUTTON =
  'tk:relative tk:m-0 tk:inline-flex tk:items-center tk:font-sans tk:justify-center tk:gap-2 tk:whitespace-nowrap tk:rounded-md tk:font-medium tk:transition-colors tk:cursor-pointer tk:select-none tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring tk:focus-visible:ring-offset-2 tk:focus-visible:ring-offset-background tk:disabled:cursor-not-allowed tk:disabled:opacity-60 tk:aria-busy:cursor-progress';
const PRIMARY = `${BUTTON} tk:border-0 tk:bg-primary tk:text-primary-foreground tk:hover:bg-primary/90 tk:h-11 tk:px-6 tk:text-base tk:w-full`;
const SECONDARY = `${BUTTON} tk:border tk:border-input tk:bg-secondary tk:text-secondary-foreground tk:hover:bg-muted`;
const GHOST = `${BUTTON} tk:border-0 tk:bg-transparent tk:text-foreground tk:hover:bg-muted tk:h-10 tk:px-4 tk:text-sm`;
const LABEL = 'tk:inline-flex tk:items-center tk:gap-2';
const CONTENT =
  'tk:fixed tk:left-1/2 tk:top-1/2 tk:z-50 tk:flex tk:max-h-[calc(100dvh-2rem)] tk:w-[calc(100vw-2rem)] tk:max-w-lg tk:-translate-x-1/2 tk:-translate-y-1/2 tk:flex-col tk:gap-4 tk:overflow-y-auto tk:rounded-xl tk:border tk:border-border tk:bg-card tk:p-6 tk:text-card-foreground tk:shadow-xl tk:outline-none tk:text-start tk:min-h-[min(30rem,calc(100dvh-2rem))]';

/**
 * What an app would write by hand with Radix for the same content and look: read the 402, open a
 * dialog with the title, one sentence, what waits, three Intl-formatted amounts, the buttons and a
 * closed details — the heading focused, as the kit does.
 */
function HandHost({ look }: { look: 'kit' | 'none' }) {
  const [blocked, setBlocked] = React.useState<Blocked>();
  // Unstyled, the same markup shows what the styles alone cost the browser.
  const c = (classes: string) => (look === 'kit' ? classes : undefined);
  controls[look === 'kit' ? 'hand' : 'unstyled'] = (open) => {
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
        at: new Date().toISOString(),
      });
    });
  };
  const title = React.useRef<HTMLHeadingElement>(null);
  const format = blocked && new Intl.NumberFormat('en', { style: 'currency', currency: blocked.currency });
  const money = (minor: number) => format?.format(minor / 100) ?? '';
  const amounts = blocked && [
    ['Balance', blocked.balance],
    ['This needs about', blocked.required],
    ['Short by', blocked.required - blocked.balance],
  ];
  return (
    <DialogPrimitive.Root open={!!blocked} onOpenChange={(open) => !open && setBlocked(undefined)}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={c('tk:fixed tk:inset-0 tk:z-50 tk:bg-overlay')} />
        <DialogPrimitive.Content
          data-hand={look}
          data-tk-root=""
          className={c(CONTENT)}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            title.current?.focus();
          }}
          onInteractOutside={(event) => event.preventDefault()}
        >
          {blocked && (
            <>
              <div className={c('tk:flex tk:flex-col tk:gap-2')}>
                <DialogPrimitive.Title
                  ref={title}
                  tabIndex={-1}
                  className={c('tk:text-lg tk:font-semibold tk:leading-tight tk:outline-none')}
                >
                  Your balance isn't enough for {INTENT}
                </DialogPrimitive.Title>
                <DialogPrimitive.Description className={c('tk:text-sm tk:text-muted-foreground')}>
                  We paused <strong>{INTENT}</strong> instead of charging more than you've approved. It
                  resumes by itself as soon as your balance is topped up.
                </DialogPrimitive.Description>
              </div>
              <div className={c('tk:rounded-md tk:bg-muted tk:p-3 tk:text-sm')}>
                <p className={c('tk:m-0 tk:text-muted-foreground')}>Waiting to resume</p>
                <p className={c('tk:m-0 tk:font-semibold')}>{INTENT}</p>
              </div>
              <dl className={c('tk:m-0 tk:flex tk:flex-wrap tk:gap-x-6 tk:gap-y-2 tk:text-sm')}>
                {amounts?.map(([label, minor]) => (
                  <div key={label}>
                    <dt className={c('tk:text-muted-foreground')}>{label}</dt>
                    <dd className={c('tk:m-0 tk:font-semibold tk:tabular-nums')}>{money(minor as number)}</dd>
                  </div>
                ))}
              </dl>
              <div className={c('tk:flex tk:flex-col tk:gap-3')}>
                <button type="button" className={c(PRIMARY)}>
                  <span className={c(LABEL)}>Top up {money(500)}</span>
                </button>
                <p className={c('tk:m-0 tk:-mt-1 tk:text-center tk:text-sm tk:text-muted-foreground')}>
                  Charged to Visa •••• 4242
                </p>
                <button type="button" className={c(`${SECONDARY} tk:h-10 tk:px-4 tk:text-sm tk:w-full`)}>
                  <span className={c(LABEL)}>Choose another amount</span>
                </button>
              </div>
              <div
                className={c('tk:mt-auto tk:flex tk:flex-wrap tk:items-center tk:justify-between tk:gap-2')}
              >
                <span />
                <DialogPrimitive.Close className={c(GHOST)}>
                  <span className={c(LABEL)}>Not now</span>
                </DialogPrimitive.Close>
              </div>
              <details className={c('tk:rounded-md tk:border tk:border-border tk:text-sm')}>
                <summary
                  className={c(
                    'tk:cursor-pointer tk:rounded-md tk:px-3 tk:py-2 tk:font-medium tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring',
                  )}
                >
                  Technical details
                </summary>
                <div className={c('tk:flex tk:flex-col tk:items-start tk:gap-2 tk:px-3 tk:pb-3')}>
                  <code
                    className={c(
                      'tk:block tk:w-full tk:whitespace-pre-wrap tk:break-words tk:rounded-sm tk:bg-muted tk:p-2 tk:font-mono tk:text-xs tk:text-foreground',
                    )}
                  >
                    InsufficientBalanceError · HTTP 402 · code {blocked.code} · {blocked.message} · request{' '}
                    {blocked.requestId} · at {blocked.at}
                  </code>
                  <div className={c('tk:flex tk:flex-wrap tk:items-center tk:gap-3')}>
                    <button type="button" className={c(`${SECONDARY} tk:h-8 tk:px-3 tk:text-sm`)}>
                      <span className={c(LABEL)}>Copy details</span>
                    </button>
                    <span role="status" className={c('tk:text-sm tk:text-muted-foreground')} />
                  </div>
                </div>
              </details>
              <p role="status" className={c('tk:sr-only')} />
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
    <HandHost look="kit" />
    <HandHost look="none" />
  </TopupProvider>,
);

const KIT = '[role="dialog"][data-step]';
const HAND = '[role="dialog"][data-hand="kit"]';
const UNSTYLED = '[role="dialog"][data-hand="none"]';
const selectors = { kit: KIT, hand: HAND, unstyled: UNSTYLED };
type Which = keyof typeof selectors;

const time = async (selector: string, open: () => void) => {
  const done = completed(selector);
  open();
  const at = await done;
  return { complete: at.complete - started, frame: at.frame - started };
};

const open: Record<Which, () => void> = {
  kit: () => controls.kit?.(),
  hand: () => controls.hand?.(true),
  unstyled: () => controls.unstyled?.(true),
};
const close: Record<Which, () => void> = {
  kit: () => controls.dismiss?.(),
  hand: () => controls.hand?.(false),
  unstyled: () => controls.unstyled?.(false),
};

Object.assign(window, {
  bench: {
    // The kit's balance and payment methods are loaded once the page is up, as in an app.
    ready: () =>
      !!controls.kit &&
      !!controls.hand &&
      !!controls.unstyled &&
      document.readyState === 'complete' &&
      performance.now() > 500,
    run: (which: Which) => time(selectors[which], open[which]),
    async reset(which: Which) {
      close[which]();
      await gone(selectors[which]);
    },
    /** What stands when a dialog never becomes complete: its markup and what has focus. */
    state: (which: Which) => ({
      dialog: document.querySelector(selectors[which])?.outerHTML.slice(0, 3000),
      focused: document.activeElement?.outerHTML.slice(0, 200),
    }),
    /** The dialogs' words, to check they say the same things. */
    text: (which: Which) => document.querySelector(selectors[which])?.textContent,
  },
});
