/**
 * The billing adapter contract (DESIGN.md; docs/billing-api.md is its REST side): money, the
 * balance, top-ups, usage, alert settings and the adapter a host implements. Names here are fixed:
 * extend, never rename.
 */

/** Money is always an integer count of the currency's minor units (cents, yen, fils). */
export type Money = {
  readonly amountMinor: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
};

export type BalanceInfo = {
  balance: Money;
  /** Payment taken but not yet credited. Never shown as a zero balance or a failure. */
  pending?: Money;
  /** ISO 8601. */
  updatedAt?: string;
};

export type PaymentMethod = {
  id: string;
  /** "Visa", "Mastercard", "SEPA Direct Debit", … as the host wants it shown. */
  brand: string;
  last4?: string;
  isDefault?: boolean;
};

export type TopUpRequest = {
  amount: Money;
  /** One key per intent (amount + method): the server must charge at most once per key. */
  idempotencyKey: string;
  paymentMethodId?: string;
};

export type TopUpStatus = 'succeeded' | 'pending' | 'requires_action' | 'failed';

/** The members of an RFC 9457 problem+json error body the kit reads (its text, the limits it states). */
export type BillingProblem = {
  type?: string;
  title?: string;
  detail?: string;
  /** The top-up limits the server refused by (an extension member), stated in the form from then on. */
  limits?: { min?: Money; max?: Money };
};

export type TopUpResult = {
  status: TopUpStatus;
  /** The balance after the top-up, when the server knows it. */
  balance?: Money;
  /** For requires_action: where the user confirms (3-D Secure). Only http(s) or relative URLs are used. */
  actionUrl?: string;
  /** For failed: the reason, in plain words where the server can give them. */
  failureReason?: string;
  /**
   * For failed: who said no. "declined" (the default) — the bank or card refused the charge;
   * "refused" — the billing server itself refused the request (a limit, a validation), before any charge.
   */
  failureKind?: 'declined' | 'refused';
  /** For a refusal: the server's problem+json members. */
  problem?: BillingProblem;
  /** For pending: when the credit is expected to land (ISO 8601), when the server knows. */
  expectedAt?: string;
  /** The server's id for this top-up. */
  id?: string;
};

export type UsageRecord = {
  /** ISO 8601 timestamp. */
  at: string;
  amount: Money;
  /** Model, product, API key, … — what the breakdown groups by. */
  category: string;
  label?: string;
};

export type Credit = {
  at: string;
  amount: Money;
  /** What made it: a top-up the user made, or a charge auto-recharge made on its own. */
  source?: 'top-up' | 'auto-recharge' | (string & {});
};

export type Usage = {
  records: UsageRecord[];
  /** Top-ups and other credits: kept apart from spend, never counted as burn. */
  credits?: Credit[];
};

export type UsageQuery = { from: string; to: string; granularity?: 'day' | 'week' };

export type AlertThreshold = {
  amount: Money;
  /** warning: the early heads-up; critical: the last one before the wall. */
  level: 'warning' | 'critical';
};

export type ConsentRecord = {
  /** The exact terms the user agreed to, as shown to them. */
  terms: string;
  /** ISO 8601. */
  acceptedAt: string;
  /** Version of the terms template; a change asks for consent again. */
  version: string;
};

/** How an automatic charge is sized: a fixed amount each time, or enough to reach a target balance. */
export type AutoRechargeMode = 'amount' | 'target';

/** What auto-recharge can do right now, as the server says (read-only for clients). */
export type AutoRechargeStatus = 'active' | 'paused' | 'requires_action';

/** The latest automatic charge, as the server recorded it (read-only for clients). */
export type AutoRechargeCharge = {
  id: string;
  /** ISO 8601. */
  at: string;
  amount: Money;
  status: TopUpStatus;
  /** The balance right after it, when it succeeded. */
  balance?: Money;
  failureReason?: string;
  /** For requires_action: where the cardholder confirms (http(s) or relative only). */
  actionUrl?: string;
};

export type AutoRecharge = {
  enabled: boolean;
  /** `amount` (default): add `amount` each time; `target`: add what brings the balance back to `target`. */
  mode?: AutoRechargeMode;
  /** When the balance falls below this… */
  threshold: Money;
  /** …add this much (mode `amount`)… */
  amount: Money;
  /** …or reload to this balance (mode `target`; above `threshold`)… */
  target?: Money;
  /** …at most this much per calendar month. */
  monthlyCap: Money;
  paymentMethodId?: string;
  /** Required whenever enabled is true. */
  consent?: ConsentRecord;
  /** Server-set: `active`, `paused` (see `statusReason`) or `requires_action` (the bank wants the cardholder). */
  status?: AutoRechargeStatus;
  /** Server-set, for `paused`: why, in plain words ("Your card was declined 3 times in a row."). */
  statusReason?: string;
  /** Server-set: the latest automatic charge. */
  lastCharge?: AutoRechargeCharge;
};

export type AlertSettings = {
  alertsEnabled: boolean;
  thresholds: AlertThreshold[];
  channels: {
    email: string[];
    inApp: boolean;
    /** https only. */
    webhookUrl?: string;
  };
  autoRecharge: AutoRecharge;
};

export type TestAlertResult = { ok: boolean; message?: string };

export type RequestOptions = { signal?: AbortSignal };

/**
 * What the kit needs from the host's billing backend. Only getBalance and topUp are required:
 * components hide whatever needs an optional method the adapter lacks.
 */
export interface BillingAdapter {
  getBalance(options?: RequestOptions): Promise<BalanceInfo>;
  topUp(request: TopUpRequest, options?: RequestOptions): Promise<TopUpResult>;
  /** Looks a top-up up by its idempotency key: reconciles unknown outcomes and finished 3-D Secure. */
  getTopUp?(idempotencyKey: string, options?: RequestOptions): Promise<TopUpResult | null>;
  listPaymentMethods?(options?: RequestOptions): Promise<PaymentMethod[]>;
  getAlertSettings?(options?: RequestOptions): Promise<AlertSettings>;
  saveAlertSettings?(settings: AlertSettings, options?: RequestOptions): Promise<AlertSettings>;
  sendTestAlert?(settings: AlertSettings, options?: RequestOptions): Promise<TestAlertResult>;
  getUsage?(query: UsageQuery, options?: RequestOptions): Promise<Usage>;
}
