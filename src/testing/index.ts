// topup-kit/testing — a realistic fake billing backend for tests and stories (the kit's and a host's).
export {
  createFakeBillingAdapter,
  type FakeBillingAdapter,
  type FakeBillingCall,
  type FakeBillingOptions,
  type FakePaymentBehaviour,
  type FakePaymentMethod,
  type OptionalBillingMethod,
} from './fake-billing-adapter';
export {
  defaultAlertSettings,
  gate,
  type SampleUsageOptions,
  sampleAlertSettings,
  samplePaymentMethods,
  sampleUsage,
} from './samples';
