import { describe, expect, it } from 'vitest';
import { hostLink, safeUrl, serverUrl, webhookUrl } from '../../src/core';

describe('serverUrl: URLs that come from a server', () => {
  it.each([
    ['https://pay.example.com/3ds?id=1', 'https://pay.example.com/3ds?id=1'],
    ['HTTP://pay.example.com', 'HTTP://pay.example.com'],
    ['/billing/top-up', '/billing/top-up'],
    ['top-up?x=1', 'top-up?x=1'],
    ['  https://pay.example.com  ', 'https://pay.example.com'],
  ])('keeps %j', (url, kept) => {
    expect(serverUrl(url)).toBe(kept);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:billing@example.com',
    'httpsx://pay.example.com',
    '',
    undefined,
    42,
  ])('drops %j', (url) => {
    expect(serverUrl(url)).toBeUndefined();
  });

  it('reads a tab-split scheme as the browser would not run it', () => {
    // Control characters become spaces, so "java\tscript:" is no scheme a browser runs.
    expect(serverUrl('java\tscript:alert(1)')).toBe('java script:alert(1)');
  });

  it('is what the deprecated safeUrl still answers', () => {
    expect(safeUrl).toBe(serverUrl);
  });
});

describe('hostLink: links the host app passes (supportHref, reviewUsageHref)', () => {
  it.each([
    ['mailto:support@example.com', 'mailto:support@example.com'],
    ['https://example.com/support', 'https://example.com/support'],
    ['/billing/usage', '/billing/usage'],
  ])('keeps %j', (url, kept) => {
    expect(hostLink(url)).toBe(kept);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'vbscript:x', '', undefined])('drops %j', (url) => {
    expect(hostLink(url)).toBeUndefined();
  });
});

describe('webhookUrl: a webhook the user types', () => {
  it.each([
    ['https://hooks.example.com/balance', true],
    ['http://hooks.example.com/balance', false],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['/relative/path', false],
    ['https://', false],
    ['data:text/html,hi', false],
  ])('accepts only https webhooks: %s', (url, ok) => {
    expect(webhookUrl(url) !== undefined).toBe(ok);
  });
});
