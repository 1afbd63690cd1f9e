import * as React from 'react';
import type { InsufficientBalanceError } from '../../core';
import { useRecoverySelector } from '../../react';
import { Button, cn } from '../ui';
import { useBalanceBlockedModalFormat } from './messages';

const DETAILS = 'tk:rounded-md tk:border tk:border-border tk:text-sm';

export type TechnicalDetailsProps = React.ComponentProps<'details'> & {
  /** The error to show; the open conversation's when unset. Renders nothing without one. */
  error?: InsufficientBalanceError;
};

/**
 * The server's evidence, never the headline: the error's name, HTTP status, the server's own code,
 * its message (as text), the request id and the time, copyable for support. A native <details>
 * gives the disclosure for free.
 */
export function TechnicalDetails({ error: ownError, className, ...props }: TechnicalDetailsProps) {
  const { messages, text } = useBalanceBlockedModalFormat();
  const active = useRecoverySelector((snapshot) => snapshot.error);
  // When the conversation opened (ISO 8601): support matches it against their logs. Only the
  // open conversation's error has that time; an error the host passes in is shown without it.
  const openedAt = useRecoverySelector((snapshot) => snapshot.blockedAt);
  const error = ownError ?? active;
  const blockedAt = error === active ? openedAt : undefined;
  const textRef = React.useRef<HTMLElement>(null);
  const [copyResult, setCopyResult] = React.useState('');
  if (!error) return null;
  const m = messages.modal;
  const line = [
    error.name,
    text(m.detailsHttp, { httpStatus: error.httpStatus }),
    error.code !== undefined && error.code !== '' && text(m.detailsCode, { code: String(error.code) }),
    error.serverMessage,
    error.requestId && text(m.detailsRequest, { requestId: error.requestId }),
    // UTC as logged, not the user's clock: what support searches for.
    blockedAt && text(m.detailsAt, { time: blockedAt }),
  ]
    .filter(Boolean)
    .join(' · ');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(line);
      setCopyResult(text(messages.common.copied));
    } catch {
      // No clipboard (insecure context, denied permission): select the text for a manual copy.
      const node = textRef.current;
      if (node) window.getSelection()?.selectAllChildren(node);
      setCopyResult(text(messages.common.copyFailed));
    }
  };

  return (
    <details data-slot="tk-technical-details" className={cn(DETAILS, className)} {...props}>
      <summary className="tk:cursor-pointer tk:rounded-md tk:px-3 tk:py-2 tk:font-medium tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring">
        {text(m.details)}
      </summary>
      <div className="tk:flex tk:flex-col tk:items-start tk:gap-2 tk:px-3 tk:pb-3">
        <code
          ref={textRef}
          data-slot="tk-technical-details-text"
          className="tk:block tk:w-full tk:whitespace-pre-wrap tk:break-words tk:rounded-sm tk:bg-muted tk:p-2 tk:font-mono tk:text-xs tk:text-foreground"
        >
          {line}
        </code>
        <div className="tk:flex tk:flex-wrap tk:items-center tk:gap-3">
          <Button variant="secondary" size="sm" onClick={copy}>
            {text(messages.common.copy)}
          </Button>
          {/* Visible and announced: a sighted user sees that it worked, too. */}
          <span
            role="status"
            data-slot="tk-technical-details-copied"
            className="tk:text-sm tk:text-muted-foreground"
          >
            {copyResult}
          </span>
        </div>
      </div>
    </details>
  );
}
