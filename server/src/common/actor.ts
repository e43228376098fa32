import type { Role, UnitLevel } from '@bangfu/shared';

export interface ActorGrant {
  role: Role;
  unitId: string;
  unitPath: string;
  unitLevel: UnitLevel;
}

/** The authenticated caller, loaded once per request from the session. */
export interface Actor {
  userId: string;
  name: string;
  sessionId: string;
  grants: ActorGrant[];
}

export const hasRole = (actor: Actor, roles: readonly Role[]): boolean => actor.grants.some((grant) => roles.includes(grant.role));
