import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';
import { listComplexity, toConnection } from '../../common/graphql.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import { AuditEventConnection, AuditEventView, toAuditEventView } from './audit.types.js';

@Resolver(() => AuditEventView)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventConnection, { complexity: listComplexity })
  async auditLog(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
    @Arg('entityId', () => ID, { nullable: true }) entityId?: string,
    @Arg('actorId', () => ID, { nullable: true }) actorId?: string,
    @Arg('entityType', () => String, { nullable: true, description: "With entityId, one kind of record: 'AidCase', 'HardshipFile'…" })
    entityType?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await ctx.services.audit.list(requireActor(ctx), unitId, { entityId, entityType, actorId, first, after });
    return toConnection(page, toAuditEventView);
  }

  @FieldResolver(() => UnitView)
  async unit(@Root() event: AuditEventView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(event.unitId))!);
  }
}
