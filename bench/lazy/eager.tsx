// The eager page: the modal imported from the package's React entry, as most hosts do today.
import { BalanceBlockedModal } from '../../src/components/balance-blocked-modal';
import { mount } from './page';

mount(BalanceBlockedModal, async () => {});
