import type * as React from 'react';
import type { AlertSettings, Money } from '../../core';
import { Button, cn, mutedText } from '../ui';
import { AlertsSection } from './alerts-section';
import { ErrorSummary } from './error-summary';
import { RechargeSection } from './recharge-section';
import { type AlertSettingsForm, useAlertSettingsForm } from './use-alert-settings-form';

export type { ThresholdAlertSettingsState } from './form-model';

export type ThresholdAlertSettingsProps = Omit<
  React.ComponentProps<'form'>,
  'defaultValue' | 'onChange' | 'onSubmit' | 'children'
> & {
  /** Controlled settings. */
  value?: AlertSettings;
  /** Uncontrolled starting point; without it the settings load from `adapter.getAlertSettings`. */
  defaultValue?: AlertSettings;
  /** Every edit the user makes (not loads or saves). */
  onValueChange?: (settings: AlertSettings) => void;
  /** @deprecated Use `onValueChange`; `onChange` goes in the next release. */
  onChange?: (settings: AlertSettings) => void;
  /** Saves the settings; default `adapter.saveAlertSettings`. Throw to report a failure in words. */
  onSave?: (settings: AlertSettings) => Promise<AlertSettings | undefined> | AlertSettings | undefined;
  /** After a successful save, with what the server stored. */
  onSaved?: (settings: AlertSettings) => void;
  /** Smallest auto-recharge top-up. Default: the provider's `limits.min`, else 5 of the currency's unit. */
  minTopUp?: Money;
  /** Ask the browser to warn before leaving the page with unsaved changes. */
  warnOnUnsavedChanges?: boolean;
};

/** Low-balance alerts and optional, consented auto-recharge: the budget controls before the wall. */
export function ThresholdAlertSettings({
  value,
  defaultValue,
  onValueChange,
  onChange,
  onSave,
  onSaved,
  minTopUp,
  warnOnUnsavedChanges = false,
  id,
  className,
  ...props
}: ThresholdAlertSettingsProps) {
  const form = useAlertSettingsForm({
    id,
    value,
    defaultValue,
    onValueChange: onValueChange ?? onChange,
    onSave,
    onSaved,
    minTopUp,
    warnOnUnsavedChanges,
  });
  if (!form.renderable) return null;
  const { status, settings } = form;

  return (
    <form
      {...props}
      id={id}
      noValidate
      data-slot="tk-threshold-alert-settings"
      data-tk-root=""
      data-state={status}
      aria-busy={status === 'loading' || status === 'saving' || undefined}
      onSubmit={form.submit}
      className={cn('tk:flex tk:flex-col tk:gap-6 tk:text-start', className)}
    >
      {!settings && <LoadStatus form={form} />}
      <ErrorSummary form={form} />
      {settings && (
        <>
          <AlertsSection form={form} />
          <RechargeSection form={form} />
          <SaveBar form={form} />
        </>
      )}
    </form>
  );
}

function LoadStatus({ form }: { form: AlertSettingsForm }) {
  const { messages } = form.format;
  const failed = form.model.load === 'error';
  return (
    <div className="tk:flex tk:flex-wrap tk:items-center tk:gap-3">
      <p role="status" className={mutedText}>
        {failed ? messages.alerts.loadFailed : messages.alerts.loading}
      </p>
      {failed && (
        <Button variant="secondary" size="sm" onClick={form.retryLoad}>
          {messages.common.tryAgain}
        </Button>
      )}
    </div>
  );
}

/** Save, and what saving is doing, announced. */
function SaveBar({ form }: { form: AlertSettingsForm }) {
  const { phase, failure } = form.model;
  const { messages, text } = form.format;
  const t = messages.alerts;
  return (
    <div className="tk:flex tk:flex-wrap tk:items-center tk:gap-3">
      {form.canSave && (
        <Button type="submit" loading={phase === 'saving'}>
          {t.save}
        </Button>
      )}
      <div
        role="status"
        data-slot="tk-save-status"
        className={cn(
          'tk:flex tk:flex-col tk:text-sm',
          phase === 'failed' ? 'tk:text-destructive' : 'tk:text-muted-foreground',
        )}
      >
        {phase === 'saving' && <span>{t.saving}</span>}
        {phase === 'saved' && <span>{t.saved}</span>}
        {phase === 'saved' && form.model.receipt && <ChargeReceipt form={form} />}
        {phase === 'failed' && (
          <>
            <span>{t.saveFailed}</span>
            {failure && <span>{text(t.serverSaid, { reason: failure })}</span>}
          </>
        )}
      </div>
    </div>
  );
}

/** The receipt for the charge a save made at once ("Auto-recharge added $25.00. Your balance is now $29.85."). */
function ChargeReceipt({ form }: { form: AlertSettingsForm }) {
  const charge = form.model.receipt;
  const { messages, text, money } = form.format;
  const t = messages.alerts.recharge;
  if (!charge) return null;
  const amount = money(charge.amount);
  return (
    <span
      data-slot="tk-recharge-receipt"
      data-state={charge.status}
      className="tk:font-medium tk:text-foreground"
    >
      {charge.status === 'succeeded' &&
        (charge.balance
          ? text(t.receipt, { amount, balance: money(charge.balance) })
          : text(t.receiptPending, { amount }))}
      {charge.status === 'pending' && text(t.receiptPending, { amount })}
      {charge.status === 'failed' && text(t.receiptFailed, { amount, reason: charge.failureReason ?? '' })}
      {charge.status === 'requires_action' && t.hintRequiresAction}
    </span>
  );
}
