import { cva, type VariantProps } from 'class-variance-authority';
import type * as React from 'react';
import { cn } from './cn';

// Marked pure so a host that never renders it drops it, and class-variance-authority with it.
export const buttonVariants = /* @__PURE__ */ cva(
  'tk:relative tk:m-0 tk:inline-flex tk:items-center tk:border-0 tk:font-sans tk:justify-center tk:gap-2 tk:whitespace-nowrap tk:rounded-md tk:font-medium tk:transition-colors tk:cursor-pointer tk:select-none tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring tk:focus-visible:ring-offset-2 tk:focus-visible:ring-offset-background tk:disabled:cursor-not-allowed tk:disabled:opacity-60 tk:aria-busy:cursor-progress',
  {
    variants: {
      variant: {
        primary: 'tk:bg-primary tk:text-primary-foreground tk:hover:bg-primary/90',
        secondary: 'tk:border tk:border-input tk:bg-secondary tk:text-secondary-foreground tk:hover:bg-muted',
        ghost: 'tk:bg-transparent tk:text-foreground tk:hover:bg-muted',
        destructive: 'tk:bg-destructive tk:text-destructive-foreground tk:hover:bg-destructive/90',
        link: 'tk:bg-transparent tk:text-primary tk:underline tk:underline-offset-4 tk:hover:no-underline',
      },
      size: {
        sm: 'tk:h-8 tk:px-3 tk:text-sm',
        md: 'tk:h-10 tk:px-4 tk:text-sm',
        lg: 'tk:h-11 tk:px-6 tk:text-base',
        icon: 'tk:size-9',
      },
    },
    defaultVariants: { variant: 'primary', size: 'md' },
  },
);

export type ButtonProps = React.ComponentProps<'button'> &
  VariantProps<typeof buttonVariants> & {
    /** Shows a spinner, keeps the button's width, sets `aria-busy` and ignores clicks. */
    loading?: boolean;
  };

export function Button({
  className,
  variant,
  size,
  loading = false,
  type = 'button',
  children,
  onClick,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      data-slot="tk-button"
      data-state={loading ? 'loading' : 'idle'}
      type={type}
      aria-busy={loading || undefined}
      // aria-disabled rather than disabled while loading: focus stays on the button.
      aria-disabled={loading || props['aria-disabled'] || undefined}
      className={cn(buttonVariants({ variant, size }), className)}
      onClick={(event) => {
        if (loading) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {/* The label stays in the layout (transparent, still named) so the width never jumps while loading. */}
      <span className={cn('tk:inline-flex tk:items-center tk:gap-2', loading && 'tk:opacity-0')}>
        {children}
      </span>
      {loading && (
        <span
          aria-hidden="true"
          data-slot="tk-button-spinner"
          className="tk:absolute tk:inset-0 tk:m-auto tk:size-4 tk:animate-spin tk:rounded-full tk:border-2 tk:border-current tk:border-r-transparent tk:motion-reduce:animate-none"
        />
      )}
    </button>
  );
}
