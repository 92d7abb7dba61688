import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { keyInfoPath } from '../../electron/crypto/key-info-file';
import { demoCases } from '../../electron/services/demo-data';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { unlockDatabase } from '../../electron/crypto/unlock-database';
import { knownDefendant, openEncryptedServices, testPassphrase } from './encrypted-store';

// Issue 13 item 4: the CLI unlocks an encrypted store from a passphrase file, the environment or a prompt, and says so when none is given.
const tempDir = useTempDir('dossier-enc-cli-');

type Envelope = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: { zh: string; en: string } } };
const json = (text: string) => JSON.parse(text) as Envelope;

/** A plain store with the three demo cases, closed, and a passphrase file beside it. */
async function plainStore(): Promise<{ dir: string; db: string; pass: string }> {
  const dir = tempDir();
  const services = openTestServices(dir);
  const { cases } = await seedProfiles(services.handlers);
  for (const values of cases) await services.handlers['case:create']({ values: caseInput.parse(values) });
  const db = services.context.databasePath;
  services.close();
  const pass = join(dir, 'pass.txt');
  writeFileSync(pass, `${testPassphrase}\n`);
  return { dir, db, pass };
}

const caseTotal = async (args: string[]) => json((await cli(['case', 'list', ...args, '--json'])).out);

describe('dossier encryption', () => {
  it('enables, unlocks with a file or the environment, changes the passphrase and disables', async () => {
    const { dir, db, pass } = await plainStore();
    expect(json((await cli(['encryption', 'status', '--db', db, '--json'])).out).value).toMatchObject({ encrypted: false, keyFile: false });
    const enabled = await cli(['encryption', 'enable', '--db', db, '--passphrase-file', pass, '--json']);
    expect(enabled.code).toBe(0);
    expect(json(enabled.out).value).toMatchObject({ encrypted: true, keyFile: true, kdf: { name: 'scrypt', N: 32768, r: 8, p: 1 } });
    expect(readFileSync(db).includes(Buffer.from(knownDefendant))).toBe(false);

    const refused = await cli(['case', 'list', '--db', db, '--json']);
    expect(refused.code).toBe(2);
    expect(json(refused.out).error!.message.zh).toContain('--passphrase-file');
    expect(json(refused.out).error!.message.en).toContain('DOSSIER_PASSPHRASE');

    expect((await caseTotal(['--db', db, '--passphrase-file', pass])).value).toMatchObject({ total: 3 });
    process.env.DOSSIER_PASSPHRASE = testPassphrase;
    try {
      expect((await caseTotal(['--db', db])).value).toMatchObject({ total: 3 });
      process.env.DOSSIER_PASSPHRASE = 'not the passphrase';
      const wrong = await caseTotal(['--db', db]);
      expect(wrong.error).toMatchObject({ code: 'invalid-input', message: { zh: '口令不正确', en: 'Wrong passphrase' } });
    } finally {
      delete process.env.DOSSIER_PASSPHRASE;
    }

    const next = join(dir, 'next.txt');
    writeFileSync(next, '第二个口令 second passphrase');
    expect((await cli(['encryption', 'change-passphrase', '--db', db, '--passphrase-file', pass, '--new-passphrase-file', next, '--json'])).code).toBe(0);
    expect((await caseTotal(['--db', db, '--passphrase-file', pass])).error).toMatchObject({ code: 'invalid-input' });
    expect((await caseTotal(['--db', db, '--passphrase-file', next])).value).toMatchObject({ total: 3 });

    const disabled = await cli(['encryption', 'disable', '--db', db, '--passphrase-file', next, '--json']);
    expect(json(disabled.out).value).toMatchObject({ encrypted: false, keyFile: false });
    const plain = new Database(db, { readonly: true });
    expect(plain.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(3);
    plain.close();
  }, 120_000);

  it('refuses a new passphrase that is too short, leaving the store plain', async () => {
    const { dir, db } = await plainStore();
    const short = join(dir, 'short.txt');
    writeFileSync(short, 'abc');
    const result = await cli(['encryption', 'enable', '--db', db, '--passphrase-file', short, '--json']);
    expect(result.code).toBe(2);
    expect(json(result.out).error!.message.zh).toContain('至少需要 8 个字符');
    expect(existsSync(keyInfoPath(db))).toBe(false);
    expect(readFileSync(db).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  }, 60_000);

  it('backs up an encrypted store encrypted, and restores it with the passphrase, also into a new file', async () => {
    const { dir, db, pass } = await plainStore();
    await cli(['encryption', 'enable', '--db', db, '--passphrase-file', pass]);
    const folder = join(dir, 'backups');
    const backup = json((await cli(['backup', '--out', folder, '--db', db, '--passphrase-file', pass, '--json'])).out);
    expect(backup.ok).toBe(true);
    const backupPath = backup.value!.path as string;
    expect(readFileSync(backupPath).includes(Buffer.from(knownDefendant))).toBe(false);
    expect(existsSync(keyInfoPath(backupPath))).toBe(true);
    expect(() => new Database(backupPath, { readonly: true }).prepare('SELECT 1 FROM cases').get()).toThrow(/not a database/);

    // A case added after the backup: the restore must take the store back to three.
    const keys = unlockDatabase(db, testPassphrase)!;
    const later = openEncryptedServices(dir, keys);
    await later.handlers['case:create']({ values: caseInput.parse(demoCases(1, 1)[1]) });
    later.close();
    expect((await caseTotal(['--db', db, '--passphrase-file', pass])).value).toMatchObject({ total: 4 });
    const withoutPassphrase = await cli(['restore', backupPath, '--db', db, '--json']);
    expect(withoutPassphrase.code).toBe(2);
    const restored = await cli(['restore', backupPath, '--db', db, '--passphrase-file', pass, '--json']);
    expect(restored.code).toBe(0);
    expect(readFileSync(db).includes(Buffer.from(knownDefendant))).toBe(false);
    expect((await caseTotal(['--db', db, '--passphrase-file', pass])).value).toMatchObject({ total: 3 });
    const kept = json(restored.out).value!.replacedCopy as string;
    expect(existsSync(keyInfoPath(kept))).toBe(true);

    const fresh = join(tempDir(), 'recovered.sqlite');
    expect((await cli(['restore', backupPath, '--db', fresh, '--passphrase-file', pass, '--json'])).code).toBe(0);
    expect(existsSync(keyInfoPath(fresh))).toBe(true);
    expect(readFileSync(fresh).includes(Buffer.from(knownDefendant))).toBe(false);
    expect((await caseTotal(['--db', fresh, '--passphrase-file', pass])).value).toMatchObject({ total: 3 });
  }, 120_000);
});
