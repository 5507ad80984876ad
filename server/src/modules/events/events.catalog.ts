/**
 * Every event type a workspace's feed can carry: the one list the API validates against, the docs describe
 * and the UI offers. Names are `noun.past_tense`; a type is never renamed or removed once published (partners
 * filter on it), only added to.
 */
export const EVENT_CATALOGUE = {
  'credits.granted': 'Credits were added: a plan period, an upgrade proration, a top-up or an adjustment.',
  'charge.settled': 'A hold was settled: the actual cost of a metered task was charged.',
  'hold.expired': 'A hold was left unsettled past its time to live and its credits went back.',
  'plan.changed': 'The plan changed: subscribed, upgraded, downgraded at renewal, or ended.',
  'payment.failed': 'A subscription or automatic top-up payment failed.',
  'balance.threshold_crossed': 'The available balance crossed an alert threshold.',
  'credits.exhausted': 'The available balance reached zero.',
  'alert.fired': 'A usage alert fired.',
} as const;

export type EventType = keyof typeof EVENT_CATALOGUE;

export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

export const isEventType = (value: string): value is EventType => Object.hasOwn(EVENT_CATALOGUE, value);

/** What a caller asks to append; `data` is plain JSON and is delivered as the payload's `data`. */
export interface EventDraft {
  type: EventType;
  data: Record<string, unknown>;
}
