import { describe, expect, it } from 'vitest';
import { appWithDriver } from '../setup/case-driver.js';
import { record, SEED, seededRandom, sized } from './record.js';
import { percentile } from '../bench/measure.js';
import { lostWrites, runWorkload } from './workload.js';

describe('load', () => {
  const context = appWithDriver();

  it('serves concurrent workers applying and staff working queues without one error', { timeout: 300_000 }, async () => {
    const { app, driver } = context;
    const users = sized(20, 200);
    const seconds = sized(5, 60);
    await driver.fundDistrict(100_000_000);
    const applicants = [];
    for (let i = 0; i < 10; i += 1) applicants.push(await driver.newApplicant());
    const readyCases = await driver.readyCases(sized(50, 1_000), 1_000);
    const result = await runWorkload({
      url: app.url,
      applicants,
      staffToken: driver.actors.streetStaff,
      unitId: driver.street,
      readyCases,
      users,
      stopAt: Date.now() + seconds * 1_000,
      random: seededRandom(SEED),
    });
    const lost = await lostWrites(app.sql, result.acknowledged);
    const p99 = Math.round(percentile(result.latenciesMs, 0.99));
    record(
      'load',
      { loadErrors: result.failures.length, loadP99Ms: p99 },
      {
        users,
        seconds,
        requests: result.requests,
        requestsPerSecond: Math.round(result.requests / seconds),
        p50Ms: Math.round(percentile(result.latenciesMs, 0.5)),
        acknowledgedWrites: result.acknowledged.length,
        lostAcknowledgedWrites: lost.length,
        failures: result.failures.slice(0, 10),
      },
    );
    expect(result.requests).toBeGreaterThan(users);
    expect(result.failures.slice(0, 5)).toEqual([]);
    expect(lost).toEqual([]);
  });
});
