import { invalidRequest, missingParam } from './errors';

/**
 * Parsing of Stripe's form encoding (`a[b][0][c]=v`, `expand[]=x`) into nested values, and a small
 * typed accessor that raises Stripe-shaped 400 errors naming the offending parameter.
 */
export type RawValue = string | RawObject | RawValue[];
export interface RawObject {
  [key: string]: RawValue;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function splitKey(key: string): string[] {
  const first = key.indexOf('[');
  if (first < 0) return [key];
  const parts = [key.slice(0, first)];
  for (const m of key.slice(first).matchAll(/\[([^\]]*)\]/g)) parts.push(m[1] ?? '');
  return parts;
}

function assign(target: RawObject, path: string[], value: string): void {
  let node = target;
  for (let i = 0; i < path.length; i++) {
    let part = path[i] ?? '';
    if (FORBIDDEN_KEYS.has(part)) return;
    // `a[]` appends: give the element the next free numeric index.
    if (part === '') part = String(Object.keys(node).length);
    if (i === path.length - 1) {
      node[part] = value;
      return;
    }
    const next = node[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
    node = node[part] as RawObject;
  }
}

/** Objects whose keys are all integers become arrays, ordered by index (stripe-node sends `[0]`, `[1]`…). */
function arrayify(value: RawValue): RawValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: RawObject = {};
  for (const k of keys) converted[k] = arrayify(value[k] as RawValue);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => converted[k] as RawValue);
  }
  return converted;
}

export function parseForm(body: string): RawObject {
  const root: RawObject = {};
  for (const [key, value] of new URLSearchParams(body)) assign(root, splitKey(key), value);
  return arrayify(root) as RawObject;
}

/** JSON bodies (used by the /_local control endpoints) are accepted as-is, with scalars stringified. */
export function fromJson(value: unknown): RawObject {
  const conv = (v: unknown): RawValue => {
    if (Array.isArray(v)) return v.map(conv);
    if (v !== null && typeof v === 'object') {
      const out: RawObject = {};
      for (const [k, inner] of Object.entries(v))
        if (!FORBIDDEN_KEYS.has(k) && inner !== undefined) out[k] = conv(inner);
      return out;
    }
    return v === null ? '' : String(v);
  };
  const converted = conv(value);
  return typeof converted === 'object' && !Array.isArray(converted) ? converted : {};
}

export class Params {
  constructor(
    readonly raw: RawObject,
    private readonly prefix = '',
  ) {}

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return this.raw[key] !== undefined;
  }

  keys(): string[] {
    return Object.keys(this.raw);
  }

  /** A string parameter; `''` is returned as-is (Stripe uses it to unset a field). */
  str(key: string): string | undefined {
    const v = this.raw[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw invalidRequest(`Invalid string: ${this.name(key)}`, this.name(key));
    return v;
  }

  reqStr(key: string): string {
    const v = this.str(key);
    if (v === undefined || v === '') throw missingParam(this.name(key));
    return v;
  }

  /** Nullable string: absent → undefined, `''` → null. */
  nullableStr(key: string): string | null | undefined {
    const v = this.str(key);
    return v === '' ? null : v;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be one of ${allowed.join(', ')}`, this.name(key));
    }
    return v as T;
  }

  int(key: string): number | undefined {
    const v = this.str(key);
    if (v === undefined || v === '') return undefined;
    if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
      throw invalidRequest(`Invalid integer: ${v}`, this.name(key));
    }
    return Number(v);
  }

  reqInt(key: string): number {
    const v = this.int(key);
    if (v === undefined) throw missingParam(this.name(key));
    return v;
  }

  bool(key: string): boolean | undefined {
    const v = this.str(key);
    if (v === undefined || v === '') return undefined;
    if (v !== 'true' && v !== 'false') throw invalidRequest(`Invalid boolean: ${v}`, this.name(key));
    return v === 'true';
  }

  obj(key: string): Params | undefined {
    const v = this.raw[key];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'object' || Array.isArray(v))
      throw invalidRequest(`Invalid object: ${this.name(key)}`, this.name(key));
    return new Params(v, this.name(key));
  }

  /** An array of hashes, e.g. `line_items[0][price]`. */
  list(key: string): Params[] {
    const v = this.raw[key];
    if (v === undefined || v === '') return [];
    if (!Array.isArray(v)) throw invalidRequest(`Invalid array: ${this.name(key)}`, this.name(key));
    return v.map((item, i) => {
      if (typeof item !== 'object' || Array.isArray(item)) {
        throw invalidRequest(`Invalid object: ${this.name(key)}[${i}]`, `${this.name(key)}[${i}]`);
      }
      return new Params(item, `${this.name(key)}[${i}]`);
    });
  }

  /** An array of strings, e.g. `expand[]` or `lookup_keys[0]`. */
  strList(key: string): string[] {
    const v = this.raw[key];
    if (v === undefined || v === '') return [];
    const items = Array.isArray(v) ? v : [v];
    return items.map((item) => {
      if (typeof item !== 'string') throw invalidRequest(`Invalid array: ${this.name(key)}`, this.name(key));
      return item;
    });
  }

  /**
   * Metadata as Stripe treats it: absent → undefined, `metadata=''` → null (clear all), otherwise the
   * key/value pairs, where `''` values mean "remove this key" on update.
   */
  metadata(key = 'metadata'): Record<string, string> | null | undefined {
    const v = this.raw[key];
    if (v === undefined) return undefined;
    if (v === '') return null;
    if (typeof v !== 'object' || Array.isArray(v))
      throw invalidRequest(`Invalid object: ${this.name(key)}`, this.name(key));
    const out: Record<string, string> = {};
    for (const [k, inner] of Object.entries(v)) {
      if (typeof inner !== 'string')
        throw invalidRequest(`Invalid string: ${this.name(key)}[${k}]`, `${this.name(key)}[${k}]`);
      out[k] = inner;
    }
    return out;
  }
}

/** Applies a metadata update to existing metadata the way Stripe does (merge; `''` deletes a key). */
export function mergeMetadata(
  current: Record<string, string>,
  update: Record<string, string> | null | undefined,
): Record<string, string> {
  if (update === undefined) return current;
  if (update === null) return {};
  const next = { ...current };
  for (const [k, v] of Object.entries(update)) {
    if (v === '') delete next[k];
    else next[k] = v;
  }
  return next;
}

/** Metadata on create: empty-string values are simply dropped. */
export function initialMetadata(update: Record<string, string> | null | undefined): Record<string, string> {
  return mergeMetadata({}, update);
}
