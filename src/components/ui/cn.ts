import { type ClassValue, clsx } from 'clsx';
import { extendTailwindMerge } from 'tailwind-merge';

// The kit's classes carry the `tk:` prefix (see styles/index.css); tell twMerge so conflicts resolve.
const twMerge = extendTailwindMerge({ prefix: 'tk' });

/** Joins class names; later ones win Tailwind conflicts, so the consumer's `className` goes last. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
