import { common } from '../../locales/en/common';
import { modal } from '../../locales/en/modal';
import { outcome } from '../../locales/en/outcome';
import { useFormatFor } from '../../react';

/** The English sections BalanceBlockedModal speaks; the provider's `messages` (a locale, overrides) apply over them. */
export const balanceBlockedModalMessages = { common, modal, outcome };

/** `useFormat` over BalanceBlockedModal's sections only, so a host ships no English it never shows. */
export const useBalanceBlockedModalFormat = () => useFormatFor(balanceBlockedModalMessages);
