import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Button, Input } from '../../../src/components/ui';

// The kit ships no reset: on a host without one, controls must still look like the kit's.
describe("the consumer's className (real Chromium)", () => {
  it('comes last, so it wins a conflict: the button paints the colour the host asked for', () => {
    render(
      <div>
        <Button>Default</Button>
        <Button className="tk:bg-accent">Go</Button>
        <span className="tk:bg-accent" data-testid="accent" />
      </div>,
    );
    const background = (element: Element) => getComputedStyle(element).backgroundColor;
    const go = screen.getByRole('button', { name: 'Go' });
    expect(background(go)).toBe(background(screen.getByTestId('accent')));
    expect(background(go)).not.toBe(background(screen.getByRole('button', { name: 'Default' })));
  });
});

describe('controls on a host page with no CSS reset (real Chromium)', () => {
  it('ghost and link buttons draw no browser border and use the kit font', () => {
    document.documentElement.style.setProperty('--tk-font', 'Georgia, serif');
    render(
      <div>
        <Button variant="ghost">Not now</Button>
        <Button variant="link">Contact support</Button>
        <Button variant="secondary">Choose another amount</Button>
        <Input aria-label="Amount" />
      </div>,
    );
    for (const name of ['Not now', 'Contact support']) {
      const style = getComputedStyle(screen.getByRole('button', { name }));
      expect(style.borderTopWidth).toBe('0px');
      expect(style.fontFamily).toContain('Georgia');
    }
    expect(
      getComputedStyle(screen.getByRole('button', { name: 'Choose another amount' })).borderTopWidth,
    ).toBe('1px');
    expect(getComputedStyle(screen.getByRole('textbox', { name: 'Amount' })).fontFamily).toContain('Georgia');
    document.documentElement.style.removeProperty('--tk-font');
  });
});
