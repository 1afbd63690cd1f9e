import type { Decorator } from '@storybook/react-vite';
import * as React from 'react';
import { TopupProvider, type TopupProviderProps } from '../src';
import { createFakeBillingAdapter, type FakeBillingOptions, sampleAlertSettings } from '../src/testing';
import { catalogs } from '../tests/support/locales';
import { PSEUDO_RTL_LOCALE, pseudoRtlMessages } from './pseudo-rtl';

// The shipped catalogs, and the right-to-left pseudo-locale for the RTL stories.
const locales = { ...catalogs, rtl: { locale: PSEUDO_RTL_LOCALE, messages: pseudoRtlMessages } };

/** `parameters.kit` on a story: wrap it in a TopupProvider over a fake (or given) adapter. */
export type KitParameters = {
  fake?: FakeBillingOptions;
  provider?: Partial<TopupProviderProps>;
};

function KitStory({
  kit,
  localeKey,
  storyId,
  children,
}: {
  kit: KitParameters;
  localeKey: string;
  storyId: string;
  children: React.ReactNode;
}) {
  // One adapter per story mount, so scripted outcomes and the ledger persist across re-renders.
  // The demo account: $1.20 left, alerts set up; a story changes what it needs.
  const [adapter] = React.useState(
    () =>
      kit.provider?.adapter ??
      createFakeBillingAdapter({ balanceMinor: 120, alertSettings: sampleAlertSettings(), ...kit.fake }),
  );
  const { locale, messages } = locales[localeKey as keyof typeof locales] ?? locales.en;
  return (
    // Stories run side by side in one origin: each is its own account, so none sees another's tabs.
    <TopupProvider
      locale={locale}
      messages={messages}
      crossTab={{ account: storyId }}
      {...kit.provider}
      adapter={adapter}
    >
      {children}
    </TopupProvider>
  );
}

export const withKit: Decorator = (Story, context) => {
  const kit = context.parameters.kit as KitParameters | undefined;
  const dir = (context.globals.dir as string) ?? 'ltr';
  document.documentElement.dir = dir;
  if (!kit) return <Story />;
  return (
    <KitStory kit={kit} localeKey={(context.globals.locale as string) ?? 'en'} storyId={context.id}>
      <Story />
    </KitStory>
  );
};
