import { describe, expect, it } from 'vitest';
import { CONSENT_VERSION, consentTerms, en, money } from '../../../src';
import {
  consentCovers,
  createConsent,
  immediateCharge,
  paymentMethodLabel,
} from '../../../src/components/threshold-alert-settings/consent';
import { de } from '../../../src/locales/de';
import { fr } from '../../../src/locales/fr';

const usd = (minor: number) => money(minor, 'USD');
const eur = (minor: number) => money(minor, 'EUR');
// Intl separates amount and symbol with no-break spaces in de and fr; compare on plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('consentTerms', () => {
  it('words the exact terms in English from the values', () => {
    expect(
      consentTerms(
        { method: 'Visa •••• 4242', amount: usd(2500), threshold: usd(500), cap: usd(10000) },
        en,
        'en-US',
      ),
    ).toBe(
      'Charge Visa •••• 4242 $25.00 whenever my balance falls below $5.00, at most $100.00 per month. I can turn this off at any time.',
    );
  });

  it('words them in German with German number formats', () => {
    const terms = consentTerms(
      { method: 'Visa •••• 4242', amount: eur(2500), threshold: eur(500), cap: eur(125050) },
      de,
      'de-DE',
    );
    expect(plain(terms)).toBe(
      'Visa •••• 4242 mit 25,00 € belasten, sobald mein Guthaben unter 5,00 € fällt – höchstens 1.250,50 € pro Monat. Ich kann das jederzeit abschalten.',
    );
  });

  it('words them in French with French number formats', () => {
    const terms = consentTerms(
      { method: 'Mastercard •••• 3155', amount: eur(2500), threshold: eur(500), cap: eur(125050) },
      fr,
      'fr-FR',
    );
    expect(plain(terms)).toBe(
      'Débiter 25,00 € sur Mastercard •••• 3155 chaque fois que mon solde passe sous 5,00 €, dans la limite de 1 250,50 € par mois. Je peux désactiver cette option à tout moment.',
    );
  });

  it('changes when any of the values changes', () => {
    const base = { method: 'Visa •••• 4242', amount: usd(2500), threshold: usd(500), cap: usd(10000) };
    const terms = consentTerms(base, en, 'en-US');
    for (const change of [
      { amount: usd(3000) },
      { threshold: usd(600) },
      { cap: usd(20000) },
      { method: 'Mastercard •••• 3155' },
    ])
      expect(consentTerms({ ...base, ...change }, en, 'en-US')).not.toBe(terms);
  });
});

describe('consent records', () => {
  it('cover exactly the terms they were given for, under the current template version', () => {
    const consent = createConsent('Charge Visa…', new Date('2026-11-20T09:30:00Z'));
    expect(consent).toEqual({
      terms: 'Charge Visa…',
      acceptedAt: '2026-11-20T09:30:00.000Z',
      version: CONSENT_VERSION,
    });
    expect(consentCovers(consent, 'Charge Visa…')).toBe(true);
    expect(consentCovers(consent, 'Charge Mastercard…')).toBe(false);
    expect(consentCovers(consent, null)).toBe(false);
    expect(consentCovers({ ...consent, version: '2025-01' }, 'Charge Visa…')).toBe(false);
    expect(consentCovers(undefined, 'Charge Visa…')).toBe(false);
  });

  it('name a payment method by brand and last four digits, or the brand alone', () => {
    expect(paymentMethodLabel({ id: 'a', brand: 'Visa', last4: '4242' }, en, 'en')).toBe('Visa •••• 4242');
    expect(paymentMethodLabel({ id: 'b', brand: 'SEPA Direct Debit' }, en, 'en')).toBe('SEPA Direct Debit');
  });
});

describe('consentTerms: reload to a target, and a charge at once', () => {
  const target = {
    method: 'Visa •••• 4242',
    mode: 'target' as const,
    amount: eur(2500),
    target: eur(3000),
    threshold: eur(500),
    cap: eur(10000),
  };

  it('words the target mode in English, German and French', () => {
    expect(
      consentTerms(
        { ...target, amount: usd(2500), target: usd(3000), threshold: usd(500), cap: usd(10000) },
        en,
        'en-US',
      ),
    ).toBe(
      'Whenever my balance falls below $5.00, charge Visa •••• 4242 what it takes to bring it back to $30.00, at most $100.00 per month. I can turn this off at any time.',
    );
    expect(plain(consentTerms(target, de, 'de-DE'))).toBe(
      'Sobald mein Guthaben unter 5,00 € fällt, Visa •••• 4242 mit dem Betrag belasten, der es wieder auf 30,00 € bringt – höchstens 100,00 € pro Monat. Ich kann das jederzeit abschalten.',
    );
    expect(plain(consentTerms(target, fr, 'fr-FR'))).toBe(
      'Chaque fois que mon solde passe sous 5,00 €, débiter sur Visa •••• 4242 ce qu’il faut pour le remonter à 30,00 €, dans la limite de 100,00 € par mois. Je peux désactiver cette option à tout moment.',
    );
  });

  it('says when saving charges at once, with the amount, in each language', () => {
    const chargeNow = { balance: eur(485), amount: eur(2515) };
    expect(plain(consentTerms({ ...target, chargeNow }, de, 'de-DE'))).toMatch(
      /Ihr Guthaben beträgt 4,85 € und liegt schon unter 5,00 €: Es werden jetzt sofort 25,15 € abgebucht\.$/,
    );
    expect(plain(consentTerms({ ...target, chargeNow }, fr, 'fr-FR'))).toMatch(
      /Votre solde est de 4,85 €, déjà sous 5,00 € : 25,15 € seront débités dès maintenant\.$/,
    );
  });
});

describe('immediateCharge', () => {
  const recharge = { threshold: usd(500), amount: usd(2500), target: usd(3000), monthlyCap: usd(10000) };
  it('is the amount (or what reaches the target) under the threshold, within the cap; nothing above it', () => {
    expect(immediateCharge(recharge, usd(485))).toEqual(usd(2500));
    expect(immediateCharge({ ...recharge, mode: 'target' }, usd(485))).toEqual(usd(2515));
    expect(immediateCharge({ ...recharge, mode: 'target', monthlyCap: usd(2000) }, usd(485))).toEqual(
      usd(2000),
    );
    expect(immediateCharge(recharge, usd(500))).toBeUndefined();
    expect(immediateCharge(recharge, undefined)).toBeUndefined();
    expect(immediateCharge(recharge, eur(100))).toBeUndefined();
  });
});
