import { describe, expect, it } from 'vitest';
import { caseListColumns } from '../../core/case/case-list-query';
import type { CaseListColumn, CaseListRow } from '../../core/case/case-list-query';
import type { Handlers, OperationInput } from '../../core/contract';
import { trackingStages } from '../../core/tracking/stages';
import { nameInitials } from '../../electron/services/name-initials';
import { openListCases } from '../support/case-list-cases';
import { ok, refused } from '../support/dispatch-call';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

type Filters = NonNullable<OperationInput<'case:query'>['filters']>;

/** The defendants a filter or search leaves, sorted by name. */
async function names(handlers: Handlers, input: OperationInput<'case:query'>): Promise<string[]> {
  const page = await ok(handlers, 'case:query', { limit: 1000, ...input });
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => r.defendantName).sort();
}

describe('case list query', () => {
  it('answers a page of rows with masked identifiers and the total of all matches', async () => {
    const { handlers, all, close } = await openListCases(tempDir());
    try {
      const page = await ok(handlers, 'case:query', { limit: 2, offset: 1, sort: { column: 'id', direction: 'asc' } });
      expect(page.total).toBe(4);
      expect(page.rows.map((r) => r.id)).toEqual(all.slice(1, 3));
      const wang = page.rows[0]!;
      expect(wang).toMatchObject({ defendantName: '王建国', branch: '云岭银行股份有限公司昆明分行', plaintiffName: '云岭银行股份有限公司信用卡中心', courtName: '昆明市官渡区人民法院' });
      expect(wang.residentIdMasked).toMatch(/^532326\*+\d{3}[\dX]$/);
      expect(wang.cardNumberMasked).toContain('*');
      expect(wang.claimTotalFen).toBe(10_001_050 + 2_130_544 + 480_000);
    } finally {
      close();
    }
  });

  it('shows the stage tracking shows, the 案号 and the next open deadline, not the intake status', async () => {
    const { handlers, ids, close } = await openListCases(tempDir());
    try {
      const rows = (await ok(handlers, 'case:query', {})).rows;
      const li = rows.find((r) => r.id === ids.li)!;
      const tracking = await ok(handlers, 'tracking:get', { caseId: ids.li });
      expect(li.stage).toBe('effective');
      expect(li.stage).toBe(tracking.state.stage);
      expect(li.courtCaseNumber).toBe('（2026）云0103民初346号');
      const open = tracking.deadlines.filter((d) => d.category === 'deadline' && !d.done).sort((a, b) => a.date.localeCompare(b.date));
      expect(li.nextDeadline).toEqual({ date: open[0]!.date, kind: open[0]!.kind });
      expect(rows.find((r) => r.id === ids.wang)!.stage).toBe('ready');
      expect(rows.find((r) => r.id === ids.yan)!.stage).toBe('draft');
    } finally {
      close();
    }
  });

  it('shows 未检查 until readiness is checked, then the outcome with the number of blocking findings', async () => {
    const { handlers, ids, close } = await openListCases(tempDir());
    try {
      const before = (await ok(handlers, 'case:query', {})).rows.find((r) => r.id === ids.yan)!;
      expect([before.readiness, before.blockingCount]).toEqual(['unchecked', 0]);
      const report = await ok(handlers, 'readiness:check', { caseId: ids.yan });
      const after = (await ok(handlers, 'case:query', {})).rows.find((r) => r.id === ids.yan)!;
      expect(after.readiness).toBe(report.ready ? 'ready' : 'blocked');
      expect(after.blockingCount).toBe(report.ready ? 0 : report.blockers);
      expect(await names(handlers, { filters: { readiness: ['unchecked'] } })).toEqual(['张伟', '李晓梅', '王建国'].sort());
      expect(await names(handlers, { filters: { readiness: [after.readiness] } })).toEqual(['䶮文静'].sort());
    } finally {
      close();
    }
  });

  it('sorts on every column in both directions, with the case id breaking ties the same way', async () => {
    const { handlers, close } = await openListCases(tempDir());
    try {
      // Two checked cases, so the readiness column holds more than one value.
      const unsorted = (await ok(handlers, 'case:query', {})).rows;
      for (const row of unsorted.slice(0, 2)) await ok(handlers, 'readiness:check', { caseId: row.id });
      const rows = (await ok(handlers, 'case:query', {})).rows;
      const stored = new Map(await Promise.all(rows.map(async (r) => [r.id, await ok(handlers, 'case:get', { id: r.id })] as const)));
      const keyOf: Record<CaseListColumn, (r: CaseListRow, direction: 'asc' | 'desc') => (string | number)[]> = {
        id: (r) => [r.id],
        defendant: (r) => [nameInitials(r.defendantName)],
        residentId: (r) => [stored.get(r.id)!.defendant.residentId],
        cardNumber: (r) => [stored.get(r.id)!.card.cardNumber],
        branch: (r) => [r.branch],
        court: (r) => [r.courtName],
        courtCaseNumber: (r) => [r.courtCaseNumber],
        stage: (r) => [trackingStages.indexOf(r.stage)],
        claim: (r) => [r.claimTotalFen],
        nextDeadline: (r, direction) => [r.nextDeadline?.date ?? (direction === 'asc' ? '9999-12-31' : '')],
        readiness: (r) => [r.readiness, r.blockingCount],
        owner: (r) => [r.owner],
        updated: (r) => [r.updatedAt],
        created: (r) => [r.createdAt],
      };
      for (const column of caseListColumns) {
        for (const direction of ['asc', 'desc'] as const) {
          const sign = direction === 'asc' ? 1 : -1;
          const expected = [...rows].sort((a, b) => {
            const [ka, kb] = [[...keyOf[column](a, direction), a.id], [...keyOf[column](b, direction), b.id]];
            for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i]! < kb[i]! ? -1 : 1) * sign;
            return 0;
          }).map((r) => r.id);
          const got = (await ok(handlers, 'case:query', { sort: { column, direction } })).rows.map((r) => r.id);
          expect({ column, direction, got }).toEqual({ column, direction, got: expected });
        }
      }
    } finally {
      close();
    }
  });

  it('filters by stage, court, branch, owner, claim range, import batch and dates', async () => {
    const { handlers, close } = await openListCases(tempDir());
    try {
      const cases: [Filters, string[]][] = [
        [{ stages: ['effective'] }, ['李晓梅']],
        [{ stages: ['draft', 'ready'] }, ['张伟', '王建国', '䶮文静']],
        [{ court: '昆明市官渡区人民法院' }, ['张伟', '王建国']],
        [{ branch: '云岭银行股份有限公司大理分行' }, ['䶮文静']],
        [{ owner: '钱法务' }, ['王建国']],
        [{ claimMin: '50,000', claimMax: '100,000.00' }, ['李晓梅']],
        [{ claimMin: '100000.01' }, ['王建国']],
        [{ claimMax: '¥22,683.65' }, ['䶮文静']],
        [{ importId: 1 }, []],
        [{ createdFrom: '2026-11-28', createdTo: '2026-11-28' }, ['张伟', '李晓梅', '王建国', '䶮文静']],
        [{ createdTo: '2026-11-27' }, []],
        [{ updatedFrom: '2026-11-29' }, []],
      ];
      for (const [filters, expected] of cases) expect({ filters, got: await names(handlers, { filters }) }).toEqual({ filters, got: [...expected].sort() });
    } finally {
      close();
    }
  });

  it('finds a case by pinyin initials, part of the name, resident ID, card number or its last four digits, and 案号', async () => {
    const { handlers, ids, close } = await openListCases(tempDir());
    try {
      const wang = await ok(handlers, 'case:get', { id: ids.wang });
      const yan = await ok(handlers, 'case:get', { id: ids.yan });
      expect(await names(handlers, { search: 'zw' })).toEqual(['张伟'].sort());
      expect(await names(handlers, { search: 'ZW' })).toEqual(['张伟'].sort());
      expect(await names(handlers, { search: 'zx' })).toEqual([]);
      expect(await names(handlers, { search: '建国' })).toEqual(['王建国'].sort());
      expect(await names(handlers, { search: wang.defendant.residentId })).toEqual(['张伟', '王建国'].sort());
      expect(await names(handlers, { search: yan.card.cardNumber })).toEqual(['䶮文静'].sort());
      expect(await names(handlers, { search: yan.card.cardNumber.slice(-4) })).toEqual(['䶮文静'].sort());
      expect(await names(handlers, { search: '民初346' })).toEqual(['李晓梅'].sort());
      expect(await names(handlers, { search: '(2026)云0103' })).toEqual(['李晓梅'].sort());
      expect(await names(handlers, { search: '%' })).toEqual([]);
    } finally {
      close();
    }
  });

  it('gives every matching id for "select all matching", in id order', async () => {
    const { handlers, ids, close } = await openListCases(tempDir());
    try {
      expect(await ok(handlers, 'case:query-ids', { filters: { court: '昆明市官渡区人民法院' } }))
        .toEqual({ ids: [ids.wang, ids.zhang], total: 2, capped: false });
    } finally {
      close();
    }
  });

  it('refuses a claim bound that is not an amount, naming the bound', async () => {
    const { handlers, close } = await openListCases(tempDir());
    try {
      const error = await refused(handlers, 'case:query', { filters: { claimMin: '12.345' } });
      expect(error.field).toBe('filters.claimMin');
      expect(error.message.zh).toMatch(/^最低诉请金额：/);
    } finally {
      close();
    }
  });
});
