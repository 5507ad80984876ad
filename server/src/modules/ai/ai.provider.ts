import type { MeteredFeature } from '../metering/core';

export interface AiRequest {
  feature: MeteredFeature;
  /** The instruction for this run (the user's question, or what to generate). */
  prompt: string;
  /** Data the answer is based on: the draft, the product, campaign numbers. */
  context?: string;
  /** The provider stops here; the rate card's limit for the feature. */
  maxOutputTokens: number;
  /** Receives the answer in pieces while it is written. */
  onToken?: (text: string) => void;
}

export interface AiResult {
  text: string;
  /** As the provider counted them: these drive the charge. */
  inputTokens: number;
  outputTokens: number;
}

/** The model behind every metered feature: local and deterministic by default, or an OpenAI-compatible API. */
export interface AiProvider {
  readonly name: string;
  generate(request: AiRequest): Promise<AiResult>;
}

/** The provider could not produce an answer (network, HTTP status, malformed reply). Nothing is charged. */
export class AiProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'AiProviderError';
  }
}
