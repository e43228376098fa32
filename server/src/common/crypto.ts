import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

const toKey = (base64: string, name: string): Buffer => {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64`);
  return key;
};

/** A key's public name inside ciphertexts: a short hash, so a row says which key sealed it without revealing it. */
const keyIdOf = (key: Buffer): string => createHash('sha256').update(key).digest('base64url').slice(0, 8);

/**
 * Sensitive values (ID numbers, households) are stored AES-256-GCM encrypted, with a keyed HMAC beside ID numbers
 * for exact lookups and uniqueness (domain.md §8, PIPL). Format: v2.<key id>.<iv>.<tag>.<ciphertext>, base64url.
 * Retired keys still open what they sealed until a rotation has sealed it again with the current key; v1 values
 * (no key id, from before rotation existed) are opened by whichever configured key authenticates them.
 */
export class FieldCipher {
  private readonly current: { id: string; key: Buffer };
  private readonly keysById: Map<string, Buffer>;
  private readonly lookupKey: Buffer;

  constructor(encryptionKeyBase64: string, lookupKeyBase64: string, retiredKeysBase64: readonly string[] = []) {
    const key = toKey(encryptionKeyBase64, 'DATA_ENCRYPTION_KEY');
    this.current = { id: keyIdOf(key), key };
    const retired = retiredKeysBase64.map((retiredKey) => toKey(retiredKey, 'each of DATA_ENCRYPTION_KEYS_RETIRED'));
    this.keysById = new Map([key, ...retired].map((candidate) => [keyIdOf(candidate), candidate]));
    this.lookupKey = Buffer.from(lookupKeyBase64, 'base64');
    if (this.lookupKey.length < 32) throw new Error('LOOKUP_HMAC_KEY must be at least 32 bytes, base64');
  }

  /** How every value sealed with the current key begins; anything else is left for a rotation to seal again. */
  get currentPrefix(): string {
    return `v2.${this.current.id}.`;
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${this.currentPrefix}${[iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.')}`;
  }

  decrypt(sealed: string): string {
    const parts = sealed.split('.');
    if (parts[0] === 'v2') {
      const key = this.keysById.get(parts[1]);
      if (!key) throw new Error(`sealed with key ${parts[1]}, which is neither DATA_ENCRYPTION_KEY nor retired`);
      return open(key, parts[2], parts[3], parts[4]);
    }
    if (parts[0] !== 'v1') throw new Error('unknown ciphertext version');
    let failure: unknown;
    for (const key of this.keysById.values()) {
      try {
        return open(key, parts[1], parts[2], parts[3]);
      } catch (error) {
        failure = error;
      }
    }
    throw failure;
  }

  lookupHash(value: string): string {
    return createHmac('sha256', this.lookupKey).update(value).digest('base64url');
  }
}

function open(key: Buffer, iv: string, tag: string, body: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** Session tokens are random; only their SHA-256 is stored, so a database leak yields no usable token. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');
