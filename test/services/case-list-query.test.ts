import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../core/case/case-model';
import type { OperationInput } from '../../core/contract';
import { ok, refused } from '../support/dispatch-call';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** The three demo cases plus 张伟 (whose initials are "zw"), today 2026-11-28. */
async function withCases() {
  const services = openTestServices(tempDir());
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const zhang: CaseInput = { ...cases[0]!, defendant: { ...cases[0]!.defendant, name: '张伟' } };
  const ids: number[] = [];
  for (const values of [...cases, zhang]) ids.push((await ok(handlers, 'case:create', { values })).id);
  return { ...services, ids, cases };
}

type Query = OperationInput<'case:query'>;

describe('case list query', () => {
  it('answers a page of rows with masked identifiers and the total of all matches', async () => {
    const { handlers, ids, close } = await withCases();
    try {
      const page = await ok(handlers, 'case:query', { limit: 2, sort: { column: 'id', direction: 'asc' } } satisfies Query);
      expect(page.total).toBe(4);
      expect(page.rows.map((r) => r.id)).toEqual(ids.slice(0, 2));
      const first = page.rows[0]!;
      expect(first.defendantName).toBe('李晓梅');
      expect(first.residentIdMasked).toContain('*');
      expect(first.cardNumberMasked).toContain('*');
      expect(first.stage).toBe('draft');
      expect(first.readiness).toBe('unchecked');
      expect(first.archived).toBe(false);
    } finally {
      close();
    }
  });

  it('finds 张伟 by the pinyin initials "zw" and nobody else', async () => {
    const { handlers, close } = await withCases();
    try {
      const found = await ok(handlers, 'case:query', { search: 'zw' });
      expect(found.rows.map((r) => r.defendantName)).toEqual(['张伟']);
      expect((await ok(handlers, 'case:query', { search: 'ZW' })).total).toBe(1);
      expect((await ok(handlers, 'case:query', { search: 'zx' })).total).toBe(0);
    } finally {
      close();
    }
  });

  it('refuses a claim bound that is not an amount, naming the bound', async () => {
    const { handlers, close } = await withCases();
    try {
      const error = await refused(handlers, 'case:query', { filters: { claimMin: '12.345' } });
      expect(error.field).toBe('filters.claimMin');
      expect(error.message.zh).toMatch(/^最低诉请金额：/);
    } finally {
      close();
    }
  });
});
