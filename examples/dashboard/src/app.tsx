import * as React from 'react';
import {
  BalanceBlockedModal,
  createHttpBillingAdapter,
  LowBalanceBanner,
  OneClickTopUp,
  ThresholdAlertSettings,
  TopupProvider,
  UsageSummary,
  useBalance,
  useFormat,
  useRecoverySelector,
} from '../../../src';
import { type Copy, fill } from './copy';
import { QueriesPage, type RunState } from './queries-page';
import { type LocaleKey, locales, preferences, type Theme, themes } from './settings';

// Relative: the dev server and the preview proxy /billing to the billing server (vite.config.ts).
const adapter = createHttpBillingAdapter({ baseUrl: '/billing' });
const pageKeys = ['queries', 'usage', 'billing'] as const;
// What the billing server accepts (its maxTopUpMinor): said up front in every amount field.
const topUpLimits = {
  min: { amountMinor: 100, currency: 'USD' },
  max: { amountMinor: 1_000_000, currency: 'USD' },
};
type Page = (typeof pageKeys)[number] | 'bank-return';

function readPage(): Page {
  const page = window.location.hash.replace('#/', '');
  return page === 'bank-return' || (pageKeys as readonly string[]).includes(page)
    ? (page as Page)
    : 'queries';
}

function usePage(): Page {
  const [page, setPage] = React.useState(readPage);
  React.useEffect(() => {
    const onHash = () => setPage(readPage());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return page;
}

/**
 * Opens the bank's 3-D Secure page in a new tab. The billing server plays the bank; it is proxied
 * under this app's origin, so its page can send the user back here (a relative `return`) to a page
 * that says where the work resumes — as a real payment provider redirects to a return URL.
 */
export function openBankPage(actionUrl: string) {
  const url = new URL(actionUrl, window.location.href);
  const target = url.pathname.startsWith('/3ds/') ? new URL(url.pathname, window.location.origin) : url;
  if (target.origin === window.location.origin) target.searchParams.set('return', '/#/bank-return');
  window.open(target.href, '_blank', 'noopener');
}

export function App() {
  const [theme, setTheme] = React.useState<Theme>(preferences.theme);
  const [localeKey, setLocaleKey] = React.useState<LocaleKey>(preferences.locale);
  React.useEffect(() => preferences.setTheme(theme), [theme]);
  React.useEffect(() => preferences.setLocale(localeKey), [localeKey]);
  const { locale, messages, copy } = locales[localeKey];
  const page = usePage();
  // Held here, above the pages: a query waiting for a top-up lands even while the user is on Billing.
  const runs = React.useState<Record<string, RunState>>({});

  if (page === 'bank-return') return <BankReturn copy={copy} />;

  return (
    <TopupProvider
      adapter={adapter}
      locale={locale}
      messages={messages}
      supportHref="mailto:support@acme.example"
      limits={topUpLimits}
    >
      <a className="skip-link" href="#main">
        {copy.skip}
      </a>
      <header className="topbar">
        <a className="brand" href="#/queries">
          Acme Query
        </a>
        <nav aria-label={copy.nav}>
          {pageKeys.map((p) => (
            <a key={p} href={`#/${p}`} aria-current={p === page ? 'page' : undefined}>
              {copy.pages[p]}
            </a>
          ))}
        </nav>
        <BalanceBadge copy={copy} />
        <label className="switcher">
          {copy.theme}
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {themes.map((t) => (
              <option key={t} value={t}>
                {copy.themes[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="switcher">
          {copy.language}
          <select value={localeKey} onChange={(e) => setLocaleKey(e.target.value as LocaleKey)}>
            {(Object.keys(locales) as LocaleKey[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {locales[l].label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        <h1 className="visually-hidden">{copy.pages[page]}</h1>
        {/* Inside a landmark, so its actions are never stray content; in the flow, so it never covers the forms. */}
        <LowBalanceBanner className="notice" reviewUsageHref="#/usage" />
        {page === 'queries' && <QueriesPage copy={copy} runs={runs} />}
        {page === 'usage' && (
          <div className="page">
            {/* Five saved and ad-hoc kinds of query: one holding over 30% of the spend stands out. */}
            <UsageSummary tipThreshold={0.3} />
          </div>
        )}
        {page === 'billing' && (
          <div className="page billing">
            <section aria-labelledby="add-funds" className="panel">
              <h2 id="add-funds">{copy.addFunds}</h2>
              <OneClickTopUp onAction={openBankPage} />
            </section>
            <section aria-labelledby="alerts" className="panel">
              <h2 id="alerts">{copy.alerts}</h2>
              <ThresholdAlertSettings warnOnUnsavedChanges />
            </section>
          </div>
        )}
      </main>
      <Modal />
    </TopupProvider>
  );
}

function Modal() {
  return (
    <BalanceBlockedModal
      onAction={openBankPage}
      // The settings live on the billing page: the modal sets the conversation aside (the query keeps
      // waiting, a small reminder says so) and a top-up there resumes it.
      onSetUpAlerts={() => {
        window.location.hash = '#/billing';
      }}
    />
  );
}

function BalanceBadge({ copy }: { copy: Copy }) {
  const { balance, status, refresh } = useBalance();
  const busy = useRecoverySelector((s) => s.status !== 'idle');
  // A pending payment shows as money on its way, and a settled one as the new balance.
  const outcome = useRecoverySelector((s) => s.outcome);
  React.useEffect(() => {
    if (outcome?.status === 'pending') void refresh();
  }, [outcome, refresh]);
  const { money } = useFormat();
  const pending = balance?.pending && balance.pending.amountMinor > 0 ? balance.pending : undefined;
  return (
    // Not a live region: the modal and the queries announce what changed; this just shows it.
    <p className="balance" aria-busy={busy || undefined}>
      {status === 'error'
        ? copy.balanceError
        : balance
          ? fill(copy.balance, { amount: money(balance.balance) })
          : copy.balanceLoading}
      {pending && <span className="muted"> · {fill(copy.balancePending, { amount: money(pending) })}</span>}
    </p>
  );
}

/** Where the bank's page sends the user back to (a new tab): points them to the tab they came from. */
function BankReturn({ copy }: { copy: Copy }) {
  React.useEffect(() => {
    // Closes the tab when the browser allows it (it opened by script); otherwise the text says what to do.
    window.close();
  }, []);
  return (
    <main id="main" className="bank-return">
      <h1>{copy.bankTitle}</h1>
      <p>{copy.bankBody}</p>
      <p>
        <a href="#/queries">{copy.bankLink}</a>
      </p>
    </main>
  );
}
