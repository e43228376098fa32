import autocannon from 'autocannon';

/** The value at quantile q (0..1) of `samples` (nearest rank). */
export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (samples: number[]): number => percentile(samples, 0.5);

export interface LoadResult {
  latenciesMs: number[];
  requestsPerSecond: number;
  errors: number;
}

/**
 * autocannon against one request for `seconds`. Latencies come from its per-response timer (fractions of a
 * millisecond), not its whole-millisecond histogram, so sub-millisecond differences survive into the ratios.
 */
export async function load(options: {
  url: string;
  seconds: number;
  connections: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: options.url,
        duration: options.seconds,
        connections: options.connections,
        method: options.method ?? 'GET',
        headers: options.headers,
        body: options.body,
      },
      (error, outcome) => (error ? fail(error) : done(outcome)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latenciesMs.push(responseTime));
  });
  return {
    latenciesMs,
    requestsPerSecond: result.requests.total / options.seconds,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** `connections` loops each running `task` back to back for `seconds`; the latency of every run. */
export async function loop(seconds: number, connections: number, task: (worker: number) => Promise<void>): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await task(worker);
          latenciesMs.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { latenciesMs, requestsPerSecond: latenciesMs.length / seconds, errors };
}

/** Milliseconds of each of `runs` sequential calls. */
export async function timeRuns(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times;
}
