import * as React from 'react';
import { createPortal } from 'react-dom';
import { useKitState, useReconcileWhile, useRecoverySelector } from '../../react';
import { Button } from '../ui';
import { useBalanceBlockedModalFormat } from './messages';

export type WaitingIndicatorProps = {
  /** Where to portal; document.body by default. */
  container?: HTMLElement | null;
};

/**
 * "1 task waiting — resumes after a top-up": while the user is elsewhere in the app (alerts
 * settings, the billing page), the waiting work is not forgotten. "Show" brings the conversation
 * back; the cross only hides this reminder — the work keeps waiting until a top-up or "Not now".
 */
export function WaitingIndicator({ container }: WaitingIndicatorProps) {
  const { recovery, dir } = useKitState();
  const { messages, text, rich } = useBalanceBlockedModalFormat();
  const waiting = useRecoverySelector((s) => s.waiting);
  const [hidden, setHidden] = React.useState(false);
  // Money may arrive from elsewhere meanwhile (an admin, auto-recharge): check when the user returns.
  useReconcileWhile(true, { firstDelayMs: 5000, poll: false });
  if (hidden || waiting === 0 || typeof document === 'undefined') return null;
  const m = messages.modal;
  return createPortal(
    <section
      data-slot="tk-waiting-indicator"
      data-tk-root=""
      dir={dir}
      aria-label={text(m.waitingIndicatorLabel)}
      className="tk:fixed tk:bottom-4 tk:end-4 tk:z-40 tk:flex tk:max-w-[calc(100vw-2rem)] tk:items-center tk:gap-2 tk:rounded-lg tk:border tk:border-border tk:bg-card tk:py-2 tk:ps-4 tk:pe-2 tk:text-sm tk:text-card-foreground tk:shadow-lg"
    >
      <p role="status" className="tk:m-0">
        {rich(m.waitingIndicator, { count: waiting })}
      </p>
      <Button size="sm" variant="secondary" onClick={() => recovery.reopen()}>
        {text(m.waitingIndicatorShow)}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        aria-label={text(messages.common.dismiss)}
        onClick={() => setHidden(true)}
      >
        <span aria-hidden="true">×</span>
      </Button>
    </section>,
    container ?? document.body,
  );
}
