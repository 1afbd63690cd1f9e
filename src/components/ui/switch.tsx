import type * as React from 'react';
import { cn } from './cn';
import { ids, mutedText } from './field';

export type SwitchProps = Omit<React.ComponentProps<'input'>, 'type' | 'role' | 'onChange' | 'children'> & {
  id: string;
  label: React.ReactNode;
  /** Read with the switch (aria-describedby). */
  hint?: React.ReactNode;
  /** Shown under the hint and read with the switch. */
  error?: React.ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
};

/** A native checkbox with role="switch": keyboard, forms and screen readers for free. */
export function Switch({
  id,
  label,
  hint,
  error,
  checked,
  onCheckedChange,
  className,
  ...props
}: SwitchProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div
      data-slot="tk-switch"
      data-state={checked ? 'checked' : 'unchecked'}
      className={cn('tk:flex tk:items-start tk:gap-3', className)}
    >
      <span className="tk:relative tk:mt-0.5 tk:inline-flex tk:h-6 tk:w-11 tk:shrink-0">
        <input
          {...props}
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          // Redundant with the native state, but some older screen readers read only the attribute.
          aria-checked={checked}
          aria-describedby={ids(hintId, errorId)}
          onChange={(e) => onCheckedChange(e.currentTarget.checked)}
          className="tk:peer tk:absolute tk:inset-0 tk:z-10 tk:m-0 tk:size-full tk:cursor-pointer tk:appearance-none tk:rounded-full tk:opacity-0"
        />
        <span
          aria-hidden="true"
          className="tk:pointer-events-none tk:size-full tk:rounded-full tk:border-2 tk:border-input tk:bg-muted tk:transition-colors tk:peer-checked:border-primary tk:peer-checked:bg-primary tk:peer-focus-visible:ring-2 tk:peer-focus-visible:ring-ring tk:peer-focus-visible:ring-offset-2 tk:peer-focus-visible:ring-offset-background"
        />
        <span
          aria-hidden="true"
          className="tk:pointer-events-none tk:absolute tk:start-1 tk:top-1 tk:size-4 tk:rounded-full tk:bg-input tk:transition-transform tk:peer-checked:translate-x-5 tk:peer-checked:bg-primary-foreground tk:motion-reduce:transition-none tk:rtl:peer-checked:-translate-x-5"
        />
      </span>
      <span className="tk:flex tk:flex-col tk:gap-0.5">
        <label htmlFor={id} className="tk:cursor-pointer tk:font-medium">
          {label}
        </label>
        {hint && (
          <span id={hintId} data-slot="tk-switch-hint" className={mutedText}>
            {hint}
          </span>
        )}
        {error && (
          <span id={errorId} className="tk:text-sm tk:font-medium tk:text-destructive">
            {error}
          </span>
        )}
      </span>
    </div>
  );
}
