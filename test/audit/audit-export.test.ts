import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { makePdf } from '../services/evidence/evidence-fixtures';

const tempDir = useTempDir();

describe('audit trail export', () => {
  it('writes the case\'s records with Chinese headers, in words, formula-safe, the same bytes each time', async () => {
    const dataDir = tempDir();
    const services = openTestServices(dataDir);
    const { cases } = await seedProfiles(services.handlers);
    const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    await services.handlers['evidence:add']({ caseId: created.id, fileName: 'x.pdf', contentBase64: (await makePdf(1)).toString('base64'), meta: { title: '=HYPERLINK("http://x")' } });
    const first = await services.handlers['audit:export']({ caseId: created.id, format: 'csv', path: join(dataDir, 'a.csv') });
    const second = await services.handlers['audit:export']({ caseId: created.id, format: 'csv', path: join(dataDir, 'b.csv') });
    services.close();
    expect(first.records).toBe(2);
    const bytes = readFileSync(first.path);
    expect(bytes.equals(readFileSync(second.path))).toBe(true);
    const rows = parse(bytes.toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['记录号', '时间', '操作人', '操作', '内容', '记录哈希（SHA-256）']);
    expect(rows.slice(1).map((r) => [r[3], r[4]])).toEqual([['新建', '新建案件'], ['修改', '添加证据“=HYPERLINK("http://x")”']]);
    expect(rows[1]![1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(rows[1]![5]).toMatch(/^[0-9a-f]{64}$/);
    expect(bytes.toString('utf8')).not.toMatch(/evidenceAdded|before_json|entity_id/);
    const run = await cli(['audit', 'export', String(created.id), '--format', 'xlsx', '--out', join(dataDir, 'trail.xlsx'), '--db', join(dataDir, 'dossier.sqlite')]);
    expect(run.code, run.err).toBe(0);
    expect(readFileSync(join(dataDir, 'trail.xlsx')).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);
});
