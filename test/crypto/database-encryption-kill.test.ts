import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { encryptDatabase, encryptionState, type EncryptionStep } from '../../electron/crypto/database-encryption';
import { keyInfoPath } from '../../electron/crypto/key-info-file';
import { pendingKeyInfoPath, unlockDatabase } from '../../electron/crypto/unlock-database';
import { openDatabase } from '../../electron/db/open-database';
import { bundledScript } from '../support/bundled-script';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { knownDefendant, testPassphrase } from './encrypted-store';

// Issue 13 item 4: a SIGKILL at any step of encrypting, re-keying or decrypting leaves a store that opens, with every row.
const newPassphrase = '换过的口令 changed passphrase';
const steps: EncryptionStep[] = ['copied', 'rekeyed', 'checked', 'key-written', 'swapped'];
let work = '';
let child: { path: string; remove: () => void };
let plainTemplate = '';
let encryptedTemplate = '';
let expectedNames: string[] = [];
let serial = 0;

/** A copy of a template store (with its key file, if any) in a folder of its own. */
function copyOf(databasePath: string): string {
  serial += 1;
  const dir = join(work, `run-${serial}`);
  mkdirSync(dir);
  const target = join(dir, 'dossier.sqlite');
  copyFileSync(databasePath, target);
  if (existsSync(keyInfoPath(databasePath))) copyFileSync(keyInfoPath(databasePath), keyInfoPath(target));
  return target;
}

function names(databasePath: string, key?: Uint8Array): string[] {
  const db = openDatabase(databasePath, key ? { databaseKey: key } : {});
  try {
    return db.prepare('SELECT defendant_name FROM cases ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** The rows of the store as whichever passphrase opens it now sees them (none needed when it is plain). */
function namesAfterKill(databasePath: string, passphrases: string[]): string[] {
  if (!encryptionState(databasePath).encrypted) return names(databasePath);
  for (const passphrase of passphrases) {
    try {
      const keys = unlockDatabase(databasePath, passphrase);
      return names(databasePath, keys!.database);
    } catch {
      // The other passphrase opens it.
    }
  }
  throw new Error('no passphrase opens the store');
}

function runKilled(args: string[]): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [child.path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    run.stderr.on('data', (chunk) => { stderr += String(chunk); });
    run.on('error', reject);
    run.on('exit', (code, signal) => (code && code !== 0 ? reject(new Error(stderr)) : resolve(signal)));
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dossier-enc-kill-'));
  child = await bundledScript('test/crypto/encryption-child.ts');
  writeFileSync(join(work, 'old.pass'), testPassphrase);
  writeFileSync(join(work, 'new.pass'), newPassphrase);
  const services = openTestServices(join(work, 'template'));
  const { cases } = await seedProfiles(services.handlers);
  for (const values of cases) await services.handlers['case:create']({ values: caseInput.parse(values) });
  plainTemplate = services.context.databasePath;
  services.close();
  expectedNames = names(plainTemplate);
  encryptedTemplate = copyOf(plainTemplate);
  encryptDatabase(encryptedTemplate, testPassphrase);
}, 120_000);

afterAll(() => {
  child?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('a change of encryption killed part-way', () => {
  it.each(steps)('enable killed after %s: the store opens, plain or encrypted, with every row', async (step) => {
    const databasePath = copyOf(plainTemplate);
    expect(await runKilled(['enable', databasePath, join(work, 'old.pass'), join(work, 'new.pass'), step])).toBe('SIGKILL');
    expect(namesAfterKill(databasePath, [testPassphrase])).toEqual(expectedNames);
    if (encryptionState(databasePath).encrypted) {
      const bytes = Buffer.concat(readdirSync(join(databasePath, '..')).filter((n) => n.startsWith('dossier.sqlite')).map((n) => readFileSync(join(databasePath, '..', n))));
      expect(bytes.includes(Buffer.from(knownDefendant))).toBe(false);
    }
    expect(encryptionState(databasePath).encrypted).toBe(step === 'swapped');
  }, 60_000);

  it.each(steps)('change of passphrase killed after %s: one of the two passphrases opens it, and the key files settle', async (step) => {
    const databasePath = copyOf(encryptedTemplate);
    expect(await runKilled(['change', databasePath, join(work, 'old.pass'), join(work, 'new.pass'), step])).toBe('SIGKILL');
    expect(namesAfterKill(databasePath, [testPassphrase, newPassphrase])).toEqual(expectedNames);
    expect(existsSync(pendingKeyInfoPath(databasePath))).toBe(false);
    const opensWith = step === 'swapped' ? newPassphrase : testPassphrase;
    expect(unlockDatabase(databasePath, opensWith)).not.toBeNull();
  }, 60_000);

  it.each(steps)('disable killed after %s: the store opens, encrypted or plain, with every row', async (step) => {
    const databasePath = copyOf(encryptedTemplate);
    expect(await runKilled(['disable', databasePath, join(work, 'old.pass'), join(work, 'new.pass'), step])).toBe('SIGKILL');
    expect(namesAfterKill(databasePath, [testPassphrase])).toEqual(expectedNames);
    expect(encryptionState(databasePath).encrypted).toBe(step !== 'swapped');
  }, 60_000);
});
