import * as React from 'react';
import { serverUrl, type TopUpOutcome } from '../../core';

import { Button, buttonVariants, cn } from '../ui';
import type { PaymentOutcomeText } from './describe';
import { usePaymentOutcomeFormat } from './messages';

/** The tone of an outcome as colours (the shared look of the status box). */
export const outcomeToneClass: Record<PaymentOutcomeText['tone'], string> = {
  progress: 'tk:bg-muted tk:text-foreground',
  success: 'tk:bg-success tk:text-success-foreground',
  caution: 'tk:bg-warning tk:text-warning-foreground',
  problem: 'tk:border-s-4 tk:border-destructive tk:bg-muted tk:text-foreground',
};

export type PaymentOutcomeDetailsProps = React.ComponentProps<'div'> & {
  description: PaymentOutcomeText;
  /** The title is shown elsewhere (the modal's heading): render only the body. */
  hideTitle?: boolean;
};

/** The outcome's words (title, then one paragraph per sentence) and, while pending, its progress. */
export function PaymentOutcomeDetails({
  description,
  hideTitle,
  className,
  ...props
}: PaymentOutcomeDetailsProps) {
  return (
    <div data-slot="tk-payment-outcome" data-outcome={description.view} className={className} {...props}>
      {!hideTitle && <p className="tk:m-0 tk:font-medium">{description.title}</p>}
      {description.body.map((sentence) => (
        <p key={sentence} className={cn('tk:m-0', !hideTitle && 'tk:mt-1')}>
          {sentence}
        </p>
      ))}
      {description.view === 'pending' && <PendingProgress expectedAt={description.expectedAt} />}
    </div>
  );
}

/**
 * A pending debit's progress: against the expected time when the server gave one, else
 * indeterminate. Never a countdown — it only shows that the payment is moving.
 */
function PendingProgress({ expectedAt }: { expectedAt?: string }) {
  const { messages, text } = usePaymentOutcomeFormat();
  const [startedAt] = React.useState(() => Date.now());
  const [now, setNow] = React.useState(startedAt);
  const expected = expectedAt ? Date.parse(expectedAt) : Number.NaN;
  React.useEffect(() => {
    if (Number.isNaN(expected)) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [expected]);
  const total = expected - startedAt;
  const share = total > 0 ? Math.min(0.95, (now - startedAt) / total) : undefined;
  return (
    <progress
      data-slot="tk-payment-outcome-progress"
      aria-label={text(messages.outcome.pendingProgress)}
      max={1}
      value={share}
      className="tk:mt-2 tk:block tk:h-1.5 tk:w-full tk:accent-primary"
    />
  );
}

export type BankConfirmationProps = {
  outcome: TopUpOutcome;
  /** Handle the bank's page yourself (e.g. Stripe.js); by default its URL opens in a new tab. */
  onAction?: (url: string) => void;
  /** Checks with the account; resolves with the outcome as it now stands. */
  onConfirmed: () => Promise<TopUpOutcome | undefined>;
  /** "primary" in the modal (the step's one action), "secondary" beside a form. */
  emphasis?: 'primary' | 'secondary';
};

/**
 * The bank-link block of a payment that needs the cardholder (3-D Secure): open the bank's page,
 * then "I've confirmed" — which says so plainly when the bank has not confirmed yet.
 */
export function BankConfirmation({
  outcome,
  onAction,
  onConfirmed,
  emphasis = 'primary',
}: BankConfirmationProps) {
  const { messages, text } = usePaymentOutcomeFormat();
  const m = messages.outcome;
  const actionUrl = serverUrl(outcome.actionUrl);
  const [notYet, setNotYet] = React.useState(false);
  const [checking, setChecking] = React.useState(false);
  const primary = emphasis === 'primary';
  const confirmed = async () => {
    setChecking(true);
    setNotYet(false);
    const now = await onConfirmed().catch(() => undefined);
    setChecking(false);
    if (now?.status === 'requires_action') setNotYet(true);
  };
  return (
    <div data-slot="tk-bank-confirmation" className="tk:flex tk:flex-col tk:gap-3">
      {actionUrl &&
        (onAction ? (
          <Button
            size={primary ? 'lg' : 'md'}
            variant={primary ? 'primary' : 'secondary'}
            className={primary ? 'tk:w-full' : 'tk:self-start'}
            onClick={() => onAction(actionUrl)}
          >
            {text(m.confirmOpen)}
          </Button>
        ) : (
          <a
            href={actionUrl}
            target="_blank"
            rel="noopener noreferrer"
            className={cn(
              buttonVariants({
                size: primary ? 'lg' : 'md',
                variant: primary ? 'primary' : 'secondary',
              }),
              primary ? 'tk:w-full' : 'tk:self-start',
            )}
          >
            {text(m.confirmOpen)} <span className="tk:sr-only">{text(messages.common.opensInNewTab)}</span>
          </a>
        ))}
      <Button
        variant="secondary"
        className={primary ? 'tk:w-full' : 'tk:self-start'}
        loading={checking}
        onClick={() => void confirmed()}
      >
        {text(m.confirmDone)}
      </Button>
      {/* Its own polite region: the feedback is announced where the button is. */}
      <p role="status" data-slot="tk-bank-confirmation-status" className="tk:m-0 tk:text-sm">
        {notYet ? text(m.confirmNotYet) : ''}
      </p>
    </div>
  );
}
