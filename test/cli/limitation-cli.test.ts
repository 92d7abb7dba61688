/**
 * On the demo database, `dossier limitation`, `check`, `tracking` and `deadlines` give every case one
 * limitation date resting on one event (domain.md §10), in JSON and in the printed text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LimitationResult, LimitationSummary } from '../../core/claim/limitation';
import type { CaseTracking, DeadlineList } from '../../core/tracking/tracking-views';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';
import { cliValue } from '../support/parse-output';

const tempDir = useTempDir();

/** The JSON answer of a command: the value of its Result envelope. */
const result = async <T>(args: string[]): Promise<T> => cliValue<T>((await cli([...args, '--json'])).out);

describe('dossier limitation / check / tracking / deadlines on the demo', () => {
  it('agree on the last day and the event it rests on for every demo case', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const db = ['--db', join(dir, 'demo.sqlite')];
    const listed = await result<DeadlineList>(['deadlines', ...db]);
    const deadlinesText = (await cli(['deadlines', ...db])).out;
    const agreed: [string, string][] = [];
    for (const caseId of [1, 2, 3]) {
      const id = String(caseId);
      const limitation = await result<LimitationResult>(['limitation', id, ...db]);
      const report = await result<{ limitation: LimitationSummary }>(['check', id, ...db]);
      const tracking = (await result<CaseTracking>(['tracking', id, ...db])).deadlines.find((d) => d.kind === 'limitation')!;
      const row = listed.rows.find((r) => r.caseId === caseId && r.kind === 'limitation')!;
      const { lastDay } = limitation.period!;
      const restsOn = `${limitation.restsOn!.date} ${limitation.restsOn!.description.zh}`;
      expect(report.limitation.period.lastDay).toBe(lastDay);
      expect(report.limitation.restsOn).toEqual(limitation.restsOn);
      expect([tracking.date, row.date]).toEqual([lastDay, lastDay]);
      expect(tracking.rule.zh).toContain(restsOn);
      expect(row.rule.zh).toContain(restsOn);

      const lastDayLine = `时效届满日 Last day: ${lastDay}`;
      expect((await cli(['limitation', id, ...db])).out).toContain(lastDayLine);
      expect((await cli(['check', id, ...db])).out).toContain(lastDayLine);
      expect((await cli(['check', id, ...db])).out).toContain(`依据事件 Rests on: ${restsOn}`);
      const trackingText = (await cli(['tracking', id, ...db])).out;
      expect(trackingText).toContain(lastDay);
      expect(trackingText).toContain(restsOn);
      expect(deadlinesText).toContain(restsOn);
      expect(trackingText + deadlinesText).not.toMatch(/domain\.md|§/);
      agreed.push([lastDay, limitation.restsOn!.description.zh]);
    }
    // Case 1: the letter sent to the reserved address on 2025-09-10 (Sun 2028-09-10 → Mon 11 Sep); case 2: the
    // promise to pay in the flagged 23:10 call; case 3: the letter to the reserved address returned "查无此人".
    expect(agreed).toEqual([
      ['2028-09-11', '信函催收（2025-09-10 09:00）'],
      ['2028-11-03', '电话催收，持卡人承诺还款（2025-11-03 23:10）'],
      ['2029-03-02', '信函催收（2026-03-02 15:00）'],
    ]);
  }, 90_000);
});
