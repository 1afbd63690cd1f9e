// What the benches share: the median, and a static server for a Vite build they drive in Chromium.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves `outDir` on 127.0.0.1 (a free port; '/' is index.html). `crossOriginIsolated` sends
 * COOP/COEP, which gives performance.now() 5 µs steps instead of 100 µs: for figures that are
 * fractions of a millisecond.
 * @param {string} outDir
 * @param {{ crossOriginIsolated?: boolean }} [options]
 * @returns {Promise<{ port: number, close: () => void }>}
 */
export async function serveBuild(outDir, { crossOriginIsolated = false } = {}) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(outDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(outDir)) return res.writeHead(403).end();
    res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
    if (crossOriginIsolated) {
      res.setHeader('cross-origin-opener-policy', 'same-origin');
      res.setHeader('cross-origin-embedder-policy', 'require-corp');
    }
    createReadStream(file)
      .on('error', () => res.writeHead(404).end())
      .pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => server.close() };
}
