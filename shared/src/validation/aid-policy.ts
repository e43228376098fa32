import * as z from 'zod';
import { AID_TYPES, EMERGENCY_AID_TYPES, type AidType } from '../enums/index.js';

// ¥10,000,000 in fen: far above any real limit, well inside a safe integer
const MAX_POLICY_FEN = 1_000_000_000;
const fen = z.number().int('integer').min(0, 'nonNegative').max(MAX_POLICY_FEN, 'tooLarge').nullish();
const days = (min: number, max: number) => z.number().int('integer').min(min, `${min}..${max}`).max(max, `${min}..${max}`).nullish();

/**
 * One policy row: for every aid type (`aidType` empty) or one type. The bounds are the table's CHECKs; a notice
 * period of 0 (approval goes straight to payment) is only for emergency DISASTER and ACCIDENT aid.
 */
export const aidPolicyInputSchema = z
  .object({
    aidType: z.enum(AID_TYPES).nullish(),
    approvalLimitFen: fen,
    yearlyCapFen: fen,
    noticeDays: days(0, 60),
    acceptWithinWorkingDays: days(1, 60),
    decideWithinWorkingDays: days(1, 120),
  })
  .refine((input) => input.noticeDays !== 0 || isEmergencyType(input.aidType), {
    path: ['noticeDays'],
    message: 'noNoticeOnlyForEmergencyAid',
  });

const isEmergencyType = (type: AidType | null | undefined): boolean => type != null && EMERGENCY_AID_TYPES.includes(type);

export type AidPolicyInput = z.output<typeof aidPolicyInputSchema>;
