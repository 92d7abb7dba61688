import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlockDataKeys } from '../../electron/crypto/data-keys';
import { readKeyInfo } from '../../electron/crypto/key-info-file';
import { openConnection } from '../../electron/db/open-connection';
import { openDatabase } from '../../electron/db/open-database';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { thrownDossierError } from '../support/thrown-error';
import { knownDefendant, openEncryptedServices, seededEncryptedStore, testPassphrase } from './encrypted-store';
import { caseInput } from '../../core/case/case-model';

// Issue 13 item 4: an encrypted store is opened through the same repository code, and nothing of it is readable without the key.
const tempDir = useTempDir('dossier-enc-open-');

/** Every byte of the store: the database and whatever WAL or journal lies beside it. */
function storeBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).filter((name) => name.startsWith('dossier.sqlite')).map((name) => readFileSync(join(dir, name))));
}

describe('encrypted store', () => {
  it('holds no plaintext: the defendant name a plain store shows is absent from every encrypted byte', async () => {
    const plainDir = tempDir();
    const plain = openTestServices(plainDir);
    const { cases } = await seedProfiles(plain.handlers);
    await plain.handlers['case:create']({ values: caseInput.parse(cases[0]) });
    plain.context.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(storeBytes(plainDir).includes(Buffer.from(knownDefendant))).toBe(true);
    plain.close();

    const dir = tempDir();
    const { databasePath } = await seededEncryptedStore(dir);
    const bytes = storeBytes(dir);
    expect(bytes.length).toBeGreaterThan(4096);
    expect(bytes.includes(Buffer.from(knownDefendant))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(() => new Database(databasePath, { readonly: true }).prepare('SELECT count(*) FROM cases').get()).toThrow(/not a database/);
  });

  it('reopens with the passphrase, through the same repositories, and keeps WAL and foreign keys', async () => {
    const dir = tempDir();
    const { databasePath, caseIds } = await seededEncryptedStore(dir);
    const keys = unlockDataKeys(readKeyInfo(databasePath)!, testPassphrase);
    const services = openEncryptedServices(dir, keys);
    try {
      const found = await services.handlers['case:get']({ id: caseIds[0]! });
      expect(found.defendant.name).toBe(knownDefendant);
      expect(services.context.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(services.context.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(services.context.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      services.close();
    }
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
  });

  it('says an encrypted store needs the passphrase, and a wrong key is a wrong passphrase', async () => {
    const dir = tempDir();
    const { databasePath } = await seededEncryptedStore(dir);
    const needed = thrownDossierError(() => openDatabase(databasePath));
    expect(needed.code).toBe('forbidden');
    expect(needed.text.zh).toContain('已加密，需要输入口令');
    expect(needed.text.en).toContain('encrypted; enter its passphrase');
    const wrong = thrownDossierError(() => openConnection(databasePath, { databaseKey: Buffer.alloc(32, 7) }));
    expect(wrong.code).toBe('invalid-input');
    expect(wrong.text.zh).toContain('口令不正确');
  });

  it('leaves a plain store on better-sqlite3 exactly as before', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'plain.sqlite'));
    expect(db.constructor).toBe(Database);
    db.close();
    expect(readFileSync(join(dir, 'plain.sqlite')).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
