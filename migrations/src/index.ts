import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Foundation } from './Migration20261123000000Foundation.js';
import { Migration20261123010000FilesAndCases } from './Migration20261123010000FilesAndCases.js';
import { Migration20261123020000Funds } from './Migration20261123020000Funds.js';
import { Migration20261123030000ReviewsAndNotifications } from './Migration20261123030000ReviewsAndNotifications.js';
import { Migration20261123040000Rollups } from './Migration20261123040000Rollups.js';
import { Migration20261123050000Assessments } from './Migration20261123050000Assessments.js';
import { Migration20261123060000CaseDocuments } from './Migration20261123060000CaseDocuments.js';
import { Migration20261123070000QueueIndexes } from './Migration20261123070000QueueIndexes.js';
import { Migration20261124000000RollupTree } from './Migration20261124000000RollupTree.js';
import { Migration20261124010000NotificationSmsSent } from './Migration20261124010000NotificationSmsSent.js';
import { Migration20261124020000WorkCalendar } from './Migration20261124020000WorkCalendar.js';
import { Migration20261201000000ExportRetention } from './Migration20261201000000ExportRetention.js';
import { Migration20261204000000ApplicationAnswers } from './Migration20261204000000ApplicationAnswers.js';
import { Migration20261205000000RoleGrantRequests } from './Migration20261205000000RoleGrantRequests.js';
import { Migration20261205010000SmsCodes } from './Migration20261205010000SmsCodes.js';
import { Migration20261205020000RowLevelSecurity } from './Migration20261205020000RowLevelSecurity.js';
import { Migration20261205030000IdentityVerification } from './Migration20261205030000IdentityVerification.js';
import { Migration20261205040000IdentityRelease } from './Migration20261205040000IdentityRelease.js';
import { Migration20261206000000Households } from './Migration20261206000000Households.js';
import { Migration20261207000000Campaigns } from './Migration20261207000000Campaigns.js';
import { Migration20261207010000CampaignCaps } from './Migration20261207010000CampaignCaps.js';
import { Migration20261208000000RosterPayout } from './Migration20261208000000RosterPayout.js';
import { Migration20261208010000HouseholdStudents } from './Migration20261208010000HouseholdStudents.js';
import { Migration20261208020000DisbursementCaseIndex } from './Migration20261208020000DisbursementCaseIndex.js';
import { Migration20261209000000BankPayouts } from './Migration20261209000000BankPayouts.js';
import { Migration20261210000000StatReturns } from './Migration20261210000000StatReturns.js';
import { Migration20261211000000Exchange } from './Migration20261211000000Exchange.js';

/**
 * Every migration in order. An explicit list works the same under tsc, swc and Vitest
 * (the migrator's own file loading cannot import .ts inside Vitest).
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000Foundation', class: Migration20261123000000Foundation },
  { name: 'Migration20261123010000FilesAndCases', class: Migration20261123010000FilesAndCases },
  { name: 'Migration20261123020000Funds', class: Migration20261123020000Funds },
  { name: 'Migration20261123030000ReviewsAndNotifications', class: Migration20261123030000ReviewsAndNotifications },
  { name: 'Migration20261123040000Rollups', class: Migration20261123040000Rollups },
  { name: 'Migration20261123050000Assessments', class: Migration20261123050000Assessments },
  { name: 'Migration20261123060000CaseDocuments', class: Migration20261123060000CaseDocuments },
  { name: 'Migration20261123070000QueueIndexes', class: Migration20261123070000QueueIndexes },
  { name: 'Migration20261124000000RollupTree', class: Migration20261124000000RollupTree },
  { name: 'Migration20261124010000NotificationSmsSent', class: Migration20261124010000NotificationSmsSent },
  { name: 'Migration20261124020000WorkCalendar', class: Migration20261124020000WorkCalendar },
  { name: 'Migration20261201000000ExportRetention', class: Migration20261201000000ExportRetention },
  { name: 'Migration20261204000000ApplicationAnswers', class: Migration20261204000000ApplicationAnswers },
  { name: 'Migration20261205000000RoleGrantRequests', class: Migration20261205000000RoleGrantRequests },
  { name: 'Migration20261205010000SmsCodes', class: Migration20261205010000SmsCodes },
  { name: 'Migration20261205020000RowLevelSecurity', class: Migration20261205020000RowLevelSecurity },
  { name: 'Migration20261205030000IdentityVerification', class: Migration20261205030000IdentityVerification },
  { name: 'Migration20261205040000IdentityRelease', class: Migration20261205040000IdentityRelease },
  { name: 'Migration20261206000000Households', class: Migration20261206000000Households },
  { name: 'Migration20261207000000Campaigns', class: Migration20261207000000Campaigns },
  { name: 'Migration20261207010000CampaignCaps', class: Migration20261207010000CampaignCaps },
  { name: 'Migration20261208000000RosterPayout', class: Migration20261208000000RosterPayout },
  { name: 'Migration20261208010000HouseholdStudents', class: Migration20261208010000HouseholdStudents },
  { name: 'Migration20261208020000DisbursementCaseIndex', class: Migration20261208020000DisbursementCaseIndex },
  { name: 'Migration20261209000000BankPayouts', class: Migration20261209000000BankPayouts },
  { name: 'Migration20261210000000StatReturns', class: Migration20261210000000StatReturns },
  { name: 'Migration20261211000000Exchange', class: Migration20261211000000Exchange },
];
