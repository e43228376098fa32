import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../common/domain-error.js';
import type { Logger } from '../common/logger.js';
import type { ReadPath, ReplicaState } from '../common/read-path.js';

/** PostgreSQL's `X/Y` log position as a byte offset. */
const lsnBytes = (lsn: string): bigint => {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
};

/**
 * The standby's lag is measured, not guessed from replay timestamps (which stand still on an idle primary): each
 * probe notes the primary's WAL position with the time, then asks how far the standby has replayed. Everything
 * committed before a noted time is on the standby once it has replayed past that time's position, so the lag is
 * the age of the newest such mark (exact to one probe interval). A standby further behind than `maxLagMs`, one
 * that does not answer, or a server that is not a standby at all (promoted: it no longer follows the primary)
 * gets no reads until a probe finds it good again. A read that fails on the standby between probes runs again on
 * the primary, so a standby's crash costs a reader nothing but time.
 */
export class ReplicaReads implements ReadPath {
  private marks: { at: number; lsn: bigint }[] = [];
  private current: ReplicaState = { usable: false, lagMs: null };
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly primary: MikroORM,
    private readonly replica: MikroORM,
    private readonly maxLagMs: number,
    private readonly logger: Logger,
  ) {}

  get state(): ReplicaState {
    return { ...this.current };
  }

  async run<T>(primary: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.current.usable) return work(primary);
    try {
      return await work(this.replica.em.fork());
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.set({ usable: false, lagMs: null }, error);
      return work(primary);
    }
  }

  async probe(): Promise<void> {
    const now = Date.now();
    try {
      const [{ lsn }] = await this.primary.em.fork().execute<{ lsn: string }[]>(`select pg_current_wal_lsn()::text as lsn`);
      this.marks.push({ at: now, lsn: lsnBytes(lsn) });
      // a mark older than the bound can only say "too far behind", which the oldest kept mark says as well
      while (this.marks.length > 1 && now - this.marks[1].at > this.maxLagMs) this.marks.shift();
      const [standby] = await this.replica.em
        .fork()
        .execute<{ standby: boolean; replayed: string | null }[]>(
          `select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replayed`,
        );
      if (!standby.standby || !standby.replayed) {
        this.set({ usable: false, lagMs: null }, new Error('the replica is not a standby'));
        return;
      }
      const replayed = lsnBytes(standby.replayed);
      const caughtUp = this.marks.findLast((mark) => mark.lsn <= replayed);
      // behind every mark kept: at least that far behind, and how much further nobody knows (so no reads)
      if (!caughtUp) this.set({ usable: false, lagMs: now - this.marks[0].at });
      else this.set({ usable: now - caughtUp.at <= this.maxLagMs, lagMs: now - caughtUp.at });
    } catch (error) {
      this.set({ usable: false, lagMs: null }, error);
    }
  }

  start(intervalMs: number): void {
    const tick = async () => {
      this.probing = this.probe();
      await this.probing;
      if (!this.stopped) this.timer = setTimeout(tick, intervalMs);
    };
    void tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.probing;
    await this.replica.close();
  }

  private set(next: ReplicaState, cause?: unknown): void {
    if (next.usable !== this.current.usable) {
      if (next.usable) this.logger.info({ lagMs: next.lagMs }, 'read replica in use');
      else this.logger.warn({ lagMs: next.lagMs, err: cause }, 'read replica left out; reads go to the primary');
    }
    this.current = next;
  }
}
