import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldCipher } from '../common/crypto.js';
import { addHouseholdMembers, filesWithHouseholds } from '../modules/people/hardship-file.queries.js';

/** Migration20261206000000Households carried the holders over; members' ID numbers are sealed in the household. */
async function householdMembers(em: EntityManager, cipher: FieldCipher, batchSize: number): Promise<void> {
  for (let after = '0'; ;) {
    const files = await filesWithHouseholds(em, after, batchSize);
    for (const file of files) {
      const { members } = JSON.parse(cipher.decrypt(file.household_enc)) as { members: { idNumber: string | null }[] };
      const hashes = members.flatMap((member) => (member.idNumber ? [cipher.lookupHash(member.idNumber)] : []));
      if (hashes.length) await addHouseholdMembers(em, file.id, hashes);
    }
    if (files.length < batchSize) break;
    after = files[files.length - 1].id;
  }
}

/**
 * Data steps that follow a schema migration but need the application's keys, which migrations never see: each runs
 * once (recorded in data_backfill) in one transaction, and is idempotent if cut off.
 */
const BACKFILLS: { name: string; run: (em: EntityManager, cipher: FieldCipher, batchSize: number) => Promise<void> }[] = [
  { name: 'household-members', run: householdMembers },
  // the first run walked the files in text order of their ids and skipped some: once more, adding what is missing
  { name: 'household-members-in-id-order', run: householdMembers },
];

/** Runs the backfills not yet recorded, reading `batchSize` rows at a time; answers their names. */
export async function runBackfills(em: EntityManager, cipher: FieldCipher, batchSize = 500): Promise<string[]> {
  const ran: string[] = [];
  for (const backfill of BACKFILLS) {
    const [done] = await em.execute<{ n: number }[]>(`select count(*)::int as n from data_backfill where name = ?`, [backfill.name]);
    if (done.n) continue;
    await em.transactional(async (tx) => {
      await backfill.run(tx, cipher, batchSize);
      await tx.execute(`insert into data_backfill (name) values (?)`, [backfill.name]);
    });
    ran.push(backfill.name);
  }
  return ran;
}
