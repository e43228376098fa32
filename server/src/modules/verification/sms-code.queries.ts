import type { EntityManager } from '@mikro-orm/postgresql';
import type { SmsCodePurpose } from './sms-code.entity.js';

export const MAX_CODE_ATTEMPTS = 5;

/** A new code ends the account's earlier open codes for the same purpose: only the last one sent counts. */
export const supersedeOpenCodes = (em: EntityManager, phone: string, purpose: SmsCodePurpose) =>
  em.execute(`update sms_code set used_at = now(), code_enc = null where phone = ? and purpose = ? and used_at is null`, [phone, purpose]);

/**
 * Spends one try on the account's open, unexpired code, atomically (parallel guesses cannot share a try): the code's
 * id and hash, or null when there is none or its tries are spent.
 */
export async function takeCodeAttempt(em: EntityManager, phone: string, purpose: SmsCodePurpose) {
  const [row] = await em.execute<{ id: string; code_hash: string }[]>(
    `update sms_code set attempts = attempts + 1
     where id = (select id from sms_code where phone = ? and purpose = ? and used_at is null and expires_at > now()
                 order by id desc limit 1 for update)
       and attempts < ${MAX_CODE_ATTEMPTS}
     returning id::text, code_hash`,
    [phone, purpose],
  );
  return row ?? null;
}

/** Uses a code once: true for exactly one of any number of concurrent uses. */
export async function useCode(em: EntityManager, id: string): Promise<boolean> {
  const used = await em.execute<{ id: string }[]>(
    `update sms_code set used_at = now(), code_enc = null where id = ? and used_at is null returning id`,
    [id],
  );
  return used.length > 0;
}

/** Takes the sealed code out for sending, once: the worker that gets it sends it; the row keeps only the hash. */
export async function claimCodeForSending(em: EntityManager, id: string) {
  const [row] = await em.execute<{ code_enc: string; phone: string }[]>(
    `update sms_code s set code_enc = null from sms_code before
     where s.id = ? and before.id = s.id and s.code_enc is not null and s.used_at is null and s.expires_at > now()
     returning before.code_enc, s.phone`,
    [id],
  );
  return row ?? null;
}

/** Puts a code back when the provider refused it, so the retry sends it. */
export const unclaimCode = (em: EntityManager, id: string, codeEnc: string) =>
  em.execute(`update sms_code set code_enc = ? where id = ? and used_at is null`, [codeEnc, id]);
