import { beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_TYPES } from '../../journeys/accounts';
import { ANCHORS } from '../../journeys/anchors';
import { runAllJourneys } from '../../journeys/run-all';
import type { JourneyResult } from '../../journeys/simulate';

/**
 * The fidelity proof (issue 22): a CSM who does every step of the SOP on its day sees no warning or
 * error, and a CSM who skips one step sees it flagged by the business day after it was due — for
 * every account type, on every assignment day. Counts only; `npm run journeys` shows the table.
 */
let results: JourneyResult[] = [];
beforeAll(() => {
  results = runAllJourneys();
}, 900_000);

const describeAlarm = (r: JourneyResult) =>
  r.alarms.map((a) => `${r.anchor.key} ${a.day} ${a.moment} ${a.page} ${a.ruleId} ${a.state}: ${a.message}`);

describe.each(ACCOUNT_TYPES.map((t) => [t.label, t.key] as const))('%s', (_label, key) => {
  const mine = () => results.filter((r) => r.type.key === key);

  it(`is followed on all ${ANCHORS.length} assignment days`, () => {
    expect(mine().map((r) => r.anchor.key)).toEqual(ANCHORS.map((a) => a.key));
    for (const r of mine()) expect(r.accountDays).toBeGreaterThan(55);
  });

  it('shows the diligent CSM no false alarm', () => {
    expect(mine().flatMap(describeAlarm)).toEqual([]);
  });

  it('flags every skipped step by the business day after it was due', () => {
    const missed = mine().flatMap((r) => r.skips.filter((s) => s.outcome === 'missed').map((s) => `${r.anchor.key}: ${s.step.key} (due ${s.step.due}; ${s.step.flaggedBy!.join(', ')})`));
    expect(missed).toEqual([]);
  });
});

describe('the simulator itself', () => {
  it('sees a skipped step: the same-day call left undone is flagged by OB-SAME-DAY-CALL', () => {
    const core = results.find((r) => r.type.key === 'core-standard-credsoft' && r.anchor.key === 'friday')!;
    const skip = core.skips.find((s) => s.step.key === 'same-day-call')!;
    expect(skip.outcome).toBe('seen');
    expect(skip.flag).toMatchObject({ ruleId: 'OB-SAME-DAY-CALL' });
    expect(['warn', 'error']).toContain(skip.flag!.state);
  });

  it('gives an FMC-only account no steps and no checklist warnings', () => {
    for (const r of results.filter((x) => x.type.key === 'fmc-only')) {
      expect(r.skips).toEqual([]);
      expect(r.seen).toEqual([]);
    }
  });
});
