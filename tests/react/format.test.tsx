import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OneClickTopUp, ThresholdAlertSettings, TopupProvider } from '../../src';
import { createRecovery } from '../../src/core';
import { de } from '../../src/locales/de';
import { en } from '../../src/locales/en';
import { common } from '../../src/locales/en/common';
import { topUp } from '../../src/locales/en/top-up';
import { type MessageSections, useFormat, useFormatFor, useKit } from '../../src/react';
import { createFakeBillingAdapter } from '../../src/testing';

// Each component speaks only its own sections of the catalog (useFormatFor), so a host ships
// only the English it shows. What a host passes to the provider must still reach every section.

const overrides = {
  common: { notNow: 'Later' },
  topUp: { otherAmount: 'Another amount' },
  modal: { balance: 'Funds' },
};

function Sections({ sections, seen }: { sections: MessageSections; seen: unknown[] }) {
  seen.push(useFormatFor(sections).messages);
  return null;
}

function Whole({ seen }: { seen: unknown[] }) {
  seen.push(useFormat().messages, useKit().messages);
  return null;
}

describe('useFormatFor', () => {
  it('gives the sections asked for, with the provider’s overrides merged over them, and nothing else', () => {
    const adapter = createFakeBillingAdapter();
    const seen: unknown[] = [];
    const sections = { common, topUp };
    render(
      <TopupProvider adapter={adapter} recovery={createRecovery({ adapter })} messages={overrides}>
        <Sections sections={sections} seen={seen} />
        <Sections sections={sections} seen={seen} />
      </TopupProvider>,
    );
    const [first, second] = seen as [Record<string, Record<string, unknown>>, unknown];
    expect(Object.keys(first).sort()).toEqual(['common', 'topUp']);
    expect(first.common?.notNow).toBe('Later');
    expect(first.common?.topUpAmount).toBe(en.common.topUpAmount);
    expect(first.topUp?.otherAmount).toBe('Another amount');
    // One merged catalog per sections and overrides, shared by every component that asks.
    expect(second).toBe(first);
    // The English sections themselves are never written to.
    expect(common.notNow).toBe('Not now');
  });

  it('is the English sections as they are when the provider has no messages', () => {
    const adapter = createFakeBillingAdapter();
    const seen: unknown[] = [];
    const sections = { topUp };
    render(
      <TopupProvider adapter={adapter} recovery={createRecovery({ adapter })}>
        <Sections sections={sections} seen={seen} />
      </TopupProvider>,
    );
    expect(seen[0]).toBe(sections);
  });

  it('useFormat and useKit still give the whole catalog, overrides included', () => {
    const adapter = createFakeBillingAdapter();
    const seen: unknown[] = [];
    render(
      <TopupProvider adapter={adapter} recovery={createRecovery({ adapter })} messages={overrides}>
        <Whole seen={seen} />
      </TopupProvider>,
    );
    for (const messages of seen as (typeof en)[]) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      expect(messages.modal.balance).toBe('Funds');
      expect(messages.alerts.alerts.switch).toBe(en.alerts.alerts.switch);
    }
  });
});

describe('components on their own sections', () => {
  it('speak a locale passed to the provider, and an override of a section another component also reads', async () => {
    const adapter = createFakeBillingAdapter({ balanceMinor: 100 });
    render(
      <TopupProvider
        adapter={adapter}
        recovery={createRecovery({ adapter })}
        locale="de-DE"
        messages={{ ...de, topUp: { ...de.topUp, otherAmount: 'Ein anderer Betrag' } }}
      >
        <OneClickTopUp />
        <ThresholdAlertSettings />
      </TopupProvider>,
    );
    // OneClickTopUp's own section, overridden.
    expect(await screen.findByRole('radio', { name: 'Ein anderer Betrag' })).toBeInTheDocument();
    // ThresholdAlertSettings' own section, from the locale.
    expect(await screen.findByRole('switch', { name: de.alerts.alerts.switch })).toBeInTheDocument();
  });
});
