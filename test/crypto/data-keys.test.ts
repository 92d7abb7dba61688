import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataKeys, unlockDataKeys } from '../../electron/crypto/data-keys';
import { keyInfoPath, readKeyInfo, writeKeyInfo } from '../../electron/crypto/key-info-file';
import { useTempDir } from '../support/temp-dir';
import { thrownDossierError } from '../support/thrown-error';

// Issue 13 item 4: keys derived from a passphrase, stored only as a salt and a check value beside the database.
const tempDir = useTempDir('dossier-keys-');

describe('data keys', () => {
  it('derives two distinct 32-byte keys that the same passphrase opens again', () => {
    const { info, keys } = createDataKeys('正确的口令 correct horse');
    expect(keys.database).toHaveLength(32);
    expect(keys.files).toHaveLength(32);
    expect(keys.database.equals(keys.files)).toBe(false);
    const again = unlockDataKeys(info, '正确的口令 correct horse');
    expect(again.database.equals(keys.database)).toBe(true);
    expect(again.files.equals(keys.files)).toBe(true);
  });

  it('gives different keys for the same passphrase under a new salt', () => {
    const first = createDataKeys('same passphrase');
    const second = createDataKeys('same passphrase');
    expect(first.info.salt).not.toBe(second.info.salt);
    expect(first.keys.database.equals(second.keys.database)).toBe(false);
  });

  it('refuses a wrong passphrase in both languages', () => {
    const { info } = createDataKeys('right passphrase');
    const error = thrownDossierError(() => unlockDataKeys(info, 'wrong passphrase'));
    expect(error.code).toBe('invalid-input');
    expect(error.text).toEqual({ zh: '口令不正确', en: 'Wrong passphrase' });
  });

  it('accepts the same words typed composed or decomposed', () => {
    const { info, keys } = createDataKeys('caf\u00e9 au lait');
    expect(unlockDataKeys(info, 'cafe\u0301 au lait').database.equals(keys.database)).toBe(true);
  });

  it('refuses a new passphrase shorter than the rule', () => {
    const error = thrownDossierError(() => createDataKeys('short'));
    expect(error.code).toBe('invalid-input');
    expect(error.text.zh).toContain('至少需要 8 个字符');
  });

  it('keeps no key material in the key file', () => {
    const dir = tempDir();
    const databasePath = join(dir, 'dossier.sqlite');
    const { info, keys } = createDataKeys('a passphrase to store');
    writeKeyInfo(databasePath, info);
    const text = readFileSync(keyInfoPath(databasePath), 'utf8');
    expect(text).not.toContain(keys.database.toString('hex'));
    expect(text).not.toContain(keys.files.toString('hex'));
    expect(text).not.toContain(keys.database.toString('base64'));
    expect(readKeyInfo(databasePath)).toEqual(info);
  });

  it('reads no key file as a plain database and refuses a damaged or hostile one', () => {
    const dir = tempDir();
    const databasePath = join(dir, 'dossier.sqlite');
    expect(readKeyInfo(databasePath)).toBeNull();
    const { info } = createDataKeys('a passphrase to store');
    writeFileSync(keyInfoPath(databasePath), JSON.stringify({ ...info, N: 2 ** 30 }));
    expect(thrownDossierError(() => readKeyInfo(databasePath)).location.file).toBe(keyInfoPath(databasePath));
    writeFileSync(keyInfoPath(databasePath), '{not json');
    expect(thrownDossierError(() => readKeyInfo(databasePath)).code).toBe('invalid-input');
  });
});
