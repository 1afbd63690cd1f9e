import { cva, type VariantProps } from 'class-variance-authority';
import * as React from 'react';
import {
  type AlertSettings,
  type AlertThreshold,
  forecastRunOut,
  type Money,
  safeUrl,
  type Usage,
} from '../../core';
import { DAY_MS, zonedDay } from '../../core/time';
import { useBalance, useFormat, useKit, useTimeZone } from '../../react';
import { readSession, subscribeSession, writeSession } from '../../react/session';
import { OneClickTopUp } from '../one-click-top-up';
import {
  Button,
  cn,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from '../ui';
import { assessBalance, type BannerSeverity } from './level';

export const lowBalanceBannerVariants = cva(
  'tk:flex tk:flex-wrap tk:items-center tk:gap-x-4 tk:gap-y-2 tk:text-start tk:text-sm',
  {
    variants: {
      variant: {
        inline: 'tk:rounded-lg',
        sticky: 'tk:sticky tk:top-0 tk:z-40 tk:w-full',
      },
      severity: {
        hidden: '',
        warning:
          'tk:border tk:border-s-4 tk:border-warning-foreground tk:bg-warning tk:px-4 tk:py-3 tk:text-warning-foreground',
        critical:
          'tk:border tk:border-s-4 tk:border-destructive tk:bg-card tk:px-4 tk:py-3 tk:text-card-foreground',
      },
    },
    defaultVariants: { variant: 'inline', severity: 'hidden' },
  },
);

export type LowBalanceBannerState = BannerSeverity;

export type LowBalanceBannerProps = Omit<React.ComponentProps<'section'>, 'children'> &
  Pick<VariantProps<typeof lowBalanceBannerVariants>, 'variant'> & {
    /** Alert levels to watch; default: the saved ones from `adapter.getAlertSettings` (when alerts are on). */
    thresholds?: AlertThreshold[];
    /** One alert level (a warning); shorthand for `thresholds`. */
    threshold?: Money;
    /** Spend to forecast from; default: the last 30 days from `adapter.getUsage`. */
    usage?: Usage;
    /** Warn when the forecast run-out is this many days away or fewer. Default 7. */
    withinDays?: number;
    /** Replaces the built-in top-up dialog (e.g. to route to your billing page). */
    onTopUp?: () => void;
    /** Where "Review usage" leads (https, http or relative); hidden without it or `onReviewUsage`. */
    reviewUsageHref?: string;
    onReviewUsage?: () => void;
    /** Called after the user dismisses the banner (it stays dismissed for the browser session). */
    onDismiss?: () => void;
    /** Separates dismissals when several accounts share a browser session. */
    storageKey?: string;
  };

/** Loads once per mount; `undefined` until settled, `null` when unavailable or failed. */
function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | undefined): T | null | undefined {
  const [state, setState] = React.useState<T | null | undefined>(load ? undefined : null);
  const enabled = !!load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one load per mount (and when it becomes possible).
  React.useEffect(() => {
    if (!load) return setState(null);
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => !controller.signal.aborted && setState(value),
      () => !controller.signal.aborted && setState(null),
    );
    return () => controller.abort();
  }, [enabled]);
  return state;
}

/**
 * The early warning before the wall: shows when the balance is under an alert level or the
 * forecast says it runs out soon, says what happens and when, and offers a top-up. Dismissed, it
 * stays away for the session — until things get worse.
 */
export function LowBalanceBanner({
  thresholds: thresholdsProp,
  threshold,
  usage: usageProp,
  withinDays = 7,
  variant,
  onTopUp,
  reviewUsageHref,
  onReviewUsage,
  onDismiss,
  storageKey = 'default',
  className,
  ...props
}: LowBalanceBannerProps) {
  const { adapter, canTopUp, onRequestTopUp } = useKit();
  const { text, money, date, messages } = useFormat();
  const b = messages.banner;
  const timeZone = useTimeZone();
  const { balance: balanceInfo } = useBalance();
  const balance = balanceInfo?.balance;
  const [open, setOpen] = React.useState(false);

  const ownThresholds =
    thresholdsProp ?? (threshold ? [{ amount: threshold, level: 'warning' as const }] : undefined);
  const settings = useLoad<AlertSettings>(
    ownThresholds || !adapter.getAlertSettings
      ? undefined
      : (signal) => adapter.getAlertSettings?.({ signal }) as Promise<AlertSettings>,
  );
  const loadedUsage = useLoad<Usage>(
    usageProp || !adapter.getUsage
      ? undefined
      : (signal) => {
          const to = Date.now();
          const query = { from: new Date(to - 30 * DAY_MS).toISOString(), to: new Date(to).toISOString() };
          return adapter.getUsage?.(query, { signal }) as Promise<Usage>;
        },
  );
  const usage = usageProp ?? loadedUsage ?? undefined;
  const thresholds = ownThresholds ?? (settings?.alertsEnabled ? settings.thresholds : []);
  const recharge = settings?.autoRecharge.enabled ? settings.autoRecharge : undefined;

  const runOut = React.useMemo(() => {
    if (!balance || !usage) return undefined;
    try {
      return forecastRunOut(balance, usage).runOut?.expected;
    } catch {
      // A malformed usage record must never take the banner (or the page) down.
      return undefined;
    }
  }, [balance, usage]);
  const level = balance ? assessBalance({ balance, thresholds, runOut, withinDays }) : undefined;
  const settled =
    !!level &&
    (ownThresholds !== undefined || settings !== undefined) &&
    (!!usageProp || loadedUsage !== undefined);

  const key = `topup-kit:low-balance:${storageKey}`;
  const dismissed = React.useSyncExternalStore(
    subscribeSession,
    () => readSession(key),
    () => null,
  );
  // Back to normal: forget the dismissal, so the next drop is news again.
  React.useEffect(() => {
    if (settled && level?.state === 'hidden' && dismissed !== null) writeSession(key, null);
  }, [settled, level?.state, dismissed, key]);

  const shown =
    !!level && level.state !== 'hidden' && !(dismissed !== null && Number(dismissed) >= level.rank);
  const state: LowBalanceBannerState = shown && level ? level.state : 'hidden';

  let title = '';
  let body = '';
  if (shown && level && balance) {
    const values = { balance: money(balance) };
    title = level.empty ? b.empty : level.state === 'critical' ? b.critical : b.warning;
    const thisYear = zonedDay(Date.now(), timeZone).slice(0, 4);
    const situation = level.empty
      ? text(b.balance, values)
      : runOut
        ? text(b.forecast, {
            ...values,
            date: date(runOut, {
              month: 'short',
              day: 'numeric',
              year: zonedDay(runOut.getTime(), timeZone).startsWith(thisYear) ? undefined : 'numeric',
              timeZone,
            }),
          })
        : level.threshold
          ? text(b.below, { ...values, threshold: money(level.threshold) })
          : text(b.balance, values);
    const next = recharge
      ? text(b.recharge, { amount: money(recharge.amount), threshold: money(recharge.threshold) })
      : level.empty
        ? b.paused
        : b.consequence;
    body = `${situation} ${next}`;
  }

  const reviewHref = safeUrl(reviewUsageHref);
  const actionClass = 'tk:text-current tk:hover:bg-foreground/10';

  return (
    // Named while shown, the banner is a region landmark: its actions are findable wherever the
    // host places it. Hidden, it is an unnamed section (no landmark) keeping its live region.
    <section
      aria-label={title || undefined}
      {...props}
      data-slot="low-balance-banner"
      data-tk-root=""
      data-state={state}
      className={cn(lowBalanceBannerVariants({ variant, severity: state }), className)}
    >
      {/* Always in the page, so showing the banner is announced once; re-renders change nothing. */}
      <div role="status" className="tk:flex tk:min-w-0 tk:flex-1 tk:basis-64 tk:flex-col tk:gap-0.5">
        {title && <p className="tk:m-0 tk:font-semibold">{title}</p>}
        {body && <p className="tk:m-0">{body}</p>}
      </div>
      {(shown || open) && (
        <div data-slot="low-balance-banner-actions" className="tk:flex tk:flex-wrap tk:items-center tk:gap-2">
          {onTopUp ? (
            <Button size="sm" onClick={onTopUp}>
              {messages.common.topUp}
            </Button>
          ) : canTopUp ? (
            <Dialog open={open} onOpenChange={setOpen}>
              <DialogTrigger asChild>
                <Button size="sm">{messages.common.topUp}</Button>
              </DialogTrigger>
              <DialogContent>
                <DialogTitle>{b.dialogTitle}</DialogTitle>
                {balance && (
                  <DialogDescription>{text(b.balance, { balance: money(balance) })}</DialogDescription>
                )}
                <OneClickTopUp />
                <DialogClose asChild>
                  <Button variant="ghost" className="tk:self-end">
                    {messages.common.close}
                  </Button>
                </DialogClose>
              </DialogContent>
            </Dialog>
          ) : (
            onRequestTopUp && (
              <Button size="sm" onClick={() => void onRequestTopUp()}>
                {messages.common.askAdmin}
              </Button>
            )
          )}
          {reviewHref ? (
            <a
              href={reviewHref}
              className={cn(
                'tk:inline-flex tk:h-8 tk:items-center tk:rounded-md tk:px-3 tk:font-medium tk:underline tk:underline-offset-4 tk:outline-none tk:hover:no-underline tk:focus-visible:ring-2 tk:focus-visible:ring-ring',
                actionClass,
              )}
            >
              {b.reviewUsage}
            </a>
          ) : (
            onReviewUsage && (
              <Button variant="ghost" size="sm" className={actionClass} onClick={onReviewUsage}>
                {b.reviewUsage}
              </Button>
            )
          )}
          <Button
            variant="ghost"
            size="sm"
            className={actionClass}
            onClick={() => {
              if (level) writeSession(key, String(level.rank));
              onDismiss?.();
            }}
          >
            {messages.common.dismiss}
          </Button>
        </div>
      )}
    </section>
  );
}
