import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../modules/audit/audit-trail.js';
import type { FieldCipher } from '../common/crypto.js';

/** Every encrypted column, by table. */
const SEALED = [
  { table: 'hardship_file', columns: ['id_number_enc', 'household_enc'] },
  { table: 'app_user', columns: ['id_number_enc'] },
] as const;

export interface ResealReport {
  resealed: Record<string, number>;
  /** Values still sealed with another key (rows other work held locked while the pass ran): run it again. */
  remaining: number;
}

/**
 * After DATA_ENCRYPTION_KEY changed (the old key moved to DATA_ENCRYPTION_KEYS_RETIRED), seals every value again with
 * the current key, in batches of their own transactions. Resumable and idempotent: it only reads values that do not
 * carry the current key's id, and running it again changes nothing. One audit event records the pass.
 */
export async function resealWithCurrentKey(em: EntityManager, cipher: FieldCipher, batchSize = 500): Promise<ResealReport> {
  const prefix = cipher.currentPrefix;
  const resealed: Record<string, number> = {};
  const stale = (columns: readonly string[]) =>
    columns.map((column) => `(${column} is not null and not starts_with(${column}, ?))`).join(' or ');
  for (const { table, columns } of SEALED) {
    resealed[table] = 0;
    for (;;) {
      const done = await em.fork().transactional(async (tx) => {
        const rows = await tx.execute<Record<string, string | null>[]>(
          `select t.id::text, ${columns.join(', ')} from ${table} t where ${stale(columns)} order by t.id limit ? for update skip locked`,
          [...columns.map(() => prefix), batchSize],
        );
        for (const row of rows) {
          const values = columns.map((column) => {
            const sealed = row[column];
            return sealed === null || sealed.startsWith(prefix) ? sealed : cipher.encrypt(cipher.decrypt(sealed));
          });
          await tx.execute(`update ${table} set ${columns.map((column) => `${column} = ?`).join(', ')} where id = ?`, [...values, row.id]);
        }
        return rows.length;
      });
      resealed[table] += done;
      if (done < batchSize) break;
    }
  }
  let remaining = 0;
  for (const { table, columns } of SEALED) {
    const [{ count }] = await em.execute<{ count: number }[]>(
      `select count(*)::int as count from ${table} where ${stale(columns)}`,
      columns.map(() => prefix),
    );
    remaining += count;
  }
  const audit = em.fork();
  recordAudit(audit, null, {
    action: 'keys.reseal',
    entityType: 'EncryptionKey',
    entityId: prefix.split('.')[1],
    after: { resealed, remaining },
  });
  await audit.flush();
  return { resealed, remaining };
}
