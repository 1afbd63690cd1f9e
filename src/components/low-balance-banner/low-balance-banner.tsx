import { cva, type VariantProps } from 'class-variance-authority';
import * as React from 'react';
import { type AlertThreshold, hostLink, type Money, type Usage } from '../../core';
import { useKitState } from '../../react';
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
import type { BannerSeverity } from './level';
import { useLowBalanceBannerFormat } from './messages';
import { useAutoRechargeNote } from './recharge-note';
import { useBannerModel } from './use-banner-model';
import { useIsCurrentPage } from './use-current-page';
import { useScrollClearance } from './use-scroll-clearance';

// Marked pure so a host that never renders it drops it, and class-variance-authority with it.
export const lowBalanceBannerVariants = /* @__PURE__ */ cva(
  // A container: at narrow widths (phones, side columns) it says one sentence beside its actions.
  'tk:@container tk:flex tk:flex-wrap tk:items-center tk:gap-x-4 tk:gap-y-2 tk:text-start tk:text-sm',
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
    /**
     * Where "Review usage" leads (https, http or relative); hidden without it or `onReviewUsage`,
     * and while the page already is that address (no link to the page you are on).
     */
    reviewUsageHref?: string;
    onReviewUsage?: () => void;
    /** Called after the user dismisses the banner (it stays dismissed for the browser session). */
    onDismiss?: () => void;
    /** Separates dismissals when several accounts share a browser session. */
    storageKey?: string;
    /** Stays at the top of the viewport while the page scrolls (same as `variant="sticky"`). Off by default. */
    sticky?: boolean;
  };

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
  sticky,
  className,
  ...props
}: LowBalanceBannerProps) {
  const { canTopUp, onRequestTopUp } = useKitState();
  const { text, money, messages } = useLowBalanceBannerFormat();
  const b = messages.banner;
  const [open, setOpen] = React.useState(false);
  const model = useBannerModel({
    thresholds: thresholdsProp,
    threshold,
    usage: usageProp,
    withinDays,
    storageKey,
  });
  const { shown, state, title, balance } = model;
  const onUsagePage = useIsCurrentPage(reviewUsageHref);
  // Waiting for the bank, paused, or just charged: said on its own line, with the way out.
  const rechargeNote = useAutoRechargeNote(model.autoRecharge, model.usage);

  const rootRef = React.useRef<HTMLElement>(null);
  useScrollClearance(rootRef, shown && (sticky === true || variant === 'sticky'));

  const reviewHref = onUsagePage ? undefined : hostLink(reviewUsageHref);
  const actionClass = 'tk:text-current tk:hover:bg-foreground/10';

  return (
    // Named while shown, the banner is a region landmark: its actions are findable wherever the
    // host places it. Hidden, it is an unnamed section (no landmark) keeping its live region.
    <section
      aria-label={title || undefined}
      {...props}
      ref={rootRef}
      data-slot="tk-low-balance-banner"
      data-tk-root=""
      data-state={state}
      className={cn(
        lowBalanceBannerVariants({ variant: sticky ? 'sticky' : variant, severity: state }),
        className,
      )}
    >
      {/* Always in the page, so showing the banner is announced once; re-renders change nothing. */}
      <div role="status" className="tk:flex tk:min-w-0 tk:flex-1 tk:basis-64 tk:flex-col tk:gap-0.5">
        {/* Narrow: the title is the region's name and the severity its colour; one sentence shows. */}
        {title && <p className="tk:m-0 tk:font-semibold tk:@max-lg:sr-only">{title}</p>}
        {model.situation && (
          <p className="tk:m-0">
            {model.situation} <span className="tk:@max-lg:sr-only">{model.next}</span>
          </p>
        )}
        {/* A receipt for what auto-recharge just did shows even when the balance needs no warning. */}
        {rechargeNote && (shown || rechargeNote.state === 'receipt') && (
          <p data-slot="tk-low-balance-banner-recharge" data-state={rechargeNote.state} className="tk:m-0">
            {rechargeNote.text}
          </p>
        )}
      </div>
      {(shown || open) && (
        <div
          data-slot="tk-low-balance-banner-actions"
          className="tk:flex tk:flex-wrap tk:items-center tk:gap-2"
        >
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
          {rechargeNote?.actionUrl && (
            <a
              href={rechargeNote.actionUrl}
              className={cn(
                'tk:inline-flex tk:h-8 tk:items-center tk:rounded-md tk:px-3 tk:font-medium tk:underline tk:underline-offset-4 tk:outline-none tk:hover:no-underline tk:focus-visible:ring-2 tk:focus-visible:ring-ring',
                actionClass,
              )}
            >
              {b.rechargeConfirm}
            </a>
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
              model.dismiss();
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
