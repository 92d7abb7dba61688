/**
 * The app's locked start and its changes of encryption, on a real data folder: a plain store opens at once; turning
 * encryption on encrypts the database and every stored file; the next start is locked (only app:info and unlock
 * answer) until the right passphrase; a file left plain or under the old key by a killed run is finished by the next
 * unlock; changing the passphrase and turning encryption off bring database and files along.
 */
import { readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import type { Handlers } from '../../../core/contract';
import { unlockDataKeys } from '../../../electron/crypto/data-keys';
import { encryptStoredBytes, isEncryptedStoredFile } from '../../../electron/crypto/file-cipher';
import { readKeyInfo } from '../../../electron/crypto/key-info-file';
import { databaseFileKind } from '../../../electron/db/database-file-kind';
import { dispatch } from '../../../electron/services/dispatch';
import { openAppServices } from '../../../electron/services/open-app-services';
import { previousFilesKeyPath } from '../../../electron/services/store-encryption';
import { countPlainStoredFiles } from '../../../electron/services/stored-file-conversion';
import type { ProgressEvent } from '../../../core/progress';
import { makePdf } from '../evidence/evidence-fixtures';
import { seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const now = () => new Date('2026-11-28T02:00:00Z');
const first = '云岭 第一个 口令';
const second = '苍山 第二个 口令';

function start(dataDir: string, progress: ProgressEvent[] = []) {
  return openAppServices({ dataDir, actor: 'test', now, reportProgress: (event) => progress.push(event) });
}

/** Calls an operation as a transport does: the Result, never a throw. */
function run(handlers: Handlers, name: string, input: unknown = {}) {
  return dispatch(handlers, name, input);
}

/** A plain store holding one case with one evidence PDF; returns the PDF and its stored path. */
async function seeded(dataDir: string) {
  const app = start(dataDir);
  const { cases } = await seedProfiles(app.handlers);
  const created = await app.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  const pdf = await makePdf(1, 'Cangshan agreement');
  const added = await app.handlers['evidence:add']({ caseId: created.id, fileName: '领用合约.pdf', contentBase64: pdf.toString('base64'), meta: {} });
  return { app, caseId: created.id, pdf, evidenceId: added.id, stored: join(dataDir, 'evidence', added.sha256.slice(0, 2), added.sha256) };
}

describe('locked start and changes of encryption', () => {
  it('turns encryption on, starts locked, refuses a wrong passphrase and opens with the right one', async () => {
    const dataDir = tempDir();
    const s = await seeded(dataDir);
    expect(((await run(s.app.handlers, 'app:info')) as { value: { locked: boolean } }).value.locked).toBe(false);
    const mismatch = await run(s.app.handlers, 'encryption:enable', { passphrase: first, confirm: `${first}!` });
    expect(mismatch.ok || mismatch.error.field).toBe('confirm');
    const short = await run(s.app.handlers, 'encryption:enable', { passphrase: 'abc', confirm: 'abc' });
    expect(short.ok || short.error.field).toBe('passphrase');
    expect(databaseFileKind(join(dataDir, 'dossier.sqlite'))).toBe('plain');

    const progress: ProgressEvent[] = [];
    const enabled = await s.app.handlers['encryption:enable']({ passphrase: first, confirm: first });
    expect(enabled).toEqual({ encrypted: true, filesRewritten: 1 });
    expect(databaseFileKind(join(dataDir, 'dossier.sqlite'))).toBe('other');
    expect(isEncryptedStoredFile(readFileSync(s.stored))).toBe(true);
    // Still open after the change, with the same case.
    expect((await s.app.handlers['case:list']({ query: '' })).length).toBe(1);
    s.app.close();

    const locked = start(dataDir, progress);
    const info = await run(locked.handlers, 'app:info');
    expect(info.ok && info.value).toMatchObject({ locked: true, dataDir });
    const refused = await run(locked.handlers, 'case:list');
    expect(refused.ok || refused.error.code).toBe('locked');
    expect(refused.ok || refused.error.message.zh).toContain('解锁');
    expect(locked.current()).toBeNull();
    const wrong = await run(locked.handlers, 'encryption:unlock', { passphrase: second });
    expect(wrong.ok || [wrong.error.field, wrong.error.message.zh]).toEqual(['passphrase', '口令不正确']);
    expect(await locked.handlers['encryption:unlock']({ passphrase: first })).toEqual({ unlocked: true });
    expect((await locked.handlers['case:list']({ query: '' })).map((c) => c.id)).toEqual([s.caseId]);
    const content = await locked.handlers['evidence:content']({ id: s.evidenceId });
    expect(Buffer.from(content.contentBase64, 'base64').equals(s.pdf)).toBe(true);
    expect(await locked.handlers['encryption:status']({})).toEqual({ encrypted: true, locked: false, plainFiles: 0 });
    expect(progress.some((event) => event.operation === 'encryption:unlock' && event.done === event.total)).toBe(true);
    locked.close();
  });

  it('finishes on unlock a file a killed encryption left plain', async () => {
    const dataDir = tempDir();
    const s = await seeded(dataDir);
    await s.app.handlers['encryption:enable']({ passphrase: first, confirm: first });
    s.app.close();
    // As if the run had been killed before this file: its plain bytes are still on disk.
    chmodSync(s.stored, 0o644);
    writeFileSync(s.stored, s.pdf);
    expect(countPlainStoredFiles(dataDir)).toBe(1);
    const app = start(dataDir);
    await app.handlers['encryption:unlock']({ passphrase: first });
    expect(countPlainStoredFiles(dataDir)).toBe(0);
    expect((await app.handlers['evidence:verify']({})).intact).toBe(true);
    app.close();
  });

  it('changes the passphrase: the old one no longer unlocks, and a file still under the old key is finished on unlock', async () => {
    const dataDir = tempDir();
    const s = await seeded(dataDir);
    await s.app.handlers['encryption:enable']({ passphrase: first, confirm: first });
    const old = unlockDataKeys(readKeyInfo(join(dataDir, 'dossier.sqlite'))!, first);
    const wrongCurrent = await run(s.app.handlers, 'encryption:change-passphrase', { current: second, passphrase: second, confirm: second });
    expect(wrongCurrent.ok || wrongCurrent.error.field).toBe('passphrase');
    expect(await s.app.handlers['encryption:change-passphrase']({ current: first, passphrase: second, confirm: second })).toEqual({ encrypted: true, filesRewritten: 1 });
    const next = unlockDataKeys(readKeyInfo(join(dataDir, 'dossier.sqlite'))!, second);
    s.app.close();

    // A change killed after the database swap: the file is still under the old key, the old key kept under the new one.
    chmodSync(s.stored, 0o644);
    writeFileSync(s.stored, encryptStoredBytes(old.files, s.pdf));
    writeFileSync(previousFilesKeyPath(join(dataDir, 'dossier.sqlite')), encryptStoredBytes(next.files, old.files));
    const app = start(dataDir);
    const refused = await run(app.handlers, 'encryption:unlock', { passphrase: first });
    expect(refused.ok).toBe(false);
    await app.handlers['encryption:unlock']({ passphrase: second });
    const content = await app.handlers['evidence:content']({ id: s.evidenceId });
    expect(Buffer.from(content.contentBase64, 'base64').equals(s.pdf)).toBe(true);
    expect((await app.handlers['evidence:verify']({})).intact).toBe(true);
    app.close();
  });

  it('turns encryption off: database and files plain again, and the next start is not locked', async () => {
    const dataDir = tempDir();
    const s = await seeded(dataDir);
    await s.app.handlers['encryption:enable']({ passphrase: first, confirm: first });
    const wrong = await run(s.app.handlers, 'encryption:disable', { passphrase: second });
    expect(wrong.ok).toBe(false);
    expect(isEncryptedStoredFile(readFileSync(s.stored))).toBe(true);
    expect(await s.app.handlers['encryption:disable']({ passphrase: first })).toEqual({ encrypted: false, filesRewritten: 1 });
    expect(readFileSync(s.stored).equals(s.pdf)).toBe(true);
    expect(databaseFileKind(join(dataDir, 'dossier.sqlite'))).toBe('plain');
    s.app.close();
    const app = start(dataDir);
    expect(app.current()).not.toBeNull();
    expect((await app.handlers['case:list']({ query: '' })).length).toBe(1);
    app.close();
  });
});
