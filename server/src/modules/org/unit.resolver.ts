import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { UnitLevel } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { listComplexity, smallListComplexity, toConnection, UnitLevelEnum } from '../../common/graphql.js';
import { scopeFor } from '../../common/scope.js';
import { CreateUnitInput, ServiceUnitView, toUnitView, UnitConnection, UnitView, UpdateUnitInput } from './unit.types.js';

@Resolver(() => UnitView)
export class UnitResolver {
  @Authorized()
  @Query(() => UnitView, { nullable: true })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView(await ctx.services.units.get(requireActor(ctx), id));
  }

  @Authorized()
  @Query(() => UnitConnection, { complexity: listComplexity })
  async units(
    @Ctx() ctx: Context,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string,
    @Arg('level', () => UnitLevelEnum, { nullable: true }) level?: UnitLevel,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await ctx.services.units.list(requireActor(ctx), { parentId, level, search, first, after });
    return toConnection(page, toUnitView);
  }

  /** Open to anyone: a worker registering picks the employer or station here. */
  @Query(() => [ServiceUnitView], { complexity: smallListComplexity })
  async serviceUnits(@Arg('search', () => String) search: string, @Ctx() ctx: Context): Promise<ServiceUnitView[]> {
    const units = await ctx.services.units.directory(search);
    return units.map((unit) => ({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      level: unit.level,
      parentName: unit.parent?.getEntity().name ?? null,
    }));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UnitView, {
    description: 'Moves a unit with its subtree under another parent (a higher level); its records stay with it',
  })
  async moveUnit(@Arg('id', () => ID) id: string, @Arg('parentId', () => ID) parentId: string, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView(await ctx.services.units.move(requireActor(ctx), id, parentId));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UnitView)
  async createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView(await ctx.services.units.create(requireActor(ctx), input));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UnitView)
  async updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<UnitView> {
    return toUnitView(await ctx.services.units.update(requireActor(ctx), id, input));
  }

  @Authorized('SYSTEM_ADMIN')
  @Mutation(() => UnitView)
  async closeUnit(
    @Arg('id', () => ID) id: string,
    @Arg('moveTo', () => ID) moveTo: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<UnitView> {
    return toUnitView(await ctx.services.units.close(requireActor(ctx), id, moveTo, reason));
  }

  @FieldResolver(() => UnitView, { nullable: true })
  async parent(@Root() unit: UnitView, @Ctx() ctx: Context): Promise<UnitView | null> {
    return this.readable(ctx, unit.parentId);
  }

  @FieldResolver(() => UnitView, { nullable: true, description: 'The unit that took over when this one was closed' })
  async mergedInto(@Root() unit: UnitView, @Ctx() ctx: Context): Promise<UnitView | null> {
    return this.readable(ctx, unit.mergedIntoId);
  }

  @FieldResolver(() => [UnitView], { complexity: smallListComplexity, description: 'From the top of the network down to the parent' })
  async ancestors(@Root() unit: UnitView, @Ctx() ctx: Context): Promise<UnitView[]> {
    const ids = unit.path.split('.').slice(0, -1);
    const rows = await Promise.all(ids.map((id) => this.readable(ctx, id)));
    return rows.filter((row): row is UnitView => row !== null);
  }

  @FieldResolver(() => [UnitView], { complexity: smallListComplexity, description: 'Direct children the caller may read' })
  async children(@Root() unit: UnitView, @Ctx() ctx: Context): Promise<UnitView[]> {
    const scope = scopeFor(requireActor(ctx));
    const children = await ctx.loaders.childrenOf.load(unit.id);
    return children.filter((child) => scope.canReadUnit(child)).map(toUnitView);
  }

  private async readable(ctx: Context, id: string | null): Promise<UnitView | null> {
    if (!id) return null;
    const unit = await ctx.loaders.unitById.load(id);
    return unit && scopeFor(requireActor(ctx)).canReadUnit(unit) ? toUnitView(unit) : null;
  }
}
