import { cn, controlClass, ErrorText, ids, mutedText, Switch } from '../ui';
import { AmountField, checkboxClass } from './amount-field';
import { createConsent, paymentMethodLabel } from './consent';
import { RechargeStatus, rechargeHint } from './recharge-status';
import type { AlertSettingsForm } from './use-alert-settings-form';

/** Auto-recharge: off by default; on, its amounts, the payment method and the consent to exact terms. */
export function RechargeSection({ form }: { form: AlertSettingsForm }) {
  const recharge = form.settings?.autoRecharge;
  if (!recharge) return null;
  const { fieldId, format, methods } = form;
  const { messages, text, money: moneyText, locale } = format;
  const t = messages.alerts.recharge;
  return (
    <div data-slot="tk-recharge-section" className="tk:flex tk:flex-col tk:gap-4">
      <Switch
        id={fieldId('recharge')}
        label={t.switch}
        hint={rechargeHint(form)}
        error={form.errorFor('recharge')}
        checked={recharge.enabled}
        onCheckedChange={(enabled) => form.updateRecharge({ enabled })}
      />
      <RechargeStatus form={form} />
      {recharge.enabled && (
        <>
          <fieldset className="tk:m-0 tk:flex tk:min-w-0 tk:flex-wrap tk:gap-x-6 tk:gap-y-2 tk:border-0 tk:p-0">
            <legend className="tk:mb-2 tk:p-0 tk:text-sm tk:font-medium">{t.mode}</legend>
            {(['amount', 'target'] as const).map((mode) => (
              <div key={mode} className="tk:flex tk:items-center tk:gap-2">
                <input
                  id={fieldId(`mode-${mode}`)}
                  type="radio"
                  name={fieldId('mode')}
                  value={mode}
                  checked={(recharge.mode ?? 'amount') === mode}
                  onChange={() => form.setMode(mode)}
                  className={checkboxClass}
                />
                <label htmlFor={fieldId(`mode-${mode}`)} className="tk:text-sm">
                  {mode === 'amount' ? t.modeAmount : t.modeTarget}
                </label>
              </div>
            ))}
          </fieldset>
          {/* Hints differ in length: controls sit at the bottom of each column, so they line up. */}
          <div className="tk:grid tk:gap-3 tk:sm:grid-cols-3 tk:sm:[&>*>:last-child]:mt-auto">
            <AmountField
              form={form}
              fieldKey="rechargeThreshold"
              label={t.threshold}
              amount={recharge.threshold}
              onAmount={(threshold) => form.updateRecharge({ threshold })}
            />
            {recharge.mode === 'target' ? (
              <AmountField
                form={form}
                fieldKey="rechargeTarget"
                label={t.target}
                amount={recharge.target ?? recharge.threshold}
                onAmount={(target) => form.updateRecharge({ target })}
                hint={t.targetHint}
              />
            ) : (
              <AmountField
                form={form}
                fieldKey="rechargeAmount"
                label={t.amount}
                amount={recharge.amount}
                onAmount={(amount) => form.updateRecharge({ amount })}
                hint={text(t.amountHint, { min: moneyText(form.min) })}
              />
            )}
            <AmountField
              form={form}
              fieldKey="rechargeCap"
              label={t.cap}
              amount={recharge.monthlyCap}
              onAmount={(monthlyCap) => form.updateRecharge({ monthlyCap })}
              hint={t.capHint}
            />
          </div>
          {methods.status === 'ready' && methods.methods.length > 0 && (
            <div className="tk:flex tk:flex-col tk:gap-1">
              <label htmlFor={fieldId('method')} className="tk:text-sm tk:font-medium">
                {messages.common.payWith}
              </label>
              <select
                id={fieldId('method')}
                value={form.methodId}
                onChange={(e) => form.updateRecharge({ paymentMethodId: e.currentTarget.value })}
                className={controlClass}
              >
                {methods.methods.map((m) => (
                  <option key={m.id} value={m.id}>
                    {paymentMethodLabel(m, messages, locale)}
                  </option>
                ))}
              </select>
            </div>
          )}
          {methods.status === 'error' && <p className={mutedText}>{t.methodsFailed}</p>}
          <Consent form={form} />
        </>
      )}
    </div>
  );
}

/** The exact terms and the box that records consent to them: never pre-ticked. */
function Consent({ form }: { form: AlertSettingsForm }) {
  const { fieldId, terms, consentGiven, termsChanged, methods } = form;
  const { messages } = form.format;
  const t = messages.alerts.recharge;
  const consentError = form.errorFor('consent');
  return (
    <div
      data-slot="tk-consent"
      data-state={consentGiven ? 'given' : termsChanged ? 'changed' : 'missing'}
      className="tk:flex tk:flex-col tk:gap-2 tk:rounded-lg tk:border tk:border-border tk:bg-muted tk:p-4 tk:text-foreground"
    >
      {/* Present from the start, so the change is announced when the terms move under a consent. */}
      <p role="status" id={fieldId('consent-changed')} className="tk:text-sm tk:font-medium tk:empty:hidden">
        {termsChanged ? t.termsChanged : ''}
      </p>
      {terms === null ? (
        <p className={mutedText}>
          {methods.status === 'loading'
            ? messages.common.loading
            : methods.status === 'ready' && methods.methods.length === 0
              ? t.noMethods
              : t.termsPending}
        </p>
      ) : (
        <>
          {consentError && <ErrorText id={fieldId('consent-error')}>{consentError}</ErrorText>}
          <div className="tk:flex tk:items-start tk:gap-3">
            <input
              id={fieldId('consent')}
              type="checkbox"
              // Never pre-ticked: checked only by a recorded consent to exactly these terms.
              checked={consentGiven}
              aria-invalid={consentError ? true : undefined}
              aria-describedby={ids(
                termsChanged && fieldId('consent-changed'),
                consentError && fieldId('consent-error'),
              )}
              onChange={(e) =>
                form.updateRecharge({ consent: e.currentTarget.checked ? createConsent(terms) : undefined })
              }
              className={cn(checkboxClass, 'tk:mt-0.5')}
            />
            <label htmlFor={fieldId('consent')} className="tk:text-sm">
              {terms}
            </label>
          </div>
        </>
      )}
    </div>
  );
}
