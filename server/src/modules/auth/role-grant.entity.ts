import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Role } from '@bangfu/shared';
import { idColumn } from '../../common/columns.js';
import { Unit } from '../org/unit.entity.js';
import { User } from './user.entity.js';

/** A role held on a unit. Revoking keeps the row, so who could do what, when, stays answerable. */
@Entity({ tableName: 'role_grant' })
export class RoleGrant {
  [OptionalProps]?: 'grantedAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @Property({ type: 'string' })
  role!: Role;

  @Property({ type: 'datetime' })
  grantedAt: Date = new Date();

  @ManyToOne(() => User, { nullable: true, ref: true })
  grantedBy?: Ref<User> | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, ref: true })
  revokedBy?: Ref<User> | null;
}
