/**
 * One lock per backup folder, so two processes backing up into the same folder (two windows, the app and the CLI,
 * two data folders sharing a USB drive) cannot delete what the other is writing: a backup holds it from choosing
 * which stored files to copy until its manifest is written, and pruning deletes stored-file copies only while
 * holding it. The lock is a file naming its holder; the holder refreshes its time while it runs, so a lock whose
 * process has died (a SIGKILL, a power cut) or that has not been refreshed for a minute is taken over.
 */
import { hostname } from 'node:os';
import { closeSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DossierError } from '../../core/errors';

/** The lock file's name in a backup folder (not a temp name: sweeping never removes it). */
export const backupFolderLockName = '.dossier-backup.lock';

/** A lock not refreshed for this long belongs to a run that no longer runs. */
const staleLockMs = 60_000;
const heartbeatMs = 5_000;

type Holder = { pid: number; host: string; token: string };

function lockPath(folder: string): string {
  return join(folder, backupFolderLockName);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock's holder and contents when it is stale (its process gone or its time not refreshed); null when it is live or absent. */
function staleContents(path: string, now: number): string | null {
  try {
    const contents = readFileSync(path, 'utf8');
    let holder: Partial<Holder> = {};
    try {
      holder = JSON.parse(contents) as Partial<Holder>;
    } catch {
      // Unreadable contents: a holder killed while writing them; only its age can tell.
    }
    const deadHere = holder.host === hostname() && typeof holder.pid === 'number' && !processAlive(holder.pid);
    return deadHere || now - statSync(path).mtimeMs > staleLockMs ? contents : null;
  } catch {
    return null;
  }
}

/** Takes the lock if it is free (or stale); returns a release function, or null when a live run holds it. */
export function tryLockBackupFolder(folder: string): (() => void) | null {
  const path = lockPath(folder);
  const token = randomBytes(8).toString('hex');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), token } satisfies Holder));
      } finally {
        closeSync(fd);
      }
      const heartbeat = setInterval(() => {
        try {
          const now = new Date();
          utimesSync(path, now, now);
        } catch {
          // The folder went away (a removed drive): the run fails on its own writes.
        }
      }, heartbeatMs);
      heartbeat.unref();
      return () => {
        clearInterval(heartbeat);
        try {
          if ((JSON.parse(readFileSync(path, 'utf8')) as Holder).token === token) rmSync(path, { force: true });
        } catch {
          // Already gone or taken over as stale: nothing of ours to remove.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const stale = staleContents(path, Date.now());
      if (stale === null) return null;
      // Removed only if it is still the stale lock read a moment ago, not one a live run has just taken.
      try {
        if (readFileSync(path, 'utf8') === stale) rmSync(path, { force: true });
      } catch {
        // Gone meanwhile: try again.
      }
    }
  }
  return null;
}

/** Runs `work` holding the folder's lock, waiting (without blocking the event loop) up to `waitMs` for another run to finish. */
export async function withBackupFolderLock<T>(folder: string, work: () => Promise<T>, waitMs = 10 * 60_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  let release = tryLockBackupFolder(folder);
  while (!release) {
    if (Date.now() > deadline) {
      throw new DossierError('busy', {
        zh: `另一个备份正在写入该备份文件夹，等待后仍未完成，本次未备份：${folder}`,
        en: `Another backup is writing to this backup folder and did not finish in time; nothing was backed up: ${folder}`,
      }, { file: folder });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    release = tryLockBackupFolder(folder);
  }
  try {
    return await work();
  } finally {
    release();
  }
}
