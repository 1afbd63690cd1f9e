import { describe, expect, it } from 'vitest';
import { cn } from '../../../src/components/ui/cn';

describe('cn', () => {
  it.each([
    ['tk:bg-primary tk:bg-accent', 'tk:bg-accent'],
    ['tk:bg-primary tk:hover:bg-primary/90 tk:hover:bg-muted', 'tk:bg-primary tk:hover:bg-muted'],
    ['tk:text-sm tk:text-primary tk:text-lg', 'tk:text-primary tk:text-lg'],
    ['tk:text-start tk:text-center tk:text-foreground', 'tk:text-center tk:text-foreground'],
    ['tk:px-2 tk:py-1 tk:p-4', 'tk:p-4'],
    ['tk:p-4 tk:px-2', 'tk:p-4 tk:px-2'],
    ['tk:ps-3 tk:px-6', 'tk:px-6'],
    ['tk:mt-2 tk:m-0', 'tk:m-0'],
    ['tk:flex tk:flex-col tk:hidden', 'tk:flex-col tk:hidden'],
    ['tk:flex-1 tk:flex-col tk:flex-wrap', 'tk:flex-1 tk:flex-col tk:flex-wrap'],
    ['tk:border tk:border-input tk:border-2 tk:border-destructive', 'tk:border-2 tk:border-destructive'],
    ['tk:border-t tk:border-2', 'tk:border-2'],
    ['tk:border-s-4 tk:border-r-transparent', 'tk:border-s-4 tk:border-r-transparent'],
    ['tk:rounded-t-lg tk:rounded-md', 'tk:rounded-md'],
    [
      'tk:ring-2 tk:ring-ring tk:ring-offset-2 tk:ring-offset-background tk:ring-4',
      'tk:ring-ring tk:ring-offset-2 tk:ring-offset-background tk:ring-4',
    ],
    ['tk:font-medium tk:font-mono tk:font-semibold', 'tk:font-mono tk:font-semibold'],
    ['tk:w-full tk:h-4 tk:size-9', 'tk:size-9'],
    ['tk:max-w-lg tk:max-w-md tk:w-[calc(100vw-2rem)]', 'tk:max-w-md tk:w-[calc(100vw-2rem)]'],
    ['tk:-translate-x-1/2 tk:translate-x-5', 'tk:translate-x-5'],
    ['tk:underline tk:no-underline tk:underline-offset-4', 'tk:no-underline tk:underline-offset-4'],
    ['tk:overflow-y-auto tk:overflow-hidden', 'tk:overflow-hidden'],
    ['tk:gap-x-3 tk:gap-2', 'tk:gap-2'],
    ['tk:z-10 tk:z-50', 'tk:z-50'],
  ])('%s → %s', (input, expected) => {
    expect(cn(input)).toBe(expected);
  });

  it("keeps the host's unprefixed classes and clsx conditionals", () => {
    expect(cn('tk:bg-primary', false && 'tk:bg-muted', { 'my-host-class': true }, ['tk:bg-accent'])).toBe(
      'my-host-class tk:bg-accent',
    );
    expect(cn('bg-red-500 tk:bg-primary', 'bg-blue-500')).toBe('bg-red-500 tk:bg-primary bg-blue-500');
  });

  it('lets the consumer className override the kit defaults under the same variant only', () => {
    expect(cn('tk:bg-primary tk:focus-visible:ring-2', 'tk:bg-card tk:focus-visible:ring-4')).toBe(
      'tk:bg-card tk:focus-visible:ring-4',
    );
    expect(cn('tk:bg-primary', 'tk:dark:bg-card')).toBe('tk:bg-primary tk:dark:bg-card');
  });
});
