import { hash, verify } from '@node-rs/argon2';

/** Argon2id at OWASP's minimum (m = 19 MiB, t = 2, p = 1); @node-rs/argon2 defaults to Argon2id. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

let decoy: Promise<string> | undefined;

/**
 * Verifies a password; without a stored hash it verifies against a decoy, so the response time
 * does not tell whether a phone number has an account.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash) return verify(storedHash, password);
  decoy ??= hashPassword('decoy-password-for-timing');
  await verify(await decoy, password);
  return false;
}
