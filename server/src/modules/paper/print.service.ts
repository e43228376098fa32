import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor.js';
import { PrintedDocument } from '../../common/pdf.js';
import type { Clock } from '../cases/case.service.js';
import type { CampaignService } from '../campaigns/campaign.service.js';
import type { CaseService } from '../cases/case.service.js';
import { EXPORT_QUEUE } from '../funds/fund.service.js';
import type { PayoutService } from '../funds/payout.service.js';
import type { JobRecord } from '../jobs/job.entity.js';
import { startJob } from '../jobs/job.service.js';
import type { HardshipFileService } from '../people/hardship-file.service.js';
import { PRINT_FORMS, type LoadedForm, type PrintKind } from './print-forms.js';

/**
 * Printed forms (domain.md §13): a job renders the PDF, served like an export. Access is the record's own, checked
 * when the print is asked for and again when the worker renders it.
 */
export class PrintService {
  constructor(
    private readonly em: EntityManager,
    private readonly modules: { files: HardshipFileService; cases: CaseService; campaigns: CampaignService; payouts: PayoutService },
    private readonly fontDir: string,
    private readonly clock: Clock = () => new Date(),
  ) {}

  async start(actor: Actor, kind: PrintKind, id: string): Promise<JobRecord> {
    const form = await this.load(actor, kind, id);
    return startJob(this.em, actor, {
      queue: EXPORT_QUEUE,
      name: 'printDocument',
      unitId: form.unit.id,
      params: { kind, id, format: 'PDF' },
      audit: { action: 'print.start', entityType: form.entity.type, entityId: form.entity.id },
    });
  }

  /** The export job's work: the form as the requester may read it now. */
  async write(actor: Actor, kind: PrintKind, id: string, filePath: string): Promise<{ pages: number; bytes: number }> {
    const form = await this.load(actor, kind, id);
    const pdf = await PrintedDocument.open({
      title: form.title,
      unitName: form.unit.name,
      reference: form.reference,
      fontDir: this.fontDir,
    });
    form.draw(pdf);
    return pdf.save(filePath);
  }

  private load(actor: Actor, kind: PrintKind, id: string): Promise<LoadedForm> {
    return PRINT_FORMS[kind]({ em: this.em, ...this.modules, now: this.clock() }, actor, id);
  }
}

declare module '../../common/context.js' {
  interface Services {
    print: PrintService;
  }
}
