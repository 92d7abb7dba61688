import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { evidenceFolderLines, importEvidenceFolder } from '../../electron/cli/commands/import-evidence-folder';
import { dispatch } from '../../electron/services/dispatch';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { makePdf } from '../services/evidence/evidence-fixtures';

const tempDir = useTempDir();

/** A data folder with one case (id 1), closed again so the CLI opens it. */
async function caseFolder() {
  const dir = tempDir();
  const services = openTestServices(dir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  services.close();
  return { dir, db: join(dir, 'dossier.sqlite'), caseId: created.id, cardNumber: cases[0]!.card.cardNumber };
}

describe('evidence add on the command line', () => {
  it('refuses a FIFO and a link to /dev/zero before reading them, promptly, and stores nothing', async () => {
    const { dir, db, caseId } = await caseFolder();
    const fifo = join(dir, 'statement.pdf');
    execFileSync('mkfifo', [fifo]);
    const link = join(dir, 'zero.pdf');
    symlinkSync('/dev/zero', link);
    for (const [path, kind] of [[fifo, 'a pipe'], [link, 'a device'], [dir, 'a folder']] as const) {
      const started = Date.now();
      const result = await cli(['evidence', 'add', String(caseId), path, '--db', db]);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(result.code, path).toBe(2);
      expect(result.err + result.out).toMatch(new RegExp(`不是普通文件[\\s\\S]*${kind}, not a regular file`));
    }
    const listed = openTestServices(dir);
    expect(await listed.handlers['evidence:list']({ caseId })).toEqual([]);
    listed.close();
  }, 30_000);

  it('prints how a title was changed', async () => {
    const { dir, db, caseId } = await caseFolder();
    const file = join(dir, 'a.pdf');
    writeFileSync(file, await makePdf(1));
    const result = await cli(['evidence', 'add', String(caseId), file, '--title', '对账\u202e单\u0000', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('证据名称“对账[U+202E]单[U+0000]”已改为“对账单”');
    expect(result.out).toContain('was changed to "对账单"');
  }, 30_000);

  it('a folder import reads each file through the same check and reports title changes per file', async () => {
    const { dir, caseId, cardNumber } = await caseFolder();
    const folder = join(dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, `${cardNumber}\u200b对账单.pdf`), await makePdf(1));
    const services = openTestServices(dir);
    const call = async (name: 'evidence:match-files' | 'evidence:add', value: unknown) => {
      const result = await dispatch(services.handlers, name, value);
      if (!result.ok) throw new Error(result.error.message.en);
      return result.value;
    };
    const result = await importEvidenceFolder(call, folder);
    expect(result.unmatched).toEqual([]);
    expect(result.added).toHaveLength(1);
    expect(result.added[0]!.caseId).toBe(caseId);
    expect(result.added[0]!.textChanges?.map((c) => c.field)).toEqual(['title', 'fileName']);
    const lines = evidenceFolderLines(result).join('\n');
    expect(lines).toContain(`已修改 changed · ${cardNumber}\u200b对账单.pdf · 证据名称“${cardNumber}[U+200B]对账单”已改为“${cardNumber}对账单”`);
    services.close();
  }, 30_000);
});
