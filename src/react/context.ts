import * as React from 'react';
import type { BillingAdapter, Recovery, RecoveryEvent, RecoveryFetch, TopUpLimits } from '../core';
import { en, type Messages } from '../locales/en';
import type { DeepPartial } from '../locales/types';
import { mergeMessages } from './i18n';

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

/**
 * What the provider puts in context: everything but the catalog, of which it keeps only the host's
 * overrides. The catalog over English is built where something speaks (`useKit`), so a host whose
 * page holds only the guard (provider, `useRecovery`, the lazy modal's shell) never loads the
 * English catalog up front: it comes with the first component that shows words.
 */
export type KitContextState = Omit<KitContextValue, 'messages'> & {
  messageOverrides?: DeepPartial<Messages>;
};

export const KitContext = React.createContext<KitContextState | null>(null);

/** The provider's context without the catalog; a clear message outside <TopupProvider>. */
export function useKitState(): KitContextState {
  const value = React.useContext(KitContext);
  if (!value)
    throw new Error('topup-kit: wrap your app in <TopupProvider adapter={…}> before using its components.');
  return value;
}

/**
 * Some sections of the catalog: what one component speaks. A component asks for its own sections
 * (`useFormatFor({ common, topUp })`) so a host's bundle carries only the English it shows.
 */
export type MessageSections = Partial<Messages>;

/** One merged catalog per sections and overrides object, shared by every component that asks. */
const catalogs = new WeakMap<object, WeakMap<object, object>>();
export function catalogOver<Sections extends MessageSections>(
  sections: Sections,
  overrides: DeepPartial<Messages> | undefined,
): Sections {
  if (!overrides) return sections;
  let bySections = catalogs.get(overrides);
  if (!bySections) {
    bySections = new WeakMap();
    catalogs.set(overrides, bySections);
  }
  let catalog = bySections.get(sections) as Sections | undefined;
  if (!catalog) {
    // Only the sections asked for: the rest of the overrides belong to other components.
    const asked = Object.fromEntries(
      Object.keys(sections).map((section) => [section, overrides[section as keyof Messages]]),
    );
    catalog = mergeMessages(sections, asked);
    bySections.set(sections, catalog);
  }
  return catalog;
}

/**
 * The provider's context with the whole catalog; a clear message outside <TopupProvider>. The
 * kit's own components use `useKitState` and `useFormatFor` instead, which load only their sections.
 */
export function useKit(): KitContextValue {
  const state = useKitState();
  return React.useMemo(
    () => ({ ...state, messages: catalogOver(en as Messages, state.messageOverrides) }),
    [state],
  );
}
