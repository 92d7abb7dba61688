/**
 * A change of encryption in a process of its own, for the kill tests:
 * `encryption-child MODE DB PASSPHRASE_FILE NEW_PASSPHRASE_FILE KILL_AT` (MODE enable, change or disable) SIGKILLs
 * itself when the change reaches the step KILL_AT.
 */
import { readFileSync } from 'node:fs';
import { changeDatabasePassphrase, decryptDatabase, encryptDatabase, type EncryptionStep } from '../../electron/crypto/database-encryption';
import { unlockDatabase } from '../../electron/crypto/unlock-database';

const [mode, databasePath, passphraseFile, newPassphraseFile, killAt] = process.argv.slice(2) as [string, string, string, string, EncryptionStep];
const onStep = (step: EncryptionStep) => {
  if (step === killAt) process.kill(process.pid, 'SIGKILL');
};
const passphrase = readFileSync(passphraseFile, 'utf8');
if (mode === 'enable') {
  encryptDatabase(databasePath, passphrase, {}, onStep);
} else {
  const keys = unlockDatabase(databasePath, passphrase);
  if (!keys) throw new Error('expected an encrypted store');
  if (mode === 'change') changeDatabasePassphrase(databasePath, keys, readFileSync(newPassphraseFile, 'utf8'), {}, onStep);
  else decryptDatabase(databasePath, keys, {}, onStep);
}
process.stdout.write('finished\n');
