import type { Money } from '../../core';
import { MoneyField } from '../ui';
import type { AlertSettingsForm } from './use-alert-settings-form';

export type AmountFieldProps = {
  form: AlertSettingsForm;
  /** The field's key: its id suffix and where its errors and draft are kept. */
  fieldKey: string;
  label: string;
  amount: Money;
  onAmount: (amount: Money) => void;
  hint?: string;
};

/** One money field of the form: shows the draft or the amount, reports what it reads as. */
export function AmountField({ form, fieldKey, label, amount, onAmount, hint }: AmountFieldProps) {
  return (
    <MoneyField
      id={form.fieldId(fieldKey)}
      label={label}
      hint={hint}
      error={form.errorFor(fieldKey)}
      currency={form.currency}
      value={form.shown(fieldKey, amount)}
      onValueChange={(text) => form.typeAmount(fieldKey, text, onAmount)}
    />
  );
}

export const checkboxClass =
  'tk:size-4 tk:shrink-0 tk:cursor-pointer tk:accent-primary tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring tk:focus-visible:ring-offset-2 tk:aria-invalid:outline-2 tk:aria-invalid:outline-destructive';
