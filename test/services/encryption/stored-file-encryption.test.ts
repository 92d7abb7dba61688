/**
 * Stored files of an encrypted store, on real files: evidence is kept encrypted with the files key (no plaintext of a
 * known file on disk), read back whole, refused naming the file when a byte changes, checked by `evidence:verify`
 * through decryption; a conversion interrupted half-way leaves a mixed store that the next run finishes.
 */
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { createDataKeys } from '../../../electron/crypto/data-keys';
import type { DataKeys } from '../../../electron/crypto/data-keys';
import { isEncryptedStoredFile } from '../../../electron/crypto/file-cipher';
import { createEvidenceStore } from '../../../electron/services/evidence-store';
import { openServices } from '../../../electron/services/open-services';
import { convertStoredFiles, countPlainStoredFiles, storedFilePaths } from '../../../electron/services/stored-file-conversion';
import { STALE_TEMP_MS, sweepDataFolderTemps } from '../../../electron/services/temp-file-sweep';
import { makePdf, png } from '../evidence/evidence-fixtures';
import { seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';
import { rejectedDossierError } from '../../support/thrown-error';

const tempDir = useTempDir();
const b64 = (bytes: Buffer) => bytes.toString('base64');
const now = () => new Date('2026-11-28T02:00:00Z');

/** Services over a temp data folder, with the files key of `keys` when given. */
function open(dataDir: string, keys?: DataKeys) {
  return openServices({ dataDir, actor: 'test', now, ...(keys ? { keys } : {}) });
}

/** A case with two evidence files (a PDF with a known text and a PNG); the stored copies' paths. */
async function caseWithEvidence(services: ReturnType<typeof open>, dataDir: string) {
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  const statement = await makePdf(2, 'Yunling statement of account');
  const first = await services.handlers['evidence:add']({ caseId: created.id, fileName: '对账单.pdf', contentBase64: b64(statement), meta: {} });
  const second = await services.handlers['evidence:add']({ caseId: created.id, fileName: '催收照片.png', contentBase64: b64(png), meta: {} });
  const stored = (sha: string) => join(dataDir, 'evidence', sha.slice(0, 2), sha);
  return { created, statement, first, second, stored };
}

/** Whether any 32-byte window of `plain` (sampled every 97 bytes) appears in `stored`. */
function leaksPlaintext(stored: Buffer, plain: Buffer): boolean {
  for (let at = 0; at + 32 <= plain.length; at += 97) if (stored.includes(plain.subarray(at, at + 32))) return true;
  return false;
}

describe('stored files of an encrypted store', () => {
  const { keys } = createDataKeys('云岭 测试 口令 2026');

  it('keeps evidence encrypted on disk, named by the plain hash, and reads it back whole', async () => {
    const dataDir = tempDir();
    const services = open(dataDir, keys);
    const s = await caseWithEvidence(services, dataDir);
    const onDisk = readFileSync(s.stored(s.first.sha256));
    expect(isEncryptedStoredFile(onDisk)).toBe(true);
    expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);
    expect(onDisk.includes(Buffer.from('Yunling statement'))).toBe(false);
    expect(leaksPlaintext(onDisk, s.statement)).toBe(false);
    const content = await services.handlers['evidence:content']({ id: s.first.id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(s.statement)).toBe(true);
    expect(await services.handlers['evidence:verify']({})).toEqual({ intact: true, checked: 2, problems: [] });
    services.close();
  });

  it('refuses a stored copy with one flipped byte, naming the file, and evidence verify reports it changed', async () => {
    const dataDir = tempDir();
    const services = open(dataDir, keys);
    const s = await caseWithEvidence(services, dataDir);
    const path = s.stored(s.first.sha256);
    const bytes = readFileSync(path);
    bytes[bytes.length >> 1]! ^= 0x04;
    chmodSync(path, 0o644);
    writeFileSync(path, bytes);
    const error = await rejectedDossierError(async () => services.handlers['evidence:content']({ id: s.first.id }));
    expect(error.location.file).toBe('对账单.pdf');
    expect(error.text.zh).toContain('对账单.pdf');
    const report = await services.handlers['evidence:verify']({});
    expect(report.problems.map((p) => [p.kind, p.title])).toEqual([['changed', '对账单']]);
    // Adding the original again repairs it, encrypted.
    await services.handlers['evidence:add']({ caseId: s.created.id, fileName: '对账单.pdf', contentBase64: b64(s.statement), meta: {} });
    expect((await services.handlers['evidence:verify']({})).intact).toBe(true);
    expect(isEncryptedStoredFile(readFileSync(path))).toBe(true);
    services.close();
  });

  it('a plain store cannot read an encrypted copy without the key, and says which file', async () => {
    const dataDir = tempDir();
    const plain = open(dataDir);
    const s = await caseWithEvidence(plain, dataDir);
    // A stored copy encrypted while the database is plain (a disable killed between files and database, undone by hand).
    await convertStoredFiles(dataDir, { to: keys.files, from: [] });
    const error = await rejectedDossierError(async () => plain.handlers['evidence:content']({ id: s.first.id }));
    expect(error.location.file).toBe('对账单.pdf');
    expect(error.text.zh).toContain('已加密');
    plain.close();
  });

  it('finishes an encryption interrupted half-way on the next run, and every file then verifies', async () => {
    const dataDir = tempDir();
    const plainServices = open(dataDir);
    const s = await caseWithEvidence(plainServices, dataDir);
    await plainServices.handlers['document:generate']({ caseId: s.created.id, templateId: 'complaint', formats: ['docx'] });
    plainServices.close();
    const all = storedFilePaths(dataDir);
    expect(all.length).toBe(3);
    expect(countPlainStoredFiles(dataDir)).toBe(3);
    // A kill after the first file: the run stops there.
    const killed = convertStoredFiles(dataDir, { to: keys.files, from: [] }, (done) => {
      if (done === 1) throw new Error('killed');
    });
    await expect(killed).rejects.toThrow('killed');
    expect(countPlainStoredFiles(dataDir)).toBe(2);
    // The mixed store still reads and verifies (plain files are read as they are).
    const mixed = open(dataDir, keys);
    expect((await mixed.handlers['evidence:verify']({})).intact).toBe(true);
    mixed.close();
    const progress: [number, number][] = [];
    const finished = await convertStoredFiles(dataDir, { to: keys.files, from: [] }, (done, total) => progress.push([done, total]));
    expect(finished).toEqual({ rewritten: 2, unchanged: 1, unreadable: [] });
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(countPlainStoredFiles(dataDir)).toBe(0);
    const reopened = open(dataDir, keys);
    expect((await reopened.handlers['evidence:verify']({})).intact).toBe(true);
    const [document] = await reopened.handlers['document:list']({ caseId: s.created.id });
    const content = await reopened.handlers['document:content']({ documentId: document!.id });
    expect(Buffer.from(content.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    reopened.close();
    // Evidence stays read-only after its re-write.
    expect(statSync(s.stored(s.first.sha256)).mode & 0o777).toBe(0o444);
  });

  it('moves every file from the old files key to a new one, and back to plain', async () => {
    const dataDir = tempDir();
    const services = open(dataDir);
    const s = await caseWithEvidence(services, dataDir);
    services.close();
    const next = createDataKeys('另一个 口令 2027').keys;
    expect(await convertStoredFiles(dataDir, { to: keys.files, from: [] })).toEqual({ rewritten: 2, unchanged: 0, unreadable: [] });
    expect(await convertStoredFiles(dataDir, { to: next.files, from: [keys.files] })).toEqual({ rewritten: 2, unchanged: 0, unreadable: [] });
    // Run again (as after a kill): nothing left to do.
    expect(await convertStoredFiles(dataDir, { to: next.files, from: [keys.files] })).toEqual({ rewritten: 0, unchanged: 2, unreadable: [] });
    const store = createEvidenceStore(dataDir, next.files);
    expect([store.stateOf(s.first.sha256), store.stateOf(s.second.sha256)]).toEqual(['intact', 'intact']);
    expect(createEvidenceStore(dataDir, keys.files).stateOf(s.first.sha256)).toBe('changed');
    // A key that opens none of them: reported, nothing touched.
    const stranger = createDataKeys('陌生 口令 2028').keys;
    const refused = await convertStoredFiles(dataDir, { to: stranger.files, from: [keys.files] });
    expect(refused.unreadable.length).toBe(2);
    expect(await convertStoredFiles(dataDir, { to: undefined, from: [next.files] })).toEqual({ rewritten: 2, unchanged: 0, unreadable: [] });
    expect(readFileSync(s.stored(s.first.sha256)).equals(s.statement)).toBe(true);
  });
});

describe('opening a stored file of an encrypted store in the system viewer', () => {
  it('hands the viewer a plain temporary copy under previews/opened, which the start-up sweep removes once stale', async () => {
    const { keys } = createDataKeys('云岭 查看 口令 2026');
    const dataDir = tempDir();
    const opened: string[] = [];
    const services = openServices({ dataDir, actor: 'test', now, keys, openPath: (path) => opened.push(path) });
    const { cases } = await seedProfiles(services.handlers);
    const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    const [document] = await services.handlers['document:generate']({ caseId: created.id, templateId: 'complaint', formats: ['pdf'] });
    expect(isEncryptedStoredFile(readFileSync(document!.path))).toBe(true);
    const { path } = await services.handlers['document:open']({ documentId: document!.id });
    expect(opened).toEqual([path]);
    expect(path.startsWith(join(dataDir, 'previews', 'opened'))).toBe(true);
    expect(path.endsWith(document!.fileName)).toBe(true);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    services.close();
    expect(sweepDataFolderTemps(dataDir, Date.now())).toBe(0);
    expect(existsSync(path)).toBe(true);
    expect(sweepDataFolderTemps(dataDir, Date.now() + 2 * STALE_TEMP_MS)).toBe(1);
    expect(existsSync(path)).toBe(false);
    // The stored document itself is untouched by the sweep.
    expect(existsSync(document!.path)).toBe(true);
  });
});
