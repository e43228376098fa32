import * as z from 'zod';
import {
  AID_TYPES,
  APPLICATION_CHANNELS,
  CANCEL_REASONS,
  HARDSHIP_CATEGORIES,
  HARDSHIP_CAUSES,
  HOUSEHOLD_SIZE_MAX,
  SCHOOLING_STAGES,
} from '../enums/index.js';
import { idNumberSchema, personNameSchema, phoneSchema } from './auth.js';

const idSchema = z.string().regex(/^\d{1,18}$/, 'id');
/** Money is integer fen; one case never needs more than ¥10,000,000. */
export const fenSchema = z.number().int('integer').min(0, 'nonNegative').max(1_000_000_000, 'tooLarge');
const text = (max: number) => z.string().trim().max(max, 'tooLong');

export const householdMemberSchema = z.object({
  name: personNameSchema,
  relation: z.string().trim().min(1, 'relation').max(20, 'tooLong'),
  idNumber: idNumberSchema.nullish(),
  health: text(200).nullish(),
  employment: text(100).nullish(),
  monthlyIncomeFen: fenSchema,
  /** In school now, and at which stage (金秋助学 supports non-compulsory education). */
  schooling: z.enum(SCHOOLING_STAGES).nullish(),
  /** Named on the file as someone money may be paid to (real-name rule, domain.md §4). */
  isRecipient: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

export const hardshipFileInputSchema = z.object({
  unitId: idSchema,
  personName: personNameSchema,
  idNumber: idNumberSchema,
  phone: phoneSchema.nullish(),
  employerName: text(100).nullish(),
  unionMember: z
    .boolean()
    .nullish()
    .transform((value) => value ?? true),
  address: text(200).nullish(),
  members: z
    .array(householdMemberSchema)
    .max(20, 'tooMany')
    .nullish()
    .transform((value) => value ?? []),
  minimumLivingStandardFen: fenSchema.nullish(),
  housing: text(200).nullish(),
  causes: z.array(z.enum(HARDSHIP_CAUSES)).min(1, 'causes').max(HARDSHIP_CAUSES.length),
  category: z.enum(HARDSHIP_CATEGORIES),
  note: text(500).nullish(),
  /** The staff member checked the holder's ID card at the counter (实名核验). */
  identityChecked: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});
export type HardshipFileInputData = z.output<typeof hardshipFileInputSchema>;

/** Why a staff member needs a full ID number: stated with every reveal and kept in the audit log (domain.md §8). */
export const REVEAL_REASON_MAX = 200;
export const revealReasonSchema = z.string().trim().min(2, 'reveal.reasonRequired').max(REVEAL_REASON_MAX, 'reveal.reasonRequired');

export const cancelFileSchema = z.object({ reason: z.enum(CANCEL_REASONS), note: text(500).nullish() });

/**
 * What the worker answered when applying, kept as data (not prose) so staff read it as fields and a new file can be
 * pre-filled from it. Household income is sensitive: the server stores the answers encrypted.
 */
export const applicationAnswersSchema = z.object({
  causes: z
    .array(z.enum(HARDSHIP_CAUSES))
    .max(HARDSHIP_CAUSES.length, 'tooMany')
    .nullish()
    .transform((value) => [...new Set(value ?? [])]),
  householdSize: z.number().int('integer').min(1, 'householdSize').max(HOUSEHOLD_SIZE_MAX, 'householdSize').nullish(),
  monthlyIncomeFen: fenSchema.nullish(),
});
export type ApplicationAnswers = z.output<typeof applicationAnswersSchema>;

export const caseDraftSchema = z.object({
  clientId: z
    .string()
    .trim()
    .min(8, 'clientId')
    .max(64, 'clientId')
    .regex(/^[\w-]+$/, 'clientId'),
  type: z.enum(AID_TYPES),
  channel: z
    .enum(APPLICATION_CHANNELS)
    .nullish()
    .transform((value) => value ?? 'APP'),
  unitId: idSchema.nullish(),
  fileId: idSchema.nullish(),
  applicantName: personNameSchema.nullish(),
  title: z.string().trim().min(1, 'title').max(100, 'tooLong'),
  description: text(5000)
    .nullish()
    .transform((value) => value ?? ''),
  requestedAmountFen: fenSchema.nullish(),
  answers: applicationAnswersSchema.nullish(),
});
export type CaseDraftData = z.output<typeof caseDraftSchema>;

export const reasonSchema = z.string().trim().min(2, 'reason').max(1000, 'tooLong');
export const optionalNoteSchema = text(1000).nullish();
export const reportSchema = z.string().trim().min(10, 'report').max(5000, 'tooLong');

export const returnCaseSchema = z.object({
  reason: reasonSchema,
  missingItems: z
    .array(z.string().trim().min(1, 'missingItems').max(200, 'tooLong'))
    .max(30, 'tooMany')
    .nullish()
    .transform((value) => value ?? []),
});

export const visitSchema = z.object({
  visitedAt: z.coerce.date(),
  findings: z.string().trim().min(5, 'findings').max(5000, 'tooLong'),
  householdVerified: z.boolean(),
});

export const proposalSchema = z.object({
  amountFen: fenSchema.refine((value) => value > 0, 'positive').nullish(),
  /** Money aid may be paid in equal instalments, each paid at most once. */
  instalments: z.number().int('integer').min(1, 'instalments').max(12, 'instalments').nullish(),
  servicePlan: text(5000).nullish(),
  note: optionalNoteSchema,
});

export const ratingSchema = z.object({
  score: z.number().int('integer').min(1, 'score').max(5, 'score'),
  comment: text(1000).nullish(),
});
