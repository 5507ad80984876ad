import { hash } from 'node:crypto';

/** SHA-256 of a text, hex: one call, without a Hash object per use (it runs on every request). */
export const sha256Hex = (text: string): string => hash('sha256', text, 'hex');
