// Which URLs the kit puts in an href, in one place. Each policy is named for where its URLs come
// from, and returns the URL to use (cleaned of control characters) or undefined when it must not
// be linked.
import { cleanText } from './text';

/** Longest URL the kit links; longer text is cut like other server text. */
const MAX_URL_LENGTH = 2000;

/** A policy that keeps relative URLs and absolute ones whose scheme (with its colon) `allowedScheme` matches. */
const relativeOr =
  (allowedScheme: RegExp) =>
  (url: unknown): string | undefined => {
    const text = cleanText(url, MAX_URL_LENGTH);
    const scheme = /^[a-z][\w+.-]*:/i.exec(text)?.[0];
    return text && (!scheme || allowedScheme.test(scheme)) ? text : undefined;
  };

/**
 * A URL that came from a server (a top-up page, a bank's 3-D Secure page): kept only when it is
 * http:, https: or relative — never javascript:, data: or any other scheme.
 */
export const serverUrl: (url: unknown) => string | undefined = relativeOr(/^https?:$/i);

/**
 * A link the host app passes (`supportHref`, `reviewUsageHref`): what `serverUrl` keeps, and
 * mailto: too (support is often an address).
 */
export const hostLink: (url: unknown) => string | undefined = relativeOr(/^(https?|mailto):$/i);

/** A webhook address the user types: it receives balance data, so https: with a host name only. */
export const webhookUrl = (url: unknown): string | undefined => {
  const text = cleanText(url, MAX_URL_LENGTH);
  try {
    const parsed = new URL(text);
    return parsed.protocol === 'https:' && parsed.hostname !== '' ? text : undefined;
  } catch {
    return undefined;
  }
};

/** @deprecated Use `serverUrl` (the same policy, named for where its URLs come from). */
export const safeUrl = serverUrl;
