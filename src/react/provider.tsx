import * as React from 'react';
import {
  type BillingAdapter,
  createRecovery,
  type Detector,
  type Money,
  type Recovery,
  type RecoveryEvent,
  withRecovery,
} from '../core';
import { en, type Messages } from '../locales/en';
import type { DeepPartial } from '../locales/types';
import { KitContext, type KitContextValue, type SocialProof } from './context';
import { mergeMessages } from './i18n';

export type TopupProviderProps = {
  adapter: BillingAdapter;
  /** Share a store you created yourself (e.g. to block from outside React). One is made otherwise. */
  recovery?: Recovery;
  /** BCP 47 locale for numbers, money, dates and plurals. Default "en". */
  locale?: string;
  /** A whole catalog (e.g. `de` from topup-kit/locales/de) or any part of one, over English. */
  messages?: DeepPartial<Messages>;
  /** Every event, core and UI, for the host's analytics. */
  onEvent?: (event: RecoveryEvent) => void;
  /** False for members without billing rights: they see "Ask an admin to top up" instead of payment. */
  canTopUp?: boolean;
  onRequestTopUp?: () => void | Promise<void>;
  supportHref?: string;
  /** A real figure the host can stand behind; never invented by the kit. */
  socialProof?: SocialProof;
  /** The fetch the kit's recovered fetch wraps. Default: the global fetch, looked up per call. */
  fetch?: typeof fetch;
  /** The host's own 402 shapes, tried before the built-in rules. */
  detect?: Detector;
  /** Smallest and largest top-up the host accepts. */
  limits?: { min?: Money; max?: Money };
  children?: React.ReactNode;
};

export function TopupProvider({
  adapter,
  recovery: recoveryProp,
  locale = 'en',
  messages,
  onEvent,
  canTopUp = true,
  onRequestTopUp,
  supportHref,
  socialProof,
  fetch: fetchProp,
  detect,
  limits,
  children,
}: TopupProviderProps) {
  const [ownRecovery] = React.useState(() => recoveryProp ?? createRecovery({ adapter, detect }));
  const recovery = recoveryProp ?? ownRecovery;

  const onEventRef = React.useRef(onEvent);
  onEventRef.current = onEvent;
  React.useEffect(() => recovery.onEvent((event) => onEventRef.current?.(event)), [recovery]);

  const fetchRef = React.useRef(fetchProp);
  fetchRef.current = fetchProp;
  const recoveredFetch = React.useMemo(
    () =>
      withRecovery(
        // Looked up per call: SSR never touches window, and tests may swap the global fetch.
        (input, init) => (fetchRef.current ?? globalThis.fetch)(input, init),
        recovery,
        { detect },
      ),
    [recovery, detect],
  );

  const merged = React.useMemo(() => mergeMessages(en as Messages, messages), [messages]);

  const value = React.useMemo<KitContextValue>(
    () => ({
      recovery,
      adapter,
      fetch: recoveredFetch,
      locale,
      messages: merged,
      canTopUp,
      onRequestTopUp,
      supportHref,
      socialProof,
      emit: (event) => recovery.emit(event),
      limits,
    }),
    [
      recovery,
      adapter,
      recoveredFetch,
      locale,
      merged,
      canTopUp,
      onRequestTopUp,
      supportHref,
      socialProof,
      limits,
    ],
  );

  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}
