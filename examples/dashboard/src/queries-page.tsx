import * as React from 'react';
import { isInsufficientBalance, useBalance, useFormat, useRecovery } from '../../../src';
import { type Copy, fill } from './copy';
import { type QueryResult, type SavedQuery, savedQueries } from './queries';

export type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: QueryResult }
  | { status: 'paused' }
  | { status: 'error'; message: string };

export type Runs = [Record<string, RunState>, React.Dispatch<React.SetStateAction<Record<string, RunState>>>];

/**
 * The "Acme Query" editor: saved queries, each run through the kit's recovering fetch. The runs
 * live in the app (`runs`), so a run that waits for a top-up still lands while the user is on
 * another page.
 */
export function QueriesPage({ copy, runs: [runs, setRuns] }: { copy: Copy; runs: Runs }) {
  const { fetch, intents } = useRecovery();
  const { refresh } = useBalance();
  const { money, locale } = useFormat();
  const [selected, setSelected] = React.useState<SavedQuery>(savedQueries[0] as SavedQuery);
  const [drafts, setDrafts] = React.useState<Record<string, string>>({});
  const sql = drafts[selected.id] ?? selected.sql;

  const run = React.useCallback(
    async (query: SavedQuery, text = query.sql) => {
      setRuns((r) => ({ ...r, [query.id]: { status: 'running' } }));
      let next: RunState;
      try {
        const response = await fetch('/api/query', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          // The saved SQL is known to the server; edited SQL is billed as an ad-hoc run.
          body: JSON.stringify(text === query.sql ? { name: query.name } : { name: query.name, sql: text }),
          // The modal mirrors this back to the user ("Waiting to resume: Monthly revenue").
          intent: query.name,
          // Running a read-only query again is exactly what the user asked for.
          replay: true,
          // SQL the user edited is billed as an ad-hoc run (it may scan much more): after a top-up
          // it waits for their "Continue" instead of running by itself.
          resume: text === query.sql ? undefined : 'confirm',
        });
        next = response.ok
          ? { status: 'done', result: (await response.json()) as QueryResult }
          : { status: 'error', message: fill(copy.failed, { status: response.status }) };
      } catch (error) {
        // "Not now" rejects the waiting run with its 402: a calm pause, not a failure.
        next = isInsufficientBalance(error)
          ? { status: 'paused' }
          : { status: 'error', message: copy.offline };
      }
      setRuns((r) => ({ ...r, [query.id]: next }));
      // Each run is charged: keep the balance (and the low-balance banner) in step.
      if (next.status === 'done') void refresh();
    },
    [fetch, refresh, copy, setRuns],
  );

  const state = runs[selected.id] ?? { status: 'idle' };
  const stateOf = (query: SavedQuery): keyof Copy['state'] => {
    const s = runs[query.id]?.status ?? 'idle';
    return s === 'running' && intents.includes(query.name) ? 'waiting' : s;
  };
  const selectedState = stateOf(selected);
  const anyRunning = savedQueries.some((q) => runs[q.id]?.status === 'running');

  let message = '';
  if (selectedState === 'running') message = copy.running;
  if (selectedState === 'waiting') message = copy.waiting;
  if (state.status === 'paused') message = copy.paused;
  if (state.status === 'error') message = state.message;
  if (state.status === 'done')
    message = fill(copy.done, {
      rows: state.result.rows.length,
      cost: money(state.result.cost),
      balance: money(state.result.balance),
    });

  return (
    <div className="page queries">
      <section className="saved" aria-labelledby="saved-title">
        <h2 id="saved-title">{copy.saved}</h2>
        <ul>
          {savedQueries.map((query) => {
            const s = stateOf(query);
            return (
              <li key={query.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={query.id === selected.id ? 'true' : undefined}
                  onClick={() => setSelected(query)}
                >
                  {query.name}
                </button>
                <span className={`pill pill-${s}`}>{copy.state[s]}</span>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="button secondary"
          // aria-disabled, not disabled: focus stays (and comes back here when the modal closes).
          aria-disabled={anyRunning || undefined}
          onClick={() => {
            if (anyRunning) return;
            for (const q of savedQueries) void run(q, drafts[q.id]);
          }}
        >
          {copy.runAll}
        </button>
      </section>
      <section className="editor" aria-labelledby="editor-title">
        <h2 id="editor-title">{selected.name}</h2>
        <label htmlFor="sql">{copy.sql}</label>
        <textarea
          id="sql"
          value={sql}
          onChange={(e) => setDrafts((d) => ({ ...d, [selected.id]: e.target.value }))}
          rows={6}
          spellCheck={false}
        />
        <div className="row">
          <button
            type="button"
            className="button primary"
            aria-disabled={state.status === 'running' || undefined}
            onClick={() => state.status !== 'running' && void run(selected, sql)}
          >
            {copy.run}
          </button>
          {/* One polite region per editor: every change of this query's state is announced once. */}
          <p role="status" className={state.status === 'paused' ? 'note' : 'muted'}>
            {message}
            {state.status === 'paused' && (
              <>
                {' '}
                <a href="#/billing">{copy.addFunds}</a>
              </>
            )}
          </p>
        </div>
        {state.status === 'done' && (
          <ResultTable result={state.result} label={copy.resultOf} locale={locale} />
        )}
      </section>
    </div>
  );
}

function ResultTable({ result, label, locale }: { result: QueryResult; label: string; locale: string }) {
  return (
    <div className="table-scroll">
      <table className="result">
        <caption className="visually-hidden">{fill(label, { name: result.name })}</caption>
        <thead>
          <tr>
            {result.columns.map((c, i) => (
              <th key={c} scope="col" className={typeof result.rows[0]?.[i] === 'number' ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.join('|')}>
              {row.map((cell, i) => (
                <td key={result.columns[i]} className={typeof cell === 'number' ? 'num' : undefined}>
                  {typeof cell === 'number' ? cell.toLocaleString(locale) : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
