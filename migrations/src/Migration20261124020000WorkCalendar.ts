import { Migration } from '@mikro-orm/migrations';

const HOLIDAYS_2026 = [
  ['2026-01-01', '2026-01-03', '元旦'],
  ['2026-02-15', '2026-02-23', '春节'],
  ['2026-04-04', '2026-04-06', '清明节'],
  ['2026-05-01', '2026-05-05', '劳动节'],
  ['2026-06-19', '2026-06-21', '端午节'],
  ['2026-09-25', '2026-09-27', '中秋节'],
  ['2026-10-01', '2026-10-07', '国庆节'],
];
const MAKE_UP_DAYS_2026 = [
  ['2026-01-04', '元旦调休上班'],
  ['2026-02-14', '春节调休上班'],
  ['2026-02-28', '春节调休上班'],
  ['2026-05-09', '劳动节调休上班'],
  ['2026-09-20', '国庆节调休上班'],
  ['2026-10-10', '国庆节调休上班'],
];

/**
 * Public holidays and make-up working days, which deadlines in working days follow. Seeded with 2026 as published
 * by the State Council (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04); operators enter later years.
 */
export class Migration20261124020000WorkCalendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table work_calendar_day (
      day date primary key,
      working boolean not null,
      name text not null check (length(name) between 1 and 50)
    );`);
    const holidays = HOLIDAYS_2026.map(([first, last, name]) => `('${first}'::date, '${last}'::date, '${name}')`).join(', ');
    this.addSql(`insert into work_calendar_day (day, working, name)
      select d::date, false, h.name from (values ${holidays}) h(first, last, name), generate_series(h.first, h.last, interval '1 day') d;`);
    this.addSql(
      `insert into work_calendar_day (day, working, name) values ${MAKE_UP_DAYS_2026.map(([day, name]) => `('${day}', true, '${name}')`).join(', ')};`,
    );
  }
}
