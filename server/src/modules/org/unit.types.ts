import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { UnitLevel } from '@bangfu/shared';
import { connectionType, UnitLevelEnum } from '../../common/graphql.js';
import type { Unit } from './unit.entity.js';

/** What names a unit anywhere it appears. */
@ObjectType()
class UnitIdentity {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UnitLevelEnum)
  level!: UnitLevel;
}

@ObjectType('Unit', { description: 'A service unit: city center, district center, street station, enterprise station' })
export class UnitView extends UnitIdentity {
  parentId!: string | null;

  path!: string;

  @Field(() => Boolean)
  activeFlag!: boolean;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Street-facing ground-floor window (临街)' })
  streetFacing!: boolean | null;

  @Field(() => Int, { nullable: true })
  floorAreaM2!: number | null;

  @Field(() => String, { nullable: true })
  hotline!: string | null;

  @Field(() => Int, { nullable: true })
  staffCount!: number | null;

  @Field(() => Int, { nullable: true })
  residentPopulation!: number | null;

  @Field(() => [Int], { description: 'Years in which the unit held demonstration status' })
  demonstrationYears!: number[];

  @Field(() => Boolean, { description: 'Holds an earmarked aid fund (帮扶资金专户)' })
  holdsFund!: boolean;

  @Field(() => Boolean, { description: 'Sits inside a union office rather than its own premises' })
  inUnionOffice!: boolean;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closedReason!: string | null;

  mergedIntoId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

export const toUnitView = (unit: Unit): UnitView => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  level: unit.level,
  parentId: unit.parent?.id ?? null,
  path: unit.path,
  activeFlag: unit.active,
  address: unit.address ?? null,
  streetFacing: unit.streetFacing ?? null,
  floorAreaM2: unit.floorAreaM2 ?? null,
  hotline: unit.hotline ?? null,
  staffCount: unit.staffCount ?? null,
  residentPopulation: unit.residentPopulation ?? null,
  demonstrationYears: unit.demonstrationYears,
  holdsFund: unit.holdsFund,
  inUnionOffice: unit.inUnionOffice,
  closedAt: unit.closedAt ?? null,
  closedReason: unit.closedReason ?? null,
  mergedIntoId: unit.mergedInto?.id ?? null,
  createdAt: unit.createdAt,
});

export const UnitConnection = connectionType(UnitView, 'Unit');

/** Fields shared by create and update. */
@InputType('UnitAttributesInput')
abstract class UnitAttributesInput {
  @Field(() => Boolean, { nullable: true })
  inUnionOffice?: boolean | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Boolean, { nullable: true })
  streetFacing?: boolean | null;

  @Field(() => Int, { nullable: true })
  floorAreaM2?: number | null;

  @Field(() => String, { nullable: true })
  hotline?: string | null;

  @Field(() => Int, { nullable: true })
  staffCount?: number | null;

  @Field(() => Int, { nullable: true })
  residentPopulation?: number | null;
}

@InputType()
export class UpdateUnitInput extends UnitAttributesInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Boolean, { nullable: true, description: 'STREET and ENTERPRISE stations only; DISTRICT and above always hold one' })
  holdsFund?: boolean | null;
}

@InputType()
export class CreateUnitInput extends UnitAttributesInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Unique code, upper-case letters, digits and dashes' })
  code!: string;

  @Field(() => UnitLevelEnum)
  level!: UnitLevel;

  @Field(() => ID, { nullable: true, description: 'The parent unit; required below the top of the network' })
  parentId?: string | null;
}

@ObjectType('ServiceUnit', { description: "A public directory entry: what a station's sign shows" })
export class ServiceUnitView extends UnitIdentity {
  @Field(() => String, { nullable: true, description: "The parent unit's name, to tell same-named stations apart" })
  parentName!: string | null;
}
