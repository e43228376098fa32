import { createCipheriv, createHash, createPublicKey, publicEncrypt, randomBytes, constants, type KeyObject } from 'node:crypto';

/** How ID numbers travel in an exchange export: each sealed with one AES-256-GCM key, that key sealed for the receiver. */
export const SEALING = 'RSA-OAEP-256+A256GCM';

/** The receiving system's public key (PEM), as the operator configures it; `\n` written as two characters is allowed. */
export function receiverKey(pem: string | undefined): KeyObject | null {
  if (!pem?.trim()) return null;
  return createPublicKey(pem.replace(/\\n/g, '\n'));
}

/** The key's SHA-256 fingerprint (of its DER form), so the receiver can tell which of its keys opens an export. */
export const keyFingerprint = (key: KeyObject): string =>
  createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');

/**
 * Seals values for one export: a fresh content key per export, wrapped with RSA-OAEP (SHA-256) for the receiver;
 * each value `base64(iv ‖ ciphertext ‖ tag)` with a random 12-byte IV. Nothing here can open them again.
 */
export class ExchangeSealer {
  /** `contentKey`: 32 bytes, the same for every attempt at one export, so a resumed export opens with one key. */
  constructor(
    private readonly receiver: KeyObject,
    private readonly contentKey: Buffer,
  ) {}

  static newContentKey(): Buffer {
    return randomBytes(32);
  }

  wrappedKey(): string {
    return publicEncrypt({ key: this.receiver, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, this.contentKey).toString(
      'base64',
    );
  }

  seal(value: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.contentKey, iv);
    const sealed = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64');
  }
}
