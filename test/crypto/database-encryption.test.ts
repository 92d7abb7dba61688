import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { changeDatabasePassphrase, decryptDatabase, encryptDatabase, encryptionState } from '../../electron/crypto/database-encryption';
import { keyInfoPath } from '../../electron/crypto/key-info-file';
import { unlockDatabase } from '../../electron/crypto/unlock-database';
import { openDatabase } from '../../electron/db/open-database';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { thrownDossierError } from '../support/thrown-error';
import { knownDefendant, testPassphrase } from './encrypted-store';

// Issue 13 item 4: an existing store is encrypted, re-keyed and decrypted in place, with nothing plain left behind.
const tempDir = useTempDir('dossier-enc-change-');

/** A plain store with the demo cases, left open in WAL mode with rows still in its -wal (as a running app leaves it). */
async function plainStore(dir: string) {
  const services = openTestServices(dir);
  const { cases } = await seedProfiles(services.handlers);
  for (const values of cases) await services.handlers['case:create']({ values: caseInput.parse(values) });
  return services;
}

function caseNames(databasePath: string, key?: Uint8Array): string[] {
  const db = openDatabase(databasePath, key ? { databaseKey: key } : {});
  try {
    return db.prepare('SELECT defendant_name FROM cases ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

function storeBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).filter((name) => name.startsWith('dossier.sqlite')).map((name) => readFileSync(join(dir, name))));
}

describe('encrypting an existing store', () => {
  it('refuses while another connection has the store open, and writes nothing', async () => {
    const dir = tempDir();
    const services = await plainStore(dir);
    const databasePath = services.context.databasePath;
    const error = thrownDossierError(() => encryptDatabase(databasePath, testPassphrase));
    services.close();
    expect(error.code).toBe('busy');
    expect(existsSync(keyInfoPath(databasePath))).toBe(false);
    expect(encryptionState(databasePath).encrypted).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('.encryption-'))).toEqual([]);
  });

  it('encrypts, re-keys and decrypts, keeping every row and leaving no plaintext while encrypted', async () => {
    const dir = tempDir();
    const services = await plainStore(dir);
    const databasePath = services.context.databasePath;
    services.close();
    const before = caseNames(databasePath);
    expect(before).toContain(knownDefendant);

    const { keys } = encryptDatabase(databasePath, testPassphrase);
    expect(encryptionState(databasePath)).toEqual({ encrypted: true, keyFile: true });
    expect(storeBytes(dir).includes(Buffer.from(knownDefendant))).toBe(false);
    expect(readdirSync(dir).filter((name) => /-wal$|-shm$|\.tmp$/.test(name))).toEqual([]);
    expect(() => new Database(databasePath).prepare('SELECT 1 FROM cases').get()).toThrow(/not a database/);
    expect(caseNames(databasePath, keys.database)).toEqual(before);

    const changed = changeDatabasePassphrase(databasePath, unlockDatabase(databasePath, testPassphrase)!, '新的口令 new passphrase');
    expect(thrownDossierError(() => unlockDatabase(databasePath, testPassphrase)).text.en).toBe('Wrong passphrase');
    const reopened = unlockDatabase(databasePath, '新的口令 new passphrase')!;
    expect(reopened.database.equals(changed.keys.database)).toBe(true);
    expect(caseNames(databasePath, reopened.database)).toEqual(before);
    expect(storeBytes(dir).includes(Buffer.from(knownDefendant))).toBe(false);

    decryptDatabase(databasePath, reopened);
    expect(encryptionState(databasePath)).toEqual({ encrypted: false, keyFile: false });
    expect(caseNames(databasePath)).toEqual(before);
  });

  it('refuses to encrypt twice and to decrypt a plain store', async () => {
    const dir = tempDir();
    const services = await plainStore(dir);
    const databasePath = services.context.databasePath;
    services.close();
    expect(thrownDossierError(() => decryptDatabase(databasePath, { database: Buffer.alloc(32), files: Buffer.alloc(32) })).code).toBe('conflict');
    encryptDatabase(databasePath, testPassphrase);
    expect(thrownDossierError(() => encryptDatabase(databasePath, testPassphrase)).text.zh).toContain('已经加密');
  });
});
