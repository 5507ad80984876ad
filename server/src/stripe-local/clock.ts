/** Every timestamp this server writes (`created`, periods, `paid_at`) comes from here, so tests can inject time. */
export class Clock {
  constructor(private readonly source: () => Date = () => new Date()) {}

  date(): Date {
    return this.source();
  }

  /** Unix seconds, as Stripe represents time. */
  unix(): number {
    return Math.floor(this.source().getTime() / 1000);
  }
}

export function toDate(unix: number): Date {
  return new Date(unix * 1000);
}

export function toUnix(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
