import * as React from 'react';
import { cn } from './cn';

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
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      data-slot="field"
      data-state={error ? 'invalid' : 'valid'}
      className={cn('tk:flex tk:flex-col tk:gap-1', className)}
      {...props}
    >
      <label data-slot="field-label" htmlFor={controlId} className="tk:text-sm tk:font-medium">
        {label}
      </label>
      {hint && (
        <p data-slot="field-hint" id={hintId} className="tk:text-sm tk:text-muted-foreground">
          {hint}
        </p>
      )}
      {error && (
        <p data-slot="field-error" id={errorId} className="tk:text-sm tk:font-medium tk:text-destructive">
          {error}
        </p>
      )}
      {children({
        id: controlId,
        'aria-describedby': describedBy,
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

export type InputProps = React.ComponentProps<'input'>;

export function Input({ className, type = 'text', ...props }: InputProps) {
  return (
    <input
      data-slot="input"
      type={type}
      className={cn(
        'tk:h-10 tk:w-full tk:min-w-0 tk:rounded-md tk:border tk:border-input tk:bg-background tk:px-3 tk:text-base tk:text-foreground tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring tk:aria-invalid:border-destructive tk:aria-invalid:border-2 tk:disabled:opacity-60',
        className,
      )}
      {...props}
    />
  );
}
