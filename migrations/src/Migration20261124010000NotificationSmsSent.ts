import { Migration } from '@mikro-orm/migrations';

/** A notification's text message is marked sent, so a job retried after a lost acknowledgement does not resend it. */
export class Migration20261124010000NotificationSmsSent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table notification add column sms_sent_at timestamptz;`);
  }
}
