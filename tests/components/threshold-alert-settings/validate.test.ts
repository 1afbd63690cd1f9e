import { describe, expect, it } from 'vitest';
import { type AlertSettings, en, money } from '../../../src';
import {
  describeError,
  readAmount,
  splitEmails,
  validateAlertSettings,
} from '../../../src/components/threshold-alert-settings/validate';
import { de } from '../../../src/locales/de';
import { fr } from '../../../src/locales/fr';
import { sampleAlertSettings } from '../../../src/testing';

const usd = (minor: number) => money(minor, 'USD');
const TERMS = 'the terms';
const codes = (errors: { key: string; code: string }[]) => errors.map((e) => `${e.key}:${e.code}`);

function settingsWith(change: (s: AlertSettings) => void): AlertSettings {
  const s = sampleAlertSettings();
  change(s);
  return s;
}

const recharge = (change: Partial<AlertSettings['autoRecharge']> = {}) =>
  settingsWith((s) => {
    s.autoRecharge = {
      ...s.autoRecharge,
      enabled: true,
      consent: { terms: TERMS, acceptedAt: '2026-11-01T00:00:00.000Z', version: '2026-11' },
      ...change,
    };
  });

const check = (settings: AlertSettings, extra: Partial<Parameters<typeof validateAlertSettings>[0]> = {}) =>
  codes(validateAlertSettings({ settings, minTopUp: usd(500), terms: TERMS, ...extra }));

describe('readAmount', () => {
  it.each([
    ['1,250.50', 'en-US', 125050],
    ['$1,250.50', 'en-US', 125050],
    ['1.250,50', 'de-DE', 125050],
    ['1 250,50', 'fr-FR', 125050],
    ['1\u202f250,50', 'fr-FR', 125050],
    ['  20 ', 'en-US', 2000],
    ['0', 'en-US', 0],
  ])('reads %j pasted in %s', (text, locale, minor) => {
    expect(readAmount(text, 'USD', locale)).toEqual({ ok: true, money: usd(minor) });
  });

  it.each([
    ['', 'format'],
    ['   ', 'format'],
    ['💸', 'format'],
    ['20💸', 'format'],
    ['1e309', 'format'],
    ['twenty', 'format'],
    ['-5', 'negative'],
    ['−5.00', 'negative'],
    ['5.123', 'decimals'],
    ['99999999999999999999', 'tooLarge'],
  ])('names the problem with %j (%s), never throws', (text, problem) => {
    expect(readAmount(text, 'USD', 'en-US')).toEqual({ ok: false, problem });
  });

  it('knows currencies without minor units', () => {
    expect(readAmount('1.5', 'JPY', 'en-US')).toEqual({ ok: false, problem: 'decimals' });
    expect(readAmount('1,500', 'JPY', 'en-US')).toEqual({ ok: true, money: money(1500, 'JPY') });
  });
});

describe('email addresses', () => {
  it('splits pasted address lists', () => {
    expect(splitEmails(' a@example.com, b@example.com;c@example.com\nd@example.com ,')).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
      'd@example.com',
    ]);
  });
});

describe('validateAlertSettings', () => {
  it('passes the defaults', () => {
    expect(check(sampleAlertSettings())).toEqual([]);
  });

  it('needs at least one channel while alerts are on, none while off', () => {
    const silent = settingsWith((s) => {
      s.channels = { email: [], inApp: false, webhookUrl: '  ' };
    });
    expect(check(silent)).toEqual(['channels:noChannel']);
    expect(check({ ...silent, alertsEnabled: false })).toEqual([]);
  });

  it('needs an alert level while alerts are on', () => {
    const none = settingsWith((s) => {
      s.thresholds = [];
    });
    expect(check(none)).toEqual(['thresholds:noThresholds']);
  });

  it('checks every email address and the webhook', () => {
    const settings = settingsWith((s) => {
      s.channels = {
        email: ['ops@example.com', 'not-an-email'],
        inApp: false,
        webhookUrl: 'javascript:alert(1)',
      };
    });
    const errors = validateAlertSettings({ settings, minTopUp: usd(500), terms: null });
    expect(codes(errors)).toEqual(['emails:email', 'webhook:webhook']);
    expect(errors[0]?.value).toBe('not-an-email');
    expect(
      check({ ...settings, channels: { ...settings.channels, webhookUrl: 'http://x.example' } }),
    ).toContain('webhook:webhook');
  });

  it('reports thresholds below 0 or unreadable, by alert number', () => {
    const settings = settingsWith((s) => {
      s.thresholds = [
        { level: 'warning', amount: usd(-100) },
        { level: 'critical', amount: usd(500) },
      ];
    });
    const errors = validateAlertSettings({
      settings,
      minTopUp: usd(500),
      terms: TERMS,
      amounts: { 'threshold-1': { ok: false, problem: 'decimals' } },
    });
    expect(codes(errors)).toEqual(['threshold-0:amountNegative', 'threshold-1:amountDecimals']);
    expect(errors.map((e) => e.n)).toEqual([1, 2]);
  });

  it('wants the top-up at least the minimum and the cap at least the top-up', () => {
    expect(check(recharge({ amount: usd(400) }))).toEqual(['rechargeAmount:belowMin']);
    expect(check(recharge({ amount: usd(500), monthlyCap: usd(500) }))).toEqual([]);
    expect(check(recharge({ amount: usd(3000), monthlyCap: usd(2500) }))).toEqual([
      'rechargeCap:capBelowAmount',
    ]);
    expect(
      check(recharge({ amount: usd(60000), monthlyCap: usd(100000) }), { maxTopUp: usd(50000) }),
    ).toEqual(['rechargeAmount:aboveMax']);
  });

  it('refuses auto-recharge without consent to the current terms', () => {
    expect(check(recharge({ consent: undefined }))).toEqual(['consent:consent']);
    expect(check(recharge(), { terms: 'other terms' })).toEqual(['consent:consent']);
    expect(check(recharge())).toEqual([]);
  });

  it('never needs consent to turn auto-recharge off', () => {
    const off = recharge({ enabled: false, consent: undefined, amount: usd(1) });
    expect(check(off, { terms: null })).toEqual([]);
  });

  it('asks for a payment method when the account has none', () => {
    expect(check(recharge(), { methods: [], terms: null })).toEqual(['recharge:noMethod']);
  });

  it('lets the amount errors speak when the terms cannot be worded yet', () => {
    const errors = validateAlertSettings({
      settings: recharge({ consent: undefined }),
      minTopUp: usd(500),
      terms: null,
      amounts: { rechargeAmount: { ok: false, problem: 'format' } },
    });
    expect(codes(errors)).toEqual(['rechargeAmount:amountFormat']);
  });
});

describe('describeError', () => {
  it('says what is wrong and how to fix it, naming the field, in en/de/fr', () => {
    const error = { key: 'threshold-1', code: 'amountFormat', field: 'threshold', n: 2 } as const;
    expect(describeError(error, en, 'en-US', 'USD')).toBe(
      'Enter the amount for alert 2 as an amount, like $20.00.',
    );
    expect(describeError(error, de, 'de-DE', 'EUR').replace(/\s/g, ' ')).toBe(
      'Geben Sie den Betrag für Warnung 2 als Betrag ein, z. B. 20,00 €.',
    );
    expect(describeError(error, fr, 'fr-FR', 'EUR').replace(/\s/g, ' ')).toBe(
      'Saisissez le montant de l’alerte 2 sous forme de montant, par exemple 20,00 €.',
    );
  });

  it('words decimals by currency, and money limits', () => {
    const decimals = { key: 'rechargeCap', code: 'amountDecimals', field: 'rechargeCap' } as const;
    expect(describeError(decimals, en, 'en-US', 'USD')).toBe(
      'Enter the monthly cap with at most 2 decimal places.',
    );
    expect(describeError(decimals, en, 'en-US', 'JPY')).toBe(
      'Enter the monthly cap in whole JPY, without decimals.',
    );
    expect(
      describeError({ key: 'rechargeAmount', code: 'belowMin', money: usd(500) }, en, 'en-US', 'USD'),
    ).toBe('Add at least $5.00 each time — that is the smallest top-up.');
    expect(describeError({ key: 'emails', code: 'email', value: 'ops@' }, en, 'en-US', 'USD')).toBe(
      'Enter email addresses like name@example.com — “ops@” is not one.',
    );
  });
});
