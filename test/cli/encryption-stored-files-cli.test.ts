/**
 * `dossier encryption enable / change-passphrase / disable` take the stored files along with the database: after
 * enable the evidence on disk is ciphertext and `dossier evidence verify` (with the passphrase) finds it intact;
 * after a change only the new passphrase reads it; after disable the files are the plain originals again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { isEncryptedStoredFile } from '../../electron/crypto/file-cipher';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { makePdf } from '../services/evidence/evidence-fixtures';

const tempDir = useTempDir();

describe('dossier encryption with stored files', () => {
  it('encrypts, re-keys and decrypts the evidence with the database', async () => {
    const dataDir = tempDir();
    const services = openTestServices(dataDir);
    const { cases } = await seedProfiles(services.handlers);
    const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    const pdf = await makePdf(1, 'Erhai statement');
    const added = await services.handlers['evidence:add']({ caseId: created.id, fileName: '对账单.pdf', contentBase64: pdf.toString('base64'), meta: {} });
    services.close();
    const db = join(dataDir, 'dossier.sqlite');
    const stored = join(dataDir, 'evidence', added.sha256.slice(0, 2), added.sha256);
    const firstFile = join(dataDir, 'first.txt');
    const secondFile = join(dataDir, 'second.txt');
    writeFileSync(firstFile, '洱海 口令 第一');
    writeFileSync(secondFile, '洱海 口令 第二');

    expect((await cli(['encryption', 'enable', '--db', db, '--passphrase-file', firstFile])).code).toBe(0);
    expect(isEncryptedStoredFile(readFileSync(stored))).toBe(true);
    const verified = await cli(['evidence', 'verify', '--db', db, '--passphrase-file', firstFile, '--json']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ ok: true, value: { intact: true, checked: 1 } });

    const changed = await cli(['encryption', 'change-passphrase', '--db', db, '--passphrase-file', firstFile, '--new-passphrase-file', secondFile]);
    expect(changed.code).toBe(0);
    expect((await cli(['evidence', 'verify', '--db', db, '--passphrase-file', secondFile, '--json'])).code).toBe(0);
    expect((await cli(['evidence', 'verify', '--db', db, '--passphrase-file', firstFile])).code).not.toBe(0);

    expect((await cli(['encryption', 'disable', '--db', db, '--passphrase-file', secondFile])).code).toBe(0);
    expect(readFileSync(stored).equals(pdf)).toBe(true);
    expect((await cli(['evidence', 'verify', '--db', db])).code).toBe(0);
  });
});
