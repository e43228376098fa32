import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';
import { AidPoliciesView, AidPolicySettingView, toAidPoliciesView } from './aid-policy.types.js';

@Resolver(() => AidPoliciesView)
export class AidPolicyResolver {
  @Authorized()
  @Query(() => AidPoliciesView, {
    description: "A unit's own policy rows and, per aid type, the values in force with where each comes from",
  })
  async aidPolicies(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<AidPoliciesView> {
    return toAidPoliciesView(await ctx.services.aidPolicies.get(requireActor(ctx), unitId));
  }

  @Authorized('UNION_ADMIN', 'SYSTEM_ADMIN')
  @Mutation(() => AidPoliciesView, {
    description: "Replaces one of a unit's policy rows (by input.aidType); a union admin above the unit, or the operator",
  })
  async setAidPolicy(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('input', () => AidPolicySettingView) input: AidPolicySettingView,
    @Ctx() ctx: Context,
  ): Promise<AidPoliciesView> {
    return toAidPoliciesView(await ctx.services.aidPolicies.set(requireActor(ctx), unitId, input));
  }
}
