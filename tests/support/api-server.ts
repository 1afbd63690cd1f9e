// A stand-in for a provider's API: a node:http server on 127.0.0.1 (a port the OS picks) that answers
// every request with one failure until `paid` is set, then with the success body. Real SDKs are
// pointed at it with their own baseURL option; the test that starts it closes it.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export type Answer = { status: number; body: unknown; headers?: Record<string, string> };

export type ApiServer = {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  url: string;
  /** What every request gets while `paid` is false. */
  failure: Answer;
  /** What every request gets once `paid` is true. */
  success: unknown;
  paid: boolean;
  /** Every request received, in order: "POST /v1/chat/completions". */
  requests: string[];
  close(): Promise<void>;
};

const readBody = (request: IncomingMessage) =>
  new Promise<void>((resolve) => {
    request.on('data', () => {});
    request.on('end', resolve);
  });

export async function startApiServer(): Promise<ApiServer> {
  const api = {
    url: '',
    failure: { status: 500, body: { error: 'no failure set' } } as Answer,
    success: {} as unknown,
    paid: false,
    requests: [] as string[],
    close: async () => {},
  };
  const server = createServer(async (request, response) => {
    await readBody(request);
    api.requests.push(`${request.method} ${request.url}`);
    const { status, body, headers } = api.paid ? { status: 200, body: api.success } : api.failure;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
      // Stainless SDKs (openai, anthropic, groq) wait this long before their own retries: keeps tests quick.
      'retry-after-ms': '1',
      ...headers,
    });
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}

/**
 * The usual file setup: one server for the file, closed after it; before each test it is unpaid
 * with no requests recorded. Read `current.api` inside tests.
 */
export function apiServerPerFile(): { readonly api: ApiServer } {
  const current = {} as { api: ApiServer };
  beforeAll(async () => {
    current.api = await startApiServer();
  });
  afterAll(() => current.api.close());
  beforeEach(() => {
    current.api.paid = false;
    current.api.requests.length = 0;
  });
  return current;
}
