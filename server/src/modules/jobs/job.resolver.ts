import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';
import { JobView, toJobView } from './job.types.js';

@Resolver(() => JobView)
export class JobResolver {
  @Authorized()
  @Query(() => JobView, { nullable: true })
  async job(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<JobView> {
    return toJobView(await ctx.services.jobs.get(requireActor(ctx), id));
  }
}
