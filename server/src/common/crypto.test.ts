import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from './crypto.js';

const newKey = () => randomBytes(32).toString('base64');
const LOOKUP = newKey();

/** A value as sealed before key ids existed: v1.<iv>.<tag>.<ciphertext>. */
function sealV1(keyBase64: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(keyBase64, 'base64'), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

describe(FieldCipher.name, () => {
  it("seals with the current key's id and opens it again", () => {
    const cipher = new FieldCipher(newKey(), LOOKUP);
    const sealed = cipher.encrypt('11010519491231002X');
    expect(sealed.startsWith(cipher.currentPrefix)).toBe(true);
    expect(sealed).not.toContain('11010519491231002X');
    expect(cipher.decrypt(sealed)).toBe('11010519491231002X');
  });

  it('opens what a retired key sealed, and refuses it once the key is no longer configured', () => {
    const old = newKey();
    const sealedBefore = new FieldCipher(old, LOOKUP).encrypt('秘密');
    const current = newKey();
    expect(new FieldCipher(current, LOOKUP, [old]).decrypt(sealedBefore)).toBe('秘密');
    expect(() => new FieldCipher(current, LOOKUP).decrypt(sealedBefore)).toThrow(/neither DATA_ENCRYPTION_KEY nor retired/);
  });

  it('opens values sealed before key ids with whichever configured key authenticates them', () => {
    const old = newKey();
    const legacy = sealV1(old, '370102198001011234');
    expect(new FieldCipher(newKey(), LOOKUP, [old]).decrypt(legacy)).toBe('370102198001011234');
    expect(new FieldCipher(old, LOOKUP).decrypt(legacy)).toBe('370102198001011234');
    expect(() => new FieldCipher(newKey(), LOOKUP).decrypt(legacy)).toThrow();
  });

  it('refuses a tampered value and a key of the wrong size', () => {
    const cipher = new FieldCipher(newKey(), LOOKUP);
    const sealed = cipher.encrypt('11010519491231002X');
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => cipher.decrypt(tampered)).toThrow();
    expect(() => new FieldCipher(newKey(), LOOKUP, ['c2hvcnQ='])).toThrow(/DATA_ENCRYPTION_KEYS_RETIRED/);
  });
});
