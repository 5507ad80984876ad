import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AiProviderError } from '@hero/server/src/modules/ai/ai.provider';
import { createAiProvider } from '@hero/server/src/modules/ai/create-provider';
import { OpenAiCompatibleProvider } from '@hero/server/src/modules/ai/openai.provider';
import { DEFAULT_RATE_CARD } from '@hero/server/src/modules/metering/core';
import { loadRateCard } from '@hero/server/src/modules/metering/rate-card.config';
import { ConfigError } from '@hero/server/src/platform/config';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fund, signUp } from '../support/accounts';
import { codeOf, gql, gqlOk } from '../support/gql';
import { balance, key, micro, Q, transactions } from '../support/product';
import { dbKind, startTestServer, type TestServer } from '../support/server';

/** A tiny server speaking OpenAI's chat completions protocol, JSON or server-sent events. */
class FakeOpenAi {
  server!: Server;
  requests: Array<{ headers: IncomingMessage['headers']; body: any }> = [];
  mode: 'ok' | 'no-usage' | 'error' = 'ok';
  answer = 'Headline: Fresh Coffee Daily\nDescription: Roasted every morning, shipped the same day.';
  usage = { prompt_tokens: 4_321, completion_tokens: 123 };

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const body = JSON.parse(raw);
      this.requests.push({ headers: req.headers, body });
      if (req.url !== '/v1/chat/completions' || this.mode === 'error') {
        res.writeHead(this.mode === 'error' ? 503 : 404, { 'content-type': 'application/json' });
        res.end('{"error":{"message":"overloaded"}}');
        return;
      }
      const usage = this.mode === 'no-usage' ? undefined : this.usage;
      if (!body.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: this.answer } }], usage }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const piece of this.answer.match(/.{1,7}/gs) ?? []) {
        res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: piece } }] })}\n\n`);
      }
      if (usage) res.write(`data: ${JSON.stringify({ choices: [], usage })}\n\n`);
      res.end('data: [DONE]\n\n');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const fake = new FakeOpenAi();
let baseUrl: string;

beforeAll(async () => {
  baseUrl = await fake.start();
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.requests = [];
  fake.mode = 'ok';
});

describe('the OpenAI-compatible provider', () => {
  const provider = () => new OpenAiCompatibleProvider({ baseUrl, apiKey: 'sk-test', model: 'gpt-test' });

  it('sends the feature instruction and limit, and reports the usage the server counted', async () => {
    const result = await provider().generate({
      feature: 'ad_copy',
      prompt: 'Write the ad.',
      context: 'Product: Coffee',
      maxOutputTokens: 500,
    });
    expect(result).toEqual({ text: fake.answer, inputTokens: 4_321, outputTokens: 123 });
    const [request] = fake.requests;
    expect(request!.headers.authorization).toBe('Bearer sk-test');
    expect(request!.body).toMatchObject({ model: 'gpt-test', max_tokens: 500 });
    expect(request!.body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
    expect(request!.body.messages[0].content).toMatch(/Headline:/);
    expect(request!.body.messages[1].content).toBe('Product: Coffee\n\nWrite the ad.');
  });

  it('streams pieces to onToken and takes the usage from the last event', async () => {
    const pieces: string[] = [];
    const result = await provider().generate({
      feature: 'hero_ai_message',
      prompt: 'Hi',
      maxOutputTokens: 100,
      onToken: (t) => pieces.push(t),
    });
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(fake.answer);
    expect(result).toEqual({ text: fake.answer, inputTokens: 4_321, outputTokens: 123 });
    expect(fake.requests[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('counts with the tokenizer when the server reports no usage', async () => {
    fake.mode = 'no-usage';
    const result = await provider().generate({ feature: 'sitelinks', prompt: 'Go', maxOutputTokens: 100 });
    expect(result.inputTokens).toBeGreaterThan(10);
    expect(result.outputTokens).toBeGreaterThan(5);
  });

  it('turns an HTTP error or an unreachable server into AiProviderError', async () => {
    fake.mode = 'error';
    await expect(
      provider().generate({ feature: 'sitelinks', prompt: 'Go', maxOutputTokens: 100 }),
    ).rejects.toMatchObject({
      name: 'AiProviderError',
      status: 503,
    });
    const nowhere = new OpenAiCompatibleProvider({ baseUrl: 'http://127.0.0.1:1/v1', model: 'x' });
    await expect(nowhere.generate({ feature: 'sitelinks', prompt: 'Go', maxOutputTokens: 100 })).rejects.toBeInstanceOf(
      AiProviderError,
    );
  });

  it('is chosen by AI_PROVIDER=openai, which needs AI_BASE_URL', () => {
    const config = { AI_PROVIDER: 'openai' as const, AI_MODEL: 'm', AI_LATENCY_MS: 0 };
    expect(createAiProvider({ ...config, AI_BASE_URL: baseUrl }).name).toBe('openai');
    expect(() => createAiProvider(config)).toThrow(ConfigError);
    expect(createAiProvider({ ...config, AI_PROVIDER: 'local' }).name).toBe('local');
  });
});

describe(`a server configured with the OpenAI-compatible provider (${dbKind()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { AI_PROVIDER: 'openai', AI_BASE_URL: baseUrl, AI_API_KEY: 'sk-server', AI_MODEL: 'gpt-server' },
    });
  });
  afterAll(() => server?.stop());

  it('charges what the provider reported, and nothing when it fails', async () => {
    const owner = await signUp(server.url, 'openai');
    await fund(server.url, owner.workspaceId, '2');
    const r = await gqlOk(
      server.url,
      Q.sendHeroAiMessage,
      { input: { text: 'What did I spend this week?', idempotencyKey: key('o') } },
      owner.token,
    );
    const rate = DEFAULT_RATE_CARD.features.hero_ai_message;
    const cost = Math.max(
      rate.minimumMicro,
      Math.ceil((4_321 * rate.inputMicroPer1k + 123 * rate.outputMicroPer1k) / 1000),
    );
    expect(r.sendHeroAiMessage.answer.text).toBe(fake.answer);
    expect(r.sendHeroAiMessage.charge).toMatchObject({ inputTokens: 4_321, outputTokens: 123 });
    expect(micro(r.sendHeroAiMessage.charge.charged)).toBe(cost);
    expect(micro((await balance(server.url, owner.token)).available)).toBe(2_000_000 - cost);
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer sk-server');
    expect(fake.requests[0]!.body.model).toBe('gpt-server');

    fake.mode = 'error';
    const failed = await gql(
      server.url,
      Q.sendHeroAiMessage,
      { input: { text: 'And this month?', idempotencyKey: key('o') } },
      owner.token,
    );
    expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect(micro((await balance(server.url, owner.token)).available)).toBe(2_000_000 - cost);
    expect((await transactions(server.url, owner.token, ['RELEASE'])).length).toBe(1);
  });
});

describe(`a rate card from RATE_CARD_JSON (${dbKind()})`, () => {
  it('prices with the configured card and records its version', async () => {
    const card = {
      version: 'test-card-7',
      features: {
        ...DEFAULT_RATE_CARD.features,
        hero_ai_message: { ...DEFAULT_RATE_CARD.features.hero_ai_message, minimumMicro: 777_000 },
      },
    };
    const server = await startTestServer({ env: { RATE_CARD_JSON: JSON.stringify(card) } });
    try {
      const owner = await signUp(server.url, 'card');
      await fund(server.url, owner.workspaceId, '3');
      const r = await gqlOk(
        server.url,
        Q.sendHeroAiMessage,
        { input: { text: 'Hi there', idempotencyKey: key('c') } },
        owner.token,
      );
      expect(r.sendHeroAiMessage.charge).toMatchObject({ charged: '0.777', rateCardVersion: 'test-card-7' });
      const [charge] = await transactions(server.url, owner.token, ['CHARGE']);
      expect(charge!.details.rateCardVersion).toBe('test-card-7');
    } finally {
      await server.stop();
    }
  });

  it('refuses to start with an invalid card, naming the field', () => {
    const bad = JSON.stringify({
      version: 'x',
      features: { ...DEFAULT_RATE_CARD.features, ad_copy: { ...DEFAULT_RATE_CARD.features.ad_copy, minimumMicro: -5 } },
    });
    expect(() => loadRateCard({ RATE_CARD_JSON: bad })).toThrow(/RATE_CARD_JSON\.features\.ad_copy\.minimumMicro/);
    expect(() => loadRateCard({ RATE_CARD_JSON: '{' })).toThrow(/RATE_CARD_JSON: must be valid JSON/);
    expect(() => loadRateCard({ RATE_CARD_JSON: '{"version":"v"}' })).toThrow(ConfigError);
  });
});
