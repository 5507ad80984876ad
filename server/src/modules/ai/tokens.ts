import { countTokens, decode, encode } from 'gpt-tokenizer/encoding/o200k_base';
import type { AiRequest } from './ai.provider';
import { SYSTEM_PROMPTS, userMessage } from './prompts';

/** Chat formatting adds a few tokens per message and to prime the reply (OpenAI's published accounting). */
const PER_MESSAGE_TOKENS = 4;
const REPLY_PRIMING_TOKENS = 3;

export { countTokens };

/** The input tokens of a request: system and user messages, as an OpenAI-compatible model counts them. */
export function inputTokensOf(request: Pick<AiRequest, 'feature' | 'prompt' | 'context'>): number {
  return (
    countTokens(SYSTEM_PROMPTS[request.feature]) +
    countTokens(userMessage(request.prompt, request.context)) +
    2 * PER_MESSAGE_TOKENS +
    REPLY_PRIMING_TOKENS
  );
}

/** The first `limit` tokens of `text`, as a model stopping at its output limit would leave it. */
export function truncateToTokens(text: string, limit: number): { text: string; tokens: number } {
  const tokens = encode(text);
  if (tokens.length <= limit) return { text, tokens: tokens.length };
  return { text: decode(tokens.slice(0, limit)), tokens: limit };
}
