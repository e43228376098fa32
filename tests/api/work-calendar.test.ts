import type { Job } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { MAINTENANCE_QUEUE } from '../../server/src/modules/jobs/outbox.js';
import { processors } from '../../server/src/worker/processors.js';
import { LogSmsSender } from '../../server/src/modules/notifications/sms.js';
import { appWithDriver } from '../setup/case-driver.js';
import { PHONES } from '../setup/test-app.js';

const CALENDAR = `query($year: Int!) { workCalendar(year: $year) { day working name } }`;
const SET = `mutation($input: WorkCalendarInput!) { setWorkCalendar(input: $input) { day working name } }`;
const NEW_YEAR_2027 = [
  { day: '2027-01-01', working: false, name: '元旦' },
  { day: '2027-01-02', working: false, name: '元旦' },
  { day: '2027-01-03', working: false, name: '元旦' },
];

describe('working days follow the published holiday calendar', () => {
  const context = appWithDriver();

  /** Submits a fresh draft as its applicant at `at`, through the services with the clock set there. */
  const submitAt = async (at: Date) => {
    const { app, driver } = context;
    const applicant = await driver.newApplicant();
    const id = await driver.draft(applicant);
    await driver.attachRequiredEvidence(applicant.token, id);
    const services = createServices(app.worker.em.fork(), { ...serviceDeps(app.config, app.runtime.redis), clock: () => at });
    await services.cases.submit((await services.auth.actorById(applicant.userId))!, id);
    return id;
  };
  const dueAt = async (id: string) =>
    new Date((await context.app.sql<{ due_at: string }>(`select due_at from aid_case where id = ?`, [id]))[0].due_at).toISOString();
  const recompute = (year: number) => {
    const { app } = context;
    const job = { name: 'recomputeDeadlines', data: { year } } as unknown as Job;
    return processors[MAINTENANCE_QUEUE](
      {
        orm: app.worker,
        deps: serviceDeps(app.config, app.runtime.redis),
        logger: app.runtime.logger,
        sms: new LogSmsSender(app.runtime.logger),
      },
      job,
    );
  };

  it('skips the Spring Festival and counts its make-up Saturday (the 2026 calendar as published)', async () => {
    // Thursday 2026-02-12 10:00 in Shanghai: Friday 13th, Saturday 14th (worked), then Tuesday 24th after the holiday
    const id = await submitAt(new Date('2026-02-12T02:00:00Z'));
    expect(await dueAt(id)).toBe('2026-02-24T02:00:00.000Z');
    const { data } = await context.app.gql(CALENDAR, { year: 2026 }, { token: context.driver.actors.streetStaff });
    expect(data?.workCalendar).toContainEqual({ day: '2026-02-14', working: true, name: '春节调休上班' });
    expect(data?.workCalendar.filter((day: { working: boolean }) => !day.working)).toHaveLength(33);
    // a year no calendar can hold is bad input, not a failure (found by the fuzzer: -1 and 2147483626)
    for (const year of [-1, 1999, 2101, 2_147_483_626]) {
      const refused = await context.app.gql(CALENDAR, { year }, { token: context.driver.actors.streetStaff });
      expect(refused.errors?.[0].extensions?.code, String(year)).toBe('BAD_USER_INPUT');
    }
  });

  it("lets operators enter a year's calendar, and moves the deadlines of open cases it touches", async () => {
    const { app } = context;
    // Wednesday 2026-12-30: three working days end on Monday 4 January while 2027 has no holidays entered
    const id = await submitAt(new Date('2026-12-30T02:00:00Z'));
    expect(await dueAt(id)).toBe('2027-01-04T02:00:00.000Z');
    const admin = await app.loginAs(PHONES.sysadmin);
    const set = await app.gql(SET, { input: { year: 2027, days: NEW_YEAR_2027 } }, { token: admin });
    expect(set.data?.setWorkCalendar).toEqual(NEW_YEAR_2027);
    const [audit] = await app.sql<{ before: { days: unknown[] }; after: { days: unknown[] } }>(
      `select before, after from audit_event where action = 'workCalendar.set' and entity_id = '2027'`,
    );
    expect(audit).toEqual({ before: { days: [] }, after: { days: NEW_YEAR_2027 } });
    const [{ jobs }] = await app.sql<{ jobs: number }>(
      `select count(*)::int as jobs from outbox where name = 'recomputeDeadlines' and payload->>'year' = '2027'`,
    );
    expect(jobs).toBe(1);

    expect(await recompute(2027)).toBeGreaterThanOrEqual(1);
    expect(await dueAt(id)).toBe('2027-01-05T02:00:00.000Z');
    // a retried job moves nothing more
    expect(await recompute(2027)).toBe(0);
  });

  it('refuses the calendar to anyone but operators, and bad entries, changing nothing', async () => {
    const { app, driver } = context;
    const admin = await app.loginAs(PHONES.sysadmin);
    const rows = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from work_calendar_day`))[0].n;
    const audits = async () =>
      (await app.sql<{ n: number }>(`select count(*)::int as n from audit_event where action = 'workCalendar.set'`))[0].n;
    const before = [await rows(), await audits()];
    const input = { year: 2028, days: [{ day: '2028-01-01', working: false, name: '元旦' }] };
    for (const token of [driver.actors.cityAdmin, driver.actors.streetHead, driver.actors.worker]) {
      expect((await app.gql(SET, { input }, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.gql(SET, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = [
      { year: 2028, days: [{ day: '2027-12-31', working: false, name: '元旦' }] },
      { year: 2028, days: [{ day: '2028-02-30', working: false, name: '春节' }] },
      {
        year: 2028,
        days: [
          { day: '2028-01-01', working: false, name: '元旦' },
          { day: '2028-01-01', working: true, name: '元旦' },
        ],
      },
      { year: 2028, days: [{ day: '2028-01-01', working: false, name: ' ' }] },
      { year: 1999, days: [] },
    ];
    for (const wrong of bad) {
      const refused = await app.gql(SET, { input: wrong }, { token: admin, lang: 'en' });
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect([await rows(), await audits()]).toEqual(before);
  });
});
