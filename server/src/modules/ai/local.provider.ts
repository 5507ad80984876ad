import { setTimeout as delay } from 'node:timers/promises';
import type { AiProvider, AiRequest, AiResult } from './ai.provider';
import { writeLocalAnswer } from './local-writer';
import { inputTokensOf, truncateToTokens } from './tokens';

/** Pieces of about this many characters are streamed to `onToken`. */
const CHUNK_CHARS = 24;

/**
 * The default provider: no network, deterministic text per feature, token counts from the same tokenizer
 * family the hosted models use. `latencyMs` spreads the answer over time (streamed in pieces), so the
 * product and the crash tests can see a run in progress.
 */
export class LocalAiProvider implements AiProvider {
  readonly name = 'local';

  constructor(private readonly opts: { latencyMs?: number } = {}) {}

  async generate(request: AiRequest): Promise<AiResult> {
    const full = writeLocalAnswer(request.feature, request.prompt, request.context);
    const { text, tokens } = truncateToTokens(full, request.maxOutputTokens);
    await this.stream(text, request.onToken);
    return { text, inputTokens: inputTokensOf(request), outputTokens: tokens };
  }

  private async stream(text: string, onToken: ((text: string) => void) | undefined): Promise<void> {
    const latencyMs = this.opts.latencyMs ?? 0;
    const chunks = chunksOf(text);
    const pause = chunks.length ? latencyMs / chunks.length : 0;
    for (const chunk of chunks) {
      if (pause > 0) await delay(pause);
      onToken?.(chunk);
    }
    if (!chunks.length && latencyMs > 0) await delay(latencyMs);
  }
}

/** Splits at spaces into pieces of about CHUNK_CHARS; joined they give the text back exactly. */
export function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    const space = text.indexOf(' ', end);
    end = space === -1 || space - end > CHUNK_CHARS ? Math.min(text.length, end) : space + 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
