import { ConfigError, type Config } from '../../platform/config';
import type { AiProvider } from './ai.provider';
import { LocalAiProvider } from './local.provider';
import { OpenAiCompatibleProvider } from './openai.provider';

/** The provider chosen by AI_PROVIDER; an OpenAI-compatible one needs AI_BASE_URL. */
export function createAiProvider(
  config: Pick<Config, 'AI_PROVIDER' | 'AI_BASE_URL' | 'AI_API_KEY' | 'AI_MODEL' | 'AI_LATENCY_MS'>,
): AiProvider {
  if (config.AI_PROVIDER === 'local') return new LocalAiProvider({ latencyMs: config.AI_LATENCY_MS });
  if (!config.AI_BASE_URL) throw new ConfigError(['AI_BASE_URL: required when AI_PROVIDER=openai']);
  return new OpenAiCompatibleProvider({
    baseUrl: config.AI_BASE_URL,
    apiKey: config.AI_API_KEY,
    model: config.AI_MODEL,
  });
}
