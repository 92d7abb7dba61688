import { chmodSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { auditTrail } from '../../electron/db/audit-log';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { makePdf } from '../services/evidence/evidence-fixtures';

const tempDir = useTempDir();
const b64 = (bytes: Buffer) => bytes.toString('base64');

/** A case with two evidence files; returns the stored copies' paths. */
async function caseWithEvidence() {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  const statement = await makePdf(2, 'Statement');
  const agreement = await makePdf(1, 'Agreement');
  const first = await services.handlers['evidence:add']({ caseId: created.id, fileName: '对账单.pdf', contentBase64: b64(statement), meta: {} });
  const second = await services.handlers['evidence:add']({ caseId: created.id, fileName: '领用合约.pdf', contentBase64: b64(agreement), meta: {} });
  const stored = (sha: string) => join(dataDir, 'evidence', sha.slice(0, 2), sha);
  return { ...services, dataDir, created, statement, agreement, first, second, stored };
}

/** Overwrites a stored copy with bytes of the same size, as an edit behind the app's back would. */
function alterSameSize(path: string): void {
  const size = statSync(path).size;
  chmodSync(path, 0o644);
  writeFileSync(path, Buffer.alloc(size, 0x41));
}

describe('evidence verify and repair', () => {
  it('finds nothing wrong in an untouched store', async () => {
    const s = await caseWithEvidence();
    expect(await s.handlers['evidence:verify']({})).toEqual({ intact: true, checked: 2, problems: [] });
    s.close();
  });

  it('reports a changed and a vanished stored copy by case and title, and exits non-zero', async () => {
    const s = await caseWithEvidence();
    alterSameSize(s.stored(s.first.sha256));
    rmSync(s.stored(s.second.sha256), { force: true });
    const report = await s.handlers['evidence:verify']({});
    expect(report.intact).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.caseId, p.title])).toEqual([['changed', s.created.id, '对账单'], ['missing', s.created.id, '领用合约']]);
    expect(report.problems[0]!.message.zh).toContain('已被改动');
    s.close();
    const run = await cli(['evidence', 'verify', '--db', join(s.dataDir, 'dossier.sqlite')]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('“对账单”的存储副本已被改动');
    expect(run.out).toContain('“领用合约”的存储副本已缺失');
  });

  it('re-adding the original repairs a tampered copy of the same size and a missing one, and records the repair', async () => {
    const s = await caseWithEvidence();
    alterSameSize(s.stored(s.first.sha256));
    rmSync(s.stored(s.second.sha256), { force: true });
    const repaired = await s.handlers['evidence:add']({ caseId: s.created.id, fileName: '对账单.pdf', contentBase64: b64(s.statement), meta: {} });
    expect(repaired).toMatchObject({ id: s.first.id, repairedCopy: 'changed' });
    const restored = await s.handlers['evidence:add']({ caseId: s.created.id, fileName: '领用合约.pdf', contentBase64: b64(s.agreement), meta: {} });
    expect(restored).toMatchObject({ id: s.second.id, repairedCopy: 'missing' });
    expect(await s.handlers['evidence:verify']({})).toMatchObject({ intact: true, checked: 2 });
    expect(statSync(s.stored(s.first.sha256)).mode & 0o222).toBe(0);
    expect(auditTrail(s.context.db, 'case', s.created.id).filter((a) => a.after_json?.includes('evidenceCopyRepaired'))).toHaveLength(2);
    // With the copy intact again, adding the same file once more is the duplicate it always was.
    await expect(s.handlers['evidence:add']({ caseId: s.created.id, fileName: '对账单.pdf', contentBase64: b64(s.statement), meta: {} })).rejects.toMatchObject({ code: 'conflict' });
    s.close();
  });
});
