import * as DialogPrimitive from '@radix-ui/react-dialog';
import type * as React from 'react';
import { cn } from './cn';

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogPortal = DialogPrimitive.Portal;

export type DialogOverlayProps = React.ComponentProps<typeof DialogPrimitive.Overlay>;

export function DialogOverlay({ className, ...props }: DialogOverlayProps) {
  return (
    <DialogPrimitive.Overlay
      data-slot="tk-dialog-overlay"
      className={cn('tk:fixed tk:inset-0 tk:z-50 tk:bg-overlay', className)}
      {...props}
    />
  );
}

export type DialogContentProps = React.ComponentProps<typeof DialogPrimitive.Content> & {
  /** Where to portal; defaults to document.body. */
  container?: HTMLElement | null;
};

/** Overlay + centred panel in a portal. Escape and the overlay close it (Radix). */
export function DialogContent({ className, children, container, ...props }: DialogContentProps) {
  return (
    <DialogPortal container={container}>
      <DialogOverlay />
      <DialogPrimitive.Content
        data-slot="tk-dialog-content"
        data-tk-root=""
        className={cn(
          'tk:fixed tk:left-1/2 tk:top-1/2 tk:z-50 tk:flex tk:max-h-[calc(100dvh-2rem)] tk:w-[calc(100vw-2rem)] tk:max-w-lg tk:-translate-x-1/2 tk:-translate-y-1/2 tk:flex-col tk:gap-4 tk:overflow-y-auto tk:rounded-xl tk:border tk:border-border tk:bg-card tk:p-6 tk:text-card-foreground tk:shadow-xl tk:outline-none',
          className,
        )}
        {...props}
      >
        {children}
      </DialogPrimitive.Content>
    </DialogPortal>
  );
}

export type DialogTitleProps = React.ComponentProps<typeof DialogPrimitive.Title>;

export function DialogTitle({ className, ...props }: DialogTitleProps) {
  return (
    <DialogPrimitive.Title
      data-slot="tk-dialog-title"
      className={cn('tk:text-lg tk:font-semibold tk:leading-tight', className)}
      {...props}
    />
  );
}

export type DialogDescriptionProps = React.ComponentProps<typeof DialogPrimitive.Description>;

export function DialogDescription({ className, ...props }: DialogDescriptionProps) {
  return (
    <DialogPrimitive.Description
      data-slot="tk-dialog-description"
      className={cn('tk:text-sm tk:text-muted-foreground', className)}
      {...props}
    />
  );
}

export type DialogCloseProps = React.ComponentProps<typeof DialogPrimitive.Close>;

export function DialogClose(props: DialogCloseProps) {
  return <DialogPrimitive.Close data-slot="tk-dialog-close" {...props} />;
}
