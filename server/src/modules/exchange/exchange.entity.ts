import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';

/** A part of an exchange export as its manifest lists it. */
export interface ExchangePart {
  name: string;
  records: number;
  sha256: string;
  bytes: number;
}

/** One export to the upper system: its window, the sealed content key its attempts share, the parts written so far. */
@Entity({ tableName: 'exchange_export' })
export class ExchangeExport {
  [OptionalProps]?: 'parts';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  jobId!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'datetime' })
  since!: Date;

  @Property({ type: 'datetime' })
  until!: Date;

  @Property({ type: 'boolean' })
  idNumbers!: boolean;

  /** The content key, sealed with our own key: only the worker opens it, to resume an export. */
  @Property({ type: 'string', nullable: true })
  contentKeyEnc?: string | null;

  /** The content key sealed for the receiving system. */
  @Property({ type: 'string', nullable: true })
  wrappedKey?: string | null;

  @Property({ type: 'string', nullable: true })
  keyFingerprint?: string | null;

  @Property({ type: 'json' })
  parts: Record<string, ExchangePart> = {};

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;
}

export const ROLL_KINDS = ['CIVIL_AFFAIRS_DIBAO', 'CIVIL_AFFAIRS_TEKUN', 'OTHER_UNION', 'CHARITY', 'OTHER'] as const;
export type RollKind = (typeof ROLL_KINDS)[number];

/** A line of an uploaded roll that could not be kept, and why (the header being row 1). */
export interface RefusedRollLine {
  row: number;
  reason: string;
  detail?: string;
}

/** A roll from another scheme, uploaded by a unit: the file sealed until the import has read it into lines. */
@Entity({ tableName: 'external_roll' })
export class ExternalRoll {
  [OptionalProps]?: 'status' | 'uploadedAt' | 'linesRead' | 'linesKept';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'string' })
  kind!: RollKind;

  @Property({ type: 'string' })
  sourceName!: string;

  @Property({ type: 'string' })
  fileName!: string;

  @Property({ type: 'string' })
  fileSha256!: string;

  /** The uploaded file, sealed: loaded only by the import. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  contentEnc?: string | null;

  @Property({ type: idColumn() })
  uploadedById!: string;

  @Property({ type: 'datetime' })
  uploadedAt: Date = new Date();

  @Property({ type: idColumn(), nullable: true })
  jobId?: string | null;

  @Property({ type: 'string' })
  status: 'UPLOADED' | 'IMPORTED' = 'UPLOADED';

  @Property({ type: 'integer' })
  linesRead: number = 0;

  @Property({ type: 'integer' })
  linesKept: number = 0;

  @Property({ type: 'json', nullable: true })
  report?: { refused: RefusedRollLine[]; matches: number } | null;

  @Property({ type: 'datetime', nullable: true })
  importedAt?: Date | null;
}

export const MATCH_RESOLUTIONS = ['COUNTED_IN_INCOME', 'NOT_DUPLICATE', 'REFERRED'] as const;
export type MatchResolution = (typeof MATCH_RESOLUTIONS)[number];

/** A roll line naming a person of an open file's household, and how staff resolved it. */
@Entity({ tableName: 'external_match' })
export class ExternalMatch {
  [OptionalProps]?: 'foundAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  lineId!: string;

  @Property({ type: idColumn() })
  rollId!: string;

  @Property({ type: idColumn() })
  fileId!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'boolean' })
  holder!: boolean;

  @Property({ type: 'datetime' })
  foundAt: Date = new Date();

  @Property({ type: 'string', nullable: true })
  resolution?: MatchResolution | null;

  @Property({ type: 'string', nullable: true })
  note?: string | null;

  @Property({ type: idColumn(), nullable: true })
  resolvedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;
}
