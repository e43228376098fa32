import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Role } from '@bangfu/shared';
import { connectionType, RoleEnum } from '../../common/graphql.js';
import type { AuthResult } from './auth.service.js';
import type { User } from './user.entity.js';

@ObjectType('User')
export class UserView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  fullPhone!: string;

  /** Set when the user is the caller (me, login, registration), who sees all of their own account. */
  isSelf?: boolean;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When staff checked this person’s ID card at the counter (实名核验); money goes only to verified people',
  })
  identityVerifiedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

export const toUserView = (user: User): UserView => ({
  id: user.id,
  name: user.name,
  fullPhone: user.phone,
  active: user.active,
  identityVerifiedAt: user.identityVerifiedAt ?? null,
  createdAt: user.createdAt,
});

export const UserConnection = connectionType(UserView, 'User');

/** A session just opened, for its holder (who sees all of their own account). */
export const toAuthPayload = (result: AuthResult): AuthPayload => ({
  token: result.token,
  expiresAt: result.expiresAt,
  user: { ...toUserView(result.user), isSelf: true },
});

@ObjectType('RoleGrant', { description: 'A role held on a unit' })
export class RoleGrantView {
  @Field(() => RoleEnum)
  role!: Role;

  unitId!: string;

  @Field(() => Date)
  grantedAt!: Date;
}

@ObjectType('Colleague', { description: "Someone who acts on the same unit's cases: a name to assign a case to, nothing more" })
export class ColleagueView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('PendingRoleGrant', { description: 'A role asked for by one operator, waiting for a second (two-person rule)' })
export class PendingRoleGrantView {
  @Field(() => ID)
  id!: string;

  @Field(() => RoleEnum)
  role!: Role;

  unitId!: string;

  @Field(() => ColleagueView, { description: 'The operator who asked; they cannot approve it' })
  requestedBy!: ColleagueView;

  @Field(() => Date)
  requestedAt!: Date;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => UserView)
  user!: UserView;
}

@InputType()
export class RegisterWorkerInput {
  @Field(() => String)
  phone!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '18-character resident ID number (GB 11643-1999)' })
  idNumber!: string;

  @Field(() => ID)
  employerUnitId!: string;

  @Field(() => String, { description: 'The REGISTER code sent to the phone (requestSmsCode)' })
  smsCode!: string;
}

@InputType()
export class StaffAccountInput {
  @Field(() => String)
  phone!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Initial password, handed to the person out of band' })
  password!: string;

  @Field(() => ID, { nullable: true, description: 'Grant `role` on this unit in the same step' })
  unitId?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;
}
