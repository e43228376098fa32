import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { ACTING_ROLES, EVIDENCE_SLOTS, formatBytes, type CaseStatus, type EvidenceSlot } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { badInput, DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId } from '../../common/validate.js';
import { CaseDocument } from './case-document.entity.js';
import type { CaseService } from './case.service.js';
import type { DocumentStore } from './document-store.js';

export interface UploadLimits {
  maxBytes: number;
  maxPerCase: number;
}

export interface DocumentUpload {
  caseId: string;
  uploadKey: string;
  slot: string;
  bytes: Buffer;
}

/** The worker may add evidence until the case is decided (补件 after a return included). */
const OPEN_TO_APPLICANT: readonly CaseStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'UNDER_REVIEW'];
const FINISHED: readonly CaseStatus[] = ['CLOSED', 'WITHDRAWN', 'REJECTED'];
const UPLOAD_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** The type comes from the bytes, never from the client's Content-Type header. */
export function sniffContentType(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  // a PDF also ends with its trailer: "%PDF-" in front of an HTML page is not a PDF
  if (
    bytes.length >= 5 &&
    bytes.toString('latin1', 0, 5) === '%PDF-' &&
    bytes.toString('latin1', Math.max(0, bytes.length - 1024)).includes('%%EOF')
  ) {
    return 'application/pdf';
  }
  return null;
}

/** Evidence photos and PDFs linked to a case; readable by whoever may read the case. */
export class CaseDocumentService {
  constructor(
    private readonly em: EntityManager,
    private readonly cases: CaseService,
    private readonly store: DocumentStore,
    private readonly limits: UploadLimits,
  ) {}

  /** Idempotent on `uploadKey`: a retried upload returns the document the first attempt stored. */
  async upload(actor: Actor, upload: DocumentUpload): Promise<{ document: CaseDocument; created: boolean }> {
    if (!UPLOAD_KEY.test(upload.uploadKey)) throw badInput('uploadKey');
    if (!(EVIDENCE_SLOTS as readonly string[]).includes(upload.slot)) throw badInput('slot');
    const aidCase = await this.cases.get(actor, upload.caseId);
    const replay = await this.em.findOne(CaseDocument, { uploadKey: upload.uploadKey });
    if (replay) {
      if (replay.caseId !== aidCase.id) throw new DomainError('CONFLICT', 'badInput', { detail: 'uploadKey' });
      return { document: replay, created: false };
    }

    const isApplicant = aidCase.applicantUserId === actor.userId;
    const isStaff = scopeFor(actor).canActOn(aidCase.unitId, ACTING_ROLES);
    if (!isApplicant && !isStaff) throw forbidden();
    const open = isStaff ? !FINISHED.includes(aidCase.status) : OPEN_TO_APPLICANT.includes(aidCase.status);
    if (!open) throw new DomainError('INVALID_TRANSITION', 'document.closed');
    if (upload.bytes.length === 0) throw badInput('file');
    if (upload.bytes.length > this.limits.maxBytes) {
      throw new DomainError('BAD_USER_INPUT', 'document.tooLarge', { max: formatBytes(this.limits.maxBytes) });
    }
    const contentType = sniffContentType(upload.bytes);
    if (!contentType) throw new DomainError('BAD_USER_INPUT', 'document.badType');
    if ((await this.em.count(CaseDocument, { caseId: aidCase.id })) >= this.limits.maxPerCase) {
      throw new DomainError('BAD_USER_INPUT', 'document.tooMany', { max: this.limits.maxPerCase });
    }

    // bytes first: a row never points at a missing file; an orphan file from a failed insert is overwritten by the retry
    const storageKey = `${aidCase.id}/${upload.uploadKey}`;
    await this.store.put(storageKey, upload.bytes);
    try {
      const document = await this.em.transactional(async (em) => {
        const created = em.create(CaseDocument, {
          caseId: aidCase.id,
          uploadKey: upload.uploadKey,
          slot: upload.slot as EvidenceSlot,
          contentType,
          byteSize: upload.bytes.length,
          sha256: createHash('sha256').update(upload.bytes).digest('hex'),
          storageKey,
          uploadedById: actor.userId,
        });
        await em.flush();
        recordAudit(em, actor, {
          action: 'case.uploadDocument',
          entityType: 'CaseDocument',
          entityId: created.id,
          unitId: aidCase.unitId,
          after: { caseId: aidCase.id, slot: created.slot, contentType, byteSize: created.byteSize },
        });
        return created;
      });
      return { document, created: true };
    } catch (error) {
      // the same upload retried concurrently: the other attempt won
      if (error instanceof UniqueConstraintViolationException) {
        const winner = await this.em.fork().findOne(CaseDocument, { uploadKey: upload.uploadKey });
        if (winner?.caseId === aidCase.id) return { document: winner, created: false };
      }
      throw error;
    }
  }

  /** A document and where its bytes are, for a caller who may read its case; anything else is not found. */
  async open(actor: Actor, documentId: string): Promise<{ document: CaseDocument; path: string }> {
    const document = isWellFormedId(documentId) ? await this.em.findOne(CaseDocument, { id: documentId }) : null;
    if (!document) throw notFound('document');
    await this.cases.get(actor, document.caseId).catch(() => {
      throw notFound('document');
    });
    return { document, path: this.store.pathOf(document.storageKey) };
  }

  /** A case's documents for the resolver, which has already checked the case is readable. */
  async ofCase(caseId: string): Promise<CaseDocument[]> {
    return this.em.find(CaseDocument, { caseId }, { orderBy: { id: 'asc' } });
  }
}

declare module '../../common/context.js' {
  interface Services {
    documents: CaseDocumentService;
  }
}
