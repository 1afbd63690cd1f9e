import * as React from 'react';
import type { BillingAdapter, Recovery, RecoveryEvent, RecoveryFetch, TopUpLimits } from '../core';
import type { Messages } from '../locales/en';

/** A figure the host can stand behind ("Most teams on your plan set a low-balance alert."). */
export type SocialProof = { text: string };

export type { TopUpLimits };

export type KitContextValue = {
  recovery: Recovery;
  adapter: BillingAdapter;
  /** The provider's withRecovery fetch: 402s open the conversation and replay after top-up. */
  fetch: RecoveryFetch;
  locale: string;
  /** Text direction for what the kit portals out of the host's tree (the modal); inherit when unset. */
  dir?: 'ltr' | 'rtl';
  messages: Messages;
  canTopUp: boolean;
  onRequestTopUp?: () => void | Promise<void>;
  supportHref?: string;
  socialProof?: SocialProof;
  /** Reports a UI event to the host (and the store's listeners). */
  emit: (event: RecoveryEvent) => void;
  /** Minimum and maximum a user may top up, when the host sets them. */
  limits?: TopUpLimits;
  /** IANA zone the host counts days in; unset: the user's own (after hydration when server-rendered). */
  timeZone?: string;
};

export const KitContext = React.createContext<KitContextValue | null>(null);

/** The provider's context; a clear message when a component is used outside <TopupProvider>. */
export function useKit(): KitContextValue {
  const value = React.useContext(KitContext);
  if (!value)
    throw new Error('topup-kit: wrap your app in <TopupProvider adapter={…}> before using its components.');
  return value;
}
