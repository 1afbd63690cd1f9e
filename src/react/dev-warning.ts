/**
 * Development-only warnings. The build-time constant is `process.env.NODE_ENV`, as React and Radix
 * use it: it is left in dist on purpose, the host's bundler replaces it, and a production build
 * drops the guarded code. Guard each call site with it as well
 * (`if (process.env.NODE_ENV !== 'production' && …) warnOnce(…)`): then the message string goes
 * too, not only the console call.
 */
const warned = new Set<string>();

/** Warns once per key, in development only: a misuse the host can fix, never a user-facing problem. */
export function warnOnce(key: string, message: string): void {
  if (process.env.NODE_ENV === 'production' || warned.has(key)) return;
  warned.add(key);
  console.warn(`topup-kit: ${message}`);
}
