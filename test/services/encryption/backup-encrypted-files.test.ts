/**
 * Backup and restore of an encrypted store's files: the backup carries each stored file as stored (ciphertext,
 * checked by decrypting), and a restore puts a lost file back encrypted, where `evidence verify` finds it intact.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { restoreBackup } from '../../../electron/backup/restore-backup';
import { isEncryptedStoredFile } from '../../../electron/crypto/file-cipher';
import { openServices } from '../../../electron/services/open-services';
import { encryptStore } from '../../../electron/services/store-encryption';
import { makePdf } from '../evidence/evidence-fixtures';
import { openTestServices, seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

describe('backup of an encrypted store', () => {
  it('keeps the stored files encrypted in the backup and restores a lost one encrypted', async () => {
    const dataDir = tempDir();
    const plain = openTestServices(dataDir);
    const { cases } = await seedProfiles(plain.handlers);
    const created = await plain.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    const pdf = await makePdf(1, 'Lijiang statement');
    const added = await plain.handlers['evidence:add']({ caseId: created.id, fileName: '对账单.pdf', contentBase64: pdf.toString('base64'), meta: {} });
    plain.close();
    const databasePath = join(dataDir, 'dossier.sqlite');
    const { keys } = await encryptStore({ dataDir, databasePath }, '丽江 备份 口令 2026', {});
    const services = openServices({ dataDir, actor: 'test', now: () => new Date('2026-11-28T02:00:00Z'), keys });
    const folder = join(tempDir(), 'backups');
    const backup = await services.handlers['backup:create']({ folder });
    expect(backup.unavailableFileCount).toBe(0);
    const copies = readdirSync(join(folder, 'files'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(copies.length).toBe(1);
    const copied = readFileSync(join(copies[0]!.parentPath, copies[0]!.name));
    expect(isEncryptedStoredFile(copied)).toBe(true);
    expect(copied.includes(Buffer.from('Lijiang'))).toBe(false);

    const stored = join(dataDir, 'evidence', added.sha256.slice(0, 2), added.sha256);
    rmSync(stored, { force: true });
    expect((await services.handlers['evidence:verify']({})).intact).toBe(false);
    services.close();
    // An encrypted store is restored closed, as `dossier restore` does it, with both keys.
    const restored = await restoreBackup({ databasePath, dataDir, databaseKey: keys.database, filesKey: keys.files }, { backupPath: backup.path, now: new Date() });
    expect(restored).toMatchObject({ filesRestored: 1, filesMissing: [] });
    expect(existsSync(stored)).toBe(true);
    expect(isEncryptedStoredFile(readFileSync(stored))).toBe(true);
    const reopened = openServices({ dataDir, actor: 'test', keys });
    expect(await reopened.handlers['evidence:verify']({})).toMatchObject({ intact: true, checked: 1 });
    reopened.close();
  });
});
