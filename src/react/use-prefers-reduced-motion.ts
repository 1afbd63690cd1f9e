import * as React from 'react';

/** True when the user asked the system for less motion (SSR: false; read after mount). */
export function usePrefersReducedMotion(enabled = true): boolean {
  const [reduced, setReduced] = React.useState(false);
  React.useEffect(() => {
    const query = enabled ? window.matchMedia?.('(prefers-reduced-motion: reduce)') : undefined;
    if (!query) return;
    setReduced(query.matches);
    const onChange = () => setReduced(query.matches);
    query.addEventListener?.('change', onChange);
    return () => query.removeEventListener?.('change', onChange);
  }, [enabled]);
  return reduced;
}
