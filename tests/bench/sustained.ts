import { percentile } from './measure.js';
import { openArrival, type Client, type LoadReport } from './open-arrival.js';
import { Random } from './random.js';

const QUEUE = `query($unit: ID!, $statuses: [CaseStatus!]) { caseQueue(unitId: $unit, first: 20, statuses: $statuses) { totalCount edges { node { id status dueAt overdue reference } } } }`;
const MY_CASES = `{ myCases(first: 10) { edges { node { id status title } } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id status title dueAt } }`;
const ROLLUP = `query($unit: ID!, $from: DateTime!, $to: DateTime!) { rollup(unitId: $unit, from: $from, to: $to) { newCases approvedCases paidFen fundBalanceFen } }`;
const PAY = `mutation($id: ID!, $key: String!) { disburseCase(id: $id, input: { method: CASH, idempotencyKey: $key, recipientIdentityChecked: true }) { id status } }`;

/**
 * A province's peak, sized from the L dataset (3,000,000 cases a year). Stated assumptions: 30 requests per case
 * over its life (the worker applying, uploading and checking, staff working it, the head deciding, the payout and
 * receipt), 250 working days of 8 hours, the Spring-Festival week at 10× the average day, its busiest hour at twice
 * the day's mean.
 */
export const PROVINCE_PEAK = (() => {
  const casesPerYear = 3_000_000;
  const requestsPerCase = 30;
  const averageDayRps = (casesPerYear * requestsPerCase) / 250 / (8 * 3600);
  return { casesPerYear, requestsPerCase, averageDayRps, peakRps: averageDayRps * 10 * 2 };
})();

export interface SustainedOptions {
  url: string;
  station: string;
  district: string;
  period: { from: string; to: string };
  tokens: { worker: string; staff: string; head: string; payer: string; admin: string };
  /** READY_TO_PAY cases to pay, taken one by one. */
  payable: string[];
  runKey: string;
}

/**
 * A union's working day at a given arrival rate: workers reading their cases on the PWA, staff working the queue and
 * opening a case, heads reading proposals, payouts, and the district reading its rollup; with think time.
 */
function workingDay(options: SustainedOptions) {
  let paid = 0;
  return async (client: Client, pick: () => number) => {
    const roll = pick();
    const { worker, staff, head, payer, admin } = options.tokens;
    if (roll < 0.4) {
      const mine = await client.read('myCases', MY_CASES, {}, worker);
      const own = mine?.myCases.edges[Math.floor(pick() * mine.myCases.edges.length)];
      await client.think();
      if (own) await client.read('case', CASE, { id: own.node.id }, worker);
    } else if (roll < 0.7) {
      const queue = await client.read('caseQueue', QUEUE, { unit: options.station }, staff);
      const row = queue?.caseQueue.edges[Math.floor(pick() * queue.caseQueue.edges.length)];
      await client.think();
      if (row) await client.read('case', CASE, { id: row.node.id }, staff);
    } else if (roll < 0.8) {
      await client.read('caseQueue', QUEUE, { unit: options.station, statuses: ['PROPOSED'] }, head);
    } else if (roll < 0.9) {
      const caseId = options.payable.shift();
      if (caseId) await client.write('disburseCase', PAY, { id: caseId, key: `sustained-${options.runKey}-${(paid += 1)}` }, payer, true);
    } else {
      await client.read('rollup', ROLLUP, { unit: options.district, ...options.period }, admin);
    }
  };
}

export interface Step {
  arrivalsPerSecond: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Sessions still waiting for an answer when the step ended count as errors: an overloaded server is not a quiet one. */
const stepOf = (arrivalsPerSecond: number, seconds: number, report: LoadReport): Step => {
  const ok = report.calls.filter((call) => call.ok).map((call) => call.ms);
  return {
    arrivalsPerSecond,
    requestsPerSecond: Math.round(report.calls.length / seconds),
    p50Ms: Math.round(percentile(ok, 0.5)),
    p99Ms: Math.round(percentile(ok, 0.99)),
    errors: report.calls.filter((call) => !call.ok).length + report.unfinished,
  };
};

/**
 * Raises the arrival rate step by step until p99 passes 300 ms or a request fails; `sustainedRps` is the request rate
 * of the last step that held. Then runs 1× and 2× the province's peak request rate.
 */
export async function sustainedLoad(options: SustainedOptions, seconds: number) {
  const generator = new Random(20261205);
  const random = () => generator.next();
  const session = workingDay(options);
  const run = async (arrivalsPerSecond: number, runSeconds: number) =>
    stepOf(
      arrivalsPerSecond,
      runSeconds,
      await openArrival({ url: options.url, ratePerSecond: arrivalsPerSecond, seconds: runSeconds, random, thinkMs: 500, session }),
    );
  await run(10, 5);
  const ladder: Step[] = [];
  for (const rate of [10, 20, 40, 60, 80, 100, 130, 160, 200, 250]) {
    const step = await run(rate, seconds);
    ladder.push(step);
    if (step.p99Ms > 300 || step.errors > 0) break;
  }
  const held = ladder.filter((step) => step.p99Ms <= 300 && step.errors === 0);
  // a session averages this many requests at the measured steps: the arrival rate that offers a request rate
  const perSession = ladder.reduce((sum, step) => sum + step.requestsPerSecond / step.arrivalsPerSecond, 0) / ladder.length;
  const atPeak = async (times: number) => ({ times, ...(await run((PROVINCE_PEAK.peakRps * times) / perSession, seconds)) });
  return {
    sustainedRps: held.length ? held[held.length - 1].requestsPerSecond : 0,
    ladder,
    provincePeak: { ...PROVINCE_PEAK, requestsPerSession: Number(perSession.toFixed(2)), at1x: await atPeak(1), at2x: await atPeak(2) },
  };
}
