import * as React from 'react';

/**
 * While a sticky banner shows, the page keeps focused controls clear of it (WCAG 2.4.11, focus not
 * obscured): the document's `scroll-padding-top` grows by the banner's height, so moving focus up
 * the page (Shift+Tab) scrolls the control below the banner instead of under it. Restored on hide.
 */
export function useScrollClearance(ref: React.RefObject<HTMLElement | null>, active: boolean) {
  React.useEffect(() => {
    const banner = ref.current;
    const scroller = banner?.ownerDocument.documentElement;
    if (!active || !banner || !scroller) return;
    const before = scroller.style.scrollPaddingTop;
    const apply = () => {
      scroller.style.scrollPaddingTop = `${Math.ceil(banner.getBoundingClientRect().height)}px`;
    };
    apply();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(apply);
    observer?.observe(banner);
    return () => {
      observer?.disconnect();
      scroller.style.scrollPaddingTop = before;
    };
  }, [ref, active]);
}
