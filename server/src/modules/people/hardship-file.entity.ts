import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { CancelReason, FileStatus, HardshipCategory, HardshipCause, Sex } from '@bangfu/shared';
import { idColumn } from '../../common/columns.js';

/** A hardship-worker file (困难职工档案, domain.md §3), held by one unit. */
@Entity({ tableName: 'hardship_file' })
export class HardshipFile {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'unionMember' | 'recipientHashes' | 'studentsInNoncompulsoryEducation';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'string' })
  status: FileStatus = 'ACTIVE';

  @Property({ type: 'string' })
  category!: HardshipCategory;

  @Property({ type: 'json' })
  causes!: HardshipCause[];

  @Property({ type: 'string' })
  personName!: string;

  @Property({ type: 'string', hidden: true })
  idNumberEnc!: string;

  @Property({ type: 'string', hidden: true })
  idNumberHash!: string;

  @Property({ type: 'date' })
  birthDate!: string;

  @Property({ type: 'string' })
  sex!: Sex;

  @Property({ type: 'string', nullable: true })
  phone?: string | null;

  @Property({ type: 'string', nullable: true })
  employerName?: string | null;

  @Property({ type: 'boolean' })
  unionMember: boolean = true;

  @Property({ type: 'string', nullable: true })
  address?: string | null;

  /** Members with ID numbers, health and incomes, AES-GCM sealed as one JSON document. */
  @Property({ type: 'string', hidden: true })
  householdEnc!: string;

  @Property({ type: 'integer' })
  householdSize!: number;

  /** Members in non-compulsory education, kept in the clear for 金秋助学's roster rule (the household is sealed). */
  @Property({ type: 'integer' })
  studentsInNoncompulsoryEducation: number = 0;

  /** Lookup hashes of the ID numbers money may be paid to: the person and members named as recipients. */
  @Property({ type: 'json', hidden: true })
  recipientHashes: string[] = [];

  @Property({ type: 'string', nullable: true })
  cancelReason?: CancelReason | null;

  @Property({ type: idColumn(), nullable: true })
  createdById?: string | null;

  /** The holder's ID card was checked at the counter when the file was opened or corrected (实名核验). */
  @Property({ type: 'datetime', nullable: true })
  identityVerifiedAt?: Date | null;

  @Property({ type: idColumn(), nullable: true })
  identityVerifiedById?: string | null;

  /** The account aid is paid into by bank (代发): the file's person's or a named household member's (实名制). */
  @Property({ type: 'string', nullable: true })
  payeeBank?: string | null;

  /** The account number, AES-GCM sealed like the ID number; reads show the last four digits. */
  @Property({ type: 'string', nullable: true, hidden: true })
  payeeAccountEnc?: string | null;

  @Property({ type: 'string', nullable: true })
  payeeAccountLast4?: string | null;

  @Property({ type: 'string', nullable: true })
  payeeHolderName?: string | null;

  /** The holder's ID number's lookup hash: the person a bank payment is made to, who confirms its receipt. */
  @Property({ type: 'string', nullable: true, hidden: true })
  payeeHolderHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  payeeSetAt?: Date | null;

  /** The last review of the file, in a campaign or on its own. */
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Every change of a file: who, when, why (domain.md §3). The table is append-only. */
@Entity({ tableName: 'hardship_file_event' })
export class HardshipFileEvent {
  [OptionalProps]?: 'occurredAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  fileId!: string;

  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();

  @Property({ type: idColumn(), nullable: true })
  actorId?: string | null;

  @Property({ type: 'string' })
  action!: string;

  @Property({ type: 'string', nullable: true })
  fromStatus?: FileStatus | null;

  @Property({ type: 'string', nullable: true })
  toStatus?: FileStatus | null;

  @Property({ type: 'string', nullable: true })
  reason?: string | null;

  @Property({ type: 'string', nullable: true })
  note?: string | null;

  @Property({ type: 'json', nullable: true })
  changes?: Record<string, unknown> | null;
}
