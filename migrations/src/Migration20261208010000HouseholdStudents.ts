import { Migration } from '@mikro-orm/migrations';

/**
 * 金秋助学 (domain.md §9) is for households with a child in non-compulsory education, recorded on the household. The
 * household is sealed, so the count of such members is kept in the clear beside it for the roster build to select on.
 */
export class Migration20261208010000HouseholdStudents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table hardship_file add column students_in_noncompulsory_education int not null default 0 check (students_in_noncompulsory_education >= 0);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table hardship_file drop column students_in_noncompulsory_education;`);
  }
}
