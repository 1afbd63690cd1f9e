import * as React from 'react';
import { usePrefersReducedMotion, type useTopUpSuggestion } from '../../react';
import { useBalanceBlockedModalFormat } from './messages';
import type { BalanceBlockedModalStep } from './steps';

/**
 * Focus follows the conversation when the focused control went away with the previous step. On
 * open, onOpenAutoFocus places focus; this runs for later steps only. Returns the heading's ref.
 */
export function useHeadingFocusOnStep(
  step: BalanceBlockedModalStep,
  contentRef: React.RefObject<HTMLElement | null>,
): React.RefObject<HTMLHeadingElement | null> {
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const shownStep = React.useRef(step);
  React.useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const active = document.activeElement;
    if (!active || active === document.body || active === contentRef.current) headingRef.current?.focus();
  }, [step, contentRef]);
  return headingRef;
}

/** The calm moment: the options appear after `delayMs` (at once when the user asked for less motion). */
export function useCalmReveal(delayMs: number): boolean {
  const reducedMotion = usePrefersReducedMotion(delayMs > 0);
  const [revealed, setRevealed] = React.useState(delayMs <= 0);
  React.useEffect(() => {
    if (revealed) return;
    const timer = setTimeout(() => setRevealed(true), reducedMotion ? 0 : delayMs);
    return () => clearTimeout(timer);
  }, [revealed, reducedMotion, delayMs]);
  return revealed;
}

/** Why the suggested amount is more than the waiting work needs, in the reader's words. */
export function useSuggestionReason({
  reason,
  alertLevel,
}: Pick<ReturnType<typeof useTopUpSuggestion>, 'reason' | 'alertLevel'>): string | undefined {
  const { messages, text, money } = useBalanceBlockedModalFormat();
  if (reason === 'pace') return text(messages.modal.suggestionPace);
  if (reason === 'alert-level' && alertLevel)
    return text(messages.modal.suggestionAlertLevel, { level: money(alertLevel) });
  return undefined;
}
