import { describe, expect, it } from 'vitest';
import {
  asInsufficientBalance,
  InsufficientBalanceError,
  isInsufficientBalance,
  readInsufficientBalance,
  toInsufficientBalance,
} from '../../src/core';

const GENERIC = 'Payment required: the balance is too low.';
const OPENAI_QUOTA = {
  message: 'You exceeded your current quota, please check your plan and billing details.',
  type: 'insufficient_quota',
  param: null,
  code: 'insufficient_quota',
};
const ANTHROPIC_CREDIT = {
  type: 'error',
  error: {
    type: 'invalid_request_error',
    message: 'Your credit balance is too low to access the Anthropic API.',
  },
  request_id: 'req_011',
};

/** An error of a class nobody told the rules about: only its shape counts. */
class AcmeError extends Error {
  constructor(message: string, fields: Record<string, unknown>) {
    super(message);
    Object.assign(this, fields);
  }
}

describe('asInsufficientBalance: what clients throw', () => {
  it('returns our own error as it is', () => {
    const ours = new InsufficientBalanceError({ httpStatus: 402, serverMessage: 'x', raw: null });
    expect(asInsufficientBalance(ours)).toBe(ours);
  });

  it('reads axios-style errors: response.status and response.data', () => {
    const error = asInsufficientBalance({ response: { status: 429, data: { error: OPENAI_QUOTA } } });
    expect(error).toMatchObject({
      httpStatus: 429,
      code: 'insufficient_quota',
      serverMessage: OPENAI_QUOTA.message,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['status with the inner error (openai)', { status: 429, error: OPENAI_QUOTA }],
    ['status with the whole body under error (anthropic, groq)', { status: 400, error: ANTHROPIC_CREDIT }],
    [
      'statusCode with raw JSON text in body (mistral)',
      { statusCode: 400, body: JSON.stringify(ANTHROPIC_CREDIT) },
    ],
    [
      'status and statusCode with the parsed body in data (ofetch)',
      { status: 429, statusCode: 429, data: { error: OPENAI_QUOTA } },
    ],
  ])('reads SDK-style errors: %s', (_name, fields) => {
    const error = asInsufficientBalance(new AcmeError('Request failed', fields));
    expect(error).toBeInstanceOf(InsufficientBalanceError);
    expect(error?.serverMessage).toMatch(/quota|credit balance is too low/);
    expect(error?.code).toMatch(/insufficient_quota|invalid_request_error/);
  });

  it('reads the body from JSON text in message (google genai), with or without a prefix', () => {
    const body = {
      error: { code: 402, message: 'Your prepayment credits are depleted.', status: 'RESOURCE_EXHAUSTED' },
    };
    expect(asInsufficientBalance(new AcmeError(JSON.stringify(body), { status: 402 }))).toMatchObject({
      httpStatus: 402,
      code: 'RESOURCE_EXHAUSTED',
      serverMessage: 'Your prepayment credits are depleted.',
    });
    expect(
      asInsufficientBalance(
        new AcmeError(`Error code: 429 - ${JSON.stringify({ error: OPENAI_QUOTA })}`, { status: 429 }),
      ),
    ).toMatchObject({ code: 'insufficient_quota' });
  });

  it('a 402 with no body still counts, with the generic message; other statuses need words', () => {
    expect(asInsufficientBalance(new AcmeError('402 status code (no body)', { status: 402 }))).toMatchObject({
      serverMessage: GENERIC,
    });
    expect(asInsufficientBalance(new AcmeError('Internal error', { status: 500 }))).toBeNull();
    expect(
      asInsufficientBalance(new AcmeError('Oops', { statusCode: 503, body: 'upstream down' })),
    ).toBeNull();
  });

  it('ignores ordinary SDK errors: rate limits, auth, permissions, validation', () => {
    for (const [status, error] of [
      [
        429,
        {
          type: 'error',
          error: {
            type: 'rate_limit_error',
            message: 'Number of request tokens has exceeded your per-minute rate limit',
          },
        },
      ],
      [
        401,
        {
          message: 'Incorrect API key provided: sk-abc***xyz.',
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      ],
      [403, { error: { code: 'forbidden', message: 'Insufficient permissions to access this project.' } }],
      [400, { error: { message: "'messages' must not be empty", type: 'invalid_request_error' } }],
    ] as const)
      expect(asInsufficientBalance(new AcmeError('failed', { status, error }))).toBeNull();
  });

  it('reads GraphQL errors: extensions.code and message, on the error or its response', () => {
    const list = [
      { message: 'Your balance is too low to run this query.', extensions: { code: 'INSUFFICIENT_BALANCE' } },
    ];
    // urql / Apollo keep the list; graphql-request keeps the whole response.
    for (const thrown of [
      new AcmeError('[GraphQL] Your balance is too low', { graphQLErrors: list }),
      new AcmeError('GraphQL Error', { response: { status: 200, errors: list, data: null } }),
      new AcmeError('Your balance is too low to run this query.', {
        extensions: { code: 'INSUFFICIENT_BALANCE' },
      }),
    ])
      expect(asInsufficientBalance(thrown)).toMatchObject({
        httpStatus: 200,
        code: 'INSUFFICIENT_BALANCE',
        serverMessage: 'Your balance is too low to run this query.',
      });
    expect(
      asInsufficientBalance({
        errors: [
          { message: 'Payment required', extensions: { code: 'PAYMENT_REQUIRED', http: { status: 402 } } },
        ],
      }),
    ).toMatchObject({ httpStatus: 402, code: 'PAYMENT_REQUIRED' });
    expect(
      asInsufficientBalance({
        graphQLErrors: [{ message: 'You must be signed in', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    ).toBeNull();
  });

  it('finds our error behind a cause (an SDK reporting a failed fetch as "Connection error.")', () => {
    const ours = new InsufficientBalanceError({ httpStatus: 402, serverMessage: 'x', raw: null });
    expect(asInsufficientBalance(new Error('Connection error.', { cause: ours }))).toBe(ours);
    expect(
      asInsufficientBalance(new Error('Connection error.', { cause: new Error('ECONNRESET') })),
    ).toBeNull();
  });

  it('leaves an unread Response (ky) to readInsufficientBalance', async () => {
    const response = Response.json({ error: OPENAI_QUOTA }, { status: 429 });
    const kyLike = new AcmeError('Request failed with status code 429', { response });
    expect(asInsufficientBalance(kyLike)).toBeNull();
    await expect(readInsufficientBalance(response)).resolves.toMatchObject({ code: 'insufficient_quota' });
  });

  it('leaves x402 payment challenges alone: an accepts list, or a PAYMENT-REQUIRED header', async () => {
    const challenge = {
      x402Version: 1,
      error: 'X-PAYMENT header is required',
      accepts: [{ scheme: 'exact', network: 'base', maxAmountRequired: '10000' }],
    };
    expect(toInsufficientBalance(402, challenge)).toBeNull();
    expect(toInsufficientBalance(402, JSON.stringify(challenge))).toBeNull();
    expect(asInsufficientBalance({ response: { status: 402, data: challenge } })).toBeNull();
    const headers = new Headers({ 'PAYMENT-REQUIRED': 'eyJ4NDAyVmVyc2lvbiI6Mn0=' });
    expect(asInsufficientBalance(new AcmeError('402', { status: 402, headers }))).toBeNull();
    expect(
      asInsufficientBalance({ response: { status: 402, data: {}, headers: { 'payment-required': 'x' } } }),
    ).toBeNull();
    await expect(readInsufficientBalance(new Response('{}', { status: 402, headers }))).resolves.toBeNull();
    // A plain 402 stays ours.
    expect(toInsufficientBalance(402, { error: 'Insufficient credits' })).not.toBeNull();
  });

  it('never throws, whatever is thrown', () => {
    const cyclic: Record<string, unknown> = { status: 402, message: 'x' };
    cyclic.cause = cyclic;
    cyclic.error = cyclic;
    const hostile = {
      get response() {
        throw new Error('getter');
      },
    };
    for (const thrown of [
      null,
      undefined,
      0,
      'x',
      Symbol('s'),
      hostile,
      cyclic,
      { response: null },
      { cause: 'x' },
    ])
      expect(() => asInsufficientBalance(thrown)).not.toThrow();
    expect(isInsufficientBalance(hostile)).toBe(false);
  });

  it('uses a host detect for every shape', () => {
    const mine = new InsufficientBalanceError({ httpStatus: 409, serverMessage: 'Budget', raw: null });
    expect(asInsufficientBalance(new AcmeError('x', { status: 409, body: 'budget' }), () => mine)).toBe(mine);
  });
});

describe('message fields and the 2xx rule', () => {
  it.each<[string, unknown, string]>([
    [
      'error_description',
      { error: 'billing', error_description: 'Insufficient funds on the account.' },
      'Insufficient funds on the account.',
    ],
    ['details as text', { details: 'Your credit balance ran out.' }, 'Your credit balance ran out.'],
    ['description', { description: 'Not enough balance for this job.' }, 'Not enough balance for this job.'],
    ['reason', { reason: 'Your prepaid balance is exhausted.' }, 'Your prepaid balance is exhausted.'],
    [
      'readableMessage alone',
      { readableMessage: 'Account balance not enough.' },
      'Account balance not enough.',
    ],
    [
      'any *_msg',
      { ret: 1, ret_msg: 'Balance insufficient, please top up.' },
      'Balance insufficient, please top up.',
    ],
    [
      'an outer message beats an inner reason',
      { message: 'Out of credits.', details: [{ reason: 'BILLING_DISABLED' }] },
      'Out of credits.',
    ],
  ])('finds the message in %s', (_name, body, message) => {
    expect(toInsufficientBalance(402, body)?.serverMessage).toBe(message);
    expect(toInsufficientBalance(400, body)?.serverMessage).toBe(message);
  });

  it('a 2xx is never insufficient balance unless its body is an explicit error envelope', () => {
    expect(toInsufficientBalance(200, { message: 'Your balance is too low', balance: 0 })).toBeNull();
    expect(toInsufficientBalance(200, 'Insufficient balance')).toBeNull();
    expect(toInsufficientBalance(204, null)).toBeNull();
    for (const envelope of [
      { success: false, error: 'Insufficient credits to perform this request.' },
      { ok: false, message: 'Insufficient credits to perform this request.' },
      { error: { message: 'Insufficient credits to perform this request.' } },
      { errors: [{ message: 'Insufficient credits to perform this request.' }] },
    ])
      expect(toInsufficientBalance(200, envelope)).toMatchObject({
        httpStatus: 200,
        serverMessage: 'Insufficient credits to perform this request.',
      });
    expect(toInsufficientBalance(200, { success: false, error: 'Rate limit reached, try again' })).toBeNull();
  });
});
