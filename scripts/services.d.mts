export interface ServiceHandle {
  env: { DATABASE_URL: string; REDIS_URL: string; DATA_ENCRYPTION_KEY: string; LOOKUP_HMAC_KEY: string };
  started: { postgres: boolean; redis: boolean };
  stop(): void;
}
export function ensureServices(profile?: 'main' | 'test' | 'bench'): Promise<ServiceHandle>;
export function ensureServicesOrExit(profile?: 'main' | 'test' | 'bench'): Promise<ServiceHandle>;
export function stopServices(profile?: 'main' | 'test' | 'bench', which?: { postgres: boolean; redis: boolean }): void;
/** The directory holding initdb, pg_ctl and pg_dump, or null when PostgreSQL is not installed. */
export function postgresBinDir(): string | null;
