import * as React from 'react';
import type { InsufficientBalanceError } from '../../core';
import { useFormat } from '../../react';
import { Button, cn } from '../ui';

const DETAILS = 'tk:rounded-md tk:border tk:border-border tk:text-sm';

export type TechnicalDetailsProps = React.ComponentProps<'details'> & {
  error: InsufficientBalanceError;
  /** Reports "Copied" (or the fallback) to the dialog's live region. */
  onAnnounce: (text: string) => void;
};

/**
 * The server's evidence, never the headline: HTTP status, its own code, its message (as text) and
 * the request id, copyable for support. A native <details> gives the disclosure for free.
 */
export function TechnicalDetails({ error, onAnnounce, className, ...props }: TechnicalDetailsProps) {
  const { messages, text } = useFormat();
  const m = messages.modal;
  const textRef = React.useRef<HTMLElement>(null);
  const line = [
    text(m.detailsHttp, { httpStatus: error.httpStatus }),
    error.code !== undefined && error.code !== '' && text(m.detailsCode, { code: String(error.code) }),
    error.serverMessage,
    error.requestId && text(m.detailsRequest, { requestId: error.requestId }),
  ]
    .filter(Boolean)
    .join(' · ');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(line);
      onAnnounce(text(messages.common.copied));
    } catch {
      // No clipboard (insecure context, denied permission): select the text for a manual copy.
      const node = textRef.current;
      if (node) window.getSelection()?.selectAllChildren(node);
      onAnnounce(text(messages.common.copyFailed));
    }
  };

  return (
    <details data-slot="technical-details" className={cn(DETAILS, className)} {...props}>
      <summary className="tk:cursor-pointer tk:rounded-md tk:px-3 tk:py-2 tk:font-medium tk:outline-none tk:focus-visible:ring-2 tk:focus-visible:ring-ring">
        {text(m.details)}
      </summary>
      <div className="tk:flex tk:flex-col tk:items-start tk:gap-2 tk:px-3 tk:pb-3">
        <code
          ref={textRef}
          data-slot="technical-details-text"
          className="tk:block tk:w-full tk:whitespace-pre-wrap tk:break-words tk:rounded-sm tk:bg-muted tk:p-2 tk:font-mono tk:text-xs tk:text-foreground"
        >
          {line}
        </code>
        <Button variant="secondary" size="sm" onClick={copy}>
          {text(messages.common.copy)}
        </Button>
      </div>
    </details>
  );
}
