/** Benchmark datasets. L is the province scale of issue 9; S and M run the same code in minutes. */
export const DATASET_SIZES = {
  S: { units: 200, activeFiles: 5_000, closedFiles: 500, cases: 50_000, workers: 2_000 },
  M: { units: 1_000, activeFiles: 50_000, closedFiles: 5_000, cases: 500_000, workers: 10_000 },
  L: { units: 5_000, activeFiles: 300_000, closedFiles: 24_000, cases: 3_000_000, workers: 30_000 },
} as const;
export type DatasetSize = keyof typeof DATASET_SIZES;

/** Share of all cases held by one industrial-park station: its queue is deep enough for 10,000 pages of 20. */
export const HOT_QUEUE_SHARE = 0.07;

/** Every generated account signs in with this password (a benchmark database is never a production one). */
export const BENCH_PASSWORD = 'Bench@2026';
