import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { FILES } from '../people/hardship-file.queries.js';
import { ReviewTask, type ReviewTaskStatus } from './review.entity.js';

export interface Progress {
  total: number;
  done: number;
  due: number;
  overdue: number;
}

const PROGRESS_COLUMNS = (
  task: string,
) => `count(${task}.id)::text as total, count(${task}.id) filter (where ${task}.status = 'DONE')::text as done,
  count(${task}.id) filter (where ${task}.status = 'DUE')::text as due, count(${task}.id) filter (where ${task}.status = 'OVERDUE')::text as overdue`;

const toProgress = (row: Record<keyof Progress, string>): Progress => ({
  total: Number(row.total),
  done: Number(row.done),
  due: Number(row.due),
  overdue: Number(row.overdue),
});

/** A campaign's tasks by status, for the files of a subtree when `unitPath` is given. */
export async function campaignProgress(em: EntityManager, campaignId: string, unitPath?: string): Promise<Progress> {
  const [row] = await em.execute<Record<keyof Progress, string>[]>(
    `select ${PROGRESS_COLUMNS('t')}
     from review_task t ${unitPath ? `join ${FILES} f on f.id = t.file_id join unit u on u.id = f.unit_id` : ''}
     where t.campaign_id = ? ${unitPath ? `and u.path <@ ?::ltree` : ''}`,
    unitPath ? [campaignId, unitPath] : [campaignId],
  );
  return toProgress(row);
}

/** Progress for each direct child of a unit (its subtree) and for the unit's own files. */
export async function progressByChild(em: EntityManager, campaignId: string, parentId: string) {
  const rows = await em.execute<(Record<keyof Progress, string> & { unit_id: string })[]>(
    `select c.id::text as unit_id, ${PROGRESS_COLUMNS('t')}
     from unit c
     left join unit u on (case when c.id = ? then u.id = c.id else u.path <@ c.path end)
     left join ${FILES} f on f.unit_id = u.id
     left join review_task t on t.file_id = f.id and t.campaign_id = ?
     where c.parent_id = ? or c.id = ?
     group by c.id order by c.id`,
    [parentId, campaignId, parentId, parentId],
  );
  return rows.map((row) => ({ unitId: row.unit_id, ...toProgress(row) }));
}

/** A page of a campaign's tasks for the files of a subtree, oldest first, with the total before paging. */
export async function tasksPage(
  em: EntityManager,
  query: { campaignId: string; unitPath: string; status?: ReviewTaskStatus | null; afterId?: string | null },
  limit: number,
) {
  const conditions = ['t.campaign_id = ?', 'u.path <@ ?::ltree'];
  const params: unknown[] = [query.campaignId, query.unitPath];
  if (query.status) {
    conditions.push('t.status = ?');
    params.push(query.status);
  }
  const from = `from review_task t join ${FILES} f on f.id = t.file_id join unit u on u.id = f.unit_id`;
  const [{ count }] = await em.execute<{ count: string }[]>(`select count(*) as count ${from} where ${conditions.join(' and ')}`, params);
  if (query.afterId) {
    conditions.push('t.id > ?');
    params.push(query.afterId);
  }
  const rows = await em.execute<Record<string, unknown>[]>(
    `select t.* ${from} where ${conditions.join(' and ')} order by t.id limit ${limit + 1}`,
    params,
  );
  return { rows, totalCount: Number(count) };
}

export const outcomeCounts = (em: EntityManager, campaignId: string) =>
  em.execute<{ outcome: string; n: string }[]>(
    `select outcome, count(*)::text as n from review_task where campaign_id = ? and outcome is not null group by outcome`,
    [campaignId],
  );

/**
 * The next batch of tasks: ACTIVE files of the subtree after the highest file the campaign already has, in file
 * order. (campaign, file) is unique, so a rerun adds nothing. Returns how many files the batch selected.
 */
export async function addTaskBatch(em: EntityManager, campaignId: string, unitPath: string, batchSize: number): Promise<number> {
  const [{ selected }] = await em.execute<{ selected: string }[]>(
    `with last as (select coalesce(max(file_id), 0) as id from review_task where campaign_id = ?),
          next as (select f.id from ${FILES} f join unit u on u.id = f.unit_id, last
                   where u.path <@ ?::ltree and f.status <> 'CANCELLED' and f.id > last.id order by f.id limit ?),
          added as (insert into review_task (campaign_id, file_id) select ?, id from next on conflict (campaign_id, file_id) do nothing returning 1)
     select (select count(*) from next)::text as selected, (select count(*) from added)::text as added`,
    [campaignId, unitPath, batchSize, campaignId],
  );
  return Number(selected);
}

/** The file's task in a running campaign not yet done, locked for the caller's transaction. */
export async function openTaskOf(em: EntityManager, fileId: string): Promise<ReviewTask | null> {
  const [row] = await em.execute<{ id: string }[]>(
    `select t.id::text from review_task t join review_campaign c on c.id = t.campaign_id
     where t.file_id = ? and t.status <> 'DONE' and c.status = 'OPEN' order by t.id desc limit 1`,
    [fileId],
  );
  return row ? em.findOne(ReviewTask, { id: row.id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
}

/** At the deadline every task still due is overdue. */
export async function markTasksOverdue(em: EntityManager, campaignId: string): Promise<void> {
  await em.execute(`update review_task set status = 'OVERDUE' where campaign_id = ? and status = 'DUE'`, [campaignId]);
}

/** The files of a campaign's overdue tasks, as a subquery for the people module to change. */
export const overdueTaskFiles = (campaignId: string) => ({
  sql: `select file_id from review_task where campaign_id = ? and status = 'OVERDUE'`,
  params: [campaignId] as unknown[],
});

/** How many of a campaign's tasks in a status each holding unit has. */
export const tasksByUnit = (em: EntityManager, campaignId: string, status: ReviewTaskStatus) =>
  em.execute<{ unit_id: string; n: string }[]>(
    `select f.unit_id::text, count(*)::text as n from review_task t join ${FILES} f on f.id = t.file_id
     where t.campaign_id = ? and t.status = ? group by f.unit_id`,
    [campaignId, status],
  );
