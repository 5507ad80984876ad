import { BigIntType } from '@mikro-orm/core';

/**
 * Micro-credit and cent amounts are stored as 64-bit integers and read back as JS numbers.
 * Every value that reaches the database has already passed `Number.isSafeInteger`.
 */
export const micro = () => ({ type: new BigIntType('number'), default: 0 }) as const;

export const newId = (): string => crypto.randomUUID();
