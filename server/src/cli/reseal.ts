import { cipherFor } from '../app/services.js';
import { resealWithCurrentKey } from '../app/reseal.js';
import { withDatabase } from './with-database.js';

/** Key rotation, step 2 (README, "Rotating the encryption key"): seals every encrypted value again with the current key. */
await withDatabase(async (orm, config) => {
  const { resealed, remaining } = await resealWithCurrentKey(orm.em.fork(), cipherFor(config));
  process.stdout.write(`resealed: ${JSON.stringify(resealed)}\n`);
  process.stdout.write(
    remaining === 0
      ? 'every value is sealed with the current key: the retired keys can be removed\n'
      : `${remaining} values are still sealed with a retired key (their rows were busy): run it again\n`,
  );
  if (remaining > 0) process.exitCode = 1;
});
