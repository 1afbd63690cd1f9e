import * as React from 'react';
import { isInsufficientBalance, useRecovery } from '../../../src';
import { type QueryResult, type SavedQuery, savedQueries } from './queries';

type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: QueryResult }
  | { status: 'paused' }
  | { status: 'error'; message: string };

/** The "Acme Query" editor: saved queries, each run through the kit's recovering fetch. */
export function QueriesPage() {
  const { fetch, intents } = useRecovery();
  const [selected, setSelected] = React.useState<SavedQuery>(savedQueries[0] as SavedQuery);
  const [sql, setSql] = React.useState(selected.sql);
  const [runs, setRuns] = React.useState<Record<string, RunState>>({});

  const run = React.useCallback(
    async (query: SavedQuery, text = query.sql) => {
      setRuns((r) => ({ ...r, [query.id]: { status: 'running' } }));
      try {
        const response = await fetch('/api/query', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: query.name, sql: text }),
          // The modal mirrors this back to the user ("You were running Monthly revenue").
          intent: query.name,
          // Running a read-only query again is exactly what the user asked for.
          replay: true,
        });
        if (!response.ok) throw new Error(`The query failed (HTTP ${response.status}).`);
        const result = (await response.json()) as QueryResult;
        setRuns((r) => ({ ...r, [query.id]: { status: 'done', result } }));
      } catch (error) {
        setRuns((r) => ({
          ...r,
          [query.id]: isInsufficientBalance(error)
            ? { status: 'paused' }
            : { status: 'error', message: error instanceof Error ? error.message : String(error) },
        }));
      }
    },
    [fetch],
  );

  const state = runs[selected.id] ?? { status: 'idle' };
  const waiting = state.status === 'running' && intents.includes(selected.name);

  return (
    <div className="page queries">
      <aside className="saved" aria-label="Saved queries">
        <h2>Saved queries</h2>
        <ul>
          {savedQueries.map((query) => {
            const s = runs[query.id]?.status ?? 'idle';
            return (
              <li key={query.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={query.id === selected.id ? 'true' : undefined}
                  onClick={() => {
                    setSelected(query);
                    setSql(query.sql);
                  }}
                >
                  {query.name}
                </button>
                <span className={`pill pill-${s}`}>{statusLabel(s, intents.includes(query.name))}</span>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="button secondary"
          onClick={() => savedQueries.forEach((q) => void run(q))}
        >
          Run all saved queries
        </button>
      </aside>
      <section className="editor" aria-labelledby="editor-title">
        <h2 id="editor-title">{selected.name}</h2>
        <label htmlFor="sql">SQL</label>
        <textarea id="sql" value={sql} onChange={(e) => setSql(e.target.value)} rows={6} spellCheck={false} />
        <div className="row">
          <button
            type="button"
            className="button primary"
            onClick={() => void run(selected, sql)}
            disabled={state.status === 'running'}
          >
            Run
          </button>
          <span role="status" className="muted">
            {state.status === 'running' &&
              (waiting ? 'Waiting for your balance — it runs as soon as it is topped up.' : 'Running…')}
            {state.status === 'paused' &&
              'Not run: your balance ran out. Nothing was charged — run it again whenever you like.'}
            {state.status === 'error' && state.message}
            {state.status === 'done' && `${state.result.rows.length} rows`}
          </span>
        </div>
        {state.status === 'done' && <ResultTable result={state.result} />}
      </section>
    </div>
  );
}

function statusLabel(status: RunState['status'], waiting: boolean) {
  if (status === 'running') return waiting ? 'Waiting' : 'Running';
  return { idle: 'Not run', done: 'Done', paused: 'Paused', error: 'Failed' }[status];
}

function ResultTable({ result }: { result: QueryResult }) {
  return (
    <table className="result" aria-label={`Result of ${result.name}`}>
      <thead>
        <tr>
          {result.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.rows.map((row) => (
          <tr key={row.join('|')}>
            {row.map((cell, i) => (
              <td key={result.columns[i]}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
