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
} from '../../../src';
import { QueriesPage } from './QueriesPage';
import { type LocaleKey, locales, preferences, type Theme, themes } from './settings';

const adapter = createHttpBillingAdapter({ baseUrl: '/billing' });
const pages = { queries: 'Queries', usage: 'Usage', billing: 'Billing' } as const;
type Page = keyof typeof pages;

function readPage(): Page {
  const page = window.location.hash.replace('#/', '');
  return page in pages ? (page as Page) : 'queries';
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

export function App() {
  const [theme, setTheme] = React.useState<Theme>(preferences.theme);
  const [localeKey, setLocaleKey] = React.useState<LocaleKey>(preferences.locale);
  React.useEffect(() => preferences.setTheme(theme), [theme]);
  React.useEffect(() => preferences.setLocale(localeKey), [localeKey]);
  const { locale, messages } = locales[localeKey];
  const page = usePage();

  return (
    <TopupProvider
      adapter={adapter}
      locale={locale}
      messages={messages}
      supportHref="mailto:support@acme.example"
    >
      <header className="topbar">
        <a className="brand" href="#/queries">
          Acme Query
        </a>
        <nav aria-label="Main">
          {(Object.keys(pages) as Page[]).map((p) => (
            <a key={p} href={`#/${p}`} aria-current={p === page ? 'page' : undefined}>
              {pages[p]}
            </a>
          ))}
        </nav>
        <BalanceBadge />
        <label className="switcher">
          Theme
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {themes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label className="switcher">
          Language
          <select value={localeKey} onChange={(e) => setLocaleKey(e.target.value as LocaleKey)}>
            {(Object.keys(locales) as LocaleKey[]).map((l) => (
              <option key={l} value={l}>
                {locales[l].label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <LowBalanceBanner variant="sticky" reviewUsageHref="#/usage" />
      <main id="main">
        <h1 className="visually-hidden">{pages[page]}</h1>
        {page === 'queries' && <QueriesPage />}
        {page === 'usage' && (
          <div className="page">
            <UsageSummary />
          </div>
        )}
        {page === 'billing' && (
          <div className="page billing">
            <section aria-labelledby="add-funds">
              <h2 id="add-funds">Add funds</h2>
              <OneClickTopUp />
            </section>
            <section aria-labelledby="alerts">
              <h2 id="alerts">Alerts and auto-recharge</h2>
              <ThresholdAlertSettings warnOnUnsavedChanges />
            </section>
          </div>
        )}
      </main>
      <BalanceBlockedModal onSetUpAlerts={() => window.location.assign('#/billing')} />
    </TopupProvider>
  );
}

function BalanceBadge() {
  const { balance, status } = useBalance();
  const format = useFormat();
  return (
    <output className="balance" aria-live="polite">
      {status === 'error'
        ? 'Balance unavailable'
        : balance
          ? `Balance ${format.money(balance.balance)}`
          : 'Balance …'}
    </output>
  );
}
