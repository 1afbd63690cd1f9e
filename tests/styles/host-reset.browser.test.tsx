// The kit looks the same in any host: its parts compute the same styles with no reset, under
// Tailwind's preflight (as a Tailwind v4 host layers it), under modern-normalize, under a host's
// `* { box-sizing: content-box }` and under shadcn-style globals; and the host's own elements
// compute the same with and without the kit's stylesheet.
import { render, screen, within } from '@testing-library/react';
import normalizeCss from 'modern-normalize/modern-normalize.css?raw';
import preflightRaw from 'tailwindcss/preflight.css?raw';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { BalanceBlockedModal } from '../../src/components/balance-blocked-modal';
import { LowBalanceBanner } from '../../src/components/low-balance-banner';
import { OneClickTopUp } from '../../src/components/one-click-top-up';
import { ThresholdAlertSettings } from '../../src/components/threshold-alert-settings';
import { Button, Field, Input } from '../../src/components/ui';
import { UsageSummary } from '../../src/components/usage-summary';
import { InsufficientBalanceError } from '../../src/core';
import { TopupProvider, useKit } from '../../src/react';
import { createFakeBillingAdapter, sampleUsage } from '../../src/testing';

// Preflight as Tailwind compiles it: `--theme(--x, fallback)` becomes the fallback (no theme here).
const preflight = preflightRaw.replace(/--theme\(--[\w-]+,\s*([^;]*?)\)\s*;/g, '$1;');
const hosts: Record<string, string> = {
  'Tailwind v4 preflight': `@layer theme, base, components, utilities;\n@layer base {\n${preflight}\n}`,
  'modern-normalize': normalizeCss,
  '* { box-sizing: content-box }': '* { box-sizing: content-box; }',
  'shadcn globals': `@layer theme, base, components, utilities;
    @layer base {\n${preflight}\n
      * { border-color: #e5e5e5; outline-color: rgb(161 161 161 / 0.5); }
      body { background-color: #fff; color: #0a0a0a; }
    }`,
};

/** The properties a reset touches, plus the box every part ends up with. */
const PROPERTIES = [
  'box-sizing',
  'display',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-top-color',
  'border-top-left-radius',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'color',
  'background-color',
  'list-style-type',
  'text-decoration-line',
  'vertical-align',
  'appearance',
  'opacity',
  'border-collapse',
  'text-indent',
] as const;

type Snapshot = Map<string, Record<string, string>>;

/** Every element's computed styles and box size, keyed by its place in the document. */
function snapshot(elements: Element[]): Snapshot {
  const result: Snapshot = new Map();
  elements.forEach((element, index) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const slot = element.getAttribute('data-slot');
    const type = element.getAttribute('type');
    const key = `${index} <${element.tagName.toLowerCase()}${type ? ` type="${type}"` : ''}${slot ? ` data-slot="${slot}"` : ''}>`;
    const values: Record<string, string> = { width: box.width.toFixed(1), height: box.height.toFixed(1) };
    for (const property of PROPERTIES) values[property] = style.getPropertyValue(property);
    result.set(key, values);
  });
  return result;
}

/** "key: property a → b" for every difference, so a failure names the part and the property. */
function differences(expected: Snapshot, actual: Snapshot): string[] {
  const lines: string[] = [];
  for (const [key, values] of expected) {
    const other = actual.get(key);
    if (!other) {
      lines.push(`${key}: missing`);
      continue;
    }
    for (const [property, value] of Object.entries(values))
      if (other[property] !== value) lines.push(`${key}: ${property} ${value} → ${other[property]}`);
  }
  return lines;
}

function withHostCss<T>(css: string, read: () => T): T {
  const style = document.createElement('style');
  style.dataset.host = '';
  style.textContent = css;
  // After the kit's stylesheet: the host wins every tie it can.
  document.head.append(style);
  try {
    return read();
  } finally {
    style.remove();
  }
}

const kitParts = () => [...document.querySelectorAll('[data-tk-root], [data-tk-root] *')];

function BlockOnMount() {
  const { recovery } = useKit();
  return (
    <Button
      variant="secondary"
      onClick={() =>
        recovery
          .block(
            new InsufficientBalanceError({
              httpStatus: 402,
              code: 40203,
              serverMessage: 'Account balance not enough to run this query, please recharge',
              balance: { amountMinor: 120, currency: 'USD' },
              required: { amountMinor: 450, currency: 'USD' },
              requestId: 'req_8f2c41',
              raw: {},
            }),
            { intent: 'Monthly revenue', retry: async () => 'done' },
          )
          .catch(() => undefined)
      }
    >
      Run
    </Button>
  );
}

async function renderEveryComponent() {
  const adapter = createFakeBillingAdapter({
    balanceMinor: 120,
    usage: sampleUsage(30, { end: new Date() }),
  });
  render(
    <TopupProvider adapter={adapter} locale="en-US">
      <div data-tk-root="">
        <BlockOnMount />
        <Field label="Amount" hint="Between $5.00 and $500.00." error="Enter an amount of at least $5.00.">
          {(control) => <Input {...control} placeholder="25.00" />}
        </Field>
      </div>
      <LowBalanceBanner threshold={{ amountMinor: 2000, currency: 'USD' }} />
      <OneClickTopUp />
      <ThresholdAlertSettings />
      <UsageSummary />
      <BalanceBlockedModal />
    </TopupProvider>,
  );
  await screen.findByRole('region', { name: /balance/i });
  await screen.findByRole('switch', { name: 'Auto-recharge' });
  await userEvent.click(screen.getByRole('button', { name: 'Run' }));
  const dialog = await screen.findByRole('dialog', { name: /^Your balance isn't enough for / });
  await userEvent.click(within(dialog).getByText('Technical details'));
  return dialog;
}

describe('the same look under any host reset (Chromium)', () => {
  it('every part of every component computes the same styles in every host', async () => {
    await page.viewport(1024, 768);
    const dialog = await renderEveryComponent();
    const parts = kitParts();
    expect(parts.length).toBeGreaterThan(150);
    const bare = snapshot(parts);
    // Sanity: with no reset at all, the kit's own base already applies.
    const title = within(dialog).getByRole('heading', { name: /^Your balance isn't enough for / });
    expect(getComputedStyle(title).marginTop).toBe('0px');
    expect(getComputedStyle(title).marginBottom).toBe('0px');
    // max-w-lg (32rem), border and padding inside it, whatever the host's box-sizing.
    expect(dialog.getBoundingClientRect().width).toBe(512);
    for (const [host, css] of Object.entries(hosts)) {
      const dressed = withHostCss(css, () => snapshot(kitParts()));
      expect(differences(bare, dressed), host).toEqual([]);
    }
  });
});

function HostPage() {
  return (
    <main data-testid="host">
      <h1>Billing</h1>
      <h2>Invoices</h2>
      <p>
        Paid with <a href="/cards">Visa</a> <strong>4242</strong> <small>(default)</small> <code>inv_1</code>
      </p>
      <ul>
        <li>October</li>
      </ul>
      <dl>
        <dt>Plan</dt>
        <dd>Team</dd>
      </dl>
      <fieldset>
        <legend>Contact</legend>
        <label>
          Email <input type="email" placeholder="you@example.com" />
        </label>
        <input type="checkbox" aria-label="Subscribe" />
        <select aria-label="Country">
          <option>Germany</option>
        </select>
      </fieldset>
      <table>
        <tbody>
          <tr>
            <th>Total</th>
            <td>$5.00</td>
          </tr>
        </tbody>
      </table>
      <details>
        <summary>More</summary>
      </details>
      <button type="button">Save</button>
      <div style={{ padding: 8, border: '2px solid', width: 200 }}>Box</div>
    </main>
  );
}

describe("the host's own elements are untouched by the kit's stylesheet (Chromium)", () => {
  const kitSheet = () => {
    const sheet = [...document.styleSheets].find((s) =>
      [...s.cssRules].some((rule) => rule.cssText.includes('tk-base')),
    );
    if (!sheet) throw new Error("The kit's stylesheet is not in the page.");
    return sheet;
  };

  it.each([['no reset', ''], ...Object.entries(hosts)])('%s', (_host, css) => {
    render(<HostPage />);
    const hostParts = () => [
      document.documentElement,
      document.body,
      ...document.querySelectorAll('[data-testid="host"], [data-testid="host"] *'),
    ];
    withHostCss(css, () => {
      const sheet = kitSheet();
      const withKit = snapshot(hostParts());
      sheet.disabled = true;
      try {
        expect(differences(snapshot(hostParts()), withKit)).toEqual([]);
      } finally {
        sheet.disabled = false;
      }
    });
  });
});
