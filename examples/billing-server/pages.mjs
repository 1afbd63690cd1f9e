// The 3-D Secure test page the server serves for Mastercard •••• 3155. Plain HTML, no script.

/** @param {unknown} value */
export const escapeHtml = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (c) =>
      /** @type {Record<string, string>} */ ({
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&#39;',
      })[c] ?? c,
  );

const STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 26rem; padding: 2rem; border: 1px solid GrayText; border-radius: 12px; }
  h1 { font-size: 1.25rem; margin: 0 0 1rem; }
  p { line-height: 1.5; }
  .actions { display: flex; gap: .75rem; margin-top: 1.5rem; }
  button { font: inherit; padding: .6rem 1.1rem; border-radius: 8px; border: 1px solid GrayText; cursor: pointer; }
  button[value=confirm] { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
  button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
`;

/** @param {string} title @param {string} body */
export const page = (title, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

/**
 * @param {{ id: string, amount: string, card: string, returnTo?: string }} p
 */
export const challengePage = ({ id, amount, card, returnTo }) => {
  const query = returnTo ? `?return=${encodeURIComponent(returnTo)}` : '';
  const action = (verb) => `/3ds/${encodeURIComponent(id)}/${verb}${query}`;
  return page(
    'Confirm your payment',
    `<h1>Confirm your payment</h1>
<p>Test bank check (3-D Secure) for <strong>${escapeHtml(amount)}</strong> with ${escapeHtml(card)}.</p>
<p>This is the billing server's test page: no real bank is involved.</p>
<div class="actions">
<form method="post" action="${escapeHtml(action('confirm'))}"><button type="submit" name="do" value="confirm">Confirm payment</button></form>
<form method="post" action="${escapeHtml(action('cancel'))}"><button type="submit" name="do" value="cancel">Cancel</button></form>
</div>`,
  );
};

/** @param {string} heading @param {string} text */
export const donePage = (heading, text) =>
  page(
    heading,
    `<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(text)}</p>\n<p>You can close this tab.</p>`,
  );
