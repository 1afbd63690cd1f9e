import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../../src/components/ui';

describe('Button', () => {
  it('is a named button that reports clicks', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Top up $25.00</Button>);
    await userEvent.click(screen.getByRole('button', { name: 'Top up $25.00' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('while loading keeps its name, says it is busy and ignores clicks', async () => {
    const onClick = vi.fn();
    render(
      <Button loading onClick={onClick}>
        Top up $25.00
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Top up $25.00' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-state', 'loading');
    await userEvent.click(button);
    await userEvent.keyboard('{Enter}');
    expect(onClick).not.toHaveBeenCalled();
  });

  it('defaults to type="button" so it never submits a host form by accident', () => {
    render(<Button>Go</Button>);
    expect(screen.getByRole('button')).toHaveAttribute('type', 'button');
  });
});
