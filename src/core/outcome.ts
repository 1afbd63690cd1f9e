import { isMoney } from './money';
import { cleanText } from './text';
import type { BillingProblem, TopUpOutcome, TopUpOutcomeKind, TopUpRequest, TopUpResult } from './types';
import { serverUrl } from './url-policy';

// The one payment-outcome model: whatever an adapter answered (or threw) for a top-up becomes one
// outcome a user can tell apart (TopUpOutcomeKind), with the contract's coarser `status` beside it.

const RESULT_STATUSES = new Set(['succeeded', 'pending', 'requires_action', 'failed']);

/** True for an answer that carries one of the four top-up statuses. */
export const isTopUpResult = (value: unknown): value is TopUpResult =>
  typeof value === 'object' && value !== null && RESULT_STATUSES.has((value as TopUpResult).status);

/** Server text: plain, at most 1,000 characters, or nothing. */
const plainText = (value: unknown) => cleanText(value) || undefined;

/** The limits a problem states (`limits: {min?, max?}` as Money), or nothing. */
const limitsOf = (value: unknown): BillingProblem['limits'] => {
  const { min, max } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (!isMoney(min) && !isMoney(max)) return undefined;
  return {
    ...(isMoney(min) && { min: { amountMinor: min.amountMinor, currency: min.currency } }),
    ...(isMoney(max) && { max: { amountMinor: max.amountMinor, currency: max.currency } }),
  };
};

/**
 * A problem body (RFC 9457) as the kit keeps it: its text plain and short, the limits it states as
 * Money; undefined when it says nothing. The HTTP adapter and the outcome model read it alike.
 */
export const billingProblem = (problem: unknown): BillingProblem | undefined => {
  if (typeof problem !== 'object' || problem === null) return undefined;
  const { type, title, detail, limits } = problem as Record<string, unknown>;
  const text = { type: plainText(type), title: plainText(title), detail: plainText(detail) };
  const stated = limitsOf(limits);
  if (!text.type && !text.title && !text.detail && !stated) return undefined;
  return stated ? { ...text, limits: stated } : text;
};

const isoTime = (value: unknown) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;

/** An outcome from what the adapter answered. */
export function outcomeFromResult(
  request: TopUpRequest,
  result: TopUpResult,
  settledAt = new Date().toISOString(),
): TopUpOutcome {
  const base = { ...request, status: result.status, settledAt };
  switch (result.status) {
    case 'succeeded':
      return { ...base, kind: 'succeeded', balance: result.balance };
    case 'pending':
      return { ...base, kind: 'pending', expectedAt: isoTime(result.expectedAt) };
    case 'requires_action':
      return { ...base, kind: 'requires_action', actionUrl: serverUrl(result.actionUrl) };
    default: {
      const problem = billingProblem(result.problem);
      const refused = result.failureKind === 'refused';
      return {
        ...base,
        kind: refused ? 'refused' : 'declined',
        failureReason: plainText(result.failureReason) ?? problem?.detail ?? problem?.title,
        problem,
      };
    }
  }
}

/** What an error thrown by `topUp` says about the payment, read by its shape (any adapter's errors). */
function kindOfThrown(error: unknown): TopUpOutcomeKind {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as {
    kind?: unknown;
    name?: unknown;
    status?: unknown;
    statusCode?: unknown;
  };
  const httpStatus = [shape.status, shape.statusCode].find(
    (value): value is number => typeof value === 'number' && Number.isInteger(value),
  );
  if (shape.kind === 'timeout' || shape.name === 'TimeoutError') return 'timed_out';
  // fetch rejects with a TypeError when no response came (refused, reset, offline, CORS).
  if (shape.kind === 'network' || error instanceof TypeError) return 'connection_lost';
  // A 4xx is the server refusing the request before any charge (docs/billing-api.md); a 5xx or an
  // unreadable answer leaves it open whether the charge happened.
  if (httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500) return 'refused';
  return 'unknown';
}

/** An outcome from what `topUp` threw: refused (a 4xx), timed out, connection lost, or unknown. */
export function outcomeFromError(
  request: TopUpRequest,
  error: unknown,
  settledAt = new Date().toISOString(),
): TopUpOutcome {
  const kind = kindOfThrown(error);
  if (kind !== 'refused') return { ...request, status: 'unknown', kind, settledAt };
  const problem = billingProblem((error as { problem?: unknown }).problem);
  return {
    ...request,
    status: 'failed',
    kind,
    failureReason: problem?.detail ?? problem?.title ?? plainText((error as Error).message),
    problem,
    settledAt,
  };
}

/** Outcomes whose payment may still complete: their idempotency key is kept and they are reconciled. */
export const isOpenOutcome = (outcome: Pick<TopUpOutcome, 'status'> | undefined): boolean =>
  outcome?.status === 'pending' || outcome?.status === 'requires_action' || outcome?.status === 'unknown';
