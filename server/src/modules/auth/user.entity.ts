import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Sex } from '@bangfu/shared';
import { idColumn } from '../../common/columns.js';
import { Unit } from '../org/unit.entity.js';

/** An account: a worker (registered with an ID number) or a staff member (created by an operator). */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'active' | 'createdAt' | 'updatedAt' | 'language';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: 'string' })
  phone!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  /** AES-GCM sealed ID number; never selected into lists. */
  @Property({ type: 'string', nullable: true, hidden: true, lazy: true })
  idNumberEnc?: string | null;

  @Property({ type: 'string', nullable: true, hidden: true })
  idNumberHash?: string | null;

  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Property({ type: 'string', nullable: true })
  sex?: Sex | null;

  @ManyToOne(() => Unit, { nullable: true, ref: true })
  employerUnit?: Ref<Unit> | null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  /** 实名核验: staff saw the ID card and the person at the counter (issue 20). Money goes only to verified people. */
  @Property({ type: 'datetime', nullable: true })
  identityVerifiedAt?: Date | null;

  @Property({ type: idColumn(), nullable: true })
  identityVerifiedById?: string | null;

  @Property({ type: idColumn(), nullable: true })
  identityVerifiedUnitId?: string | null;

  /** Set when the ID number this account had registered with was released to its real holder (contested identity). */
  @Property({ type: 'datetime', nullable: true })
  idNumberReleasedAt?: Date | null;

  @Property({ type: idColumn(), nullable: true })
  idNumberReleasedById?: string | null;

  /** Language for messages sent when the person is not looking at the app (SMS). */
  @Property({ type: 'string' })
  language: 'zh-CN' | 'en' = 'zh-CN';

  @ManyToOne(() => User, { nullable: true, ref: true })
  createdBy?: Ref<User> | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
