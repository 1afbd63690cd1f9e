import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from './button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from './dialog';

function Example({ defaultOpen = false }: { defaultOpen?: boolean }) {
  return (
    <Dialog defaultOpen={defaultOpen}>
      <DialogTrigger asChild>
        <Button>Open dialog</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Your balance ran out</DialogTitle>
        <DialogDescription>
          We paused it instead of charging more than you've approved — it will resume as soon as your balance
          is topped up.
        </DialogDescription>
        <div className="tk:flex tk:flex-wrap tk:gap-2">
          <Button>Top up $25.00</Button>
          <DialogClose asChild>
            <Button variant="ghost">Not now</Button>
          </DialogClose>
        </div>
      </DialogContent>
    </Dialog>
  );
}

const meta = {
  title: 'Primitives/Dialog',
  component: Example,
  // Each story's open dialog in its own frame on the Docs page, instead of all of them stacked.
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
} satisfies Meta<typeof Example>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};
export const Open: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await expect(await body.findByRole('dialog', { name: 'Your balance ran out' })).toBeVisible();
    await userEvent.click(body.getByRole('button', { name: 'Not now' }));
    await expect(body.queryByRole('dialog')).toBeNull();
  },
};
export const OpenDark: Story = { args: { defaultOpen: true }, globals: { theme: 'dark' } };
export const BrandForest: Story = { args: { defaultOpen: true }, globals: { theme: 'brand-forest' } };
export const BrandSunset: Story = { args: { defaultOpen: true }, globals: { theme: 'brand-sunset' } };
