import * as React from 'react';

function subscribe(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}

/** True when `href` is the page shown now (path, query and hash; hash routes count as pages). */
function isCurrent(href: string | undefined): boolean {
  if (!href) return false;
  try {
    const target = new URL(href, window.location.href);
    const here = new URL(window.location.href);
    return (
      target.origin === here.origin &&
      target.pathname === here.pathname &&
      target.search === here.search &&
      // "/usage" names the page whatever its hash; "#/usage" names a hash route.
      (target.hash === '' || target.hash === here.hash)
    );
  } catch {
    return false;
  }
}

/**
 * Whether the browser shows `href` now, kept current across client-side navigation (history and
 * hash routers). The server renders false, and so does the browser while hydrating.
 */
export function useIsCurrentPage(href: string | undefined): boolean {
  return React.useSyncExternalStore(
    subscribe,
    () => isCurrent(href),
    () => false,
  );
}
