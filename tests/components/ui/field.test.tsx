import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field, Input } from '../../../src/components/ui';

describe('Field', () => {
  it('labels the control and describes it with hint and error', () => {
    render(
      <Field label="Amount" hint="Between $5.00 and $500.00." error="Enter an amount of at least $5.00.">
        {(control) => <Input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Amount' });
    expect(input).toHaveAccessibleDescription(
      'Between $5.00 and $500.00. Enter an amount of at least $5.00.',
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('is valid without an error and can take a known id', () => {
    render(
      <Field label="Amount" id="amount">
        {(control) => <Input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Amount' });
    expect(input).toHaveAttribute('id', 'amount');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });
});
