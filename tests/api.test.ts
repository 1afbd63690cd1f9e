// The public API, name by name (docs/api.md groups the same names). A name added to or lost from
// an entry by accident fails here: change this list only together with docs/api.md (and, for a
// removal, a deprecated alias that stays one release).
import { describe, expect, expectTypeOf, it } from 'vitest';
// The contract's types (DESIGN.md) stay importable from both entries, and are the same types.
import type { AlertSettings, BillingAdapter, Money, RecoverySnapshot, TopUpResult, Usage } from '../src';
import type * as Core from '../src/core';

const core = [
  'BillingApiError',
  'InsufficientBalanceError',
  'addMoney',
  'amountInputText',
  'asInsufficientBalance',
  'attachRecovery',
  'burnRate',
  'checkAmount',
  'checkMoney',
  'compareMoney',
  'createHttpBillingAdapter',
  'createRecovery',
  'createTabSync',
  'currencyDigits',
  'dailySpend',
  'defaultPresets',
  'forecastRunOut',
  'formatMoney',
  'fromDecimal',
  'hostLink',
  'isInsufficientBalance',
  'loadAlertSettings',
  'loadPaymentMethods',
  'loadRecentUsage',
  'loadUsage',
  'maxMoney',
  'minMoney',
  'money',
  'parseMoney',
  'projectRunOut',
  'readInsufficientBalance',
  'runOutDays',
  'safeUrl',
  'serverUrl',
  'shortfallOf',
  'subtractMoney',
  'suggestTopUp',
  'toDecimalString',
  'toInsufficientBalance',
  'topUpLimits',
  'waitingNeeds',
  'webhookUrl',
  'withRecovery',
];

const components = [
  'BalanceBlockedModal',
  'CONSENT_VERSION',
  'LowBalanceBanner',
  'OneClickTopUp',
  'TechnicalDetails',
  'ThresholdAlertSettings',
  'UsageBreakdown',
  'UsageChart',
  'UsageChartPanel',
  'UsagePeriodSelect',
  'UsageSummary',
  'UsageTable',
  'UsageTips',
  'consentTerms',
  'deriveTips',
  'downloadText',
  'lowBalanceBannerVariants',
  'periodRecords',
  'resolvePeriod',
  'resolveTimeZone',
  'runOutRange',
  'summarizeUsage',
  'usageCsv',
  'usageCsvFilename',
  'validateAlertSettings',
  'validateRange',
];

const uiParts = [
  'Button',
  'Dialog',
  'DialogClose',
  'DialogContent',
  'DialogDescription',
  'DialogOverlay',
  'DialogPortal',
  'DialogTitle',
  'DialogTrigger',
  'ErrorText',
  'Field',
  'Input',
  'MoneyField',
  'Switch',
  'buttonVariants',
  'cn',
];

const react = [
  'RECENT_USAGE_DAYS',
  'TopupProvider',
  'en',
  'formatMessage',
  'mergeMessages',
  'renderMessage',
  'useAmountProblemText',
  'useBalance',
  'useControllableState',
  'useFormat',
  'useFormatFor',
  'useKit',
  'useKitState',
  'useLimitsHint',
  'usePaymentMethods',
  'usePrefersReducedMotion',
  'useRecentUsage',
  'useReconcileWhile',
  'useRecovery',
  'useRecoverySelector',
  'useRunOutPhrase',
  'useSavedAlertSettings',
  'useTimeZone',
  'useTopUpLimits',
  'useTopUpSuggestion',
  'useWaitingNeeds',
];

/** The logic behind the shadcn registry's copied parts (src/registry-logic.ts). */
const registryLogic = [
  'MAX_THRESHOLDS',
  'createConsent',
  'describePayment',
  'outcomeFromError',
  'paymentMethodLabel',
  'readSession',
  'splitEmails',
  'stepOf',
  'thresholdKey',
  'useAlertSettingsForm',
  'useAutoRechargeNote',
  'useAutoRechargeReceipt',
  'useBalanceBlockedModalFormat',
  'useBannerModel',
  'useBucketLabel',
  'useDayLabel',
  'useIsCurrentPage',
  'useLowBalanceBannerFormat',
  'useOneClickTopUpFormat',
  'usePaymentOutcomeFormat',
  'useScrollClearance',
  'useThresholdAlertSettingsFormat',
  'useUsageLoad',
  'useUsageSummaryFormat',
  'writeSession',
  'zonedDay',
];

/** Public by accident before the API was curated; deprecated aliases for one release. */
const deprecated = ['csvField', 'toCsv', 'warnOnce'];

const sorted = (names: string[]) => [...names].sort();
const namesOf = (entry: object) => sorted(Object.keys(entry));

describe('public API: the exact runtime names of each entry', () => {
  it("the contract's types are the same from topup-kit and topup-kit/core", () => {
    expectTypeOf<Money>().toEqualTypeOf<Core.Money>();
    expectTypeOf<BillingAdapter>().toEqualTypeOf<Core.BillingAdapter>();
    expectTypeOf<AlertSettings>().toEqualTypeOf<Core.AlertSettings>();
    expectTypeOf<RecoverySnapshot>().toEqualTypeOf<Core.RecoverySnapshot>();
    expectTypeOf<TopUpResult>().toEqualTypeOf<Core.TopUpResult>();
    expectTypeOf<Usage>().toEqualTypeOf<Core.Usage>();
  });

  it('topup-kit', async () => {
    const entry = await import('../src');
    expect(namesOf(entry)).toEqual(
      sorted([...components, ...uiParts, ...react, ...registryLogic, ...core, ...deprecated]),
    );
  }, 30_000); // The first import transforms the whole source: slow on a busy machine.

  it('topup-kit/core', async () => {
    expect(namesOf(await import('../src/core'))).toEqual(sorted(core));
  });

  it('topup-kit/testing', async () => {
    expect(namesOf(await import('../src/testing'))).toEqual(
      sorted([
        'createFakeBillingAdapter',
        'defaultAlertSettings',
        'gate',
        'sampleAlertSettings',
        'samplePaymentMethods',
        'sampleUsage',
      ]),
    );
  });

  it('topup-kit/lazy', async () => {
    expect(namesOf(await import('../src/lazy'))).toEqual([
      'BalanceBlockedModal',
      'preloadBalanceBlockedModal',
    ]);
  });

  it('topup-kit/locales/de and topup-kit/locales/fr', async () => {
    expect(namesOf(await import('../src/locales/de'))).toEqual(['de']);
    expect(namesOf(await import('../src/locales/fr'))).toEqual(['fr']);
  });

  it('the deprecated aliases are the same functions as what the kit uses', async () => {
    const entry = await import('../src');
    const csv = await import('../src/components/usage-summary/csv');
    expect(entry.toCsv([['a', '=1']])).toBe(csv.toCsv([['a', '=1']]));
    expect(entry.csvField).toBe(csv.csvField);
  });
});
