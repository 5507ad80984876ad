import type { AiProvider, AiResult } from '../ai/ai.provider';
import { inputTokensOf } from '../ai/tokens';
import type { Actor } from '../ledger/ledger.service';
import { groupThousands, type MeteredFeature } from './core';
import type { MeteredOutcome, MeteringService } from './metering.service';

export interface MeteredAiRequest {
  feature: MeteredFeature;
  prompt: string;
  context?: string;
  /** What runs, for the hold's entry. */
  summary: string;
  idempotencyKey: string;
  params: unknown;
  onToken?: (text: string) => void;
}

/**
 * The shape every AI feature shares: count the request's tokens, pre-check and hold, call the provider,
 * keep the answer (`keep` runs after the provider, before the settle), settle with the reported usage.
 */
export class MeteredAi {
  constructor(
    private readonly metering: MeteringService,
    private readonly ai: AiProvider,
  ) {}

  run<T>(
    workspaceId: string,
    actor: Actor,
    request: MeteredAiRequest,
    keep: (answer: AiResult) => Promise<{ value: T; description: string }>,
  ): Promise<MeteredOutcome<T>> {
    const estimate = {
      inputTokens: inputTokensOf(request),
      summary: request.summary,
      idempotencyKey: request.idempotencyKey,
      params: request.params,
    };
    return this.metering.run(workspaceId, actor, request.feature, estimate, async () => {
      const answer = await this.ai.generate({
        feature: request.feature,
        prompt: request.prompt,
        context: request.context,
        maxOutputTokens: this.metering.maxOutputTokens(request.feature),
        onToken: request.onToken,
      });
      const kept = await keep(answer);
      return { ...kept, inputTokens: answer.inputTokens, outputTokens: answer.outputTokens };
    });
  }
}

/** "1,234 tokens" for a charge's description. */
export const tokensText = (answer: Pick<AiResult, 'inputTokens' | 'outputTokens'>): string =>
  `${groupThousands(answer.inputTokens + answer.outputTokens)} tokens`;
