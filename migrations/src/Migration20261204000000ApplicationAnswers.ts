import { Migration } from '@mikro-orm/migrations';

/** What the worker answered when applying (causes, household size, income), as encrypted JSON: income is sensitive. */
export class Migration20261204000000ApplicationAnswers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table aid_case add column answers_enc text;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table aid_case drop column answers_enc;`);
  }
}
