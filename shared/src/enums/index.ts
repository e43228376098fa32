/** Levels of the service network, top to bottom (domain.md §2). */
export const UNIT_LEVELS = ['PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'ENTERPRISE'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** A parent must sit at a strictly smaller rank than its child; levels may be skipped. */
export const levelRank = (level: UnitLevel): number => UNIT_LEVELS.indexOf(level);

/** Roles are granted on a unit (domain.md §1). */
export const ROLES = ['WORKER', 'STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN', 'AUDITOR', 'SYSTEM_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose read access covers the whole subtree of the unit they are granted on (domain.md §8). */
export const SUBTREE_READ_ROLES: readonly Role[] = ['UNION_ADMIN', 'AUDITOR', 'SYSTEM_ADMIN'];
/** Roles that may act (not only read) on records held by the unit. */
export const ACTING_ROLES: readonly Role[] = ['STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN'];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
