import * as React from 'react';
import { readSession, writeSession } from '../../react';
import { Button, cn } from '../ui';
import { useUsageSummaryFormat } from './messages';
import { deriveTips, type UsageStatement } from './summarize';

export type UsageTip = { id: string; text: string };

const STORAGE_KEY = 'topup-kit:usage-tips-dismissed';

function readDismissed(): string[] {
  try {
    const stored: unknown = JSON.parse(readSession(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export type UsageTipsProps = Omit<React.ComponentProps<'div'>, 'children'> & {
  statement: UsageStatement;
  /** The host's own tips, shown as given (as text). */
  tips?: UsageTip[];
  /** A category with at least this share of spend gets a tip. Default 0.4. */
  threshold?: number;
  headingLevel?: 3 | 4 | 5 | 6;
};

/**
 * Cost-saving tips: the host's, then ones derived from the breakdown (only with spend behind
 * them). Each can be dismissed; dismissals last for the browser session.
 */
export function UsageTips({
  statement,
  tips,
  threshold = 0.4,
  headingLevel = 3,
  className,
  ...props
}: UsageTipsProps) {
  const f = useUsageSummaryFormat();
  const m = f.messages.usage.tips;
  const { percent } = f;
  const [dismissed, setDismissed] = React.useState(readDismissed);
  const listRef = React.useRef<HTMLUListElement>(null);
  const focusAfter = React.useRef<number | null>(null);
  const H = `h${headingLevel}` as 'h3';

  const items = [
    ...(tips ?? [])
      .filter((tip) => tip.text.trim())
      .map((tip) => ({ id: `host:${tip.id}`, content: tip.text as React.ReactNode, text: tip.text })),
    ...deriveTips(statement, threshold).map((tip) => {
      const values = { category: tip.category, share: percent(tip.share) };
      return { id: tip.id, content: f.rich(m.derived, values), text: f.text(m.derived, values) };
    }),
  ].filter((item) => !dismissed.includes(item.id));

  // After a dismissal, focus goes to the next tip's button (or the previous one when it was last).
  React.useEffect(() => {
    const index = focusAfter.current;
    if (index === null) return;
    focusAfter.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    if (buttons?.length) buttons[Math.min(index, buttons.length - 1)]?.focus();
  });

  if (items.length === 0) return null;

  const dismiss = (id: string, index: number) => {
    const next = [...dismissed, id];
    setDismissed(next);
    // Full or blocked storage keeps it in memory for this page instead.
    writeSession(STORAGE_KEY, JSON.stringify(next));
    if (items.length > 1) focusAfter.current = index;
    // The list is about to disappear: hand focus to the statement rather than to the page.
    else listRef.current?.closest<HTMLElement>('[data-slot="tk-usage-summary"]')?.focus();
  };

  return (
    <div data-slot="tk-usage-tips" className={cn('tk:flex tk:flex-col tk:gap-3', className)} {...props}>
      <H className="tk:m-0 tk:text-base tk:font-semibold">{m.title}</H>
      <ul ref={listRef} className="tk:m-0 tk:flex tk:list-none tk:flex-col tk:gap-2 tk:p-0">
        {items.map((item, index) => (
          <li
            key={item.id}
            data-slot="tk-usage-tip"
            className="tk:flex tk:items-start tk:justify-between tk:gap-3 tk:rounded-lg tk:bg-accent tk:px-3 tk:py-2 tk:text-sm tk:text-accent-foreground"
          >
            <p className="tk:m-0 tk:py-1.5">{item.content}</p>
            <Button
              variant="ghost"
              size="sm"
              aria-label={f.text(m.dismiss, { tip: item.text })}
              onClick={() => dismiss(item.id, index)}
              className="tk:shrink-0 tk:text-accent-foreground tk:hover:bg-background/40"
            >
              {f.messages.common.dismiss}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
