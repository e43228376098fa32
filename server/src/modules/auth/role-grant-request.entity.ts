import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Role } from '@bangfu/shared';
import { idColumn } from '../../common/columns.js';
import { Unit } from '../org/unit.entity.js';
import { User } from './user.entity.js';

/** An operator's grant waiting for a second operator (two-person rule); kept once decided. */
@Entity({ tableName: 'role_grant_request' })
export class RoleGrantRequest {
  [OptionalProps]?: 'requestedAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @Property({ type: 'string' })
  role!: Role;

  @ManyToOne(() => User, { ref: true })
  requestedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  requestedAt: Date = new Date();

  @ManyToOne(() => User, { nullable: true, ref: true })
  decidedBy?: Ref<User> | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'boolean', nullable: true })
  approved?: boolean | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
