import type { ChildProcess } from 'node:child_process';
import { Queue, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { MAINTENANCE_QUEUE } from '../../server/src/modules/jobs/outbox.js';
import { createSmsSender, processors } from '../../server/src/worker/processors.js';
import { LogSmsSender } from '../../server/src/modules/notifications/sms.js';
import { REVIEW_QUEUE } from '../../server/src/modules/reviews/review.service.js';
import { CaseDriver, FILE_INPUT } from '../setup/case-driver.js';
import { gatewaySmsSettings, startSmsGateway } from '../setup/sms-gateway.js';
import { spawnWorker, startRedis, stopProcess, until } from '../setup/processes.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const OPEN = `mutation($input: ReviewCampaignInput!) { openReviewCampaign(input: $input) { id jobId status } }`;
const CAMPAIGN = `query($id: ID!) { reviewCampaign(id: $id) { status generated progress { total done due overdue } byUnit { unit { code } total done due overdue } } }`;
const DAY = 86_400_000;

/** Adds `count` ACTIVE files spread over the city's street centers, copied in SQL from a real one. */
async function bulkFiles(app: TestApp, driver: CaseDriver, count: number): Promise<void> {
  const { fileId } = await driver.newApplicant();
  await app.sql(
    `insert into hardship_file (unit_id, status, category, causes, person_name, id_number_enc, id_number_hash, birth_date, sex, household_enc, household_size)
     select (array(select id from unit where level = 'STREET' and active order by id))[1 + g % 3], 'ACTIVE', f.category, f.causes, f.person_name,
            f.id_number_enc, 'bulk-' || g || '-' || f.id, f.birth_date, f.sex, f.household_enc, f.household_size
     from hardship_file f, generate_series(1, ?) g where f.id = ?`,
    [count, fileId],
  );
}

const fakeJob = (name: string, data: Record<string, unknown> = {}) => ({ name, data }) as unknown as Job;

describe('annual review campaigns on BullMQ', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let city: string;
  let activeFiles: number;
  beforeAll(async () => {
    app = await startTestApp({ REVIEW_BATCH_SIZE: '100' });
    driver = await CaseDriver.create(app);
    city = await app.unitIdByCode('LY');
    const existing = (await app.sql<{ n: number }>(`select count(*)::int as n from hardship_file where status = 'ACTIVE'`))[0].n;
    // one applicant's own file comes with the copies
    await bulkFiles(app, driver, 5_000 - existing - 1);
    activeFiles = (await app.sql<{ n: number }>(`select count(*)::int as n from hardship_file where status = 'ACTIVE'`))[0].n;
  });
  afterAll(() => app.close());

  const ctx = () => ({
    orm: app.worker,
    deps: serviceDeps(app.config, app.runtime.redis),
    logger: app.runtime.logger,
    sms: new LogSmsSender(app.runtime.logger),
  });
  const tasks = async (campaignId: string) =>
    (await app.sql<{ n: number }>(`select count(*)::int as n from review_task where campaign_id = ?`, [campaignId]))[0].n;
  const open = async (year: number, deadline = new Date(Date.now() + 30 * DAY), graceDays = 10) => {
    const result = await app.gql(
      OPEN,
      { input: { unitId: city, year, startsAt: new Date().toISOString(), deadline: deadline.toISOString(), graceDays } },
      { token: driver.actors.cityAdmin },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.openReviewCampaign as { id: string; jobId: string };
  };

  it('creates exactly one task per ACTIVE file, reports progress, and adds nothing when run again', async () => {
    expect(activeFiles).toBe(5_000);
    const campaign = await open(2026);
    const run = () => processors[REVIEW_QUEUE](ctx(), fakeJob('generate', { campaignId: campaign.id }));
    expect(await run()).toBe(activeFiles);
    const [{ max }] = await app.sql<{ max: string }>(`select max(id)::text as max from review_task`);
    expect(await run()).toBe(activeFiles);
    expect((await app.sql<{ max: string }>(`select max(id)::text as max from review_task`))[0].max).toBe(max);
    const job = await app.gql(
      `query($id: ID!) { job(id: $id) { state progress } }`,
      { id: campaign.jobId },
      { token: driver.actors.cityAdmin },
    );
    expect(job.data?.job).toEqual({ state: 'COMPLETED', progress: 100 });
    const view = (await app.gql(CAMPAIGN, { id: campaign.id }, { token: driver.actors.cityAdmin })).data?.reviewCampaign;
    expect(view.progress).toEqual({ total: activeFiles, done: 0, due: activeFiles, overdue: 0 });
    expect(view.byUnit.reduce((sum: number, row: any) => sum + row.total, 0)).toBe(activeFiles);
    expect(view.byUnit.map((row: any) => row.unit.code)).toEqual(expect.arrayContaining(['LY-LS', 'LY-LZ', 'LY-HD']));
  });

  it('lists the campaigns covering a unit to those who read it, and to nobody else', async () => {
    const LIST = `query($unit: ID!) { reviewCampaigns(unitId: $unit) { id year unit { code } } }`;
    const street = await app.unitIdByCode('LY-LS-LSJD');
    const listed = await app.gql(LIST, { unit: street }, { token: driver.actors.streetStaff });
    expect(
      listed.data?.reviewCampaigns.map((campaign: { year: number; unit: { code: string } }) => [campaign.year, campaign.unit.code]),
    ).toContainEqual([2026, 'LY']);
    const sibling = await app.gql(LIST, { unit: street }, { token: driver.actors.siblingStaff });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const worker = await app.gql(LIST, { unit: street }, { token: driver.actors.worker });
    expect(worker.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a second campaign for the same year, and campaigns opened below city level', async () => {
    const again = await app.gql(
      OPEN,
      {
        input: {
          unitId: city,
          year: 2026,
          startsAt: new Date().toISOString(),
          deadline: new Date(Date.now() + DAY).toISOString(),
          graceDays: 1,
        },
      },
      { token: driver.actors.cityAdmin },
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const district = await app.gql(
      OPEN,
      {
        input: {
          unitId: await app.unitIdByCode('LY-LS'),
          year: 2031,
          startsAt: new Date().toISOString(),
          deadline: new Date(Date.now() + DAY).toISOString(),
          graceDays: 1,
        },
      },
      { token: driver.actors.districtAdmin },
    );
    expect(district.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('ends with exactly one task per file after the worker process is killed mid-run and started again', async () => {
    const campaign = await open(2027);
    const startWorker = (): ChildProcess => spawnWorker(app, { REVIEW_BATCH_SIZE: '20', OUTBOX_POLL_MS: '50', JOB_LOCK_MS: '1500' });
    let worker = startWorker();
    try {
      await until(async () => (await tasks(campaign.id)) > 200, 'the first batches', 30_000, 20);
      await stopProcess(worker, 'SIGKILL');
      const atKill = await tasks(campaign.id);
      expect(atKill).toBeLessThan(activeFiles);
      worker = startWorker();
      await until(
        async () => (await app.sql<{ state: string }>(`select state from job where id = ?`, [campaign.jobId]))[0].state === 'COMPLETED',
        'the job to complete',
        60_000,
        100,
      );
      expect(
        (await app.sql<{ generated: boolean }>(`select generated from review_campaign where id = ?`, [campaign.id]))[0].generated,
      ).toBe(true);
      expect(await tasks(campaign.id)).toBe(activeFiles);
      const [job] = await app.sql<{ progress: number; state: string }>(`select progress, state from job where id = ?`, [campaign.jobId]);
      expect(job).toEqual({ progress: 100, state: 'COMPLETED' });
    } finally {
      await stopProcess(worker);
    }
  });

  it('reminds before the deadline, marks files REVIEW_OVERDUE at it and SUSPENDED after the grace days (injected clock)', async () => {
    const deadline = new Date(Date.now() + 10 * DAY);
    const campaign = await open(2028, deadline, 5);
    const deps = serviceDeps(app.config, app.runtime.redis);
    await processors[REVIEW_QUEUE](ctx(), fakeJob('generate', { campaignId: campaign.id }));
    const reviewsAt = (at: Date) => createServices(app.worker.em.fork(), { ...deps, clock: () => at }).reviews;
    const fileStatus = async (status: string) =>
      (
        await app.sql<{ n: number }>(
          `select count(*)::int as n from hardship_file f join review_task t on t.file_id = f.id where t.campaign_id = ? and f.status = ?`,
          [campaign.id, status],
        )
      )[0].n;

    // complete one task first: a reviewed file is left alone by the deadline
    const [first] = await app.sql<{ id: string; file_id: string }>(
      `select t.id::text, t.file_id::text from review_task t join hardship_file f on f.id = t.file_id join unit u on u.id = f.unit_id
       where t.campaign_id = ? and u.code = 'LY-LS-LSJD' order by t.id limit 1`,
      [campaign.id],
    );
    const kept = await app.gql(
      `mutation($task: ID!) { completeReview(taskId: $task, outcome: KEEP, note: "入户核实，情况未变") { status outcome } }`,
      { task: first.id },
      { token: driver.actors.streetStaff },
    );
    expect(kept.data?.completeReview).toEqual({ status: 'DONE', outcome: 'KEEP' });

    expect((await reviewsAt(new Date(deadline.getTime() - 5 * DAY)).sweep()).reminded).toBe(0);
    const reminded = await reviewsAt(new Date(deadline.getTime() - 2 * DAY)).sweep();
    expect(reminded.reminded).toBeGreaterThan(0);
    expect((await reviewsAt(new Date(deadline.getTime() - DAY)).sweep()).reminded).toBe(0);
    const inbox = await app.gql(
      `{ notifications(unreadOnly: true) { edges { node { kind message } } } }`,
      {},
      { token: driver.actors.streetStaff, lang: 'zh-CN' },
    );
    expect(inbox.data?.notifications.edges.map((e: any) => e.node.kind)).toContain('REVIEW_REMINDER');

    const total = await tasks(campaign.id);
    const atDeadline = await reviewsAt(new Date(deadline.getTime() + 60_000)).sweep();
    expect(atDeadline.overdue).toBe(total - 1);
    expect(await fileStatus('REVIEW_OVERDUE')).toBe(total - 1);
    expect((await reviewsAt(new Date(deadline.getTime() + 4 * DAY)).sweep()).suspended).toBe(0);
    const afterGrace = await reviewsAt(new Date(deadline.getTime() + 5 * DAY + 60_000)).sweep();
    expect(afterGrace.suspended).toBe(total - 1);
    expect(await fileStatus('SUSPENDED')).toBe(total - 1);
    expect(await fileStatus('ACTIVE')).toBe(1);
    const [history] = await app.sql<{ action: string; to_status: string }>(
      `select e.action, e.to_status from hardship_file_event e join review_task t on t.file_id = e.file_id where t.campaign_id = ? and t.status = 'OVERDUE' order by e.id desc limit 1`,
      [campaign.id],
    );
    expect(history).toEqual({ action: 'reviewDeadline', to_status: 'SUSPENDED' });

    // a suspended file gets no new money aid until it is reviewed
    const applicant = await driver.newApplicant();
    const { id: caseId } = { id: await driver.draft(applicant) };
    for (const [action, token] of [
      ['submit', applicant.token],
      ['accept', driver.actors.streetStaff],
      ['startReview', driver.actors.streetStaff],
    ] as const)
      await driver.ok(action, token, caseId);
    await driver.ok('propose', driver.actors.streetStaff, caseId, { input: { amountFen: 10_000 } });
    await app.sql(`update hardship_file set status = 'SUSPENDED' where id = ?`, [applicant.fileId]);
    expect((await driver.act('approve', driver.actors.streetHead, caseId)).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('records each review outcome on the file and closes the campaign with a summary', async () => {
    // the deadline test above suspended most files: the new campaign covers them too, so a review can bring them back
    const fresh: string[] = [];
    for (let i = 0; i < 3; i += 1) fresh.push((await driver.newApplicant()).fileId);
    const campaign = await open(2029);
    await processors[REVIEW_QUEUE](ctx(), fakeJob('generate', { campaignId: campaign.id }));
    const [covered] = await app.sql<{ open: number; suspended: number }>(
      `select count(*) filter (where status <> 'CANCELLED')::int as open, count(*) filter (where status = 'SUSPENDED')::int as suspended
       from hardship_file`,
    );
    expect(covered.suspended).toBeGreaterThan(0);
    expect(await tasks(campaign.id)).toBe(covered.open);
    const street = await app.unitIdByCode('LY-LS-LSJD');
    const list = await app.gql(
      `query($unit: ID!, $c: ID!) { reviewTasks(unitId: $unit, campaignId: $c, first: 3) { totalCount edges { node { id status file { id personName category } } } } }`,
      { unit: street, c: campaign.id },
      { token: driver.actors.streetStaff },
    );
    expect(list.errors, JSON.stringify(list.errors)).toBeUndefined();
    expect(list.data!.reviewTasks.totalCount).toBeGreaterThan(3);
    const [a, b, c] = (
      await app.sql<{ id: string; file_id: string; category: string }>(
        `select t.id::text, t.file_id::text, f.category from review_task t join hardship_file f on f.id = t.file_id
         where t.campaign_id = ? and t.file_id in (?, ?, ?) order by t.file_id`,
        [campaign.id, ...fresh],
      )
    ).map((row) => ({ id: row.id, file: { id: row.file_id, category: row.category } }));
    const complete = (task: string, outcome: string, extra: Record<string, unknown> = {}, token = driver.actors.streetStaff) =>
      app.gql(
        `mutation($task: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput, $reason: CancelReason) { completeReview(taskId: $task, outcome: $outcome, input: $input, cancelReason: $reason) { status outcome } }`,
        { task, outcome, ...extra },
        { token },
      );
    expect((await complete(a.id, 'KEEP', {}, driver.actors.siblingStaff)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [fileA] = await app.sql<{ person_name: string }>(`select person_name from hardship_file where id = ?`, [a.file.id]);
    const idNumberOf = async (fileId: string) =>
      (
        await app.gql(
          `mutation($id: ID!) { revealIdNumber(fileId: $id, reason: "年度复核") }`,
          { id: fileId },
          { token: driver.actors.streetStaff },
        )
      ).data?.revealIdNumber;
    const reclassify = await complete(a.id, 'RECLASSIFY', {
      input: FILE_INPUT(street, await idNumberOf(a.file.id), {
        personName: fileA.person_name,
        category: a.file.category === 'DEEP' ? 'RELATIVE' : 'DEEP',
      }),
    });
    expect(reclassify.data?.completeReview).toEqual({ status: 'DONE', outcome: 'RECLASSIFY' });
    expect((await complete(b.id, 'CANCEL')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await complete(b.id, 'CANCEL', { reason: 'RECOVERED' })).data?.completeReview.outcome).toBe('CANCEL');
    expect((await app.sql<{ status: string }>(`select status from hardship_file where id = ?`, [b.file.id]))[0].status).toBe('CANCELLED');
    await complete(c.id, 'KEEP');
    expect((await complete(c.id, 'KEEP')).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');

    const closed = await app.gql(
      `mutation($id: ID!) { closeReviewCampaign(id: $id) { status summary } }`,
      { id: campaign.id },
      { token: driver.actors.cityAdmin },
    );
    expect(closed.data?.closeReviewCampaign.status).toBe('CLOSED');
    expect(JSON.parse(closed.data?.closeReviewCampaign.summary)).toMatchObject({ done: 3, KEEP: 1, CANCEL: 1, RECLASSIFY: 1 });
  });
});

describe('jobs and Redis', () => {
  let app: TestApp;
  let driver: CaseDriver;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
  });
  afterAll(() => app.close());

  it('keeps a notice with an open objection out of READY_TO_PAY when the scheduled sweep runs', async () => {
    const { id } = await driver.caseAt('PUBLIC_NOTICE');
    await driver.ok('raiseObjection', driver.actors.streetStaff, id);
    await app.sql(`update aid_case set notice_ends_at = now() - interval '1 day' where id = ?`, [id]);
    const deps = serviceDeps(app.config, app.runtime.redis);
    await processors[MAINTENANCE_QUEUE](
      { orm: app.worker, deps, logger: app.runtime.logger, sms: new LogSmsSender(app.runtime.logger) },
      fakeJob('sweep'),
    );
    expect(await driver.status(id)).toBe('PUBLIC_NOTICE');
    await driver.ok('resolveObjection', driver.actors.streetHead, id, { upheld: false });
    await processors[MAINTENANCE_QUEUE](
      { orm: app.worker, deps, logger: app.runtime.logger, sms: new LogSmsSender(app.runtime.logger) },
      fakeJob('sweep'),
    );
    expect(await driver.status(id)).toBe('READY_TO_PAY');
  });

  it('tells the worker of every status change in the inbox, in their language, and texts them when they must act', async () => {
    const { id, applicant } = await driver.caseAt('SUBMITTED');
    await driver.ok('return', driver.actors.streetStaff, id);
    const inbox = await app.gql(
      `{ notifications { totalCount edges { node { id kind message caseId } } } }`,
      {},
      { token: applicant.token, lang: 'en' },
    );
    const messages = inbox.data?.notifications.edges.map((e: any) => e.node);
    expect(messages.map((m: any) => m.message)).toEqual([
      'Your application "申请帮扶" moved on: Something is missing. Add every item on the list and send it again.',
      'Your application "申请帮扶" moved on: Sent. Staff will register it.',
    ]);
    const [{ n }] = await app.sql<{ n: number }>(
      `select count(*)::int as n from outbox where name = 'sendSms' and payload->>'notificationId' = ?`,
      [messages[0].id],
    );
    expect(n).toBe(1);
    const sender = new LogSmsSender(app.runtime.logger);
    const deps = serviceDeps(app.config, app.runtime.redis);
    // a second run of the same job (its acknowledgement lost to a Redis outage or a killed worker) sends nothing
    for (let run = 0; run < 2; run += 1) {
      await processors['notifications'](
        { orm: app.worker, deps, logger: app.runtime.logger, sms: sender },
        fakeJob('sendSms', { notificationId: messages[0].id }),
      );
    }
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0].reference).toBe(messages[0].id);
    // a provider refusal releases the claim, so the job's retry sends the other message once
    const refusing = {
      send: async () => {
        throw new Error('provider down');
      },
    };
    const other = () =>
      processors['notifications'](
        { orm: app.worker, deps, logger: app.runtime.logger, sms: sender },
        fakeJob('sendSms', { notificationId: messages[1].id }),
      );
    await expect(
      processors['notifications'](
        { orm: app.worker, deps, logger: app.runtime.logger, sms: refusing },
        fakeJob('sendSms', { notificationId: messages[1].id }),
      ),
    ).rejects.toThrow('provider down');
    await other();
    await other();
    expect(sender.sent.map((message) => message.reference)).toEqual([messages[0].id, messages[1].id]);
    // the worker registered with an English browser, so the text message is in English too
    expect(sender.sent[0].text).toBe(messages[0].message);
    const marked = await app.gql(
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: messages.map((m: any) => m.id) },
      { token: applicant.token },
    );
    expect(marked.data?.markNotificationsRead).toBe(2);
    const someoneElse = await app.gql(
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: messages.map((m: any) => m.id) },
      { token: driver.actors.streetStaff },
    );
    expect(someoneElse.data?.markNotificationsRead).toBe(0);
  });

  it("texts through Aliyun's API with the approved template and our reference, and retries a refused message", async () => {
    const gateway = await startSmsGateway();
    try {
      const { id } = await driver.caseAt('SUBMITTED');
      await driver.ok('return', driver.actors.streetStaff, id);
      const [notification] = await app.sql<{ id: string; params: Record<string, unknown> }>(
        `select id, params from notification where case_id = ? order by id desc limit 1`,
        [id],
      );
      const deps = serviceDeps(app.config, app.runtime.redis);
      const sms = createSmsSender({ ...app.config, ...gatewaySmsSettings(gateway) }, app.runtime.logger);
      const send = () =>
        processors['notifications'](
          { orm: app.worker, deps, logger: app.runtime.logger, sms },
          fakeJob('sendSms', { notificationId: notification.id }),
        );
      gateway.refuse('isv.BUSINESS_LIMIT_CONTROL');
      await expect(send()).rejects.toThrow('aliyun sms refused: isv.BUSINESS_LIMIT_CONTROL');
      gateway.refuse(null);
      await send();
      await send();
      expect(gateway.received.get(notification.id)).toBe(2);
      expect(gateway.requests.at(-1)).toEqual({
        outId: notification.id,
        signName: '帮扶',
        templateCode: 'SMS_0001',
        templateParam: Object.fromEntries(Object.entries(notification.params).map(([key, value]) => [key, String(value ?? '')])),
      });
    } finally {
      await gateway.close();
    }
  });

  it('accepts case changes while Redis is down and delivers their jobs once it is back', async () => {
    const port = 6400 + Number(process.env.VITEST_POOL_ID ?? '1');
    let redis = await startRedis(port);
    const isolated = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
    try {
      const isolatedDriver = await CaseDriver.create(isolated);
      const { id } = await isolatedDriver.caseAt('SUBMITTED');
      await stopProcess(redis);

      const returned = await isolatedDriver.act('return', isolatedDriver.actors.streetStaff, id);
      expect(returned.data?.r.status).toBe('RETURNED');
      const [pending] = await isolated.sql<{ n: number }>(
        `select count(*)::int as n from outbox where name = 'sendSms' and dispatched_at is null`,
      );
      expect(pending.n).toBe(1);

      const { OutboxDrain } = await import('../../server/src/worker/outbox-drain.js');
      const drain = new OutboxDrain(isolated.runtime.orm, isolated.runtime.redis, isolated.runtime.logger);
      const draining = drain.drainOnce();
      await new Promise((r) => setTimeout(r, 300));
      redis = await startRedis(port);
      expect(await draining).toBeGreaterThanOrEqual(1);
      await drain.stop();
      const [after] = await isolated.sql<{ n: number }>(`select count(*)::int as n from outbox where dispatched_at is null`);
      expect(after.n).toBe(0);
      const queue = new Queue('notifications', { connection: isolated.runtime.redis });
      expect((await queue.getJobs(['waiting'])).map((job) => job.name)).toContain('sendSms');
      await queue.close();
    } finally {
      await isolated.close();
      await stopProcess(redis);
    }
  });
});
