import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import * as z from 'zod';
import { calendarSpanDays, shanghaiDate, type WorkCalendar } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { enqueue, MAINTENANCE_QUEUE } from '../jobs/outbox.js';
import { parseInput } from '../../common/validate.js';
import { calendarExceptions, calendarYear, lockCalendarYear, replaceCalendarYear, type CalendarDay } from './work-calendar.queries.js';

export type { CalendarDay };

/** The calendar's exceptions from the Shanghai date of `from` over every day a deadline of `workingDays` can reach. */
export async function workCalendarFrom(em: EntityManager, from: Date, workingDays: number): Promise<WorkCalendar> {
  const start = shanghaiDate(from);
  return calendarExceptions(em, start, calendarSpanDays(workingDays));
}

const isCalendarDate = (day: string) =>
  !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** The years a calendar can hold: anything else is a typo (or a probe), refused before it reaches a date function. */
const yearSchema = z.number().int().min(2000).max(2100);

const calendarYearSchema = z
  .object({
    year: yearSchema,
    days: z
      .array(
        z.object({
          day: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .refine(isCalendarDate, 'not a date'),
          working: z.boolean(),
          name: z.string().trim().min(1).max(50),
        }),
      )
      // a year's notice lists about 40 days; a whole year of entries is a mistake
      .max(120),
  })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    input.days.forEach(({ day }, index) => {
      if (!day.startsWith(`${input.year}-`))
        context.addIssue({ code: 'custom', path: ['days', index, 'day'], message: `not in ${input.year}` });
      if (seen.has(day)) context.addIssue({ code: 'custom', path: ['days', index, 'day'], message: 'listed twice' });
      seen.add(day);
    });
  });

/** Public holidays and make-up working days, as the State Council publishes them each year. */
export class WorkCalendarService {
  constructor(private readonly em: EntityManager) {}

  async year(year: number, em: EntityManager = this.em): Promise<CalendarDay[]> {
    return calendarYear(em, parseInput(yearSchema, year));
  }

  /** Replaces a year's entries with the published list; open cases' deadlines are then counted again in the worker. */
  async setYear(actor: Actor, input: unknown): Promise<CalendarDay[]> {
    const { year, days } = parseInput(calendarYearSchema, input);
    return this.em.transactional(async (em) => {
      await lockCalendarYear(em, year);
      const before = await this.year(year, em);
      await replaceCalendarYear(em, year, days);
      recordAudit(em, actor, {
        action: 'workCalendar.set',
        entityType: 'WorkCalendar',
        entityId: String(year),
        before: { days: before },
        after: { days },
      });
      enqueue(em, { queue: MAINTENANCE_QUEUE, name: 'recomputeDeadlines', jobKey: `deadlines-${year}-${randomUUID()}`, payload: { year } });
      await em.flush();
      return this.year(year, em);
    });
  }
}

declare module '../../common/context.js' {
  interface Services {
    calendar: WorkCalendarService;
  }
}
