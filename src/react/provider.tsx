import * as React from 'react';
import {
  type BillingAdapter,
  createRecovery,
  createTabSync,
  type Detector,
  type Recovery,
  type RecoveryEvent,
  withRecovery,
} from '../core';
import type { Messages } from '../locales/en';
import type { DeepPartial } from '../locales/types';
import { KitContext, type KitContextState, type SocialProof, type TopUpLimits } from './context';

export type TopupProviderProps = {
  /** Read once: the store keeps the first adapter (pass `recovery` to control its lifetime). */
  adapter: BillingAdapter;
  /** Share a store you created yourself (e.g. to block from outside React). One is made otherwise. */
  recovery?: Recovery;
  /** BCP 47 locale for numbers, money, dates and plurals. Default "en". */
  locale?: string;
  /** Direction of the portalled modal; by default it follows the document. */
  dir?: 'ltr' | 'rtl';
  /** A whole catalog (e.g. `de` from topup-kit/locales/de) or any part of one, over English. */
  messages?: DeepPartial<Messages>;
  /** Every event, core and UI, for the host's analytics. */
  onEvent?: (event: RecoveryEvent) => void;
  /** False for members without billing rights: they see "Ask an admin to top up" instead of payment. */
  canTopUp?: boolean;
  onRequestTopUp?: () => void | Promise<void>;
  supportHref?: string;
  /** A real figure the host can stand behind; never invented by the kit. Shown only when given. */
  socialProof?: SocialProof;
  /** The fetch the kit's recovered fetch wraps. Default: the global fetch, looked up per call. */
  fetch?: typeof fetch;
  /** The host's own 402 shapes, tried before the built-in rules. */
  detect?: Detector;
  /** Smallest and largest top-up the host accepts. */
  limits?: TopUpLimits;
  /**
   * IANA time zone for calendar days (usage periods, run-out dates). Default: the user's own. A
   * server render without it uses UTC, and the browser switches to the user's zone on hydration.
   */
  timeZone?: string;
  /**
   * One conversation across this browser's tabs (on by default): a top-up in any tab resumes the
   * work waiting in every tab, and two tabs never charge for one decision. Name the `account`
   * when one origin serves several; `false` keeps each tab on its own.
   */
  crossTab?: boolean | { account?: string };
  children?: React.ReactNode;
};

/** Keeps the previous value while a new one is structurally equal (hosts often pass inline objects). */
function useStable<T>(value: T): T {
  const ref = React.useRef(value);
  if (ref.current !== value && JSON.stringify(ref.current) !== JSON.stringify(value)) ref.current = value;
  return ref.current;
}

export function TopupProvider({
  adapter,
  recovery: recoveryProp,
  locale: localeProp = 'en',
  dir,
  messages,
  onEvent,
  canTopUp = true,
  onRequestTopUp,
  supportHref,
  socialProof: socialProofProp,
  fetch: fetchProp,
  detect,
  limits: limitsProp,
  timeZone,
  crossTab = true,
  children,
}: TopupProviderProps) {
  // Created during render but touching nothing global, so server rendering is safe.
  const [ownRecovery] = React.useState(
    () => recoveryProp ?? createRecovery({ adapter, detect, storage: tabStorage() }),
  );
  const recovery = recoveryProp ?? ownRecovery;

  // In an effect: browser-only, and closed again on unmount (StrictMode mounts twice).
  const tabAccount = crossTab ? (crossTab !== true && crossTab.account) || 'default' : undefined;
  React.useEffect(() => {
    if (!tabAccount) return;
    const sync = createTabSync({ account: tabAccount });
    const disconnect = recovery.syncTabs(sync);
    return () => {
      disconnect();
      sync.close();
    };
  }, [recovery, tabAccount]);

  const onEventRef = React.useRef(onEvent);
  onEventRef.current = onEvent;
  React.useEffect(() => recovery.onEvent((event) => onEventRef.current?.(event)), [recovery]);

  const onRequestRef = React.useRef(onRequestTopUp);
  onRequestRef.current = onRequestTopUp;
  const hasRequest = !!onRequestTopUp;

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

  // Kept as given: the components merge it over English (useKit), not the provider.
  const messageOverrides = useStable(messages);
  // A locale Intl rejects (a host's typo) would make every formatter throw: use English instead.
  const locale = React.useMemo(() => supportedLocale(localeProp), [localeProp]);
  const limits = useStable(limitsProp);
  const socialProof = useStable(socialProofProp);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `adapter` is read once, like the store's.
  const value = React.useMemo<KitContextState>(
    () => ({
      recovery,
      adapter: recovery.adapter ?? adapter,
      fetch: recoveredFetch,
      locale,
      dir,
      messageOverrides,
      canTopUp,
      onRequestTopUp: hasRequest ? () => onRequestRef.current?.() : undefined,
      supportHref,
      socialProof: socialProof?.text ? socialProof : undefined,
      emit: (event) => recovery.emit(event),
      limits,
      timeZone,
    }),
    [
      recovery,
      recoveredFetch,
      locale,
      dir,
      messageOverrides,
      canTopUp,
      hasRequest,
      supportHref,
      socialProof,
      limits,
      timeZone,
    ],
  );

  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}

/** This tab's sessionStorage, where the browser has one and allows it (never on the server). */
function tabStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined; // storage disabled by the user's privacy settings
  }
}

/** The locale as Intl spells it, or "en" when Intl cannot read it. */
function supportedLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
