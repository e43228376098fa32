import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Assessment, AssessmentCycle } from '../modules/assessments/assessment.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { JobRecord } from '../modules/jobs/job.entity.js';
import { OutboxMessage } from '../modules/jobs/outbox.entity.js';
import { RoleGrant } from '../modules/auth/role-grant.entity.js';
import { RoleGrantRequest } from '../modules/auth/role-grant-request.entity.js';
import { SmsCode } from '../modules/verification/sms-code.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { CaseDocument } from '../modules/cases/case-document.entity.js';
import { AidCase, CaseEvent, CaseObjection, CaseVisit } from '../modules/cases/case.entity.js';
import { Disbursement, LedgerAccount, LedgerEntry, LedgerTransaction } from '../modules/funds/ledger.entity.js';
import { BankReturn, PayoutBatch, PayoutBatchLine } from '../modules/funds/payout-batch.entity.js';
import { Unit } from '../modules/org/unit.entity.js';
import { StatReport } from '../modules/returns/stat-report.entity.js';
import { ExchangeExport, ExternalMatch, ExternalRoll } from '../modules/exchange/exchange.entity.js';
import { ReviewCampaign, ReviewTask } from '../modules/reviews/review.entity.js';
import { Campaign, CampaignQuota, Roster, RosterEntry } from '../modules/campaigns/campaign.entity.js';
import { HardshipFile, HardshipFileEvent } from '../modules/people/hardship-file.entity.js';

export const entities = [
  Unit,
  User,
  RoleGrant,
  RoleGrantRequest,
  SmsCode,
  Session,
  AuditEvent,
  OutboxMessage,
  JobRecord,
  HardshipFile,
  HardshipFileEvent,
  AidCase,
  CaseEvent,
  CaseVisit,
  CaseObjection,
  CaseDocument,
  LedgerAccount,
  LedgerTransaction,
  LedgerEntry,
  Disbursement,
  PayoutBatch,
  PayoutBatchLine,
  BankReturn,
  Notification,
  ReviewCampaign,
  Campaign,
  CampaignQuota,
  Roster,
  RosterEntry,
  ReviewTask,
  AssessmentCycle,
  Assessment,
  StatReport,
  ExchangeExport,
  ExternalRoll,
  ExternalMatch,
];
