import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskPhone, type Role } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { handfulComplexity, listComplexity, RoleEnum, smallListComplexity, toConnection } from '../../common/graphql.js';
import { scopeFor } from '../../common/scope.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import {
  AuthPayload,
  toAuthPayload,
  PendingRoleGrantView,
  ColleagueView,
  RoleGrantView,
  StaffAccountInput,
  toUserView,
  UserConnection,
  UserView,
} from './auth.types.js';

const isSelf = (ctx: Context, user: UserView): boolean => user.isSelf === true || ctx.actor?.userId === user.id;

@Resolver(() => UserView)
export class AuthResolver {
  @Mutation(() => AuthPayload)
  async login(
    @Arg('phone', () => String) phone: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return toAuthPayload(await ctx.services.auth.login(phone, password, ctx.ip));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Revokes the current session' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.logout(requireActor(ctx));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Changes the caller's password given the current one; the caller's other sessions end" })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.auth.changePassword(requireActor(ctx), currentPassword, newPassword, ctx.ip);
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UserView, { description: 'Sets a new initial password for an account the operator manages; its sessions end' })
  async resetPassword(
    @Arg('userId', () => ID) userId: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<UserView> {
    return toUserView(await ctx.services.auth.resetPassword(requireActor(ctx), userId, newPassword));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UserView, { description: 'Disables an account (its sessions end at once) or enables it again' })
  async setAccountActive(
    @Arg('userId', () => ID) userId: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: Context,
  ): Promise<UserView> {
    return toUserView(await ctx.services.auth.setAccountActive(requireActor(ctx), userId, active));
  }

  @Authorized()
  @Query(() => UserView)
  async me(@Ctx() ctx: Context): Promise<UserView> {
    return toUserView(await ctx.services.auth.me(requireActor(ctx)));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UserView)
  async createStaffAccount(@Arg('input', () => StaffAccountInput) input: StaffAccountInput, @Ctx() ctx: Context): Promise<UserView> {
    return toUserView(await ctx.services.auth.createStaffAccount(requireActor(ctx), input));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Query(() => [ColleagueView], { complexity: smallListComplexity })
  async colleagues(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<ColleagueView[]> {
    return (await ctx.services.auth.colleagues(requireActor(ctx), unitId)).map((user) => ({ id: user.id, name: user.name }));
  }

  @Authorized('SYSTEM_ADMIN')
  @Query(() => UserConnection, { complexity: listComplexity })
  async users(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return toConnection(await ctx.services.auth.users(requireActor(ctx), unitId, { first, after }), toUserView);
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UserView)
  async grantRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: Context,
  ): Promise<UserView> {
    return toUserView(await ctx.services.auth.grantRole(requireActor(ctx), userId, unitId, role));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UserView, { description: "A second operator over the unit approves another operator's grant; the role takes effect" })
  async approveRoleGrant(@Arg('requestId', () => ID) requestId: string, @Ctx() ctx: Context): Promise<UserView> {
    return toUserView(await ctx.services.auth.decideRoleGrant(requireActor(ctx), requestId, true, null));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UserView, { description: "A second operator over the unit refuses another operator's grant, saying why" })
  async refuseRoleGrant(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<UserView> {
    return toUserView(await ctx.services.auth.decideRoleGrant(requireActor(ctx), requestId, false, reason));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UserView)
  async revokeRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: Context,
  ): Promise<UserView> {
    return toUserView(await ctx.services.auth.revokeRole(requireActor(ctx), userId, unitId, role));
  }

  @FieldResolver(() => String, { description: 'Masked unless the caller is the account holder or its operator' })
  async phone(@Root() user: UserView, @Ctx() ctx: Context): Promise<string> {
    if (isSelf(ctx, user)) return user.fullPhone;
    const scope = scopeFor(requireActor(ctx));
    const grants = await ctx.loaders.activeGrantsOf.load(user.id);
    return grants.some((grant) => scope.canAdminister(grant.unit.getEntity())) ? user.fullPhone : maskPhone(user.fullPhone);
  }

  @FieldResolver(() => [PendingRoleGrantView], {
    complexity: handfulComplexity,
    description: 'Roles waiting for a second operator, on units the caller manages',
  })
  async pendingRoles(@Root() user: UserView, @Ctx() ctx: Context): Promise<PendingRoleGrantView[]> {
    const scope = scopeFor(requireActor(ctx));
    const requests = await ctx.loaders.openGrantRequestsOf.load(user.id);
    return requests
      .filter((request) => scope.canAdminister(request.unit.getEntity()))
      .map((request) => ({
        id: request.id,
        role: request.role,
        unitId: request.unit.id,
        requestedBy: { id: request.requestedBy.id, name: request.requestedBy.getEntity().name },
        requestedAt: request.requestedAt,
      }));
  }

  @FieldResolver(() => [RoleGrantView], { complexity: smallListComplexity, description: 'Active roles on units the caller may read' })
  async roles(@Root() user: UserView, @Ctx() ctx: Context): Promise<RoleGrantView[]> {
    const grants = await ctx.loaders.activeGrantsOf.load(user.id);
    const visible = isSelf(ctx, user) ? grants : grants.filter((grant) => scopeFor(requireActor(ctx)).canReadUnit(grant.unit.getEntity()));
    return visible.map((grant) => ({ role: grant.role, unitId: grant.unit.id, grantedAt: grant.grantedAt }));
  }
}

@Resolver(() => RoleGrantView)
export class RoleGrantResolver {
  @FieldResolver(() => UnitView)
  async unit(@Root() grant: RoleGrantView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(grant.unitId))!);
  }
}

@Resolver(() => PendingRoleGrantView)
export class PendingRoleGrantResolver {
  @FieldResolver(() => UnitView)
  async unit(@Root() request: PendingRoleGrantView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(request.unitId))!);
  }
}
