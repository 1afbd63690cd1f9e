import { asInsufficientBalance, isFetchResponse, readInsufficientBalance } from './detect';
import { InsufficientBalanceError } from './errors';
import type { BlockOptions, Detector, Recovery, RunOptions } from './types';

/**
 * Errors a conversation has already answered ("Not now", replays used up, no replay after the top-up).
 * A client that retries by itself (SDKs retry failed fetches twice) may throw the same error again:
 * it is never asked about a second time.
 */
const answeredErrors = new WeakSet<InsufficientBalanceError>();

export const wasAnswered = (error: InsufficientBalanceError): boolean => answeredErrors.has(error);

/** `recovery.block`, remembering the error it rejects with as answered. */
export const blockAndRemember = <T>(
  recovery: Recovery,
  error: InsufficientBalanceError,
  options: BlockOptions<T>,
): Promise<T | undefined> =>
  recovery.block(error, options).catch((reason: unknown) => {
    if (reason instanceof InsufficientBalanceError) answeredErrors.add(reason);
    throw reason;
  });

/**
 * asInsufficientBalance, plus the one shape it cannot read synchronously: an error that holds only an
 * unread fetch Response (ky's HTTPError). Never throws.
 */
export const recogniseThrown = async (
  thrown: unknown,
  detect?: Detector,
): Promise<InsufficientBalanceError | null> => {
  const recognised = asInsufficientBalance(thrown, detect);
  if (recognised) return recognised;
  try {
    const response = (thrown as { response?: unknown } | null)?.response;
    if (isFetchResponse(response) && !response.bodyUsed)
      return await readInsufficientBalance(response, detect);
  } catch {}
  return null;
};

/**
 * recovery.run: calls `fn`; when it fails because the balance ran out (anything recogniseThrown
 * knows), the call joins the conversation and `fn` runs again after the top-up. A re-run that fails
 * the same way rejoins, bounded by the store's maxReplays. "Not now" rejects with the
 * InsufficientBalanceError; any other failure rejects as it was thrown.
 */
export const runWithRecovery = async <T>(
  recovery: Recovery,
  fn: () => T | Promise<T>,
  { intent, signal, resume }: RunOptions = {},
): Promise<T> => {
  const detect = recovery.detect;
  let thrown: unknown;
  try {
    return await fn();
  } catch (error) {
    thrown = error;
  }
  const error = await recogniseThrown(thrown, detect);
  if (!error) throw thrown;
  // Already answered inside `fn` (a withRecovery fetch given to an SDK): one "Not now", one rejection.
  if (wasAnswered(error)) throw error;
  // The store treats a re-run's InsufficientBalanceError as "blocked again": give it ours.
  const runAgain = async () => {
    try {
      return await fn();
    } catch (again) {
      throw (await recogniseThrown(again, detect)) ?? again;
    }
  };
  return (await blockAndRemember(recovery, error, { intent, signal, resume, retry: runAgain })) as T;
};
