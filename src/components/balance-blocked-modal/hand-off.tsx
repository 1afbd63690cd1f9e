import { type Money, type WorkToConfirm, waitingNeeds } from '../../core';
import { useKitState, useRecoverySelector } from '../../react';
import { Button } from '../ui';
import { useBalanceBlockedModalFormat } from './messages';

/** What the work waiting for confirmation costs in all: the sum when every cost is known in one currency. */
export function totalCost(work: readonly WorkToConfirm[]): Money | undefined {
  const total = waitingNeeds(work.map(({ required }) => required));
  return total && !total.atLeast ? total.needs : undefined;
}

const noWork: readonly WorkToConfirm[] = [];

/**
 * The two steps where this tab does not pay: another tab of the account is paying ("other-tab"),
 * or the balance is topped up and work that asked for it waits for the user's go-ahead ("confirm").
 */
export function useHandOff(step: string) {
  const { recovery } = useKitState();
  const { messages, text, money } = useBalanceBlockedModalFormat();
  const m = messages.modal;
  const elsewhere = useRecoverySelector((s) => s.elsewhere);
  const work = useRecoverySelector((s) => s.toConfirm ?? noWork);
  const balance = useRecoverySelector((s) => s.outcome?.balance ?? s.balance?.balance);

  if (step === 'other-tab')
    return {
      title: text(m.otherTabTitle),
      description: elsewhere
        ? text(m.otherTab, { amount: money(elsewhere.amount) })
        : text(m.otherTabNoAmount),
    };
  if (step !== 'confirm') return undefined;

  const count = work.length;
  const intent = work.find((item) => item.intent)?.intent;
  const named = count > 1 || !!intent;
  const cost = totalCost(work);
  return {
    title: named ? text(m.confirmTitle, { count, intent }) : text(m.confirmTitleNoIntent),
    description: balance ? text(m.confirmBody, { balance: money(balance) }) : text(m.confirmBodyNoBalance),
    body: (
      <>
        {cost && (
          <dl data-slot="tk-balance-blocked-modal-cost" className="tk:m-0 tk:text-sm">
            <dt className="tk:text-muted-foreground">{text(m.confirmCost)}</dt>
            <dd className="tk:m-0 tk:font-semibold tk:tabular-nums">{money(cost)}</dd>
          </dl>
        )}
        {count > 1 && (
          <ul data-slot="tk-balance-blocked-modal-to-confirm" className="tk:m-0 tk:ps-5 tk:text-sm">
            {work.map(
              (item, index) =>
                item.intent && (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same words may name two waiting tasks.
                  <li key={index}>{item.intent}</li>
                ),
            )}
          </ul>
        )}
        {/* The store runs the work once: a second press finds nothing left to confirm. */}
        <Button size="lg" className="tk:w-full" onClick={() => recovery.confirmResume()}>
          {named ? text(m.confirmAction, { count, intent }) : text(m.confirmActionNoIntent)}
        </Button>
      </>
    ),
  };
}
