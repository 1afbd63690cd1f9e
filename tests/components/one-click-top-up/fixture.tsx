import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OneClickTopUp, type OneClickTopUpProps } from '../../../src/components/one-click-top-up';
import { TopupProvider, type TopupProviderProps } from '../../../src/react';
import { createFakeBillingAdapter, type FakeBillingOptions } from '../../../src/testing';

/** OneClickTopUp on its own (a billing page), in a provider over the fake adapter. */
export function setup(
  props: OneClickTopUpProps = {},
  { fake, provider }: { fake?: FakeBillingOptions; provider?: Partial<TopupProviderProps> } = {},
) {
  // $1.20 left. The test's own options object goes to the fake, which reads it at each call.
  const options = fake ?? {};
  options.balanceMinor ??= 120;
  const adapter = createFakeBillingAdapter(options);
  const user = userEvent.setup();
  const view = render(
    <TopupProvider adapter={adapter} {...provider}>
      <OneClickTopUp {...props} />
    </TopupProvider>,
  );
  const requests = () => adapter.topUpRequests();
  const root = () => view.container.querySelector('[data-slot="tk-one-click-top-up"]') as HTMLElement;
  return { adapter, user, requests, root, ...view };
}

export const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
