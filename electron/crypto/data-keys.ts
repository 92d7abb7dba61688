import { createHmac, hkdfSync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { DossierError } from '../../core/errors';
import type { KeyInfo } from './key-info-file';
import { checkNewPassphrase, normalisePassphrase, passphraseRules } from './passphrase-rules';

/** The keys one passphrase opens: the SQLCipher key of the database and the key of its stored files. */
export type DataKeys = { database: Buffer; files: Buffer };

/**
 * scrypt cost for new keys: N=2^15, r=8, p=1 takes about 0.1 s and 32 MiB here, paid once per unlock (and once per
 * CLI command); the cost is stored in the key file, so a later version can raise it for new keys.
 */
export const newKeyCost = { N: 2 ** 15, r: 8, p: 1 } as const;

/** HKDF labels: each key has its own, so knowing one derived key tells nothing about another. */
const labels = {
  database: 'dossier database key 1',
  files: 'dossier files key 1',
  check: 'dossier passphrase check key 1',
} as const;

/** The fixed message the check value is an HMAC of. */
const checkMessage = 'dossier passphrase check 1';

/** Derives the master secret from the passphrase; memory bound set from the cost so Node's default does not refuse. */
function masterSecret(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  const maxmem = 128 * cost.N * cost.r * 2 + 1024 * 1024;
  return scryptSync(normalisePassphrase(passphrase), salt, 32, { ...cost, maxmem });
}

/** One 32-byte key under `label`, expanded from the master secret. */
function expand(master: Buffer, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), label, 32));
}

/** The check value: proves a passphrase right without revealing or storing any key. */
function checkValue(master: Buffer): string {
  const checkKey = expand(master, labels.check);
  const value = createHmac('sha256', checkKey).update(checkMessage).digest('hex');
  checkKey.fill(0);
  return value;
}

/** Both data keys from the master secret; the master secret is wiped afterwards. */
function dataKeys(master: Buffer): DataKeys {
  const keys = { database: expand(master, labels.database), files: expand(master, labels.files) };
  master.fill(0);
  return keys;
}

/** The refusal of a wrong passphrase; one text for every way a passphrase can be wrong. */
export function wrongPassphrase(): DossierError {
  return new DossierError('invalid-input', { zh: '口令不正确', en: 'Wrong passphrase' }, { field: 'passphrase' });
}

/** New keys from a new passphrase (checked against the passphrase rules), with the key info to store beside the database. */
export function createDataKeys(passphrase: string): { info: KeyInfo; keys: DataKeys } {
  const normalised = checkNewPassphrase(passphrase);
  const salt = randomBytes(16);
  const master = masterSecret(normalised, salt, newKeyCost);
  const info: KeyInfo = {
    format: 'dossier-key-1',
    kdf: 'scrypt',
    salt: salt.toString('base64'),
    ...newKeyCost,
    check: checkValue(master),
  };
  return { info, keys: dataKeys(master) };
}

/** The keys the passphrase opens under `info`; a wrong passphrase is refused before any database is touched. */
export function unlockDataKeys(info: KeyInfo, passphrase: string): DataKeys {
  if ([...normalisePassphrase(passphrase)].length > passphraseRules.maxLength) throw wrongPassphrase();
  const master = masterSecret(passphrase, Buffer.from(info.salt, 'base64'), { N: info.N, r: info.r, p: info.p });
  const expected = Buffer.from(info.check, 'hex');
  const actual = Buffer.from(checkValue(master), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    master.fill(0);
    throw wrongPassphrase();
  }
  return dataKeys(master);
}
