import { describe, expect, it } from 'vitest';
import {
  InsufficientBalanceError,
  isInsufficientBalance,
  money,
  readInsufficientBalance,
  toInsufficientBalance,
} from '../../src/core';

const GENERIC = 'Payment required: the balance is too low.';
const SEED = 'Account balance not enough to run this query, please recharge';

const cyclic: Record<string, unknown> = { message: 'Loop' };
cyclic.self = cyclic;
const deep: Record<string, unknown> = {};
let cursor = deep;
for (let i = 0; i < 500; i++) cursor = cursor.next = {} as Record<string, unknown>;
const throwing = {
  get error() {
    throw new Error('getter');
  },
};

type Row = [name: string, body: unknown, expected: Partial<Record<keyof InsufficientBalanceError, unknown>>];

// At least 40 malformed or unusual 402 bodies: none throws, each yields its fields or the generic text.
const rows: Row[] = [
  [
    'seed shape',
    { code: 40203, name: 'InsufficientBalanceError', message: SEED },
    { code: 40203, serverMessage: SEED },
  ],
  [
    'seed under error',
    { error: { code: 40203, name: 'InsufficientBalanceError', message: SEED } },
    { code: 40203, serverMessage: SEED },
  ],
  ['seed under data', { data: { code: 40203, message: SEED } }, { code: 40203, serverMessage: SEED }],
  [
    'Jina: app code in status',
    { code: 402, status: 40203, message: SEED, readableMessage: `X: ${SEED}` },
    { code: 40203, serverMessage: SEED },
  ],
  [
    'problem+json detail',
    { type: 'https://e.x/p', title: 'Out of credit', detail: 'Balance 3, needs 5', status: 402 },
    { serverMessage: 'Balance 3, needs 5', code: undefined },
  ],
  [
    'problem+json title only',
    { type: 'about:blank', title: 'Out of credit', status: 402 },
    { serverMessage: 'Out of credit', code: undefined },
  ],
  [
    'problem+json with minor-unit extensions',
    {
      title: 'Low',
      balance_minor: 120,
      required_minor: 2500,
      currency: 'usd',
      top_up_url: 'https://pay.example/top-up',
    },
    { balance: money(120, 'USD'), required: money(2500, 'USD'), topUpUrl: 'https://pay.example/top-up' },
  ],
  [
    'camelCase minor members',
    { title: 'Low', balanceMinor: 5, requiredMinor: 700, currency: 'JPY', topUpUrl: '/billing' },
    { balance: money(5, 'JPY'), required: money(700, 'JPY'), topUpUrl: '/billing' },
  ],
  [
    'decimal strings with a currency',
    { detail: 'x', balance: '1.20', required: '25', currency: 'EUR' },
    { balance: money(120, 'EUR'), required: money(2500, 'EUR') },
  ],
  [
    'numbers with a currency',
    { detail: 'x', balance: 0.5, required: 12.25, currency: 'USD' },
    { balance: money(50, 'USD'), required: money(1225, 'USD') },
  ],
  [
    'Money-shaped members',
    {
      detail: 'x',
      balance: { amountMinor: 7, currency: 'KWD' },
      required: { amount: '1.5', currency: 'KWD' },
    },
    { balance: money(7, 'KWD'), required: money(1500, 'KWD') },
  ],
  [
    'amounts without a currency are dropped',
    { detail: 'x', balance: 30, required: 50 },
    { balance: undefined, required: undefined },
  ],
  [
    'inexact amounts are dropped',
    { detail: 'x', balance: '0.001', required: 1e21, currency: 'USD' },
    { balance: undefined, required: undefined },
  ],
  [
    'minor amounts that are not integers are dropped',
    { detail: 'x', balance_minor: 1.5, required_minor: '12', currency: 'USD' },
    { balance: undefined, required: undefined },
  ],
  ['bad currency code', { detail: 'x', balance: 3, currency: 'dollars' }, { balance: undefined }],
  [
    'error.type',
    { error: { type: 'insufficient_balance', message: 'Top up' } },
    { code: 'insufficient_balance', serverMessage: 'Top up' },
  ],
  [
    'error.code',
    { error: { code: 'insufficient_funds', message: 'No funds' } },
    { code: 'insufficient_funds', serverMessage: 'No funds' },
  ],
  [
    'error string only',
    { error: 'insufficient_credits' },
    { code: 'insufficient_credits', serverMessage: 'insufficient_credits' },
  ],
  [
    'error sentence',
    { error: 'You are out of credits.' },
    { code: undefined, serverMessage: 'You are out of credits.' },
  ],
  [
    'errors array of strings',
    { errors: ['No credits left', 'second'] },
    { serverMessage: 'No credits left' },
  ],
  [
    'errors array of objects (JSON:API)',
    { errors: [{ status: '402', code: 'payment_required', title: 'Pay up' }] },
    { code: 'payment_required', serverMessage: 'Pay up' },
  ],
  [
    'GraphQL extensions',
    { errors: [{ message: 'Balance too low', extensions: { code: 'INSUFFICIENT_BALANCE' } }], data: null },
    { code: 'INSUFFICIENT_BALANCE', serverMessage: 'Balance too low' },
  ],
  ['request ids', { message: 'x', request_id: 'req_1' }, { requestId: 'req_1' }],
  ['nested trace id', { error: { message: 'x', traceId: 'abc-123' } }, { requestId: 'abc-123' }],
  ['control characters removed', { message: 'Pay\u0000 now\u202e\u0007' }, { serverMessage: 'Pay  now' }],
  ['long message trimmed to 1000', { message: 'x'.repeat(5000) }, { serverMessage: 'x'.repeat(1000) }],
  ['javascript: URL dropped', { message: 'x', top_up_url: 'javascript:alert(1)' }, { topUpUrl: undefined }],
  [
    'tab-split javascript: URL dropped',
    { message: 'x', top_up_url: 'java\tscript:alert(1)' },
    { topUpUrl: 'java script:alert(1)' },
  ],
  ['data: URL dropped', { message: 'x', topUpUrl: 'data:text/html,<b>x</b>' }, { topUpUrl: undefined }],
  ['http URL kept', { message: 'x', topUpUrl: 'http://pay.example/' }, { topUpUrl: 'http://pay.example/' }],
  ['URL of wrong type dropped', { message: 'x', topUpUrl: { href: 'https://x' } }, { topUpUrl: undefined }],
  ['plain text body', 'Payment Required', { serverMessage: 'Payment Required' }],
  [
    'HTML body',
    '<!doctype html><html><body><h1>402</h1><script>x()</script></body></html>',
    { serverMessage: GENERIC },
  ],
  ['broken JSON', '{"error": {"message": "Insuff', { serverMessage: GENERIC }],
  ['empty string', '', { serverMessage: GENERIC }],
  ['whitespace', '   \n ', { serverMessage: GENERIC }],
  ['null', null, { serverMessage: GENERIC, code: undefined }],
  ['undefined', undefined, { serverMessage: GENERIC }],
  ['number', 402, { serverMessage: GENERIC, code: undefined }],
  ['boolean', true, { serverMessage: GENERIC }],
  ['empty object', {}, { serverMessage: GENERIC }],
  ['empty array', [], { serverMessage: GENERIC }],
  ['array of bodies', [{ message: 'First' }], { serverMessage: 'First' }],
  [
    'message of wrong type',
    { message: { text: 'x' }, code: ['a'] },
    { serverMessage: GENERIC, code: undefined },
  ],
  ['message is a number', { message: 42 }, { serverMessage: GENERIC }],
  ['empty message', { message: '  ' }, { serverMessage: GENERIC }],
  ['code null / boolean', { code: null, error: true, message: 'x' }, { code: undefined, serverMessage: 'x' }],
  ['code that is a sentence', { code: 'The caller may not', message: 'x' }, { code: undefined }],
  ['code that is an HTTP status only', { code: 402, status: 402, message: 'x' }, { code: undefined }],
  ['code as numeric string', { code: '1113', message: 'x' }, { code: '1113' }],
  ['cyclic body', cyclic, { serverMessage: 'Loop' }],
  ['very deep body', deep, { serverMessage: GENERIC }],
  ['throwing getter', throwing, { serverMessage: GENERIC }],
  [
    'JSON text body',
    '{"error":{"code":"insufficient_quota","message":"Quota gone"}}',
    { code: 'insufficient_quota', serverMessage: 'Quota gone' },
  ],
  [
    'Chinese message',
    { code: '1113', message: '您的账户已欠费，请充值后重试。' },
    { serverMessage: '您的账户已欠费，请充值后重试。' },
  ],
];

describe('toInsufficientBalance: 402 bodies, malformed and unusual', () => {
  it(`has at least 40 rows (${rows.length})`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rows)('%s', (_name, body, expected) => {
    let error: InsufficientBalanceError | null = null;
    expect(() => {
      error = toInsufficientBalance(402, body);
    }).not.toThrow();
    expect(error).toBeInstanceOf(InsufficientBalanceError);
    expect((error as InsufficientBalanceError | null)?.raw).toBe(body);
    expect(error).toMatchObject({ status: 402, httpStatus: 402, ...expected });
  });
});

describe('toInsufficientBalance: other statuses', () => {
  it.each<[number, unknown]>([
    [400, { error: { code: 'insufficient_funds', message: 'Not enough funds on the account.' } }],
    [403, { message: 'Your prepaid balance has run out. Top up to continue.' }],
    [429, { error: { message: 'Insufficient account balance', type: 'billing_error' } }],
    [400, { errorCode: 'CREDITS_EXHAUSTED', errorMessage: 'credits exhausted' }],
    [403, 'Your organization has no credits remaining. Please purchase more credits.'],
    [400, { code: 'InsufficientBalance', msg: 'account balance is insufficient' }],
    [500, { base_resp: { status_code: 1008, status_msg: 'insufficient balance' } }],
    [400, { code: 30001, msg: '账户余额不足' }],
    [403, { message: '额度不足，请联系管理员' }],
    [451, { reason: 'payment_required' }],
    [403, { detail: 'Your current balance is negative.' }],
    [400, { error: { message: 'Billing hard limit has been reached' } }],
    [
      403,
      {
        error: {
          code: 'AccountOverdueError',
          message: 'Your account has an overdue balance.',
          type: 'Forbidden',
        },
      },
    ],
    [403, { code: 30001, message: 'Sorry, your account balance is insufficient', data: null }],
    [
      400,
      {
        Response: {
          Error: { Code: 'ResourceInsufficient.ChargeResourceExhaust', Message: '计费资源已耗尽' },
        },
      },
    ],
    [400, { error: { code: 'balance_insufficient', message: 'You have insufficient available funds.' } }],
    [412, { message: 'Account suspended due to insufficient balance' }],
  ])('recognises an exhausted balance behind %i: %j', (status, body) => {
    expect(toInsufficientBalance(status, body)).toMatchObject({ status: 402, httpStatus: status });
  });

  it.each<[number, unknown]>([
    [
      429,
      {
        error: {
          message: 'Rate limit reached for requests per min. Please try again in 20s.',
          code: 'rate_limit_exceeded',
        },
      },
    ],
    [
      429,
      {
        error: {
          code: 429,
          message: 'Quota exceeded for quota metric requests per minute',
          status: 'RESOURCE_EXHAUSTED',
        },
      },
    ],
    [429, { message: 'Too many requests' }],
    [429, { error: { message: 'You exceeded your current quota of requests per day. Try again tomorrow.' } }],
    [
      429,
      { code: '1302', message: '您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。请求过于频繁' },
    ],
    [401, { error: { message: 'Invalid API key', type: 'authentication_error' } }],
    [403, { error: { message: 'You do not have permission to view billing', code: 'forbidden' } }],
    [403, { message: 'Insufficient permissions to access this balance sheet' }],
    [400, { error: { message: 'amount must not exceed your balance limit', type: 'validation_error' } }],
    [400, { errors: { credit_balance: ['is invalid'] } }],
    [422, { detail: [{ loc: ['body', 'amount'], msg: 'field required', type: 'value_error.missing' }] }],
    [500, '<html><body>Insufficient balance</body></html>'],
    [500, { message: 'Internal server error' }],
    [404, { error: 'not_found' }],
    [400, { error: { message: 'Payment method required to add a card' } }],
    [503, 'Service Unavailable'],
    [404, { message: 'Billing account not found' }],
    [400, { message: 'The credit card number is incorrect.' }],
    [504, { message: 'Request timed out while checking the balance' }],
    [403, { error: 'Your API key has insufficient permissions for this balance endpoint' }],
    [400, { error_code: 17, error_msg: 'Open api daily request limit reached' }],
    [
      429,
      {
        error: {
          message: 'Rate limit reached for model on tokens per minute (TPM). Please try again in 10s.',
          code: 'rate_limit_exceeded',
        },
      },
    ],
    [409, null],
    [400, undefined],
    [Number.NaN, { message: 'x' }],
    ['402' as unknown as number, { message: 'x' }],
  ])('ignores an ordinary %s error: %j', (status, body) => {
    expect(toInsufficientBalance(status, body)).toBeNull();
  });
});

describe('the detect hook', () => {
  const mine = new InsufficientBalanceError({
    httpStatus: 409,
    code: 'BUDGET',
    serverMessage: 'Budget',
    raw: null,
  });

  it('runs first; null and undefined fall through; a throwing hook is ignored', () => {
    expect(toInsufficientBalance(409, { x: 1 }, () => mine)).toBe(mine);
    expect(toInsufficientBalance(409, { x: 1 }, () => null)).toBeNull();
    expect(toInsufficientBalance(402, { message: 'x' }, () => undefined)?.serverMessage).toBe('x');
    expect(
      toInsufficientBalance(402, { message: 'x' }, () => {
        throw new Error('host bug');
      })?.serverMessage,
    ).toBe('x');
    expect(toInsufficientBalance(402, { message: 'x' }, (() => 'nonsense') as never)?.serverMessage).toBe(
      'x',
    );
  });
});

describe('readInsufficientBalance', () => {
  const res = (body: BodyInit | null, status = 402, headers?: HeadersInit) =>
    new Response(body, { status, headers });

  it('reads a clone: the body stays readable', async () => {
    const r = res(JSON.stringify({ error: { code: 'insufficient_funds', message: 'No funds' } }));
    const e = await readInsufficientBalance(r);
    expect(e).toMatchObject({ code: 'insufficient_funds', serverMessage: 'No funds', httpStatus: 402 });
    expect(await r.json()).toEqual({ error: { code: 'insufficient_funds', message: 'No funds' } });
  });

  it('handles HTML, empty, broken JSON and plain text', async () => {
    expect((await readInsufficientBalance(res('<html><b>Pay</b></html>')))?.serverMessage).toBe(GENERIC);
    expect((await readInsufficientBalance(res(null)))?.serverMessage).toBe(GENERIC);
    expect((await readInsufficientBalance(res('{"message": ')))?.serverMessage).toBe(GENERIC);
    expect((await readInsufficientBalance(res('Out of credits')))?.serverMessage).toBe('Out of credits');
    expect(await readInsufficientBalance(res('<html>Rate limited</html>', 429))).toBeNull();
  });

  it('recognises other statuses by their body, and never reads a success', async () => {
    const body = JSON.stringify({ error: { type: 'insufficient_quota', message: 'Quota gone' } });
    expect(await readInsufficientBalance(res(body, 429))).toMatchObject({
      httpStatus: 429,
      code: 'insufficient_quota',
    });
    const ok = res(body, 200);
    expect(await readInsufficientBalance(ok)).toBeNull();
    expect(ok.bodyUsed).toBe(false);
  });

  it('reads at most 64 KiB', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += 16384;
        c.enqueue(new TextEncoder().encode('x'.repeat(16384)));
        if (pulled > 10_000_000) c.close();
      },
    });
    const e = await readInsufficientBalance(res(stream));
    expect(e?.serverMessage).toBe('x'.repeat(1000));
    expect(pulled).toBeLessThan(1_000_000);
  });

  it('uses the detect hook and never throws', async () => {
    const mine = new InsufficientBalanceError({ httpStatus: 418, serverMessage: 'Mine', raw: null });
    expect(await readInsufficientBalance(res('{}', 418), () => mine)).toBe(mine);
    await expect(readInsufficientBalance(null as unknown as Response)).resolves.toBeNull();
    await expect(readInsufficientBalance({} as Response)).resolves.toBeNull();
    const used = res('{"message":"x"}');
    await used.text();
    await expect(readInsufficientBalance(used)).resolves.toMatchObject({ serverMessage: GENERIC });
  });
});

describe('isInsufficientBalance', () => {
  it('is true for our errors and recognised axios-style errors only', () => {
    expect(
      isInsufficientBalance(new InsufficientBalanceError({ httpStatus: 402, serverMessage: 'x', raw: null })),
    ).toBe(true);
    expect(isInsufficientBalance({ response: { status: 402, data: {} } })).toBe(true);
    expect(
      isInsufficientBalance({ response: { status: 429, data: { error: { code: 'insufficient_quota' } } } }),
    ).toBe(true);
    expect(
      isInsufficientBalance({ response: { status: 429, data: { error: { code: 'rate_limit_exceeded' } } } }),
    ).toBe(false);
    expect(isInsufficientBalance({ response: { status: 500, data: 'boom' } })).toBe(false);
    expect(isInsufficientBalance({ name: 'InsufficientBalanceError', status: 402 })).toBe(false);
    for (const v of [null, undefined, 0, 'x', new Error('x'), { response: null }, { response: 'x' }])
      expect(isInsufficientBalance(v)).toBe(false);
  });
});
