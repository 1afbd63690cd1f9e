import { formatMoney, serverUrl } from '../../core';
import { Button, buttonVariants, cn } from '../ui';
import type { AlertSettingsForm } from './use-alert-settings-form';

/** The one line under the switch: what is true now, as last loaded or saved (not what is being edited). */
export function rechargeHint(form: AlertSettingsForm): string {
  const { messages, text, locale } = form.format;
  const t = messages.alerts.recharge;
  const stored = form.stored?.autoRecharge;
  if (!stored?.enabled || !stored.consent) return t.hint;
  if (stored.status === 'paused') return t.hintPaused;
  if (stored.status === 'requires_action') return t.hintRequiresAction;
  const values = {
    amount: formatMoney(stored.amount, locale),
    threshold: formatMoney(stored.threshold, locale),
    target: stored.target && formatMoney(stored.target, locale),
    cap: formatMoney(stored.monthlyCap, locale),
  };
  return text(stored.mode === 'target' && stored.target ? t.hintOnTarget : t.hintOn, values);
}

/**
 * When auto-recharge cannot charge, say so plainly with the way out: paused (the server's reason;
 * turn it back on, perhaps with another card) or waiting for the bank (confirm there; never retried
 * blindly meanwhile).
 */
export function RechargeStatus({ form }: { form: AlertSettingsForm }) {
  const stored = form.stored?.autoRecharge;
  const status = stored?.enabled ? stored.status : undefined;
  if (status !== 'paused' && status !== 'requires_action') return null;
  const { messages, text, money } = form.format;
  const t = messages.alerts.recharge;
  const charge = stored?.lastCharge;
  const actionUrl = status === 'requires_action' ? serverUrl(charge?.actionUrl) : undefined;
  return (
    <div
      data-slot="tk-recharge-status"
      data-state={status}
      className="tk:flex tk:flex-col tk:gap-2 tk:rounded-lg tk:border-2 tk:border-border tk:bg-background tk:p-4 tk:text-foreground"
    >
      <h3 className="tk:m-0 tk:text-base tk:font-semibold">
        {status === 'paused' ? t.pausedTitle : t.actionTitle}
      </h3>
      {status === 'paused' ? (
        <>
          {/* The server's reason, as text. */}
          {stored?.statusReason && <p className="tk:m-0 tk:text-sm">{stored.statusReason}</p>}
          <p className="tk:m-0 tk:text-sm">{t.pausedBody}</p>
          <div>
            {/* Saving again (with the consent on screen) lifts the pause on the server. */}
            <Button type="submit" size="sm" loading={form.model.phase === 'saving'}>
              {t.resume}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="tk:m-0 tk:text-sm">
            {charge ? text(t.actionBody, { amount: money(charge.amount) }) : t.actionBodyNoAmount}
          </p>
          {actionUrl && (
            <div>
              <a href={actionUrl} className={cn(buttonVariants({ size: 'sm' }), 'tk:no-underline')}>
                {t.confirm}
              </a>
            </div>
          )}
        </>
      )}
    </div>
  );
}
