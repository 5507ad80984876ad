import { BigIntType } from '@mikro-orm/core';

/**
 * A 64-bit integer column read back as a JS number, refusing any value a number cannot hold exactly: a corrupt
 * or out-of-range row fails loudly on read instead of turning into a rounded amount.
 */
export class SafeIntegerType extends BigIntType<'number'> {
  constructor() {
    super('number');
  }

  override convertToJSValue(value: string | bigint | null | undefined): number {
    const n = super.convertToJSValue(value) as number;
    if (n != null && !Number.isSafeInteger(n)) throw new RangeError(`${String(value)} is not a safe integer amount`);
    return n;
  }
}

/**
 * Micro-credit and cent amounts are stored as 64-bit integers and read back as JS numbers.
 * Every value that reaches the database has already passed `Number.isSafeInteger`, and so does every value read.
 */
export const micro = () => ({ type: new SafeIntegerType(), default: 0 }) as const;

export const newId = (): string => crypto.randomUUID();
