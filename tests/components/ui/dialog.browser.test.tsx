import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from '../../../src/components/ui';

function Example() {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>Open</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Your balance ran out</DialogTitle>
        <DialogDescription>We paused it instead of charging more than you've approved.</DialogDescription>
        <Button>Top up $25.00</Button>
        <DialogClose asChild>
          <Button variant="ghost">Not now</Button>
        </DialogClose>
      </DialogContent>
    </Dialog>
  );
}

describe('Dialog (real Chromium)', () => {
  it('portals to body, traps focus, closes on Escape and returns focus to the trigger', async () => {
    render(<Example />);
    const trigger = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: 'Your balance ran out' });
    expect(dialog.parentElement).toBe(document.body);
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('draws the panel in the token colours, centred in the viewport', async () => {
    render(<Example />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = await screen.findByRole('dialog');
    const style = getComputedStyle(dialog);
    expect(style.position).toBe('fixed');
    expect(style.backgroundColor).toBe('rgb(255, 255, 255)');
    const box = dialog.getBoundingClientRect();
    expect(Math.abs(box.left + box.width / 2 - window.innerWidth / 2)).toBeLessThan(2);
  });
});
