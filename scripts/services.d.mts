export interface ServiceHandle {
  env: { DATABASE_URL: string; REDIS_URL: string; DATA_ENCRYPTION_KEY: string; LOOKUP_HMAC_KEY: string };
  started: { postgres: boolean; redis: boolean };
  stop(): void;
}
export function ensureServices(profile?: 'main' | 'test' | 'bench' | 'chaos'): Promise<ServiceHandle>;
export function ensureServicesOrExit(profile?: 'main' | 'test' | 'bench' | 'chaos'): Promise<ServiceHandle>;
export function stopServices(profile?: 'main' | 'test' | 'bench' | 'chaos', which?: { postgres: boolean; redis: boolean }): void;
/** The directory holding initdb, pg_ctl and pg_dump, or null when PostgreSQL is not installed. */
export function postgresBinDir(): string | null;
/** Stops PostgreSQL as a crash would, stops Redis, and starts either again (tests/chaos). */
export function faultControls(profile: 'chaos'): {
  crashPostgres(): void;
  startPostgres(): Promise<void>;
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
};
/** The role the API and worker log in as on the embedded cluster. */
export const APPLICATION_ROLE: string;
/** The same database as `ownerUrl`, as the application role. */
export function applicationUrl(ownerUrl: string): string;
