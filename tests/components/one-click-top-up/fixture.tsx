import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OneClickTopUp, type OneClickTopUpProps } from '../../../src/components/one-click-top-up';
import type { TopUpRequest } from '../../../src/core';
import { TopupProvider, type TopupProviderProps } from '../../../src/react';
import { createFakeAdapter, type FakeAdapterOptions } from '../../support/fake-adapter';

/** OneClickTopUp on its own (a billing page), in a provider over the fake adapter. */
export function setup(
  props: OneClickTopUpProps = {},
  { fake, provider }: { fake?: FakeAdapterOptions; provider?: Partial<TopupProviderProps> } = {},
) {
  const adapter = createFakeAdapter(fake);
  const user = userEvent.setup();
  const view = render(
    <TopupProvider adapter={adapter} {...provider}>
      <OneClickTopUp {...props} />
    </TopupProvider>,
  );
  const requests = () =>
    adapter.calls.filter((c) => c.method === 'topUp').map((c) => c.args[0] as TopUpRequest);
  const root = () => view.container.querySelector('[data-slot="one-click-top-up"]') as HTMLElement;
  return { adapter, user, requests, root, ...view };
}

export const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
