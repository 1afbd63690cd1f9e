import type { Money } from '../../core';
import { useBalanceBlockedModalFormat } from './messages';

export type WaitingWorkProps = {
  intents: readonly string[];
  count: number;
  balance?: Money;
  required?: Money;
  /** Some waiting request's need is unknown: `required` is the largest known, said as "at least". */
  atLeast?: boolean;
  shortfall?: Money;
};

/**
 * What waits and what it costs: the same block in every step, so the context never disappears
 * while the user pays (and the dialog keeps its size from step to step).
 */
export function WaitingWork({ intents, count, balance, required, atLeast, shortfall }: WaitingWorkProps) {
  const { messages, text, rich, money } = useBalanceBlockedModalFormat();
  const m = messages.modal;
  const intent = intents[0];
  const numbers = [
    [m.balance, balance],
    [atLeast ? m.requiredAtLeast : m.required, required],
    [m.shortfall, shortfall],
  ] as const;
  return (
    <>
      {(intent || count > 1) && (
        <div
          data-slot="tk-balance-blocked-modal-intents"
          className="tk:rounded-md tk:bg-muted tk:p-3 tk:text-sm"
        >
          {count > 1 ? (
            <>
              <p className="tk:m-0">{rich(m.waitingMany, { count })}</p>
              {intents.length > 0 && (
                <ul className="tk:m-0 tk:mt-1 tk:ps-5">
                  {intents.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <>
              <p className="tk:m-0 tk:text-muted-foreground">{text(m.waitingOne)}</p>
              <p className="tk:m-0 tk:font-semibold">{intent}</p>
            </>
          )}
        </div>
      )}
      {balance && (
        <dl
          data-slot="tk-balance-blocked-modal-numbers"
          className="tk:m-0 tk:flex tk:flex-wrap tk:gap-x-6 tk:gap-y-2 tk:text-sm"
        >
          {numbers.map(
            ([label, value]) =>
              value && (
                <div key={label}>
                  <dt className="tk:text-muted-foreground">{text(label)}</dt>
                  <dd className="tk:m-0 tk:font-semibold tk:tabular-nums">{money(value)}</dd>
                </div>
              ),
          )}
        </dl>
      )}
    </>
  );
}
