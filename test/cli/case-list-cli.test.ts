import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseListPage } from '../../core/case/case-list-query';
import { openListCases } from '../support/case-list-cases';
import { cliError, cliValue } from '../support/parse-output';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';
import { internalTextIn } from '../support/internal-text';

const tempDir = useTempDir();

/** A database holding the four list cases (李晓梅's judgment effective, 王建国 ready), closed for the CLI to open. */
async function listDatabase(): Promise<{ db: string; ids: Awaited<ReturnType<typeof openListCases>>['ids'] }> {
  const dir = tempDir();
  const services = await openListCases(dir);
  services.close();
  return { db: join(dir, 'dossier.sqlite'), ids: services.ids };
}

describe('dossier case list, archive and unarchive', () => {
  it('filters by stage (word or Chinese name), court and owner, searches and sorts, printing words and yuan', async () => {
    const { db } = await listDatabase();
    const page = async (...args: string[]) => cliValue<CaseListPage>((await cli(['case', 'list', '--db', db, '--json', ...args])).out);
    expect((await page('--stage', '已生效')).rows.map((r) => r.defendantName)).toEqual(['李晓梅']);
    expect((await page('--stage', 'draft,ready', '--sort', '诉请金额:desc')).rows.map((r) => r.defendantName)).toEqual(['王建国', '张伟', '䶮文静']);
    expect((await page('--court', '昆明市官渡区人民法院', '--sort', 'claim')).rows.map((r) => r.defendantName)).toEqual(['张伟', '王建国']);
    expect((await page('--owner', '钱法务')).total).toBe(1);
    expect((await page('--branch', '云岭银行股份有限公司大理分行')).rows.map((r) => r.defendantName)).toEqual(['䶮文静']);
    expect((await page('--search', 'zw')).rows.map((r) => r.defendantName)).toEqual(['张伟']);
    const text = (await cli(['case', 'list', '--db', db, '--search', 'lxm'])).out;
    expect(text).toContain('已生效 Effective');
    expect(text).toContain('¥56,918.07');
    expect(text).toContain('（2026）云0103民初346号');
    expect(text).toContain('未检查');
    expect(internalTextIn(text)).toEqual([]);
  });

  it('archives and unarchives cases by id, hiding them from the list until unarchived', async () => {
    const { db, ids } = await listDatabase();
    const archived = await cli(['case', 'archive', String(ids.wang), String(ids.yan), '--db', db]);
    expect(archived.out).toBe('已归档 2 件 / Archived 2 case(s)');
    expect(cliValue<CaseListPage>((await cli(['case', 'list', '--db', db, '--json'])).out).total).toBe(2);
    expect(cliValue<CaseListPage>((await cli(['case', 'list', '--db', db, '--json', '--archived', 'only'])).out).rows.map((r) => r.id).sort())
      .toEqual([ids.wang, ids.yan].sort());
    expect((await cli(['case', 'unarchive', String(ids.wang), '--db', db])).out).toBe('已撤销归档 1 件 / Unarchived 1 case(s)');
    expect(cliValue<CaseListPage>((await cli(['case', 'list', '--db', db, '--json'])).out).total).toBe(3);
  });

  it('refuses an unknown sort column or archive choice and a bad case id, in words', async () => {
    const { db } = await listDatabase();
    for (const args of [['case', 'list', '--sort', 'residentId'], ['case', 'list', '--archived', 'maybe'], ['case', 'archive', 'x'], ['case', 'archive']]) {
      const result = await cli([...args, '--db', db, '--json']);
      expect(result.code, args.join(' ')).toBe(2);
      expect(cliError(result.out).code).toBe('invalid-input');
      const plain = await cli([...args, '--db', db]);
      expect(internalTextIn(plain.err), args.join(' ')).toEqual([]);
    }
  });
});
