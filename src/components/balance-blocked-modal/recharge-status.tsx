import { serverUrl } from '../../core';
import { useKitState, useSavedAlertSettings } from '../../react';
import { buttonVariants, cn } from '../ui';
import { useBalanceBlockedModalFormat } from './messages';

/**
 * Why auto-recharge did not step in before this 402, when it is on but cannot charge: paused (the
 * server's reason; the way out is the settings) or waiting for the bank (the way out is the bank's
 * page). One line, with the way out; nothing while auto-recharge is off or active.
 */
export function RechargeStatus({
  onSetUpAlerts,
  onAction,
}: {
  onSetUpAlerts?: () => void;
  onAction?: (url: string) => void;
}) {
  const kit = useKitState();
  const { text, money, messages } = useBalanceBlockedModalFormat();
  const m = messages.modal;
  const recharge = useSavedAlertSettings()?.autoRecharge;
  if (!recharge?.enabled) return null;
  const link = cn(buttonVariants({ variant: 'link', size: 'sm' }), 'tk:h-auto tk:px-0');
  if (recharge.status === 'paused')
    return (
      <p data-slot="tk-balance-blocked-modal-recharge" data-state="paused" className="tk:m-0 tk:text-sm">
        {text(m.rechargePaused, { reason: recharge.statusReason ?? '' }).trim()}{' '}
        {onSetUpAlerts && (
          <button
            type="button"
            className={link}
            onClick={() => {
              // Leaving for the settings is not "Not now": the work keeps waiting.
              kit.recovery.setAside();
              onSetUpAlerts();
            }}
          >
            {text(m.rechargeResume)}
          </button>
        )}
      </p>
    );
  if (recharge.status === 'requires_action') {
    const charge = recharge.lastCharge;
    const actionUrl = serverUrl(charge?.actionUrl);
    return (
      <p
        data-slot="tk-balance-blocked-modal-recharge"
        data-state="requires_action"
        className="tk:m-0 tk:text-sm"
      >
        {charge ? text(m.rechargeAction, { amount: money(charge.amount) }) : text(m.rechargeActionNoAmount)}{' '}
        {actionUrl && (
          <a
            href={actionUrl}
            className={link}
            onClick={(event) => {
              if (!onAction) return;
              event.preventDefault();
              onAction(actionUrl);
            }}
          >
            {text(m.rechargeConfirm)}
          </a>
        )}
      </p>
    );
  }
  return null;
}
