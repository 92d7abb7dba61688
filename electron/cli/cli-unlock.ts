import { existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { keyInfoPath } from '../crypto/key-info-file';
import { databaseFileKind } from '../db/database-file-kind';
import type { DataKeys } from '../crypto/data-keys';
import { unlockDatabase } from '../crypto/unlock-database';
import { defaultDataDir } from '../services/default-data-dir';
import { cliPassphrase, passphraseEnv } from './cli-passphrase';
import type { CommandInput } from './cli-command';

// The keys of the store this command works on, unlocked once before it runs; held in memory only.
let unlocked: { databasePath: string; keys: DataKeys } | null = null;

/** The store a command's --db / --data-dir flags name (as openCliServices resolves them). */
export function cliDatabasePath(flags: CommandInput['flags']): string {
  if (typeof flags.db === 'string') return resolve(flags.db);
  const dataDir = typeof flags['data-dir'] === 'string' ? resolve(flags['data-dir']) : defaultDataDir();
  return join(dataDir, 'dossier.sqlite');
}

/** The passphrase of the store (from --passphrase-file, DOSSIER_PASSPHRASE or a prompt). */
export function storePassphrase(flags: CommandInput['flags']): Promise<string> {
  const file = typeof flags['passphrase-file'] === 'string' ? flags['passphrase-file'] : undefined;
  return cliPassphrase({ file, fileFlag: '--passphrase-file', env: passphraseEnv, prompt: { zh: '请输入数据库口令', en: 'Database passphrase' } });
}

/**
 * Before a command runs: when its store is encrypted, asks for the passphrase and unlocks the keys, so opening the
 * services stays synchronous. A plain or missing store, or a file with no key file beside it, asks for nothing.
 */
export async function unlockCliStore(flags: CommandInput['flags']): Promise<void> {
  const databasePath = cliDatabasePath(flags);
  unlocked = null;
  // Without a key file the file is no store of ours (a damaged or foreign file): opening it says so, no passphrase asked.
  if (databaseFileKind(databasePath) !== 'other' || !existsSync(keyInfoPath(databasePath))) return;
  const keys = unlockDatabase(databasePath, await storePassphrase(flags));
  if (keys) unlocked = { databasePath, keys };
}

/** Both keys unlocked for `databasePath` before the command ran (the files key reads the stored files); none for a plain store. */
export function cliDataKeys(databasePath: string): DataKeys | undefined {
  return unlocked && unlocked.databasePath === resolve(databasePath) ? unlocked.keys : undefined;
}
