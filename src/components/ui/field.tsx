import * as React from 'react';
import { cn } from './cn';

/** Space-separated ids for aria-describedby; undefined when there are none. */
export const ids = (...list: (string | false | null | undefined)[]) =>
  list.filter(Boolean).join(' ') || undefined;

/** The look of every hint and status note in the kit. */
export const mutedText = 'tk:text-sm tk:text-muted-foreground';
/** The box of every text input and native select. */
export const controlClass =
  'tk:m-0 tk:h-10 tk:rounded-md tk:font-sans tk:border tk:border-input tk:bg-background tk:px-3 tk:text-base tk:text-foreground tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring';
const errorText = 'tk:text-sm tk:font-medium tk:text-destructive';

/** An error message in words (GOV.UK style: what to do), linked to its control by `id`. */
export function ErrorText({ className, ...props }: React.ComponentProps<'p'>) {
  return <p data-slot="tk-field-error" className={cn(errorText, className)} {...props} />;
}

/** What a form control inside a Field must spread to be labelled, described and marked invalid. */
export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

export type FieldProps = Omit<React.ComponentProps<'div'>, 'children'> & {
  label: React.ReactNode;
  hint?: React.ReactNode;
  /** Shown under the label (GOV.UK style) and announced with the control. */
  error?: React.ReactNode;
  /** Use a known id (e.g. for an error summary link); one is generated otherwise. */
  id?: string;
  children: (control: FieldControlProps) => React.ReactNode;
};

export function Field({ label, hint, error, id, className, children, ...props }: FieldProps) {
  const generated = React.useId();
  const controlId = id ?? `tk-field${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return (
    <div
      data-slot="tk-field"
      data-state={error ? 'invalid' : 'valid'}
      className={cn('tk:flex tk:flex-col tk:gap-1', className)}
      {...props}
    >
      <label data-slot="tk-field-label" htmlFor={controlId} className="tk:text-sm tk:font-medium">
        {label}
      </label>
      {hint && (
        <p data-slot="tk-field-hint" id={hintId} className={mutedText}>
          {hint}
        </p>
      )}
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
      {children({
        id: controlId,
        'aria-describedby': ids(hintId, errorId),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

export type InputProps = React.ComponentProps<'input'>;

export function Input({ className, type = 'text', ...props }: InputProps) {
  return (
    <input
      data-slot="tk-input"
      type={type}
      className={cn(
        controlClass,
        'tk:w-full tk:min-w-0 tk:aria-invalid:border-destructive tk:aria-invalid:border-2 tk:disabled:opacity-60',
        className,
      )}
      {...props}
    />
  );
}

export type MoneyFieldProps = Omit<FieldProps, 'children'> & {
  /** What the user typed, kept as text: it is parsed (never as a float) by the component. */
  value: string;
  onValueChange: (text: string) => void;
  /** A currency code shown beside the input, which it also describes. */
  currency?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  inputClassName?: string;
};

/** A labelled text input for an amount in the user's locale (one for every money field in the kit). */
export function MoneyField({
  value,
  onValueChange,
  currency,
  inputRef,
  inputClassName,
  ...field
}: MoneyFieldProps) {
  return (
    <Field {...field}>
      {(control) => {
        const currencyId = currency && `${control.id}-currency`;
        const input = (
          <Input
            {...control}
            aria-describedby={ids(control['aria-describedby'], currencyId)}
            ref={inputRef}
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => onValueChange(event.currentTarget.value)}
            className={inputClassName}
          />
        );
        return currency ? (
          <div className="tk:flex tk:items-center tk:gap-2">
            {input}
            <span id={currencyId} className={mutedText}>
              {currency}
            </span>
          </div>
        ) : (
          input
        );
      }}
    </Field>
  );
}
