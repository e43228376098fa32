import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';

@ObjectType('WorkCalendarDay', { description: 'A public holiday or a make-up working day; other days follow Monday to Friday' })
@InputType('WorkCalendarDayInput')
export class WorkCalendarDayView {
  @Field(() => String, { description: 'YYYY-MM-DD (Asia/Shanghai)' })
  day!: string;

  @Field(() => Boolean, { description: 'true for a make-up working day (调休上班), false for a holiday' })
  working!: boolean;

  @Field(() => String)
  name!: string;
}

@InputType()
export class WorkCalendarInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [WorkCalendarDayView], { description: 'Every holiday and make-up working day of the year, as published' })
  days!: WorkCalendarDayView[];
}

@Resolver(() => WorkCalendarDayView)
export class WorkCalendarResolver {
  @Authorized()
  @Query(() => [WorkCalendarDayView], { description: 'The holidays and make-up working days deadlines follow in a year' })
  async workCalendar(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<WorkCalendarDayView[]> {
    return ctx.services.calendar.year(year);
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => [WorkCalendarDayView], {
    description: "Replaces a year's holidays and make-up working days; open cases' deadlines follow",
  })
  async setWorkCalendar(
    @Arg('input', () => WorkCalendarInput) input: WorkCalendarInput,
    @Ctx() ctx: Context,
  ): Promise<WorkCalendarDayView[]> {
    return ctx.services.calendar.setYear(requireActor(ctx), input);
  }
}
