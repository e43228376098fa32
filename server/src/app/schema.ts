import { buildSchema, type AuthChecker } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { Role } from '@bangfu/shared';
import { hasRole } from '../common/actor.js';
import { forbidden, unauthenticated } from '../common/domain-error.js';
import { AidPolicyResolver } from '../modules/cases/aid-policy.resolver.js';
import { AssessmentResolver } from '../modules/assessments/assessment.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import {
  CaseCampaignResolver,
  CampaignFiguresResolver,
  CampaignQuotaResolver,
  CampaignResolver,
  RosterEntryResolver,
  RosterResolver,
} from '../modules/campaigns/campaign.resolver.js';
import { AuthResolver, PendingRoleGrantResolver, RoleGrantResolver } from '../modules/auth/auth.resolver.js';
import { VerificationResolver } from '../modules/verification/verification.resolver.js';
import { CaseEventResolver, CaseResolver, FileAidResolver } from '../modules/cases/case.resolver.js';
import { WorkCalendarResolver } from '../modules/cases/work-calendar.resolver.js';
import { FundResolver } from '../modules/funds/fund.resolver.js';
import { CasePaymentsResolver, FundInTransitResolver, PayoutResolver } from '../modules/funds/payout.resolver.js';
import { JobResolver } from '../modules/jobs/job.resolver.js';
import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { ReviewCampaignResolver, ReviewTaskResolver, UnitProgressResolver } from '../modules/reviews/review.resolver.js';
import { RollupBankPaymentsResolver, RollupResolver } from '../modules/rollups/rollup.resolver.js';
import { MissingChildResolver, StatReturnProgressResolver, StatReturnResolver } from '../modules/returns/stat-report.resolver.js';
import { PrintResolver } from '../modules/paper/print.resolver.js';
import { ExchangeResolver } from '../modules/exchange/exchange.resolver.js';
import { CaseExternalMatchResolver, ExternalRollResolver, FileExternalMatchResolver } from '../modules/exchange/external-roll.resolver.js';
import { HardshipFileResolver } from '../modules/people/hardship-file.resolver.js';
import { UnitResolver } from '../modules/org/unit.resolver.js';
import type { Context } from '../common/context.js';

/** The coarse gate: signed in, and holding one of the roles somewhere. Services check the unit. */
const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.actor) throw unauthenticated();
  if (roles.length > 0 && !hasRole(context.actor, roles)) throw forbidden();
  return true;
};

export const buildAppSchema = (): Promise<GraphQLSchema> =>
  buildSchema({
    resolvers: [
      UnitResolver,
      AuthResolver,
      RoleGrantResolver,
      PendingRoleGrantResolver,
      VerificationResolver,
      AuditResolver,
      JobResolver,
      HardshipFileResolver,
      CaseResolver,
      CaseEventResolver,
      FileAidResolver,
      FundResolver,
      FundInTransitResolver,
      PayoutResolver,
      CasePaymentsResolver,
      RollupBankPaymentsResolver,
      StatReturnResolver,
      PrintResolver,
      ExchangeResolver,
      ExternalRollResolver,
      FileExternalMatchResolver,
      CaseExternalMatchResolver,
      StatReturnProgressResolver,
      MissingChildResolver,
      NotificationResolver,
      ReviewCampaignResolver,
      ReviewTaskResolver,
      UnitProgressResolver,
      RollupResolver,
      AssessmentResolver,
      CampaignResolver,
      CaseCampaignResolver,
      CampaignFiguresResolver,
      CampaignQuotaResolver,
      RosterResolver,
      RosterEntryResolver,
      WorkCalendarResolver,
      AidPolicyResolver,
    ],
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
  });

/** The committed `server/schema.graphql` is exactly this text; a test fails when they drift. */
export const printAppSchema = (schema: GraphQLSchema): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
