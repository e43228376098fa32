import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';
import { JobView, toJobView } from '../jobs/job.types.js';

@Resolver()
export class ExchangeResolver {
  @Authorized('UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => JobView, {
    description:
      "Exports the unit's subtree for the upper system (对接): files, cases, payments and receipts changed since `since` " +
      '(default: since the last export), as JSON Lines parts and a manifest in a .zip (a job); docs/exchange-format.md',
  })
  async exportExchange(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
    @Arg('since', () => Date, { nullable: true }) since?: Date | null,
  ): Promise<JobView> {
    return toJobView(await ctx.services.exchange.startExport(requireActor(ctx), unitId, since));
  }
}
