import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id through @node-rs/argon2 (a maintained native binding, prebuilt for Linux, macOS and
 * Windows): memory-hard, and the parameters travel inside the stored hash, so they can be raised
 * later without breaking existing passwords. OWASP's minimum: 19 MiB, 2 iterations.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verified against when the email is unknown, so a missing account answers as slowly as a wrong password. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$ScWFbIte9xar5u84G524UA$zCz5jFZUG+E7fwsIv9HAhRLIBnNhJOxJ35OLz+5JQ1k';
