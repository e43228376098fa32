import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AID_POLICY_FIELDS, type AidPolicyField, type AidType } from '@bangfu/shared';
import { asEnum, FenScalar } from '../../common/graphql.js';
import type { UnitPolicies } from './aid-policy.service.js';
import { AidTypeEnum } from './case.types.js';

export const AidPolicyFieldEnum = asEnum(AID_POLICY_FIELDS);
registerEnumType(AidPolicyFieldEnum, { name: 'AidPolicyField' });

@ObjectType('AidPolicySetting', { description: "A unit's own policy row; an empty value is taken from the units above, then the defaults" })
@InputType('AidPolicyInput')
export class AidPolicySettingView {
  @Field(() => AidTypeEnum, { nullable: true, description: 'Empty: the row for every aid type' })
  aidType!: AidType | null;

  @Field(() => FenScalar, { nullable: true, description: 'Highest amount the unit head may approve; above it the case is escalated' })
  approvalLimitFen!: number | null;

  @Field(() => FenScalar, { nullable: true, description: 'Per household, aid type and calendar year' })
  yearlyCapFen!: number | null;

  @Field(() => Int, { nullable: true, description: 'Public notice days; 0 (no notice) only for DISASTER and ACCIDENT' })
  noticeDays!: number | null;

  @Field(() => Int, { nullable: true })
  acceptWithinWorkingDays!: number | null;

  @Field(() => Int, { nullable: true })
  decideWithinWorkingDays!: number | null;
}

@ObjectType('AidPolicySource', { description: 'Where a value in force comes from' })
class AidPolicySourceView {
  @Field(() => AidPolicyFieldEnum)
  field!: AidPolicyField;

  @Field(() => ID, { nullable: true, description: 'The unit that sets it; empty for the default' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;
}

@ObjectType('AidPolicyInForce', { description: 'The values a case of this type at the unit is held to' })
class AidPolicyInForceView {
  @Field(() => AidTypeEnum)
  aidType!: AidType;

  @Field(() => FenScalar)
  approvalLimitFen!: number;

  @Field(() => FenScalar)
  yearlyCapFen!: number;

  @Field(() => Int)
  noticeDays!: number;

  @Field(() => Int)
  acceptWithinWorkingDays!: number;

  @Field(() => Int)
  decideWithinWorkingDays!: number;

  @Field(() => [AidPolicySourceView])
  sources!: AidPolicySourceView[];
}

@ObjectType('AidPolicies')
export class AidPoliciesView {
  @Field(() => ID)
  unitId!: string;

  @Field(() => [AidPolicySettingView])
  settings!: AidPolicySettingView[];

  @Field(() => [AidPolicyInForceView])
  inForce!: AidPolicyInForceView[];

  @Field(() => Boolean, { description: "Whether the caller may change this unit's rows (a union admin above it, or the operator)" })
  editable!: boolean;
}

export const toAidPoliciesView = ({ unit, settings, inForce, sourceNames, editable }: UnitPolicies): AidPoliciesView => ({
  unitId: unit.id,
  settings,
  inForce: inForce.map(({ aidType, policy, sources }) => ({
    aidType,
    ...policy,
    sources: AID_POLICY_FIELDS.map((field) => ({
      field,
      unitId: sources[field],
      unitName: sources[field] && (sourceNames.get(sources[field]) ?? null),
    })),
  })),
  editable,
});
