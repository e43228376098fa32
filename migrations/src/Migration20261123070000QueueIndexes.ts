import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes in the queue's own order (issue 9): a page of a station holding 200,000 cases is a range scan from
 * the cursor, not a sort of everything the station holds. The expressions match CaseService.queue().
 */
export class Migration20261123070000QueueIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index aid_case_queue_due_idx on aid_case (unit_id, (coalesce(due_at, 'infinity'::timestamptz)), id) where status <> 'DRAFT';`,
    );
    this.addSql(
      `create index aid_case_queue_submitted_idx on aid_case (unit_id, (coalesce(submitted_at, created_at)) desc, id desc) where status <> 'DRAFT';`,
    );
  }
}
