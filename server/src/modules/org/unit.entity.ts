import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { UnitLevel } from '@bangfu/shared';
import { idColumn } from '../../common/columns.js';

/** A service unit of the network (domain.md §2). Never hard-deleted: closing keeps the row. */
@Entity({ tableName: 'unit' })
export class Unit {
  [OptionalProps]?: 'active' | 'createdAt' | 'updatedAt' | 'demonstrationYears' | 'holdsFund' | 'inUnionOffice';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: 'string' })
  code!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  level!: UnitLevel;

  @ManyToOne(() => Unit, { nullable: true, ref: true })
  parent?: Ref<Unit> | null;

  /** ltree materialised path of unit ids from the root, e.g. `1.4.17`. */
  @Property({ type: 'string', columnType: 'ltree' })
  path!: string;

  @Property({ type: 'string', nullable: true })
  address?: string | null;

  @Property({ type: 'boolean', nullable: true })
  streetFacing?: boolean | null;

  @Property({ type: 'integer', nullable: true, fieldName: 'floor_area_m2' })
  floorAreaM2?: number | null;

  @Property({ type: 'string', nullable: true })
  hotline?: string | null;

  @Property({ type: 'integer', nullable: true })
  staffCount?: number | null;

  @Property({ type: 'integer', nullable: true })
  residentPopulation?: number | null;

  @Property({ type: 'json' })
  demonstrationYears: number[] = [];

  /** DISTRICT and above always hold an aid fund; a STREET or ENTERPRISE station when configured. */
  @Property({ type: 'boolean' })
  holdsFund: boolean = false;

  /** Sits inside a union office (not its own premises): with no street-facing window it cannot be a demonstration station. */
  @Property({ type: 'boolean' })
  inUnionOffice: boolean = false;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'string', nullable: true })
  closedReason?: string | null;

  @ManyToOne(() => Unit, { nullable: true, ref: true })
  mergedInto?: Ref<Unit> | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
