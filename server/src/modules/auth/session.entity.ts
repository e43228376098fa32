import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';
import { User } from './user.entity.js';

/** An opaque bearer session; only the token's SHA-256 is kept. */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'string' })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
