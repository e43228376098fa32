// Crockford's base32 without I, L, O, U: easy to read aloud over the 12351 hotline
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random id made on the phone: a draft's clientId (its first 8 characters are the application reference). */
export function newClientId(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => ALPHABET[byte % 32]).join('');
}
