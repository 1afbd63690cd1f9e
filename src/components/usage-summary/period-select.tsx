import * as React from 'react';

import { Button, cn, controlClass, Field, Input } from '../ui';
import { useDayLabel } from './format';
import { useUsageSummaryFormat } from './messages';
import { type UsagePeriod, type UsagePeriodPreset, validateRange } from './period';

const PRESETS = [
  ['last-7-days', 'last7'],
  ['last-30-days', 'last30'],
  ['this-month', 'thisMonth'],
  ['previous-month', 'previousMonth'],
] as const satisfies readonly (readonly [UsagePeriodPreset, string])[];

export type UsagePeriodSelectProps = Omit<React.ComponentProps<'div'>, 'children' | 'defaultValue'> & {
  value: UsagePeriod;
  onValueChange: (period: UsagePeriod) => void;
  /** The period shown now, to prefill a custom range. */
  firstDay: string;
  lastDay: string;
  /** Today in the statement's time zone: the latest day a custom range may reach. */
  today: string;
};

/**
 * A native `<select>` of periods; "Custom range" reveals two native date inputs, checked on
 * submit (both set, from ≤ to, nothing after today) with errors shown at each field.
 */
export function UsagePeriodSelect({
  value,
  onValueChange,
  firstDay,
  lastDay,
  today,
  className,
  ...props
}: UsagePeriodSelectProps) {
  const f = useUsageSummaryFormat();
  const m = f.messages.usage.period;
  const day = useDayLabel();
  const isCustom = typeof value !== 'string';
  const [customOpen, setCustomOpen] = React.useState(isCustom);
  const [range, setRange] = React.useState({ from: firstDay, to: lastDay });
  const [error, setError] = React.useState<ReturnType<typeof validateRange>>(null);
  const selectId = React.useId();
  const fromRef = React.useRef<HTMLInputElement>(null);
  const toRef = React.useRef<HTMLInputElement>(null);
  const presetKey = isCustom ? 'custom' : value;

  // A preset chosen from outside (controlled) closes the custom form.
  React.useEffect(() => {
    if (presetKey !== 'custom') setCustomOpen(false);
  }, [presetKey]);

  const message = (field: 'from' | 'to') => {
    if (!error) return undefined;
    if (error === `missing-${field}`) return field === 'from' ? m.missingFrom : m.missingTo;
    if (error === `future-${field}`) return f.text(m.future, { today: day(today, true) });
    if (error === 'order' && field === 'from') return m.order;
    return undefined;
  };

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    const problem = validateRange(range, today);
    setError(problem);
    if (!problem) onValueChange({ ...range });
    else (problem.endsWith('to') ? toRef : fromRef).current?.focus();
  };

  return (
    <div
      data-slot="tk-usage-period"
      className={cn('tk:flex tk:flex-wrap tk:items-start tk:gap-3', className)}
      {...props}
    >
      <div className="tk:flex tk:flex-col tk:gap-1">
        <label htmlFor={selectId} className="tk:text-sm tk:font-medium">
          {m.label}
        </label>
        <select
          id={selectId}
          data-slot="tk-usage-period-select"
          value={customOpen ? 'custom' : presetKey}
          onChange={(event) => {
            const next = event.target.value;
            setError(null);
            if (next === 'custom') {
              setRange({ from: firstDay, to: lastDay });
              setCustomOpen(true);
            } else {
              setCustomOpen(false);
              onValueChange(next as UsagePeriodPreset);
            }
          }}
          className={cn(controlClass, 'tk:text-sm')}
        >
          {PRESETS.map(([preset, key]) => (
            <option key={preset} value={preset}>
              {m[key]}
            </option>
          ))}
          <option value="custom">{m.custom}</option>
        </select>
      </div>
      {customOpen && (
        <form
          data-slot="tk-usage-period-custom"
          noValidate
          onSubmit={apply}
          className="tk:flex tk:flex-wrap tk:items-end tk:gap-3"
        >
          <Field label={m.from} error={message('from')}>
            {(control) => (
              <Input
                {...control}
                ref={fromRef}
                type="date"
                max={today}
                value={range.from}
                onChange={(event) => setRange((r) => ({ ...r, from: event.target.value }))}
                className="tk:w-auto"
              />
            )}
          </Field>
          <Field label={m.to} error={message('to')}>
            {(control) => (
              <Input
                {...control}
                ref={toRef}
                type="date"
                max={today}
                value={range.to}
                onChange={(event) => setRange((r) => ({ ...r, to: event.target.value }))}
                className="tk:w-auto"
              />
            )}
          </Field>
          <Button type="submit" variant="secondary">
            {m.apply}
          </Button>
        </form>
      )}
    </div>
  );
}
