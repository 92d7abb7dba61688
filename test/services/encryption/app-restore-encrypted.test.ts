/**
 * Restoring a backup from the settings page when the store is encrypted: the services close around the swap and
 * reopen with the same keys, so the window keeps working without a new passphrase; the restored database is still
 * encrypted (a plain backup too is encrypted on the way in), its audit chain intact with the restore recorded, the
 * evidence file readable; a damaged backup is refused with the store as it was and the services open.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { databaseFileKind } from '../../../electron/db/database-file-kind';
import { dispatch } from '../../../electron/services/dispatch';
import { openAppServices } from '../../../electron/services/open-app-services';
import type { ProgressEvent } from '../../../core/progress';
import { makePdf } from '../evidence/evidence-fixtures';
import { seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const now = () => new Date('2026-11-28T02:00:00Z');
const passphrase = '玉龙 雪山 口令';

describe('restore in the app on an encrypted store', () => {
  it('restores a backup, encrypted, with the services reopened under the same keys', async () => {
    const dataDir = tempDir();
    const progress: ProgressEvent[] = [];
    const app = openAppServices({ dataDir, actor: 'test', now, reportProgress: (event) => progress.push(event) });
    const { cases } = await seedProfiles(app.handlers);
    const kept = await app.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    const pdf = await makePdf(1, 'Yulong agreement');
    const evidence = await app.handlers['evidence:add']({ caseId: kept.id, fileName: '领用合约.pdf', contentBase64: pdf.toString('base64'), meta: {} });
    // A plain backup, made before encryption, and an encrypted one, made after.
    const plainBackup = await app.handlers['backup:create']({ folder: join(dataDir, 'backups') });
    await app.handlers['encryption:enable']({ passphrase, confirm: passphrase });
    const encryptedBackup = await app.handlers['backup:create']({ folder: join(dataDir, 'backups') });
    const later = await app.handlers['case:create']({ values: caseInput.parse(cases[1]!) });
    expect((await app.handlers['case:list']({ query: '' })).map((c) => c.id).sort()).toEqual([kept.id, later.id].sort());

    for (const backup of [encryptedBackup, plainBackup]) {
      progress.length = 0;
      const restored = await dispatch(app.handlers, 'backup:restore', { path: backup.path });
      expect(restored.ok).toBe(true);
      expect(app.current()).not.toBeNull();
      expect(databaseFileKind(join(dataDir, 'dossier.sqlite'))).toBe('other');
      expect((await app.handlers['case:list']({ query: '' })).map((c) => c.id)).toEqual([kept.id]);
      expect((await app.handlers['evidence:content']({ id: evidence.id })).contentBase64).toBe(pdf.toString('base64'));
      const audit = await app.handlers['audit:verify']({});
      expect(audit.intact).toBe(true);
      expect(progress.some((event) => event.operation === 'backup:restore' && event.done === event.total)).toBe(true);
      // The case made after the backup can be made again: the store writes as before.
      await app.handlers['case:create']({ values: caseInput.parse(cases[1]!) });
    }
    expect((await app.handlers['encryption:status']({})).encrypted).toBe(true);

    // A damaged backup: refused in words, nothing replaced, the services still open.
    const damaged = join(dataDir, 'backups', 'damaged.sqlite');
    writeFileSync(damaged, readFileSync(encryptedBackup.path).subarray(0, 4096));
    const before = (await app.handlers['case:list']({ query: '' })).length;
    const refused = await dispatch(app.handlers, 'backup:restore', { path: damaged });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message.zh).toMatch(/恢复|备份|数据库/);
    expect(app.current()).not.toBeNull();
    expect((await app.handlers['case:list']({ query: '' })).length).toBe(before);
    app.close();
  }, 60_000);
});
