// The call-centre scorecard and generated records spread over every grade: the fixture's own
// records first, then variations of them (some with complaints, a serious complaint, lateness).
import configJson from '../../fixtures/scorecard/call-centre.json';
import recordsJson from '../../fixtures/scorecard/call-centre-records.json';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';

export const callCentre = (): ScorecardConfig => structuredClone(configJson) as unknown as ScorecardConfig;

export function agentRecords(count: number): Array<Record<string, unknown>> {
  const base = recordsJson as Array<Record<string, unknown>>;
  return Array.from({ length: count }, (_, i) => {
    const r = base[i % base.length]!;
    if (i < base.length) return { ...r };
    const spread = (i * 37) % 41;
    return {
      ...r,
      agentId: `V${String(i).padStart(4, '0')}`,
      agentName: `Agent ${i}`,
      qaScore: Math.max(0, (r.qaScore as number) - spread),
      csat: Math.max(1, Math.round(((r.csat as number) - spread / 20) * 10) / 10),
      fcrRate: Math.max(0, (r.fcrRate as number) - (i % 30)),
      complaints: i % 7 === 0 ? 1 : r.complaints,
      seriousComplaints: i % 23 === 0 ? 1 : 0,
      lateCount: i % 11 === 0 ? 4 : r.lateCount,
    };
  });
}
