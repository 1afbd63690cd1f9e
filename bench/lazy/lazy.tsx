// The lazy page: topup-kit/lazy's shell. With ?prefetched the conversation is already loaded (what
// the idle prefetch leaves behind); without it the first 402 comes before the idle moment.
import { BalanceBlockedModal, preloadBalanceBlockedModal } from '../../src/lazy';
import { mount } from './page';

mount(BalanceBlockedModal, async () => {
  await preloadBalanceBlockedModal();
});
