import { Migration } from '@mikro-orm/migrations';

/** The hourly purge of export files finds the jobs still holding a file without reading every job ever run. */
export class Migration20261201000000ExportRetention extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index job_file_held_idx on job (finished_at) where file_path is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index job_file_held_idx;`);
  }
}
