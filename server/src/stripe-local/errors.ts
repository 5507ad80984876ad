/**
 * Stripe-shaped API errors. stripe-node picks its error class from the HTTP status and `error.type`
 * (400/404 → StripeInvalidRequestError, 402 → StripeCardError, idempotency_error → StripeIdempotencyError),
 * so both must match what Stripe sends.
 */
export interface StripeErrorBody {
  type: 'invalid_request_error' | 'card_error' | 'idempotency_error' | 'api_error';
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: unknown;
  payment_method?: unknown;
}

export class StripeApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

function docUrl(code: string | undefined): string | undefined {
  return code ? `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}` : undefined;
}

export function invalidRequest(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError(400, { type: 'invalid_request_error', message, param, code, doc_url: docUrl(code) });
}

export function missingParam(param: string): StripeApiError {
  return invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing');
}

export function resourceMissing(name: string, id: string, param = 'id'): StripeApiError {
  const code = 'resource_missing';
  return new StripeApiError(404, {
    type: 'invalid_request_error',
    code,
    param,
    message: `No such ${name}: '${id}'`,
    doc_url: docUrl(code),
  });
}

export function idempotencyMismatch(key: string): StripeApiError {
  return new StripeApiError(400, {
    type: 'idempotency_error',
    message:
      'Keys for idempotent requests can only be used with the same parameters they were first used with. ' +
      `Try using a key other than '${key}' if you meant to execute a different request.`,
  });
}

export interface DeclineDetails {
  charge: string;
  paymentIntent?: unknown;
  paymentMethod?: unknown;
}

export const DECLINE_MESSAGE = 'Your card was declined.';

export function cardDeclined(details: DeclineDetails): StripeApiError {
  return new StripeApiError(402, {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'generic_decline',
    message: DECLINE_MESSAGE,
    doc_url: docUrl('card_declined'),
    charge: details.charge,
    payment_intent: details.paymentIntent,
    payment_method: details.paymentMethod,
  });
}
