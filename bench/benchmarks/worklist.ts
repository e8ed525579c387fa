import type { BenchSession } from '../harness/bench-app.js';
import { measureLatency, type LatencyInput } from '../harness/latency.js';
import { districtsByOpenCases, spreadOf, staffOf } from '../harness/samples.js';
import type { Benchmark } from '../harness/types.js';

// A CPWO's worklists (issue 5: their district, filtered by tier and status,
// sorted by due date, paged; p95 ≤ 50 ms through HTTP and ≤ 2× the same SQL
// raw). Two lists answer it: the caseload (GET /cases, by stage and tier,
// soonest due first) and the deadline worklist (GET /worklist, by tier and
// due status). Both are measured for CPWOs of large and small districts.

const CASELOAD = [
  '/api/v1/cases?tier=1&stage=implementation',
  '/api/v1/cases?tier=2&stage=assessment',
  '/api/v1/cases?tier=2&stage=implementation&page=2',
  '/api/v1/cases?stage=review',
  '/api/v1/cases?tier=1',
];
const DEADLINES = ['/api/v1/worklist?tier=1', '/api/v1/worklist?tier=2&due=overdue', '/api/v1/worklist?due=today', '/api/v1/worklist?page=2'];

export const benchmark: Benchmark = {
  name: 'worklist',
  description: "A CPWO's worklist: the district's caseload and deadlines, filtered, soonest due first, paged",
  async run(ctx) {
    const districts = spreadOf(await districtsByOpenCases(ctx), 6);
    const sessions: BenchSession[] = [];
    for (const d of districts) {
      const [cpwo] = await staffOf(ctx, 'cpwo', d.districtId, 1);
      if (cpwo) sessions.push(await ctx.app.signIn(cpwo.id));
    }
    const inputs = (paths: string[]): LatencyInput[] => sessions.flatMap((session) => paths.map((path) => ({ session, path })));
    const caseload = await measureLatency(ctx, {
      label: 'CPWO worklist: GET /cases (district, tier, stage, by due date, paged)',
      inputs: inputs(CASELOAD),
      target: { op: '<=', value: 50 },
      ratioTarget: { op: '<=', value: 2 },
      mainQuery: (s) => /from "cases" as "c"/.test(s) && /limit/.test(s),
    });
    const deadlines = await measureLatency(ctx, {
      label: 'CPWO worklist: GET /worklist (open deadlines, tier, due, paged)',
      inputs: inputs(DEADLINES),
      target: { op: '<=', value: 50 },
      ratioTarget: { op: '<=', value: 2 },
      mainQuery: (s) => /from "deadlines" as "d"/.test(s) && /limit/.test(s),
    });
    return [...caseload.figures, ...deadlines.figures];
  },
};
