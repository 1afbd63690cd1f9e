/**
 * Development-only warnings. `process.env.NODE_ENV` is left in the built files on purpose (as
 * Radix and React do): the host's bundler replaces it, and a production build drops the warning.
 */
const warned = new Set<string>();

/** Warns once per key, in development only: a misuse the host can fix, never a user-facing problem. */
export function warnOnce(key: string, message: string): void {
  if (process.env.NODE_ENV === 'production' || warned.has(key)) return;
  warned.add(key);
  console.warn(`topup-kit: ${message}`);
}
