import { AiProviderError, type AiProvider, type AiRequest, type AiResult } from './ai.provider';
import { SYSTEM_PROMPTS, userMessage } from './prompts';
import { countTokens, inputTokensOf } from './tokens';

export interface OpenAiCompatibleOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
}

interface CompletionBody {
  choices?: Array<{ message?: { content?: string | null }; delta?: { content?: string | null } }>;
  usage?: Usage | null;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * Any server that speaks OpenAI's `POST /chat/completions`. Its reported `usage` drives the charge; when a
 * server reports none, the same tokenizer the local provider uses counts instead, so a run is never free by
 * accident. With `onToken` the answer is streamed (server-sent events, usage in the last event).
 */
export class OpenAiCompatibleProvider implements AiProvider {
  readonly name = 'openai';
  private readonly fetch: typeof fetch;

  constructor(private readonly opts: OpenAiCompatibleOptions) {
    this.fetch = opts.fetch ?? globalThis.fetch;
  }

  async generate(request: AiRequest): Promise<AiResult> {
    const streaming = Boolean(request.onToken);
    const res = await this.post(request, streaming);
    if (!streaming) return this.fromJson(request, (await res.json().catch(() => null)) as CompletionBody | null);
    return this.fromStream(request, res);
  }

  private async post(request: AiRequest, stream: boolean): Promise<Response> {
    const url = `${this.opts.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    let res: Response;
    try {
      res = await this.fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: this.opts.model,
          messages: [
            { role: 'system', content: SYSTEM_PROMPTS[request.feature] },
            { role: 'user', content: userMessage(request.prompt, request.context) },
          ],
          max_tokens: request.maxOutputTokens,
          ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
        }),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 120_000),
      });
    } catch (err) {
      throw new AiProviderError(`AI provider unreachable: ${(err as Error).message}`);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      throw new AiProviderError(`AI provider answered HTTP ${res.status}`, res.status);
    }
    return res;
  }

  private fromJson(request: AiRequest, body: CompletionBody | null): AiResult {
    const text = body?.choices?.[0]?.message?.content;
    if (typeof text !== 'string') throw new AiProviderError('AI provider sent no answer');
    return this.result(request, text, body?.usage);
  }

  private async fromStream(request: AiRequest, res: Response): Promise<AiResult> {
    if (!res.body) throw new AiProviderError('AI provider sent no answer');
    let text = '';
    let usage: Usage | null | undefined;
    let buffer = '';
    const decoder = new TextDecoder();
    const handle = (line: string) => {
      if (!line.startsWith('data:')) return;
      const data = line.slice('data:'.length).trim();
      if (!data || data === '[DONE]') return;
      let event: CompletionBody;
      try {
        event = JSON.parse(data) as CompletionBody;
      } catch {
        throw new AiProviderError('AI provider sent a malformed stream event');
      }
      const piece = event.choices?.[0]?.delta?.content;
      if (typeof piece === 'string' && piece) {
        text += piece;
        request.onToken?.(piece);
      }
      if (event.usage) usage = event.usage;
    };
    for await (const bytes of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(bytes, { stream: true });
      let newline: number;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        handle(buffer.slice(0, newline).trim());
        buffer = buffer.slice(newline + 1);
      }
    }
    handle(buffer.trim());
    return this.result(request, text, usage);
  }

  private result(request: AiRequest, text: string, usage: Usage | null | undefined): AiResult {
    const reported = usage && isCount(usage.prompt_tokens) && isCount(usage.completion_tokens);
    return {
      text,
      inputTokens: reported ? usage.prompt_tokens! : inputTokensOf(request),
      outputTokens: reported ? usage.completion_tokens! : countTokens(text),
    };
  }
}
