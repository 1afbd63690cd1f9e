import {
  type AlertSettings,
  BillingApiError,
  type BillingProblem,
  type Credit,
  type Money,
  type Usage,
  type UsageQuery,
  type UsageRecord,
  webhookUrl,
} from '../core';
import { DAY_MS } from '../core/time';

// What the reference server checks and answers (docs/billing-api.md), for the fake to do the same.

const PROBLEM = 'urn:topup-kit:problem:';

/** A 4xx answer, as the HTTP adapter reports it: the problem's detail is the message. */
export function refusal(
  status: number,
  type: string,
  title: string,
  detail: string,
  limits?: BillingProblem['limits'],
): BillingApiError {
  // A refusal by a limit carries it as money too (`limits`), as the reference server sends it.
  const problem: BillingProblem = { type: PROBLEM + type, title, detail, ...(limits && { limits }) };
  return new BillingApiError('http', detail, status, problem);
}

/** Money in the account's currency, as the reference server checks it (400 malformed, 422 refused). */
export function checkMoney(
  value: Money | undefined,
  field: string,
  currency: string,
  { positive = false } = {},
) {
  if (value === undefined) return;
  if (!Number.isSafeInteger(value.amountMinor) || typeof value.currency !== 'string')
    throw refusal(
      400,
      'invalid-request',
      'The request is not valid',
      `${field} must be money: {"amountMinor": integer, "currency": "${currency}"}.`,
    );
  const refused = (detail: string) => refusal(422, 'validation-failed', 'The request was refused', detail);
  if (value.currency !== currency) throw refused(`${field} must be in ${currency}, the account's currency.`);
  if (positive ? value.amountMinor <= 0 : value.amountMinor < 0)
    throw refused(`${field} must be more than zero.`);
}

/** What the server refuses to store (422): money in another currency, a webhook that is not https, auto-recharge without consent. */
export function checkSettings(settings: AlertSettings, currency: string) {
  const { autoRecharge, thresholds, channels } = settings;
  thresholds.forEach((threshold, index) => {
    checkMoney(threshold.amount, `thresholds[${index}].amount`, currency);
  });
  checkMoney(autoRecharge.threshold, 'autoRecharge.threshold', currency);
  checkMoney(autoRecharge.amount, 'autoRecharge.amount', currency, { positive: true });
  checkMoney(autoRecharge.monthlyCap, 'autoRecharge.monthlyCap', currency, { positive: true });
  if (channels.webhookUrl && !webhookUrl(channels.webhookUrl))
    throw refusal(
      422,
      'validation-failed',
      'The request was refused',
      'The webhook URL must be an https:// address.',
    );
  const consent = autoRecharge.consent;
  const consented = Boolean(
    consent?.terms && consent.version && !Number.isNaN(Date.parse(consent.acceptedAt)),
  );
  if (autoRecharge.enabled && !consented)
    throw refusal(
      422,
      'consent-required',
      'Auto-recharge needs your consent',
      'To turn on auto-recharge, accept its terms first (terms, acceptedAt and version): we only charge a card with explicit consent.',
    );
}

/** Spend and credits in [from, to); with a granularity, one record per UTC day or Monday week and category. */
export function usageIn(query: UsageQuery, records: UsageRecord[], credits: Credit[]): Usage {
  const inRange = (at: string) => at >= query.from && at < query.to;
  const spend = structuredClone(records.filter((r) => inRange(r.at)));
  const credited = structuredClone(credits.filter((c) => inRange(c.at)));
  if (!query.granularity) return { records: spend, credits: credited };
  const buckets = new Map<string, UsageRecord>();
  for (const record of spend) {
    const at = new Date(record.at);
    const dayStart = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
    const start = query.granularity === 'week' ? dayStart - ((at.getUTCDay() + 6) % 7) * DAY_MS : dayStart;
    const bucketAt = new Date(start).toISOString();
    const key = `${bucketAt}\n${record.category}`;
    const bucket = buckets.get(key);
    if (bucket)
      bucket.amount = {
        ...bucket.amount,
        amountMinor: bucket.amount.amountMinor + record.amount.amountMinor,
      };
    else buckets.set(key, { at: bucketAt, amount: record.amount, category: record.category });
  }
  const grouped = [...buckets.values()].sort(
    (a, b) => a.at.localeCompare(b.at) || a.category.localeCompare(b.category),
  );
  return { records: grouped, credits: credited };
}
