import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { rebuildSummaries } from '../../server/src/modules/rollups/rollup.queries.js';
import { histogramMedian, periodFilter } from '../../server/src/modules/rollups/rollup.service.js';
import { assessmentOutcome, LINYI_RUBRIC_2014, parseReportPeriod, rubricItems, type Rubric } from '@bangfu/shared';
import { CaseDriver } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const ROLLUP = `query($unit: ID!, $from: DateTime!, $to: DateTime!) { rollup(unitId: $unit, from: $from, to: $to) {
  unit { id } casesByStatus { status count } casesByType { type count } newCases decidedCases approvedCases rejectedCases closedCases
  approvedFen paidFen medianDecisionDays overdueCases activeFilesByCategory { category count } fundBalanceFen incomeBySource { source amountFen }
  ratedCases satisfactionRate stations demonstrationStations demonstrationRatio meetsDemonstrationTarget
  assessedStations averageAssessmentScore failingStations tierCounts { tier count } subsidyHoldbackFen
  children { unit { id } newCases paidFen fundBalanceFen } } }`;

const TYPES = [
  'LIVING',
  'MEDICAL',
  'EDUCATION',
  'DISASTER',
  'ACCIDENT',
  'LEGAL_AID',
  'EMPLOYMENT',
  'TRAINING',
  'PETITION',
  'MUTUAL_MEDICAL',
  'OTHER',
];
const STATUSES = [
  'SUBMITTED',
  'ACCEPTED',
  'UNDER_REVIEW',
  'PROPOSED',
  'PUBLIC_NOTICE',
  'READY_TO_PAY',
  'DISBURSED',
  'RECEIVED',
  'CLOSED',
  'REJECTED',
  'WITHDRAWN',
  'DRAFT',
];
/** Shanghai midnight of a day offset from today, so the period matches the day-grained summaries exactly. */
const shanghaiMidnight = (offsetDays: number) => {
  const local = new Date(Date.now() + 8 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + offsetDays) - 8 * 3_600_000);
};

describe('rollups (domain.md §7)', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let city: string;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    city = await app.unitIdByCode('LY');
    await randomNetwork(app, driver, city, 0.37);
  }, 120_000);
  afterAll(() => app.close());

  const services = () => createServices(app.worker.em.fork(), serviceDeps(app.config, app.runtime.redis));
  /** Every active unit's rollup over each period, through GraphQL, against the base tables; then reconciliation. */
  const expectRollupsEqualBaseTables = async (periods: Date[][]) => {
    const units = await app.sql<{ id: string; path: string }>(`select id::text, path::text from unit where active order by id`);
    const token = driver.actors.cityAdmin;
    for (const [from, to] of periods) {
      for (const unit of units) {
        const rollup = (await app.gql(ROLLUP, { unit: unit.id, from: from.toISOString(), to: to.toISOString() }, { token })).data?.rollup;
        expect(rollup, `unit ${unit.id}`).toEqual(
          await direct(
            app,
            unit,
            from,
            to,
            rollup.children.map((c: any) => c.unit.id),
          ),
        );
      }
    }
    expect((await services().rollups.reconcile()).details).toEqual([]);
  };
  const pendingRows = async () =>
    (
      await app.sql<{ n: number }>(
        `select (select count(*) from pending_case_status) + (select count(*) from pending_file_status)
          + (select count(*) from pending_case_flow) + (select count(*) from pending_decision_days) as n`,
      )
    )[0].n;
  // every unit against the base tables: ~15-30 s alone, more when the suite loads both cores
  const EVERY_UNIT_TIMEOUT = 120_000;
  const PERIODS = [
    [shanghaiMidnight(-90), shanghaiMidnight(1)],
    [shanghaiMidnight(-20), shanghaiMidnight(-5)],
  ];

  it(
    'equals, for every unit and figure, the same figure computed directly from the base tables',
    async () => {
      expect(Number(await pendingRows())).toBeGreaterThan(0); // nothing folded yet: the figures come from the pending log
      await expectRollupsEqualBaseTables(PERIODS);
      // the random data must reach every kind of figure, or the comparison above proves little
      const whole = (
        await app.gql(
          ROLLUP,
          { unit: city, from: PERIODS[0][0].toISOString(), to: PERIODS[0][1].toISOString() },
          { token: driver.actors.cityAdmin },
        )
      ).data?.rollup;
      for (const figure of [
        'newCases',
        'decidedCases',
        'closedCases',
        'paidFen',
        'ratedCases',
        'overdueCases',
        'assessedStations',
        'failingStations',
        'demonstrationStations',
      ]) {
        expect(whole[figure], figure).toBeGreaterThan(0);
      }
    },
    EVERY_UNIT_TIMEOUT,
  );

  it(
    'stays exact once the log is folded into the per-ancestor tree, and when units move with records folded or pending',
    async () => {
      await services().rollups.fold();
      expect(Number(await pendingRows())).toBe(0);
      await expectRollupsEqualBaseTables(PERIODS.slice(0, 1));

      // a street with stations and records moves to another district: what was folded for it follows it
      const [street] = await app.sql<{ id: string; district: string }>(
        `select u.id::text, u.parent_id::text as district from unit u where u.code like 'RND-S%'
       and exists (select 1 from unit e where e.parent_id = u.id) and exists (select 1 from aid_case c where c.unit_id = u.id) order by u.id limit 1`,
      );
      const [target] = await app.sql<{ id: string }>(`select id::text from unit where code like 'RND-D%' and id <> ? order by id limit 1`, [
        street.district,
      ]);
      const MOVE = `mutation($id: ID!, $parent: ID!) { moveUnit(id: $id, parentId: $parent) { id } }`;
      const sysadmin = await app.loginAs(PHONES.sysadmin);
      expect((await app.gql(MOVE, { id: street.id, parent: target.id }, { token: sysadmin })).errors).toBeUndefined();
      await expectRollupsEqualBaseTables(PERIODS.slice(1));
      // new records below it, still pending, then it moves back before they are folded
      await app.sql(
        `update aid_case set status = 'CLOSED' where unit_id in (select id from unit where path <@ (select path from unit where id = ?)) and status = 'RECEIVED'`,
        [street.id],
      );
      await app.sql(
        `insert into case_event (case_id, occurred_at, actor_role, unit_id, action, data)
       select c.id, now() - interval '3 days', 'STATION_STAFF', c.unit_id, 'rate', jsonb_build_object('score', 5) from aid_case c where c.unit_id = ? and c.status <> 'DRAFT'`,
        [street.id],
      );
      expect(Number(await pendingRows())).toBeGreaterThan(0);
      expect((await app.gql(MOVE, { id: street.id, parent: street.district }, { token: sysadmin })).errors).toBeUndefined();
      await expectRollupsEqualBaseTables(PERIODS.slice(0, 1));
      await services().rollups.fold();
      await expectRollupsEqualBaseTables(PERIODS.slice(1));
    },
    EVERY_UNIT_TIMEOUT,
  );

  it('reconciliation reports a per-ancestor row that differs from the per-unit summaries, and a rebuild repairs it', async () => {
    await services().rollups.fold();
    await app.sql(
      `update tree_case_flow set submitted = submitted + 1 where (ancestor_id, grain, day) = (select ancestor_id, grain, day from tree_case_flow where grain = 'M' limit 1)`,
    );
    const { details } = await services().rollups.reconcile();
    expect(details.some((detail) => detail.startsWith('tree flows'))).toBe(true);
    await rebuildSummaries(app.worker.em.fork());
    expect((await services().rollups.reconcile()).details).toEqual([]);
  });

  it(
    'freezes in a submitted return, for every unit, the figures the base tables give at submission; later changes move only the live ones',
    async () => {
      const FIGURES = ROLLUP.slice(ROLLUP.indexOf('casesByStatus'), ROLLUP.indexOf('children {'));
      const SUBMIT = `mutation($u: ID!, $p: String!, $m: [MissingChildInput!]) {
        submitStatReport(unitId: $u, period: $p, missing: $m) { id figures { ${FIGURES} } } }`;
      const REPORT = `query($u: ID!, $p: String!) { statReport(unitId: $u, period: $p) { current { id figures { ${FIGURES} } } live { ${FIGURES} } } }`;
      // the month before this one: ended, and inside the random data's 80 days
      const local = new Date(Date.now() + 8 * 3_600_000);
      const month = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1));
      const period = parseReportPeriod(month.toISOString().slice(0, 7))!;
      // one head for every unit of the random tree: the city's administrator, for this test only
      const grants = await app.sql<{ id: string }>(
        `insert into role_grant (user_id, unit_id, role) select (select id from app_user where phone = ?), u.id, 'UNIT_HEAD' from unit u
         where u.active on conflict do nothing returning id::text`,
        [PHONES.cityAdmin],
      );
      const token = await app.loginAs(PHONES.cityAdmin);
      const units = await app.sql<{ id: string; path: string; children: string[] }>(
        `select u.id::text, u.path::text, array(select c.id::text from unit c where c.parent_id = u.id and c.active order by c.id) as children
         from unit u where u.active order by nlevel(u.path) desc, u.id`,
      );
      const frozen = new Map<string, Record<string, unknown>>();
      for (const unit of units) {
        const missing = unit.children.map((unitId) => ({ unitId, reason: '随机数据：下级未审核' }));
        const submitted = await app.gql(SUBMIT, { u: unit.id, p: period.key, m: missing }, { token });
        expect(submitted.errors, `unit ${unit.id}`).toBeUndefined();
        const { unit: _unit, children: _children, ...expected } = await direct(app, unit, period.from, period.to, []);
        expect(submitted.data!.submitStatReport.figures, `unit ${unit.id}`).toEqual(expected);
        frozen.set(unit.id, submitted.data!.submitStatReport.figures);
      }
      expect((frozen.get(city) as { newCases: number }).newCases).toBeGreaterThan(0);

      // late records land in that month: a decision, a payment and a rating for some cases submitted before them
      await app.sql(
        `insert into case_event (case_id, occurred_at, actor_role, unit_id, action, data)
         select c.id, ?::timestamptz + interval '36 hours', 'STATION_STAFF', c.unit_id, a.action, a.data
         from aid_case c, (values ('approve', '{"amountFen": 12300}'::jsonb), ('disburse', '{"amountFen": 4500}'::jsonb), ('rate', '{"score": 5}'::jsonb)) a(action, data)
         where c.client_id like 'rnd-%' and c.id % 7 = 0
           and (select min(e.occurred_at) from case_event e where e.case_id = c.id and e.action = 'submit') < ?::timestamptz`,
        [period.from.toISOString(), period.from.toISOString()],
      );
      await app.sql(`update aid_case set status = 'CLOSED' where client_id like 'rnd-%' and status = 'RECEIVED'`);
      let moved = 0;
      for (const unit of units) {
        const found = (await app.gql(REPORT, { u: unit.id, p: period.key }, { token })).data!.statReport;
        expect(found.current.figures, `unit ${unit.id}`).toEqual(frozen.get(unit.id));
        const { unit: _unit, children: _children, ...now } = await direct(app, unit, period.from, period.to, []);
        expect(found.live, `unit ${unit.id}`).toEqual(now);
        if (JSON.stringify(found.live) !== JSON.stringify(found.current.figures)) moved += 1;
      }
      expect(moved).toBeGreaterThan(0);
      await app.sql(`update role_grant set revoked_at = now() where id = any(?::bigint[])`, [
        `{${grants.map((grant) => grant.id).join(',')}}`,
      ]);
    },
    EVERY_UNIT_TIMEOUT,
  );

  it('reads whole months inside a period by month and only its ragged edges by day', () => {
    expect(periodFilter(new Date('2026-01-14T16:00:00Z'), new Date('2026-04-09T16:00:00Z')).params).toEqual([
      '2026-02-01',
      '2026-04-01',
      '2026-01-15',
      '2026-04-10',
      '2026-02-01',
      '2026-04-01',
    ]);
    expect(periodFilter(new Date('2025-12-31T16:00:00Z'), new Date('2026-12-31T16:00:00Z')).params.slice(0, 2)).toEqual([
      '2026-01-01',
      '2027-01-01',
    ]);
    // within one month: days only (the month range is empty)
    expect(periodFilter(new Date('2026-03-04T16:00:00Z'), new Date('2026-03-20T16:00:00Z')).params.slice(0, 2)).toEqual([
      '2026-03-21',
      '2026-03-21',
    ]);
  });

  it("splits the period month by month (Beijing time) into figures that add up to the period's", async () => {
    const from = shanghaiMidnight(-90);
    const to = shanghaiMidnight(1);
    const result = await app.gql(
      `query($unit: ID!, $from: DateTime!, $to: DateTime!) { rollup(unitId: $unit, from: $from, to: $to) {
      newCases approvedCases paidFen monthly { month newCases approvedCases paidFen }
      children { unit { id } newCases approvedCases paidFen monthly { month newCases approvedCases paidFen } } } }`,
      { unit: city, from: from.toISOString(), to: to.toISOString() },
      { token: driver.actors.cityAdmin },
    );
    expect(result.errors).toBeUndefined();
    const sum = (months: { newCases: number; approvedCases: number; paidFen: number }[], key: 'newCases' | 'approvedCases' | 'paidFen') =>
      months.reduce((total, month) => total + month[key], 0);
    for (const rollup of [result.data?.rollup, ...result.data!.rollup.children]) {
      for (const key of ['newCases', 'approvedCases', 'paidFen'] as const) expect(sum(rollup.monthly, key), key).toBe(rollup[key]);
      const months = rollup.monthly.map((month: { month: string }) => month.month);
      expect(months).toEqual([...months].sort());
      expect(months.every((month: string) => /^\d{4}-\d{2}$/.test(month))).toBe(true);
    }
    expect(result.data?.rollup.monthly.length).toBeGreaterThan(1);
  });

  it("is readable over the caller's subtree only, with children limited to what the caller reads", async () => {
    const query = (unit: string, token: string) =>
      app.gql(
        `query($unit: ID!, $from: DateTime!, $to: DateTime!) { rollup(unitId: $unit, from: $from, to: $to) { newCases children { unit { id } } } }`,
        { unit, from: shanghaiMidnight(-30).toISOString(), to: shanghaiMidnight(1).toISOString() },
        { token },
      );
    const lanshan = await app.unitIdByCode('LY-LS');
    expect((await query(city, driver.actors.districtAdmin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await query(lanshan, driver.actors.siblingStaff)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const street = await app.unitIdByCode('LY-LS-LSJD');
    expect((await query(street, driver.actors.streetStaff)).data?.rollup.children).toEqual([]);
    expect((await query(city, await app.loginAs(PHONES.cityAuditor))).data?.rollup.children.length).toBeGreaterThan(2);
  });

  it('computes the median of a histogram', () => {
    expect(histogramMedian([])).toBeNull();
    expect(histogramMedian([{ value: 3, count: 1 }])).toBe(3);
    expect(
      histogramMedian([
        { value: 1, count: 1 },
        { value: 5, count: 1 },
      ]),
    ).toBe(3);
    expect(
      histogramMedian([
        { value: 7, count: 2 },
        { value: 1, count: 1 },
      ]),
    ).toBe(7);
  });
});

/** Builds a random tree under the city, files, cases with timelines, moves, and ledger activity, from one seed. */
async function randomNetwork(app: TestApp, driver: CaseDriver, city: string, seed: number): Promise<void> {
  await app.sql(`select setseed(?)`, [seed]);
  // districts, streets and enterprise stations, some enterprises straight under a district
  for (let d = 0; d < 3; d += 1) {
    const [{ id: district }] = await app.sql<{ id: string }>(
      `with next as (select nextval(pg_get_serial_sequence('unit', 'id')) as id)
       insert into unit (id, code, name, level, parent_id, path, holds_fund) select id, 'RND-D' || id, '随机区' || id, 'DISTRICT', ?, (select path from unit where id = ?) || id::text, true from next returning id::text`,
      [city, city],
    );
    for (let s = 0; s < 2 + d; s += 1) {
      const [{ id: street }] = await app.sql<{ id: string }>(
        `with next as (select nextval(pg_get_serial_sequence('unit', 'id')) as id)
         insert into unit (id, code, name, level, parent_id, path, demonstration_years) select id, 'RND-S' || id, '随机街道' || id, 'STREET', ?, (select path from unit where id = ?) || id::text,
           case when random() < 0.3 then jsonb_build_array(extract(year from now() at time zone 'Asia/Shanghai')::int) else '[]'::jsonb end from next returning id::text`,
        [district, district],
      );
      for (let e = 0; e < s; e += 1) {
        const parent = e % 2 ? district : street;
        await app.sql(
          `with next as (select nextval(pg_get_serial_sequence('unit', 'id')) as id)
           insert into unit (id, code, name, level, parent_id, path) select id, 'RND-E' || id, '随机企业' || id, 'ENTERPRISE', ?, (select path from unit where id = ?) || id::text from next`,
          [parent, parent],
        );
      }
    }
  }
  const { fileId } = await driver.newApplicant();
  await app.sql(
    `insert into hardship_file (unit_id, status, category, causes, person_name, id_number_enc, id_number_hash, birth_date, sex, household_enc, household_size, cancel_reason)
     select u.id, st.status, (array['DEEP','RELATIVE','ACCIDENTAL'])[1 + floor(random() * 3)::int], f.causes, f.person_name, f.id_number_enc, 'rnd-' || g, f.birth_date, f.sex,
            f.household_enc, f.household_size, case when st.status = 'CANCELLED' then 'OTHER' end
     from hardship_file f, generate_series(1, 1500) g,
     lateral (select id from unit where active order by random() + g * 0 limit 1) u,
     lateral (select (array['ACTIVE','ACTIVE','ACTIVE','SUSPENDED','REVIEW_OVERDUE','CANCELLED'])[1 + floor(random() * 6)::int] as status) st
     where f.id = ?`,
    [fileId],
  );
  const [{ id: creator }] = await app.sql<{ id: string }>(`select id::text from app_user where phone = ?`, [PHONES.lanshanStreetStaff]);
  await app.sql(
    `insert into aid_case (client_id, created_by_id, type, channel, status, unit_id, origin_unit_id, applicant_name, title, submitted_at, due_at)
     select 'rnd-' || g, ?, (array[${TYPES.map((t) => `'${t}'`).join(',')}])[1 + floor(random() * ${TYPES.length})::int], 'WALK_IN',
            (array[${STATUSES.map((t) => `'${t}'`).join(',')}])[1 + floor(random() * ${STATUSES.length})::int], u.id, u.id, '随机申请人', '随机案件',
            now() - (random() * 80 || ' days')::interval, now() + ((random() - 0.5) * 20 || ' days')::interval
     from generate_series(1, 3000) g, lateral (select id from unit where active order by random() + g * 0 limit 1) u`,
    [creator],
  );
  // a timeline per case: submission, then for most a decision, closings, ratings, payments and reversals
  await app.sql(
    `insert into case_event (case_id, occurred_at, actor_role, unit_id, action, from_status, to_status, data)
     select c.id, c.submitted_at, 'WORKER', c.unit_id, 'submit', 'DRAFT', 'SUBMITTED', null from aid_case c where c.client_id like 'rnd-%' and c.status <> 'DRAFT'`,
  );
  await app.sql(
    `insert into case_event (case_id, occurred_at, actor_role, unit_id, action, from_status, to_status, data)
     select c.id, c.submitted_at + (random() * 30 || ' days')::interval, 'UNIT_HEAD',
            case when random() < 0.2 then coalesce((select parent_id from unit where id = c.unit_id), c.unit_id) else c.unit_id end,
            act, 'PROPOSED', case when act = 'approve' then 'APPROVED' else 'REJECTED' end,
            case when act = 'approve' then jsonb_build_object('amountFen', (1 + floor(random() * 500000))::bigint) end
     from aid_case c, lateral (select case when random() < 0.75 then 'approve' else 'reject' end as act) a
     where c.client_id like 'rnd-%' and c.status not in ('DRAFT', 'SUBMITTED', 'ACCEPTED') and random() < 0.8`,
  );
  for (const [action, data] of [
    ['disburse', `jsonb_build_object('amountFen', (1 + floor(random() * 200000))::bigint)`],
    ['close', 'null'],
    ['rate', `jsonb_build_object('score', (1 + floor(random() * 5))::int)`],
    ['paymentReversed', `jsonb_build_object('amountFen', (1 + floor(random() * 1000))::bigint)`],
  ]) {
    await app.sql(
      `insert into case_event (case_id, occurred_at, actor_role, unit_id, action, data)
       select c.id, c.submitted_at + (random() * 40 || ' days')::interval, 'STATION_STAFF', c.unit_id, ?, ${data}
       from aid_case c where c.client_id like 'rnd-%' and c.status in ('DISBURSED', 'RECEIVED', 'CLOSED') and random() < 0.6`,
      [action],
    );
  }
  // later changes the triggers must follow: moves between units and status changes
  await app.sql(
    `update aid_case set unit_id = (select id from unit where active order by random() + aid_case.id * 0 limit 1) where client_id like 'rnd-%' and random() < 0.2`,
  );
  await app.sql(`update aid_case set status = 'CLOSED' where client_id like 'rnd-%' and status = 'RECEIVED' and random() < 0.5`);
  await app.sql(
    `update hardship_file set unit_id = (select id from unit where active and level = 'STREET' order by random() + hardship_file.id * 0 limit 1), category = 'DEEP' where id_number_hash like 'rnd-%' and random() < 0.1`,
  );
  // this year's assessments: random scores for most stations, some with a city score too
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const [{ id: cycle }] = await app.sql<{ id: string }>(
    `insert into assessment_cycle (unit_id, year, self_check_until, application_from, application_until, inspection_from, inspection_until, rubric)
     values (?, ?, ?, ?, ?, ?, ?, ?) returning id::text`,
    [city, year, `${year}-10-27`, `${year}-10-27`, `${year}-10-31`, `${year}-11-01`, `${year}-11-30`, JSON.stringify(LINYI_RUBRIC_2014)],
  );
  let state = Math.floor(seed * 2 ** 31);
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const randomScores = () =>
    Object.fromEntries(rubricItems(LINYI_RUBRIC_2014).map((item) => [item.key, Math.floor(random() * (item.points + 1))]));
  for (const { id } of await app.sql<{ id: string }>(
    `select id::text from unit where level in ('STREET', 'ENTERPRISE') and active order by id`,
  )) {
    if (random() < 0.2) continue;
    await app.sql(`insert into assessment (cycle_id, unit_id, year, district_scores, city_scores) values (?, ?, ?, ?, ?)`, [
      cycle,
      id,
      year,
      JSON.stringify(randomScores()),
      random() < 0.5 ? JSON.stringify(randomScores()) : null,
    ]);
  }
  // money through the real services, so postings, locks and reversals all happen
  const services = createServices(app.worker.em.fork(), serviceDeps(app.config, app.runtime.redis));
  const admin = (await services.auth.authenticate(driver.actors.cityAdmin))!;
  const districts = await app.sql<{ id: string }>(`select id::text from unit where level = 'DISTRICT' and code like 'RND-%'`);
  const sources = ['GOVERNMENT', 'UNION_FUNDS', 'HIGHER_UNION_SUBSIDY', 'DONATION', 'FUNDRAISING', 'INTEREST'];
  for (let i = 0; i < 24; i += 1) {
    const source = sources[i % sources.length];
    const entry = await services.funds.recordIncome(admin, city, {
      source,
      amountFen: 100_000 + i * 7_919,
      ...(source === 'DONATION' ? { donor: '某企业', donorCountry: 'CN' } : {}),
    });
    if (i % 5 === 0) await services.funds.reverse(admin, entry.id, '录入错误');
    await services.funds.allocate(admin, city, districts[i % districts.length].id, 10_000 + i, null, `rnd-allocation-${i}`);
  }
}

/** Every figure straight from the base tables over the unit's subtree (the summaries are not read). */
async function direct(app: TestApp, unit: { id: string; path: string }, from: Date, to: Date, childIds: string[]) {
  const one = async <T = Record<string, any>>(sql: string, params: unknown[] = []) => (await app.sql<T>(sql, params))[0];
  const inSubtree = `join unit u on u.id = X.unit_id where u.path <@ ?::ltree`;
  const day = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const inPeriod = `(e.occurred_at at time zone 'Asia/Shanghai')::date >= ?::date and (e.occurred_at at time zone 'Asia/Shanghai')::date < ?::date`;
  const figuresOf = async (path: string): Promise<Record<string, any>> => {
    const events = await one(
      `select count(*) filter (where action = 'submit')::int as "newCases",
        count(*) filter (where action in ('approve', 'reject'))::int as "decidedCases", count(*) filter (where action = 'approve')::int as "approvedCases",
        count(*) filter (where action = 'reject')::int as "rejectedCases", count(*) filter (where action = 'close')::int as "closedCases",
        coalesce(sum((data->>'amountFen')::bigint) filter (where action = 'approve'), 0)::text as "approvedFen",
        (coalesce(sum((data->>'amountFen')::bigint) filter (where action = 'disburse'), 0) - coalesce(sum((data->>'amountFen')::bigint) filter (where action = 'paymentReversed'), 0))::text as "paidFen",
        count(*) filter (where action = 'rate')::int as "ratedCases", count(*) filter (where action = 'rate' and (data->>'score')::int >= 4)::int as satisfied
      from case_event e ${inSubtree.replace('X.', 'e.')} and ${inPeriod}`,
      [path, day(from), day(to)],
    );
    const fund = await one(
      `select coalesce(sum(case when e.direction = 'DEBIT' then e.amount_fen else -e.amount_fen end), 0)::text as balance
      from ledger_entry e join ledger_account a on a.id = e.account_id and a.kind = 'FUND' join unit u on u.id = a.unit_id where u.path <@ ?::ltree`,
      [path],
    );
    return { ...events, approvedFen: Number(events.approvedFen), paidFen: Number(events.paidFen), fundBalanceFen: Number(fund.balance) };
  };
  const mine = await figuresOf(unit.path);
  const days = await app.sql<{ days: number }>(
    `select floor(extract(epoch from e.occurred_at - f.first) / 86400)::int as days from case_event e
     join (select case_id, min(occurred_at) as first from case_event where action = 'submit' group by case_id) f on f.case_id = e.case_id
     ${inSubtree.replace('X.', 'e.')} and e.action in ('approve', 'reject') and ${inPeriod}`,
    [unit.path, day(from), day(to)],
  );
  const sorted = days.map((row) => row.days).sort((a, b) => a - b);
  const median = sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.floor(sorted.length / 2)]) / 2 : null;
  const statuses = await app.sql<{ status: string; count: number }>(
    `select status, count(*)::int as count from aid_case c ${inSubtree.replace('X.', 'c.')} and status <> 'DRAFT' group by status order by status`,
    [unit.path],
  );
  const types = await app.sql<{ type: string; count: number }>(
    `select type, count(*)::int as count from aid_case c ${inSubtree.replace('X.', 'c.')} and status <> 'DRAFT' group by type order by type`,
    [unit.path],
  );
  const overdue = await one(
    `select count(*)::int as n from aid_case c ${inSubtree.replace('X.', 'c.')} and status in ('SUBMITTED','ACCEPTED','UNDER_REVIEW','PROPOSED') and due_at < now()`,
    [unit.path],
  );
  const files = await app.sql<{ category: string; count: number }>(
    `select category, count(*)::int as count from hardship_file f ${inSubtree.replace('X.', 'f.')} and status = 'ACTIVE' group by category order by category`,
    [unit.path],
  );
  const income = await app.sql<{ source: string; amountFen: string }>(
    `select coalesce(o.source, t.source) as source, sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end)::text as "amountFen"
     from ledger_entry e join ledger_account a on a.id = e.account_id and a.kind = 'FUND' join ledger_transaction t on t.id = e.transaction_id
     left join ledger_transaction o on o.id = t.reverses_id join unit u on u.id = t.unit_id
     where u.path <@ ?::ltree and (t.kind = 'INCOME' or (t.kind = 'REVERSAL' and o.kind = 'INCOME')) and ${inPeriod.replaceAll('e.occurred_at', 'e.created_at')}
     group by 1 having sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end) <> 0 order by 1`,
    [unit.path, day(from), day(to)],
  );
  const stations = await one(
    `select count(*)::int as stations, count(*) filter (where demonstration_years @> to_jsonb(extract(year from ?::timestamptz at time zone 'Asia/Shanghai')::int))::int as demo
     from unit u where u.path <@ ?::ltree and level in ('STREET','ENTERPRISE') and active`,
    [to, unit.path],
  );
  // assessments of the year the period ends, rated from the timeline and subsidised from the ledger
  const year = new Date(to.getTime() + 8 * 3_600_000).getUTCFullYear();
  const assessed = await app.sql<{
    unit_id: string;
    district_scores: Record<string, number>;
    city_scores: Record<string, number> | null;
    rubric: Rubric;
  }>(
    `select a.unit_id::text, a.district_scores, a.city_scores, c.rubric from assessment a join assessment_cycle c on c.id = a.cycle_id
     join unit u on u.id = a.unit_id where u.path <@ ?::ltree and a.year = ? and a.district_scores is not null`,
    [unit.path, year],
  );
  const outcomes: ReturnType<typeof assessmentOutcome>[] = [];
  for (const row of assessed) {
    const ratings = await one<{ rated: number; satisfied: number }>(
      `select count(*)::int as rated, count(*) filter (where (data->>'score')::int >= 4)::int as satisfied from case_event
       where unit_id = ? and action = 'rate' and extract(year from occurred_at at time zone 'Asia/Shanghai') = ?`,
      [row.unit_id, year],
    );
    const subsidy = await one<{ fen: string }>(
      `select coalesce(sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end), 0)::text as fen
       from ledger_entry e join ledger_account a on a.id = e.account_id and a.kind = 'FUND' join ledger_transaction t on t.id = e.transaction_id
       left join ledger_transaction o on o.id = t.reverses_id
       where t.unit_id = ? and coalesce(o.source, t.source) = 'HIGHER_UNION_SUBSIDY' and extract(year from e.created_at at time zone 'Asia/Shanghai') = ?`,
      [row.unit_id, year],
    );
    outcomes.push(assessmentOutcome(row.rubric, row.district_scores, row.city_scores, ratings, Number(subsidy.fen)));
  }
  const tiers = ['ADVANCED', 'EXCELLENT', 'STANDARD']
    .map((tier) => ({ tier, count: outcomes.filter((o) => o.tier === tier).length }))
    .filter((t) => t.count > 0);
  const children = [];
  for (const id of childIds) {
    const [{ path }] = await app.sql<{ path: string }>(`select path::text from unit where id = ?`, [id]);
    const figures = await figuresOf(path);
    children.push({ unit: { id }, newCases: figures.newCases, paidFen: figures.paidFen, fundBalanceFen: figures.fundBalanceFen });
  }
  const { satisfied, ...rest } = mine;
  return {
    unit: { id: unit.id },
    casesByStatus: statuses,
    casesByType: types,
    ...rest,
    medianDecisionDays: median,
    overdueCases: overdue.n,
    activeFilesByCategory: files,
    incomeBySource: income.map((row) => ({ source: row.source, amountFen: Number(row.amountFen) })),
    satisfactionRate: rest.ratedCases ? satisfied / rest.ratedCases : null,
    stations: stations.stations,
    demonstrationStations: stations.demo,
    demonstrationRatio: stations.stations ? stations.demo / stations.stations : null,
    meetsDemonstrationTarget: stations.stations > 0 && stations.demo / stations.stations >= 0.2,
    assessedStations: outcomes.length,
    averageAssessmentScore: outcomes.length ? outcomes.reduce((sum, o) => sum + (o.finalTotal ?? 0), 0) / outcomes.length : null,
    failingStations: outcomes.filter((o) => o.failing).length,
    tierCounts: tiers,
    subsidyHoldbackFen: outcomes.reduce((sum, o) => sum + o.subsidyHoldbackFen, 0),
    children,
  };
}
