import type { AlertThreshold } from '../../core';
import { Button, controlClass, ErrorText, Switch } from '../ui';
import { AmountField } from './amount-field';
import { ChannelsSection } from './channels-section';
import { type AlertSettingsForm, MAX_THRESHOLDS } from './use-alert-settings-form';
import { thresholdKey } from './validate';

/** Low-balance alerts: the switch, one row per threshold, then how to tell the user. */
export function AlertsSection({ form }: { form: AlertSettingsForm }) {
  const { settings, fieldId, format } = form;
  if (!settings) return null;
  const t = format.messages.alerts;
  const thresholdsError = form.errorFor('thresholds');
  return (
    <div data-slot="tk-alerts-section" className="tk:flex tk:flex-col tk:gap-4">
      <Switch
        id={fieldId('alerts')}
        label={t.alerts.switch}
        hint={t.alerts.hint}
        checked={settings.alertsEnabled}
        onCheckedChange={(alertsEnabled) => form.update((s) => ({ ...s, alertsEnabled }))}
      />
      {settings.alertsEnabled && (
        <>
          <div className="tk:flex tk:flex-col tk:gap-3">
            {settings.thresholds.map((threshold, index) => (
              // Rows have no ids of their own; the index is their identity in the form.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <ThresholdRow key={index} form={form} threshold={threshold} index={index} />
            ))}
            {settings.thresholds.length < MAX_THRESHOLDS && (
              <div>
                <Button id={fieldId('add')} variant="secondary" size="sm" onClick={form.addThreshold}>
                  {t.alerts.add}
                </Button>
                {thresholdsError && <ErrorText className="tk:mt-1">{thresholdsError}</ErrorText>}
              </div>
            )}
          </div>
          <ChannelsSection form={form} />
        </>
      )}
    </div>
  );
}

type ThresholdRowProps = { form: AlertSettingsForm; threshold: AlertThreshold; index: number };

function ThresholdRow({ form, threshold, index }: ThresholdRowProps) {
  const { fieldId, format } = form;
  const t = format.messages.alerts;
  const n = index + 1;
  const levelId = fieldId(`level-${index}`);
  return (
    <div data-slot="tk-threshold" className="tk:flex tk:flex-wrap tk:items-start tk:gap-3">
      <div className="tk:flex tk:flex-col tk:gap-1">
        <label htmlFor={levelId} className="tk:text-sm tk:font-medium">
          {format.text(t.alerts.level, { n })}
        </label>
        <select
          id={levelId}
          value={threshold.level}
          onChange={(e) =>
            form.updateThreshold(index, { level: e.currentTarget.value as AlertThreshold['level'] })
          }
          className={controlClass}
        >
          <option value="warning">{t.alerts.warning}</option>
          <option value="critical">{t.alerts.critical}</option>
        </select>
      </div>
      <div className="tk:min-w-48 tk:flex-1">
        <AmountField
          form={form}
          fieldKey={thresholdKey(index)}
          label={format.text(t.alerts.threshold, { n })}
          amount={threshold.amount}
          onAmount={(amount) => form.updateThreshold(index, { amount })}
        />
      </div>
      {(form.settings?.thresholds.length ?? 0) > 1 && (
        <Button variant="ghost" size="sm" className="tk:mt-6" onClick={() => form.removeThreshold(index)}>
          {format.text(t.alerts.remove, { n })}
        </Button>
      )}
    </div>
  );
}
