import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../../server/src/app/orm.js';
import { ReplicaReads } from '../../server/src/app/replica-reads.js';
import { SYSTEM_ROWS } from '../../server/src/common/row-scope.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const closedPort = (url: string) => {
  const parsed = new URL(url);
  parsed.port = '1';
  return parsed.toString();
};

/** The standby itself is exercised by npm run test:scale; here, every way a replica can be unfit for reads. */
describe(ReplicaReads.name, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const readsWith = async (replicaUrl: string) =>
    new ReplicaReads(app.worker, await initOrm(replicaUrl, 1, SYSTEM_ROWS, false), 5_000, app.runtime.logger);

  it('leaves out a replica that does not answer, and reads from the primary', async () => {
    const reads = await readsWith(closedPort(app.config.DATABASE_URL));
    await reads.probe();
    expect(reads.state).toEqual({ usable: false, lagMs: null });
    const primary = app.worker.em.fork();
    expect(await reads.run(primary, async (em) => em === primary)).toBe(true);
    await reads.stop();
  });

  it('leaves out a server that is not a standby (a promoted one no longer follows the primary)', async () => {
    const reads = await readsWith(app.config.DATABASE_URL);
    await reads.probe();
    expect(reads.state).toEqual({ usable: false, lagMs: null });
    await reads.stop();
  });

  it('answers rollups from the primary when the configured standby is down, and says so on /healthz', async () => {
    const down = await startTestApp({ DATABASE_REPLICA_URL: closedPort(app.config.DATABASE_URL), REPLICA_PROBE_MS: '50' });
    try {
      const token = await down.loginAs(PHONES.cityAdmin);
      const unit = await down.unitIdByCode('LY');
      const rollup = await down.gql(
        `query($unit: ID!) { rollup(unitId: $unit, from: "2025-12-31T16:00:00.000Z", to: "2026-12-31T16:00:00.000Z") { unit { id } newCases } }`,
        { unit },
        { token },
      );
      expect(rollup.errors).toBeUndefined();
      expect(rollup.data?.rollup.unit.id).toBe(unit);
      const health = await fetch(down.url.replace('/graphql', '/healthz')).then((response) => response.json());
      expect(health).toEqual({ status: 'ok', replica: { usable: false, lagMs: null } });
    } finally {
      await down.close();
    }
  });
});
