type Profile = 'main' | 'test' | 'bench' | 'chaos' | 'scale';
export interface ServiceHandle {
  env: { DATABASE_URL: string; REDIS_URL: string; DATA_ENCRYPTION_KEY: string; LOOKUP_HMAC_KEY: string };
  started: { postgres: boolean; redis: boolean };
  stop(): void;
}
export function ensureServices(profile?: Profile): Promise<ServiceHandle>;
export function ensureServicesOrExit(profile?: Profile): Promise<ServiceHandle>;
export function stopServices(profile?: Profile, which?: { postgres: boolean; redis: boolean }): void;
/** The directory holding initdb, pg_ctl and pg_dump, or null when PostgreSQL is not installed. */
export function postgresBinDir(): string | null;
/** Stops PostgreSQL as a crash would, stops Redis, and starts either again (tests/chaos). */
export function faultControls(profile: 'chaos' | 'scale'): {
  crashPostgres(): void;
  startPostgres(): Promise<void>;
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
};
/** The role the API and worker log in as on the embedded cluster. */
export const APPLICATION_ROLE: string;
/** The same database as `ownerUrl`, as the application role. */
export function applicationUrl(ownerUrl: string): string;
/** A streaming hot standby of the profile's primary on `port` (tests/scale). */
export function standbyControls(
  profile: 'scale',
  port: number,
): { create(): Promise<void>; start(): Promise<void>; crash(): void; stop(): void };
/** Installs Debian packages (as root on Debian). */
export function aptInstall(packages: string[]): void;
