import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { EvidenceSlot } from '@bangfu/shared';
import { idColumn } from '../../common/columns.js';

/** One uploaded piece of evidence; the bytes live in the document store under `storageKey`. */
@Entity({ tableName: 'case_document' })
export class CaseDocument {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  caseId!: string;

  @Property({ type: 'string' })
  uploadKey!: string;

  @Property({ type: 'string' })
  slot!: EvidenceSlot;

  @Property({ type: 'string' })
  contentType!: string;

  @Property({ type: 'integer' })
  byteSize!: number;

  @Property({ type: 'string' })
  sha256!: string;

  @Property({ type: 'string' })
  storageKey!: string;

  @Property({ type: idColumn() })
  uploadedById!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
