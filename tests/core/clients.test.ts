// @vitest-environment node
// The real client packages, each pointed with its own base-URL option at a local server answering
// real credit-error bodies (tests/fixtures/real-credit-errors.json).
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import { Mistral } from '@mistralai/mistralai';
import axios from 'axios';
import Groq from 'groq-sdk';
import ky from 'ky';
import { ofetch } from 'ofetch';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import {
  asInsufficientBalance,
  createRecovery,
  InsufficientBalanceError,
  isInsufficientBalance,
  money,
  type RecoveryEvent,
  readInsufficientBalance,
  withRecovery,
} from '../../src/core';
import { createFakeBillingAdapter } from '../../src/testing';
import fixtures from '../fixtures/real-credit-errors.json';
import { apiServerPerFile } from '../support/api-server';
import { flush } from './support';

type Fixture = { provider: string; status: number; body: unknown };
const fixture = (index: number) => (fixtures as Fixture[])[index] as Fixture;
// biome-ignore lint/suspicious/noExplicitAny: fixture bodies have any shape.
const body = (index: number) => fixture(index).body as any;

const CHAT_COMPLETION = {
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1764547200,
  model: 'test-model',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Done' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
};
const ANTHROPIC_MESSAGE = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'test-model',
  content: [{ type: 'text', text: 'Done' }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 1, output_tokens: 1 },
};
const GEMINI_RESPONSE = {
  candidates: [{ content: { role: 'model', parts: [{ text: 'Done' }] }, finishReason: 'STOP' }],
};
const PLAIN_JSON = { answer: 'Done' };
const USER_MESSAGE = [{ role: 'user' as const, content: 'Summarise the report' }];

type Client = {
  name: string;
  /** One call, as a host app makes it; resolves with the answer's text. */
  call: (baseUrl: string) => Promise<string | null | undefined>;
  success: unknown;
  /** Credit errors this client meets, with the provider's own code. The first drives run(). */
  credit: { fixture: number; message: string; code?: string }[];
  /** Ordinary errors: rate limits, auth, permissions. */
  ordinary: number[];
};

const clients: Client[] = [
  {
    name: 'openai',
    call: async (baseUrl) =>
      (
        await new OpenAI({ apiKey: 'sk-test', baseURL: `${baseUrl}/v1` }).chat.completions.create({
          model: 'gpt-4o-mini',
          messages: USER_MESSAGE,
        })
      ).choices[0]?.message.content,
    success: CHAT_COMPLETION,
    credit: [
      { fixture: 9, message: body(9).error.message, code: 'insufficient_quota' },
      { fixture: 10, message: body(10).error.message, code: 'billing_not_active' },
    ],
    ordinary: [38, 41],
  },
  {
    name: '@anthropic-ai/sdk',
    call: async (baseUrl) => {
      const message = await new Anthropic({ apiKey: 'sk-ant-test', baseURL: baseUrl }).messages.create({
        model: 'claude-test',
        max_tokens: 64,
        messages: USER_MESSAGE,
      });
      return message.content[0]?.type === 'text' ? message.content[0].text : undefined;
    },
    success: ANTHROPIC_MESSAGE,
    credit: [
      { fixture: 7, message: body(7).error.message, code: 'invalid_request_error' },
      { fixture: 26, message: body(26).error.message, code: 'api_error' },
    ],
    ordinary: [39, 40],
  },
  {
    name: 'groq-sdk',
    call: async (baseUrl) =>
      (
        await new Groq({ apiKey: 'gsk_test', baseURL: baseUrl }).chat.completions.create({
          model: 'llama-test',
          messages: USER_MESSAGE,
        })
      ).choices[0]?.message.content,
    success: CHAT_COMPLETION,
    credit: [
      { fixture: 21, message: body(21).error.message, code: 'exceeded_current_quota_error' },
      { fixture: 0, message: body(0).error.message },
    ],
    ordinary: [38, 41],
  },
  {
    name: '@mistralai/mistralai',
    call: async (baseUrl) => {
      const response = await new Mistral({ apiKey: 'test', serverURL: baseUrl }).chat.complete({
        model: 'mistral-small-latest',
        messages: USER_MESSAGE,
      });
      const content = response.choices?.[0]?.message?.content;
      return typeof content === 'string' ? content : undefined;
    },
    success: CHAT_COMPLETION,
    credit: [
      { fixture: 29, message: body(29) },
      { fixture: 24, message: body(24).error.message, code: 'Arrearage' },
    ],
    ordinary: [38, 43],
  },
  {
    name: '@google/genai',
    call: async (baseUrl) =>
      (
        await new GoogleGenAI({ apiKey: 'test', httpOptions: { baseUrl } }).models.generateContent({
          model: 'gemini-test',
          contents: 'Summarise the report',
        })
      ).text,
    success: GEMINI_RESPONSE,
    credit: [{ fixture: 30, message: body(30).error.message, code: 'RESOURCE_EXHAUSTED' }],
    ordinary: [42, 41],
  },
  {
    name: 'ofetch',
    call: async (baseUrl) =>
      (
        await ofetch<typeof PLAIN_JSON>('/v1/summaries', {
          baseURL: baseUrl,
          method: 'POST',
          body: { id: 7 },
        })
      ).answer,
    success: PLAIN_JSON,
    credit: [
      { fixture: 9, message: body(9).error.message, code: 'insufficient_quota' },
      { fixture: 7, message: body(7).error.message, code: 'invalid_request_error' },
    ],
    ordinary: [38, 41],
  },
  {
    name: 'ky',
    call: async (baseUrl) =>
      (await ky.post('v1/summaries', { prefixUrl: baseUrl, json: { id: 7 } }).json<typeof PLAIN_JSON>())
        .answer,
    success: PLAIN_JSON,
    credit: [
      { fixture: 12, message: body(12).error },
      { fixture: 24, message: body(24).error.message, code: 'Arrearage' },
    ],
    ordinary: [38, 41],
  },
  {
    name: 'axios',
    call: async (baseUrl) =>
      (await axios.post<typeof PLAIN_JSON>(`${baseUrl}/v1/summaries`, { id: 7 })).data.answer,
    success: PLAIN_JSON,
    credit: [
      { fixture: 19, message: body(19).errors[0], code: 'payment_required' },
      { fixture: 15, message: body(15).detail.message, code: 'quota_exceeded' },
    ],
    ordinary: [41, 43],
  },
];

/** What a host app does with what a client threw: sync for every shape, the unread Response (ky) read. */
const recognise = async (thrown: unknown) =>
  asInsufficientBalance(thrown) ??
  ((thrown as { response?: unknown })?.response instanceof Response
    ? readInsufficientBalance((thrown as { response: Response }).response)
    : null);

const server = apiServerPerFile();
const answerWith = (index: number) => {
  server.api.failure = { status: fixture(index).status, body: fixture(index).body };
};
const usd = (n: number) => money(n, 'USD');

describe.each(clients)('$name against a local API', (client) => {
  it.each(client.credit)('recognises $fixture with the provider’s own message and code', async (credit) => {
    answerWith(credit.fixture);
    const thrown = await client.call(server.api.url).then(
      () => expect.unreachable('the call should fail'),
      (error: unknown) => error,
    );
    const error = await recognise(thrown);
    expect(error).toBeInstanceOf(InsufficientBalanceError);
    expect(error).toMatchObject({
      httpStatus: fixture(credit.fixture).status,
      serverMessage: credit.message,
    });
    expect(error?.code).toBe(credit.code);
    // Every shape but an unread Response is known synchronously too.
    if (client.name !== 'ky') expect(isInsufficientBalance(thrown)).toBe(true);
  });

  it('ignores ordinary errors (rate limits, auth, permissions), and run() lets them through', async () => {
    const recovery = createRecovery({ adapter: createFakeBillingAdapter() });
    for (const index of client.ordinary) {
      answerWith(index);
      const thrown = await client.call(server.api.url).catch((error: unknown) => error);
      expect(thrown).toBeInstanceOf(Error);
      expect(isInsufficientBalance(thrown)).toBe(false);
      expect(await recognise(thrown)).toBeNull();
      const passedThrough = await recovery
        .run(() => client.call(server.api.url))
        .catch((error: unknown) => error);
      expect(passedThrough).toBeInstanceOf((thrown as Error).constructor);
      expect(recovery.getSnapshot().status).toBe('idle');
    }
  });

  it('run() resumes the call with exactly one re-run after one top-up', async () => {
    const fake = createFakeBillingAdapter();
    const recovery = createRecovery({ adapter: fake });
    const credit = client.credit[0] as Client['credit'][number];
    answerWith(credit.fixture);
    server.api.success = client.success;
    let runs = 0;
    const result = recovery.run(
      () => {
        runs++;
        return client.call(server.api.url);
      },
      { intent: 'Summarise the report' },
    );
    await expect.poll(() => recovery.getSnapshot().status).toBe('blocked');
    expect(recovery.getSnapshot()).toMatchObject({ intents: ['Summarise the report'], waiting: 1 });
    expect(recovery.getSnapshot().error?.serverMessage).toBe(credit.message);
    const before = server.api.requests.length;
    server.api.paid = true;
    await recovery.topUp(usd(2500));
    await expect(result).resolves.toBe('Done');
    expect(runs).toBe(2);
    expect(server.api.requests.length - before).toBe(1);
    expect(fake.topUpRequests()).toHaveLength(1);
    expect(recovery.getSnapshot().status).toBe('idle');
  });
});

// The SDK's `fetch` option: the conversation happens inside the SDK's own request.
describe.each([
  {
    name: 'openai',
    fixture: 9,
    make: (fetch: typeof globalThis.fetch) => async () =>
      (
        await new OpenAI({
          apiKey: 'sk-test',
          baseURL: `${server.api.url}/v1`,
          fetch,
        }).chat.completions.create({
          model: 'gpt-4o-mini',
          messages: USER_MESSAGE,
        })
      ).choices[0]?.message.content,
    success: CHAT_COMPLETION,
  },
  {
    name: '@anthropic-ai/sdk',
    fixture: 7,
    make: (fetch: typeof globalThis.fetch) => async () => {
      const message = await new Anthropic({
        apiKey: 'sk-ant-test',
        baseURL: server.api.url,
        fetch,
      }).messages.create({
        model: 'claude-test',
        max_tokens: 64,
        messages: USER_MESSAGE,
      });
      return message.content[0]?.type === 'text' ? message.content[0].text : undefined;
    },
    success: ANTHROPIC_MESSAGE,
  },
])(
  '$name with withRecovery(fetch, recovery, {replay: true}) as its fetch option',
  ({ fixture: index, make, success }) => {
    const setup = () => {
      const fake = createFakeBillingAdapter();
      const recovery = createRecovery({ adapter: fake });
      const events: RecoveryEvent[] = [];
      recovery.onEvent((event) => events.push(event));
      const call = make(
        withRecovery(fetch, recovery, { replay: true, intent: 'Summarise the report' }) as typeof fetch,
      );
      answerWith(index);
      server.api.success = success;
      return { fake, recovery, events, call };
    };

    it('the blocked POST is sent once more after the top-up and the SDK call resolves', async () => {
      const { fake, recovery, call } = setup();
      const result = call();
      await expect.poll(() => recovery.getSnapshot().status).toBe('blocked');
      expect(recovery.getSnapshot().intents).toEqual(['Summarise the report']);
      server.api.paid = true;
      await recovery.topUp(usd(2500));
      await expect(result).resolves.toBe('Done');
      expect(server.api.requests).toHaveLength(2);
      expect(fake.topUpRequests()).toHaveLength(1);
    });

    it('"Not now": the SDK’s own retries open no second conversation; one rejection', async () => {
      const { recovery, events, call } = setup();
      const result = call().catch((error: unknown) => error);
      await expect.poll(() => recovery.getSnapshot().status).toBe('blocked');
      recovery.dismiss();
      const thrown = await result;
      // The SDK retried the failed fetch twice by itself (3 requests), and said "Connection error.".
      expect(server.api.requests).toHaveLength(3);
      expect(isInsufficientBalance(thrown)).toBe(true);
      expect(asInsufficientBalance(thrown)?.serverMessage).toBe(body(index).error.message);
      await flush();
      expect(events.filter((event) => event.type === 'blocked')).toHaveLength(1);
      expect(recovery.getSnapshot().status).toBe('idle');
      // run() around the same call does not ask again either.
      await expect(recovery.run(call)).rejects.toBeInstanceOf(InsufficientBalanceError);
      expect(events.filter((event) => event.type === 'blocked')).toHaveLength(1);
    });
  },
);
