import * as z from 'zod';
import { UNIT_LEVELS } from '../enums/index.js';

const optionalText = (max: number) => z.string().trim().max(max, 'tooLong').nullish();

/** Unit attributes of domain.md §2; the same schema serves the console form and the server. */
export const unitAttributesSchema = z.object({
  name: z.string().trim().min(1, 'name').max(100, 'name'),
  address: optionalText(200),
  streetFacing: z.boolean().nullish(),
  inUnionOffice: z.boolean().nullish(),
  floorAreaM2: z.number().int('integer').min(0, 'nonNegative').max(1_000_000, 'tooLarge').nullish(),
  hotline: z
    .string()
    .trim()
    .regex(/^[\d-]{3,20}$/, 'hotline')
    .nullish(),
  staffCount: z.number().int('integer').min(0, 'nonNegative').max(100_000, 'tooLarge').nullish(),
  residentPopulation: z.number().int('integer').min(0, 'nonNegative').max(100_000_000, 'tooLarge').nullish(),
});

export const createUnitSchema = unitAttributesSchema.extend({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,32}$/, 'code'),
  level: z.enum(UNIT_LEVELS),
  parentId: z
    .string()
    .regex(/^\d{1,18}$/, 'id')
    .nullish(),
});

export const updateUnitSchema = unitAttributesSchema.partial().extend({ holdsFund: z.boolean().nullish() });
