/**
 * An open-arrival load generator: people arrive at a fixed mean rate (Poisson), whatever the server's speed, and each
 * does a short session with think time between steps, so a slow server faces a growing crowd as it would at a union's
 * counter, not a polite closed loop that waits for it. Reads go as GET (cacheable and safe to retry: nginx passes a
 * failed one to the next API); a write carrying its own idempotency key (a draft's client id, a payment's key) is
 * retried by the client as the PWA would; other writes are not retried and count as refused when they fail.
 */

export interface Call {
  operation: string;
  /** When it was first sent (epoch ms). */
  at: number;
  ms: number;
  ok: boolean;
  /** Sends it took (more than 1: the client retried an idempotent request after a lost or refused answer). */
  attempts: number;
  /** Safe to send again: a read, or a write with its own idempotency key. */
  idempotent: boolean;
  error?: string;
}

export interface LoadReport {
  arrivals: number;
  calls: Call[];
  /** Arrivals still in their session when the run ended (cut off, not failed). */
  unfinished: number;
}

export interface Client {
  /** A query, sent as GET; answers its data or null after the retries failed. */
  read(operation: string, query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, any> | null>;
  /** A mutation; `idempotent` writes are retried after a lost answer. */
  write(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    token: string,
    idempotent: boolean,
  ): Promise<Record<string, any> | null>;
  /** A file sent with PUT to `path` (evidence photos: the name makes a second send replace the first). */
  put(operation: string, path: string, body: Buffer, token: string): Promise<boolean>;
  /** Waits as a person reading the screen would. */
  think(): Promise<void>;
}

export interface OpenArrivalOptions {
  url: string;
  ratePerSecond: number;
  seconds: number;
  random: () => number;
  /** Mean think time between a session's steps. */
  thinkMs: number;
  /** One arrival's session, picked by the caller from its mix. */
  session: (client: Client, random: () => number) => Promise<void>;
  /** A request with no answer after this long failed. */
  timeoutMs?: number;
  /** Tries of an idempotent request, the first included. */
  tries?: number;
}

const RETRYABLE_STATUS = new Set([502, 503, 504]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openArrival(options: OpenArrivalOptions): Promise<LoadReport> {
  const report: LoadReport = { arrivals: 0, calls: [], unfinished: 0 };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const tries = options.tries ?? 4;
  const endAt = Date.now() + options.seconds * 1_000;

  async function send(
    operation: string,
    idempotent: boolean,
    request: () => Promise<Response>,
    needsData = true,
  ): Promise<Record<string, any> | null> {
    const at = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const started = performance.now();
      let error: string;
      try {
        const response = await request();
        const answer = (await response.json().catch(() => ({}))) as {
          data?: Record<string, any> | null;
          errors?: { message?: string; extensions?: { code?: string } }[];
        };
        if (response.ok && (!needsData || (answer.data && !answer.errors))) {
          report.calls.push({ operation, at, ms: performance.now() - started, ok: true, attempts: attempt, idempotent });
          return answer.data ?? {};
        }
        const first = answer.errors?.[0];
        error = `${response.status} ${first?.extensions?.code ?? ''} ${first?.message?.slice(0, 100) ?? ''}`.trim();
        if (!RETRYABLE_STATUS.has(response.status)) attempt = tries;
      } catch (caught) {
        error = String(caught).slice(0, 120);
      }
      if (!idempotent || attempt >= tries) {
        report.calls.push({ operation, at, ms: performance.now() - started, ok: false, attempts: attempt, idempotent, error });
        return null;
      }
      await sleep(200 * attempt);
    }
  }

  const client: Client = {
    read(operation, query, variables, token) {
      const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
      return send(operation, true, () =>
        fetch(`${options.url}?${params}`, {
          headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
          signal: AbortSignal.timeout(timeoutMs),
        }),
      );
    },
    write(operation, query, variables, token, idempotent) {
      return send(operation, idempotent, () =>
        fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        }),
      );
    },
    async put(operation, path, body, token) {
      const target = new URL(path, options.url);
      const sent = await send(
        operation,
        true,
        () =>
          fetch(target, {
            method: 'PUT',
            headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          }),
        false,
      );
      return sent !== null;
    },
    // exponential think time, capped: most glance, a few read for long
    think: async () => {
      await sleep(Math.min(-Math.log(1 - options.random()) * options.thinkMs, options.thinkMs * 4));
    },
  };

  const sessions: Promise<void>[] = [];
  let running = 0;
  while (Date.now() < endAt) {
    report.arrivals += 1;
    running += 1;
    sessions.push(
      options
        .session(client, options.random)
        .catch((error: unknown) => {
          report.calls.push({
            operation: 'session',
            at: Date.now(),
            ms: 0,
            ok: false,
            attempts: 1,
            idempotent: false,
            error: String(error).slice(0, 120),
          });
        })
        .finally(() => {
          running -= 1;
        }),
    );
    await sleep(-Math.log(1 - options.random()) * (1_000 / options.ratePerSecond));
  }
  // sessions still thinking finish their steps; one stuck past the timeout is cut off and counted
  await Promise.race([Promise.all(sessions), sleep(timeoutMs + options.thinkMs * 8)]);
  report.unfinished = running;
  return report;
}
