import type { Job } from 'bullmq';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceDeps } from '../../server/src/app/services.js';
import { LogSmsSender } from '../../server/src/modules/notifications/sms.js';
import { CAMPAIGN_QUEUE } from '../../server/src/modules/campaigns/campaign.service.js';
import { processors } from '../../server/src/worker/processors.js';
import { appWithDriver, FILE_INPUT, newIdNumber } from '../setup/case-driver.js';
import { PHONES } from '../setup/test-app.js';

const DAY = 86_400_000;
const CREATE = `mutation($input: CampaignInput!) { createCampaign(input: $input) { id title status standardAmounts { category amountFen } } }`;
const QUOTAS = `mutation($c: ID!, $u: ID!, $q: [QuotaInput!]!) { setCampaignQuotas(campaignId: $c, unitId: $u, quotas: $q) { households amountFen unit { code } } }`;
const BUILD = `mutation($c: ID!, $u: ID!) { buildRoster(campaignId: $c, unitId: $u) { id status jobId } }`;
const ROSTER = `query($c: ID!, $u: ID!) {
  campaignRoster(campaignId: $c, unitId: $u) {
    id status usage { households amountFen }
    entries(includeRemoved: true) { id amountFen eligible reason addedByHand removedAt removedReason caseId file { id category status } }
  }
}`;
const ADD = `mutation($r: ID!, $input: RosterEntryInput!) { addRosterEntry(rosterId: $r, input: $input) { id amountFen eligible reason } }`;
const REMOVE = `mutation($e: ID!, $reason: String!) { removeRosterEntry(entryId: $e, reason: $reason) { id removedAt removedReason } }`;
const SUBMIT = `mutation($r: ID!) { submitRoster(rosterId: $r) { status } }`;

/** 送温暖 for the city: DEEP ¥800 and RELATIVE ¥500, ¥300–¥1,500, 1,000 households, ¥600,000. */
const springFestival = (unitId: string, overrides: Record<string, unknown> = {}) => ({
  unitId,
  kind: 'SPRING_FESTIVAL',
  title: '2027 年元旦春节送温暖',
  aidType: 'LIVING',
  standardAmounts: [
    { category: 'DEEP', amountFen: 80_000 },
    { category: 'RELATIVE', amountFen: 50_000 },
  ],
  minAmountFen: 30_000,
  maxAmountFen: 150_000,
  households: 1_000,
  budgetFen: 60_000_000,
  opensAt: new Date(Date.now() - DAY).toISOString(),
  closesAt: new Date(Date.now() + 60 * DAY).toISOString(),
  noticeDays: 5,
  ...overrides,
});

describe('concentrated campaigns: quotas and rosters (domain.md §9, issue 18)', () => {
  const context = appWithDriver();
  const units: Record<string, string> = {};
  let cityAdmin: string;
  let campaignId: string;
  beforeAll(async () => {
    for (const code of ['LY', 'LY-LS', 'LY-LZ', 'LY-LS-LSJD', 'LY-LS-YQS', 'LY-LS-LSJD-HS'])
      units[code] = await context.app.unitIdByCode(code);
    cityAdmin = await context.app.loginAs(PHONES.cityAdmin);
  });
  const gql = (query: string, variables: Record<string, unknown>, token: string) =>
    context.app.gql(query, variables, { token, lang: 'en' });
  const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const runBuildJob = async (roster: { id: string; jobId: string }) => {
    const { app } = context;
    const ctx = {
      orm: app.worker,
      deps: serviceDeps(app.config, app.runtime.redis),
      logger: app.runtime.logger,
      sms: new LogSmsSender(app.runtime.logger),
    };
    return processors[CAMPAIGN_QUEUE](ctx, { name: 'buildRoster', data: { rosterId: roster.id, jobId: roster.jobId } } as unknown as Job);
  };
  const roster = async (unit: string, token = context.driver.actors.streetStaff) =>
    (await gql(ROSTER, { c: campaignId, u: units[unit] }, token)).data?.campaignRoster;

  it('lets a union admin create a campaign for its unit, and refuses bad input, other roles and other units', async () => {
    const { driver } = context;
    const refused = [
      await gql(CREATE, { input: springFestival(units.LY, { minAmountFen: 200_000 }) }, cityAdmin),
      await gql(CREATE, { input: springFestival(units.LY, { closesAt: new Date(Date.now() - 2 * DAY).toISOString() }) }, cityAdmin),
      await gql(CREATE, { input: springFestival(units.LY, { standardAmounts: [{ category: 'DEEP', amountFen: 10_000 }] }) }, cityAdmin),
    ];
    expect(refused.map(code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(code(await gql(CREATE, { input: springFestival(units.LY) }, driver.actors.districtAdmin))).toBe('NOT_FOUND');
    expect(code(await gql(CREATE, { input: springFestival(units['LY-LS']) }, driver.actors.streetStaff))).toBe('FORBIDDEN');
    const count = async () => (await context.app.sql<{ n: number }>(`select count(*)::int as n from campaign`))[0].n;
    expect(await count()).toBe(0);

    const created = await gql(CREATE, { input: springFestival(units.LY) }, cityAdmin);
    expect(created.errors).toBeUndefined();
    campaignId = created.data?.createCampaign.id;
    expect(created.data?.createCampaign.standardAmounts).toEqual([
      { category: 'DEEP', amountFen: 80_000 },
      { category: 'RELATIVE', amountFen: 50_000 },
    ]);
    const [audit] = await context.app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'campaign.create' and entity_id = ?`,
      [campaignId],
    );
    expect(audit.n).toBe(1);
    // a station sees the campaign that covers it; a sibling district's station does not see Lanshan's roster later
    const covering = await gql(`query($u: ID!) { campaigns(unitId: $u) { id } }`, { u: units['LY-LS-LSJD'] }, driver.actors.streetStaff);
    expect(covering.data?.campaigns).toEqual([{ id: campaignId }]);
  });

  it('hands quotas down the tree: a child never above its quota, the children never above the parent', async () => {
    const { driver } = context;
    const lanshan = [{ unitId: units['LY-LS'], households: 20, amountFen: 1_200_000 }];
    const over = await gql(QUOTAS, { c: campaignId, u: units.LY, q: [{ ...lanshan[0], households: 1_001 }] }, cityAdmin);
    expect(code(over)).toBe('LIMIT_EXCEEDED');
    expect(over.errors?.[0].message).toBe('Over the quota: 1000 households and ¥600000.00 are left');
    expect(code(await gql(QUOTAS, { c: campaignId, u: units.LY, q: lanshan }, driver.actors.districtAdmin))).toBe('NOT_FOUND');
    // only direct children
    expect(
      code(await gql(QUOTAS, { c: campaignId, u: units.LY, q: [{ unitId: units['LY-LS-LSJD'], households: 1, amountFen: 1 }] }, cityAdmin)),
    ).toBe('BAD_USER_INPUT');
    expect((await gql(QUOTAS, { c: campaignId, u: units.LY, q: lanshan }, cityAdmin)).data?.setCampaignQuotas).toEqual([
      { households: 20, amountFen: 1_200_000, unit: { code: 'LY-LS' } },
    ]);

    // the district splits its 20 households; together its streets cannot take more
    const streets = [
      { unitId: units['LY-LS-LSJD'], households: 12, amountFen: 700_000 },
      { unitId: units['LY-LS-YQS'], households: 9, amountFen: 400_000 },
    ];
    expect(code(await gql(QUOTAS, { c: campaignId, u: units['LY-LS'], q: streets }, driver.actors.districtAdmin))).toBe('LIMIT_EXCEEDED');
    streets[1].households = 8;
    expect((await gql(QUOTAS, { c: campaignId, u: units['LY-LS'], q: streets }, driver.actors.districtAdmin)).errors).toBeUndefined();
    // and the city cannot take back what the district has handed on
    const below = await gql(QUOTAS, { c: campaignId, u: units.LY, q: [{ ...lanshan[0], households: 10 }] }, cityAdmin);
    expect(code(below)).toBe('LIMIT_EXCEEDED');
    const tree = await gql(
      `query($c: ID!, $u: ID!) { campaign(id: $c) { quotas(unitId: $u) { households unit { code } } } }`,
      { c: campaignId, u: units['LY-LS'] },
      driver.actors.districtAdmin,
    );
    expect(tree.data?.campaign.quotas).toEqual([
      { households: 20, unit: { code: 'LY-LS' } },
      { households: 12, unit: { code: 'LY-LS-LSJD' } },
      { households: 8, unit: { code: 'LY-LS-YQS' } },
    ]);
  });

  it("builds a station's roster in a job from its ACTIVE files of the campaign's categories, within its quota", async () => {
    const { app, driver } = context;
    // the street holds the demo worker's DEEP file and the driver's RELATIVE files; one suspended, one ACCIDENTAL
    for (let i = 0; i < 14; i += 1) await driver.newApplicant();
    const suspended = await driver.newApplicant();
    await app.sql(`update hardship_file set status = 'SUSPENDED' where id = ?`, [suspended.fileId]);
    const accidental = await driver.newApplicant({ category: 'ACCIDENTAL' });

    // a unit without a quota has no roster to build
    const huasheng = await app.loginAs(PHONES.huashengStaff);
    expect(code(await gql(BUILD, { c: campaignId, u: units['LY-LS-LSJD-HS'] }, huasheng))).toBe('BAD_USER_INPUT');
    expect(code(await gql(BUILD, { c: campaignId, u: units['LY-LS-LSJD'] }, driver.actors.siblingStaff))).toBe('NOT_FOUND');
    const started = (await gql(BUILD, { c: campaignId, u: units['LY-LS-LSJD'] }, driver.actors.streetStaff)).data?.buildRoster;
    expect(started.status).toBe('BUILDING');
    const added = await runBuildJob(started);
    // the demo worker's DEEP file and eleven RELATIVE ones: the 12 households of the quota, ¥6,300 of ¥7,000
    expect(added).toBe(12);
    expect(await runBuildJob(started)).toBe(0);

    const built = await roster('LY-LS-LSJD');
    expect(built.status).toBe('DRAFT');
    expect(built.entries).toHaveLength(added as number);
    expect(built.usage.households).toBeLessThanOrEqual(12);
    expect(built.usage.amountFen).toBeLessThanOrEqual(700_000);
    for (const entry of built.entries) {
      expect(entry.file.status).toBe('ACTIVE');
      expect(['DEEP', 'RELATIVE']).toContain(entry.file.category);
      expect(entry.amountFen).toBe(entry.file.category === 'DEEP' ? 80_000 : 50_000);
    }
    const listed = new Set(built.entries.map((entry: { file: { id: string } }) => entry.file.id));
    expect(listed.has(suspended.fileId)).toBe(false);
    expect(listed.has(accidental.fileId)).toBe(false);
    const [job] = await app.sql<{ state: string; progress: number }>(`select state, progress from job where id = ?`, [started.jobId]);
    expect(job).toEqual({ state: 'COMPLETED', progress: 100 });
    // another station never reads it
    expect((await gql(ROSTER, { c: campaignId, u: units['LY-LS-LSJD'] }, driver.actors.siblingStaff)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('lets staff edit the roster with reasons, within the quota and the range, never listing a file twice', async () => {
    const { app, driver } = context;
    const built = await roster('LY-LS-LSJD');
    const add = (input: Record<string, unknown>, token = driver.actors.streetStaff) => gql(ADD, { r: built.id, input }, token);
    const onRoster = built.entries[0];

    // make room: remove one with its reason (a reason is required)
    expect(code(await gql(REMOVE, { e: onRoster.id, reason: ' ' }, driver.actors.streetStaff))).toBe('BAD_USER_INPUT');
    const removed = await gql(REMOVE, { e: onRoster.id, reason: '已在企业领取慰问金' }, driver.actors.streetStaff);
    expect(removed.data?.removeRosterEntry.removedReason).toBe('已在企业领取慰问金');
    expect(code(await gql(REMOVE, { e: onRoster.id, reason: '重复' }, driver.actors.streetStaff))).toBe('INVALID_TRANSITION');

    const accidental = await driver.newApplicant({ category: 'ACCIDENTAL' });
    const suspended = await driver.newApplicant();
    await app.sql(`update hardship_file set status = 'SUSPENDED' where id = ?`, [suspended.fileId]);
    const elsewhere = await app.gql(
      `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`,
      { input: FILE_INPUT(units['LY-LS-YQS'], newIdNumber()) },
      { token: driver.actors.siblingStaff },
    );
    const refusals = [
      await add({ fileId: suspended.fileId }),
      await add({ fileId: elsewhere.data?.createHardshipFile.id }),
      await add({ fileId: accidental.fileId }),
      await add({ fileId: accidental.fileId, amountFen: 200_000, reason: '车祸致残' }),
      await add({ fileId: built.entries[1].file.id }),
      await add({ fileId: accidental.fileId, amountFen: 60_000, reason: '车祸致残' }, driver.actors.siblingStaff),
    ];
    expect(refusals.map(code)).toEqual(['INVALID_TRANSITION', 'NOT_FOUND', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND']);

    // outside the categories: a written reason, and flagged
    const flagged = await add({ fileId: accidental.fileId, amountFen: 60_000, reason: '车祸致残，家庭失去主要收入' });
    expect(flagged.data?.addRosterEntry).toMatchObject({ amountFen: 60_000, eligible: false, reason: '车祸致残，家庭失去主要收入' });

    // the quota holds: fill the households left, then one more is refused
    const now = await roster('LY-LS-LSJD');
    const left = 12 - now.usage.households;
    for (let i = 0; i < left; i += 1) {
      const applicant = await driver.newApplicant();
      expect((await add({ fileId: applicant.fileId, amountFen: 30_000, reason: '临时困难' })).errors).toBeUndefined();
    }
    const extra = await driver.newApplicant();
    expect(code(await add({ fileId: extra.fileId }))).toBe('LIMIT_EXCEEDED');

    // a rebuild tops up but never brings back a household taken off
    const rebuilt = (await gql(BUILD, { c: campaignId, u: units['LY-LS-LSJD'] }, driver.actors.streetStaff)).data?.buildRoster;
    await runBuildJob(rebuilt);
    const after = await roster('LY-LS-LSJD');
    const active = after.entries.filter((entry: { removedAt: string | null }) => !entry.removedAt);
    expect(active.some((entry: { file: { id: string } }) => entry.file.id === onRoster.file.id)).toBe(false);
    expect(after.usage.households).toBe(12);
    const audits = await app.sql<{ action: string; n: number }>(
      `select action, count(*)::int as n from audit_event where entity_type = 'Roster' and entity_id = ? group by action order by action`,
      [built.id],
    );
    expect(audits).toEqual([
      { action: 'roster.addEntry', n: left + 1 },
      { action: 'roster.build', n: 2 },
      { action: 'roster.removeEntry', n: 1 },
    ]);
  });

  it('submits the roster, which the union above may send back with its reason, and the unit head approves', async () => {
    const { app, driver } = context;
    const current = await roster('LY-LS-LSJD');
    const RETURN = `mutation($r: ID!, $reason: String!) { returnRoster(rosterId: $r, reason: $reason) { status } }`;
    const APPROVE = `mutation($r: ID!) { approveRoster(rosterId: $r) { status } }`;
    expect(code(await gql(APPROVE, { r: current.id }, driver.actors.streetHead))).toBe('INVALID_TRANSITION');
    expect(code(await gql(SUBMIT, { r: current.id }, driver.actors.siblingStaff))).toBe('NOT_FOUND');
    expect((await gql(SUBMIT, { r: current.id }, driver.actors.streetStaff)).data?.submitRoster.status).toBe('SUBMITTED');
    const applicant = await driver.newApplicant();
    expect(code(await gql(ADD, { r: current.id, input: { fileId: applicant.fileId } }, driver.actors.streetStaff))).toBe(
      'INVALID_TRANSITION',
    );
    expect(code(await gql(REMOVE, { e: current.entries[1].id, reason: '不再困难' }, driver.actors.streetStaff))).toBe('INVALID_TRANSITION');

    // the district sends it back; staff change it and submit again
    expect(code(await gql(RETURN, { r: current.id, reason: '请核实' }, driver.actors.streetStaff))).toBe('FORBIDDEN');
    expect(
      (await gql(RETURN, { r: current.id, reason: '请核实第二户的收入情况' }, driver.actors.districtAdmin)).data?.returnRoster.status,
    ).toBe('RETURNED');
    const second = current.entries.find((entry: { removedAt: string | null }) => !entry.removedAt && entry !== current.entries[0]);
    expect((await gql(REMOVE, { e: second.id, reason: '收入超过标准' }, driver.actors.streetStaff)).errors).toBeUndefined();
    expect((await gql(SUBMIT, { r: current.id }, driver.actors.streetStaff)).data?.submitRoster.status).toBe('SUBMITTED');

    // staff cannot approve; the head who neither built nor submitted it does
    expect(code(await gql(APPROVE, { r: current.id }, driver.actors.streetStaff))).toBe('FORBIDDEN');
    // a file suspended since it was listed stops the approval until it is taken off (or reviewed back)
    const listedFile = current.entries.find((entry: { removedAt: string | null; id: string }) => !entry.removedAt && entry.id !== second.id)
      .file.id;
    await app.sql(`update hardship_file set status = 'SUSPENDED' where id = ?`, [listedFile]);
    const stale = await gql(APPROVE, { r: current.id }, driver.actors.streetHead);
    expect(stale.errors?.[0].message).toBe('1 households on the roster no longer have an ACTIVE file; take them off before approving');
    expect((await app.sql<{ n: number }>(`select count(*)::int as n from aid_case where campaign_id = ?`, [campaignId]))[0].n).toBe(0);
    await app.sql(`update hardship_file set status = 'ACTIVE' where id = ?`, [listedFile]);
    const approved = await gql(APPROVE, { r: current.id }, driver.actors.streetHead);
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveRoster.status).toBe('APPROVED');

    const entries = (await roster('LY-LS-LSJD')).entries.filter((entry: { removedAt: string | null }) => !entry.removedAt);
    const cases = await app.sql<{
      id: string;
      case_number: string;
      channel: string;
      status: string;
      approved_amount_fen: string;
      file_id: string;
      notice_ends_at: Date;
    }>(
      `select id::text, case_number, channel, status, approved_amount_fen::text, file_id::text, notice_ends_at from aid_case where campaign_id = ? order by id`,
      [campaignId],
    );
    expect(cases).toHaveLength(entries.length);
    expect(new Set(cases.map((row) => row.case_number)).size).toBe(cases.length);
    for (const entry of entries) {
      const aidCase = cases.find((row) => row.id === entry.caseId)!;
      expect(aidCase).toMatchObject({ channel: 'CAMPAIGN', status: 'PUBLIC_NOTICE', file_id: entry.file.id });
      expect(Number(aidCase.approved_amount_fen)).toBe(entry.amountFen);
    }
    const timeline = await app.sql<{ action: string; actor_role: string; to_status: string }>(
      `select action, actor_role, to_status from case_event where case_id = ? order by id`,
      [cases[0].id],
    );
    expect(timeline).toEqual([
      { action: 'listOnRoster', actor_role: 'STATION_STAFF', to_status: 'PROPOSED' },
      { action: 'approve', actor_role: 'UNIT_HEAD', to_status: 'APPROVED' },
      { action: 'publicNotice', actor_role: 'SYSTEM', to_status: 'PUBLIC_NOTICE' },
    ]);
    // a worker with an account follows their case in the app and hears of it; the campaign does not count toward the cap
    const [withAccount] = await app.sql<{ id: string; phone: string }>(
      `select c.id::text, u.phone from aid_case c join app_user u on u.id = c.applicant_user_id where c.campaign_id = ? order by c.id limit 1`,
      [campaignId],
    );
    const worker = await app.loginAs(withAccount.phone);
    const mine = await gql(`{ myCases { edges { node { id channel status } } } }`, {}, worker);
    expect(mine.data?.myCases.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({
      id: withAccount.id,
      channel: 'CAMPAIGN',
      status: 'PUBLIC_NOTICE',
    });
    const [inbox] = await app.sql<{ n: number }>(`select count(*)::int as n from notification where case_id = ?`, [withAccount.id]);
    expect(inbox.n).toBe(1);
    const own = [{ id: withAccount.id }];
    const aid = await gql(
      `query($id: ID!) { case(id: $id) { householdAidThisYear { usedFen } } }`,
      { id: own[0].id },
      driver.actors.streetStaff,
    );
    expect(aid.data?.case.householdAidThisYear.usedFen).toBe(0);
    // the district cannot approve a station's roster; approved once, it is not approved again
    expect(code(await gql(APPROVE, { r: current.id }, driver.actors.districtAdmin))).toBe('FORBIDDEN');
    expect(code(await gql(APPROVE, { r: current.id }, driver.actors.streetHead))).toBe('INVALID_TRANSITION');

    // an objection to one household moves that case into the ordinary review
    await driver.ok('raiseObjection', driver.actors.streetStaff, cases[1].id);
    const upheld = await driver.ok('resolveObjection', driver.actors.streetHead, cases[1].id, { upheld: true, note: '核实确有隐瞒收入' });
    expect(upheld.status).toBe('UNDER_REVIEW');
  });

  it('is closed by the union admin that opened it, or by its closing time, and then takes no roster', async () => {
    const { app, driver } = context;
    const CLOSE = `mutation($id: ID!) { closeCampaign(id: $id) { status } }`;
    expect(code(await gql(CLOSE, { id: campaignId }, driver.actors.districtAdmin))).toBe('FORBIDDEN');
    const yqs = (await gql(BUILD, { c: campaignId, u: units['LY-LS-YQS'] }, driver.actors.siblingStaff)).data?.buildRoster;
    await runBuildJob(yqs);
    expect((await gql(CLOSE, { id: campaignId }, cityAdmin)).data?.closeCampaign.status).toBe('CLOSED');
    expect(code(await gql(CLOSE, { id: campaignId }, cityAdmin))).toBe('INVALID_TRANSITION');
    expect(code(await gql(SUBMIT, { r: yqs.id }, driver.actors.siblingStaff))).toBe('INVALID_TRANSITION');
    expect(code(await gql(BUILD, { c: campaignId, u: units['LY-LS-YQS'] }, driver.actors.siblingStaff))).toBe('INVALID_TRANSITION');

    const later = (await gql(CREATE, { input: springFestival(units.LY, { title: '2027 年夏送清凉', kind: 'SUMMER' }) }, cityAdmin)).data
      ?.createCampaign.id;
    await app.sql(`update campaign set closes_at = now() - interval '1 minute', opens_at = now() - interval '2 days' where id = ?`, [
      later,
    ]);
    const quota = [{ unitId: units['LY-LS'], households: 1, amountFen: 50_000 }];
    expect(code(await gql(QUOTAS, { c: later, u: units.LY, q: quota }, cityAdmin))).toBe('INVALID_TRANSITION');
  });
  it("keeps a campaign that counts toward the yearly cap within each household's cap: at build, on adding, at approval", async () => {
    const { app, driver } = context;
    await app.sql(
      `insert into aid_policy (unit_id, aid_type, yearly_cap_fen) values (?, 'LIVING', 100000)
       on conflict (unit_id, aid_type) do update set yearly_cap_fen = excluded.yearly_cap_fen`,
      [units['LY-LS-LSJD']],
    );
    // ¥800 approved this year already: a ¥500 line would take the household over ¥1,000
    const aided = await driver.caseAt('PUBLIC_NOTICE', 'LIVING', 80_000);
    const later = await driver.newApplicant();
    const created = await gql(
      CREATE,
      {
        input: springFestival(units['LY-LS'], {
          title: '2027 年困难职工生活救助',
          standardAmounts: [{ category: 'RELATIVE', amountFen: 50_000 }],
          countsTowardCap: true,
          noticeDays: 0,
        }),
      },
      driver.actors.districtAdmin,
    );
    const capped = created.data?.createCampaign.id;
    expect(
      (
        await gql(
          QUOTAS,
          { c: capped, u: units['LY-LS'], q: [{ unitId: units['LY-LS-LSJD'], households: 500, amountFen: 30_000_000 }] },
          driver.actors.districtAdmin,
        )
      ).errors,
    ).toBeUndefined();
    const started = (await gql(BUILD, { c: capped, u: units['LY-LS-LSJD'] }, driver.actors.streetStaff)).data?.buildRoster;
    await runBuildJob(started);
    const built = (await gql(ROSTER, { c: capped, u: units['LY-LS-LSJD'] }, driver.actors.streetStaff)).data?.campaignRoster;
    const listed = built.entries.map((entry: { file: { id: string } }) => entry.file.id);
    expect(listed).not.toContain(aided.applicant.fileId);
    expect(listed).toContain(later.fileId);

    const refused = await gql(ADD, { r: built.id, input: { fileId: aided.applicant.fileId } }, driver.actors.streetStaff);
    expect(code(refused)).toBe('LIMIT_EXCEEDED');
    expect(refused.errors?.[0].message).toMatch(/800\.00.*1000\.00|1000\.00.*800\.00/);

    // ¥600 approved to a listed household after the build: approval stops until its line changes
    const draft = await driver.draft(later, 'LIVING');
    await driver.advance(draft, later.token, 'LIVING', 'DRAFT', 'PUBLIC_NOTICE', 60_000);
    expect((await gql(SUBMIT, { r: built.id }, driver.actors.streetStaff)).errors).toBeUndefined();
    const over = await gql(`mutation($r: ID!) { approveRoster(rosterId: $r) { status } }`, { r: built.id }, driver.actors.streetHead);
    expect(code(over)).toBe('LIMIT_EXCEEDED');
    expect(over.errors?.[0].message).toBe(
      '1 households on the roster would go over the yearly household cap (¥1000.00): change their amounts or take them off first',
    );
    expect((await app.sql<{ n: number }>(`select count(*)::int as n from aid_case where campaign_id = ?`, [capped]))[0].n).toBe(0);
  });
  it('lists for 金秋助学 only households with a child in non-compulsory education, recorded on the household', async () => {
    const { driver } = context;
    const child = (schooling: string) => ({ name: '张小明', relation: '子女', monthlyIncomeFen: 0, schooling });
    const student = await driver.newApplicant({ members: [child('HIGHER')] });
    const pupil = await driver.newApplicant({ members: [child('COMPULSORY')] });
    const file = await gql(
      `query($id: ID!) { hardshipFile(id: $id) { household { members { relation schooling } } } }`,
      { id: student.fileId },
      driver.actors.streetStaff,
    );
    expect(file.data?.hardshipFile.household.members).toEqual([{ relation: '子女', schooling: 'HIGHER' }]);
    const created = await gql(
      CREATE,
      {
        input: springFestival(units['LY-LS'], {
          kind: 'AUTUMN_EDUCATION',
          title: '2027 年金秋助学',
          aidType: 'EDUCATION',
          standardAmounts: [
            { category: 'DEEP', amountFen: 100_000 },
            { category: 'RELATIVE', amountFen: 100_000 },
          ],
        }),
      },
      driver.actors.districtAdmin,
    );
    const autumn = created.data?.createCampaign.id;
    const quota = [{ unitId: units['LY-LS-LSJD'], households: 500, amountFen: 50_000_000 }];
    expect((await gql(QUOTAS, { c: autumn, u: units['LY-LS'], q: quota }, driver.actors.districtAdmin)).errors).toBeUndefined();
    const started = (await gql(BUILD, { c: autumn, u: units['LY-LS-LSJD'] }, driver.actors.streetStaff)).data?.buildRoster;
    await runBuildJob(started);
    const built = (await gql(ROSTER, { c: autumn, u: units['LY-LS-LSJD'] }, driver.actors.streetStaff)).data?.campaignRoster;
    expect(built.entries.map((entry: { file: { id: string } }) => entry.file.id)).toEqual([student.fileId]);

    // a household whose child is in the compulsory years is outside the rule: a written reason, and flagged
    expect(code(await gql(ADD, { r: built.id, input: { fileId: pupil.fileId } }, driver.actors.streetStaff))).toBe('BAD_USER_INPUT');
    const flagged = await gql(
      ADD,
      { r: built.id, input: { fileId: pupil.fileId, reason: '子女考入高中前的暑期困难' } },
      driver.actors.streetStaff,
    );
    expect(flagged.data?.addRosterEntry).toMatchObject({ eligible: false, reason: '子女考入高中前的暑期困难' });
  });
});
