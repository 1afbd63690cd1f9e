import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Field, Input } from './field';

const meta = {
  title: 'Primitives/Field',
  component: Field,
  args: {
    label: 'Amount',
    hint: 'Between $5.00 and $500.00.',
    children: (control) => <Input {...control} />,
  },
} satisfies Meta<typeof Field>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithError: Story = {
  args: { error: 'Enter an amount of at least $5.00.' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Amount' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/at least \$5\.00/);
  },
};
export const Dark: Story = {
  args: { error: 'Enter an amount of at least $5.00.' },
  globals: { theme: 'dark' },
};
