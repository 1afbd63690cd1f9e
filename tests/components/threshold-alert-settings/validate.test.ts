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
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['💸', { kind: 'invalid' }],
    ['20💸', { kind: 'invalid' }],
    ['1e309', { kind: 'invalid' }],
    ['twenty', { kind: 'invalid' }],
    ['-5', { kind: 'negative' }],
    ['−5.00', { kind: 'negative' }],
    ['5.123', { kind: 'decimals', digits: 2 }],
    ['99999999999999999999', { kind: 'too-large' }],
  ])('names the problem with %j in core’s vocabulary, never throws', (text, problem) => {
    expect(readAmount(text, 'USD', 'en-US')).toEqual({ ok: false, problem });
  });

  it('knows currencies without minor units', () => {
    expect(readAmount('1.5', 'JPY', 'en-US')).toEqual({
      ok: false,
      problem: { kind: 'decimals', digits: 0 },
    });
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
      amounts: { 'threshold-1': { ok: false, problem: { kind: 'decimals', digits: 2 } } },
    });
    expect(codes(errors)).toEqual(['threshold-0:amount', 'threshold-1:amount']);
    expect(errors.map((e) => e.problem?.kind)).toEqual(['negative', 'decimals']);
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
      amounts: { rechargeAmount: { ok: false, problem: { kind: 'invalid' } } },
    });
    expect(codes(errors)).toEqual(['rechargeAmount:amount']);
  });
});

describe('describeError', () => {
  it('names the field, then says what OneClickTopUp says for the same problem, in en/de/fr', () => {
    const error = {
      key: 'threshold-1',
      code: 'amount',
      field: 'threshold',
      n: 2,
      problem: { kind: 'invalid' },
    } as const;
    expect(describeError(error, en, 'en-US', 'USD')).toBe('Alert 2: Enter an amount, like $20.00.');
    expect(describeError(error, de, 'de-DE', 'EUR').replace(/\s/g, ' ')).toBe(
      'Warnung 2: Geben Sie einen Betrag ein, zum Beispiel 20,00 €.',
    );
    expect(describeError(error, fr, 'fr-FR', 'EUR').replace(/\s/g, ' ')).toBe(
      'Alerte 2 : Saisissez un montant, par exemple 20,00 €.',
    );
  });

  it('words decimals by currency, as the top-up does; 0 or more for alert amounts; money limits', () => {
    const decimals = (digits: number) =>
      ({
        key: 'rechargeCap',
        code: 'amount',
        field: 'rechargeCap',
        problem: { kind: 'decimals', digits },
      }) as const;
    expect(describeError(decimals(2), en, 'en-US', 'USD')).toBe(
      'Monthly cap: USD amounts have at most 2 decimal places.',
    );
    expect(describeError(decimals(0), en, 'en-US', 'JPY')).toBe(
      'Monthly cap: JPY amounts are whole numbers, like ¥20.',
    );
    expect(
      describeError(
        { key: 'rechargeCap', code: 'amount', field: 'rechargeCap', problem: { kind: 'too-large' } },
        en,
        'en-US',
        'USD',
      ),
    ).toBe('Monthly cap: That number is too large. Enter an amount like $20.00.');
    expect(
      describeError(
        { key: 'threshold-0', code: 'amount', field: 'threshold', n: 1, problem: { kind: 'negative' } },
        en,
        'en-US',
        'USD',
      ),
    ).toBe('Alert 1: Enter 0 or more, like $20.00.');
    expect(
      describeError({ key: 'rechargeAmount', code: 'belowMin', money: usd(500) }, en, 'en-US', 'USD'),
    ).toBe('Add at least $5.00 each time — that is the smallest top-up.');
    expect(describeError({ key: 'emails', code: 'email', value: 'ops@' }, en, 'en-US', 'USD')).toBe(
      'Enter email addresses like name@example.com — “ops@” is not one.',
    );
  });
});
