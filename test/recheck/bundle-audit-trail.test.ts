/**
 * A single case's saved bundle carries the case's audit trail (操作记录.csv) as every batch case folder does: in the
 * saved bundle's folder for `bundle:build`, beside the volumes for `dossier bundle`, listed in the result with its
 * SHA-256; the rows are the case's audit records up to the bundle, each with its chain hash.
 */
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_TRAIL_HEADER } from '../../electron/audit/audit-trail-table';
import { openServices } from '../../electron/services/open-services';
import { cli } from '../support/run-cli';
import { cliValue } from '../support/parse-output';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

type BundleResult = {
  volumes: { file: string; storedFile: string }[];
  auditTrail: { file: string; storedFile: string; sha256: string; records: number } | null;
};

function csvRows(path: string): string[][] {
  return parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { relaxColumnCount: false }) as string[][];
}

describe('the audit trail of a single-case bundle', () => {
  it('goes beside the volumes and into the saved folder, listing the case’s records with their chain hashes', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--out', dir])).code).toBe(0);
    const database = join(dir, 'demo.sqlite');
    const out = join(dir, 'bundles', '张三证据.pdf');
    const run = await cli(['bundle', '1', '--out', out, '--db', database, '--json']);
    expect(run.code, run.out).toBe(0);
    const result = cliValue<BundleResult>(run.out);
    expect(result.auditTrail).not.toBeNull();
    const trail = result.auditTrail!;
    expect(trail.file).toBe(join(dir, 'bundles', '张三证据（操作记录）.csv'));
    expect(trail.storedFile).toBe(join(dirname(result.volumes[0]!.storedFile), '操作记录.csv'));
    const bytes = readFileSync(trail.file);
    expect(bytes.equals(readFileSync(trail.storedFile))).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(trail.sha256);

    const [header, ...rows] = csvRows(trail.file);
    expect(header).toEqual(AUDIT_TRAIL_HEADER);
    const db = new Database(database, { readonly: true });
    const records = db.prepare("SELECT id, hash, action FROM audit_log WHERE entity = 'case' AND entity_id = 1 ORDER BY id").all() as { id: number; hash: string; action: string }[];
    db.close();
    // Every record of the case up to the bundle; the bundle's own record (the last) follows the trail it carries.
    expect(records.at(-1)!.action).toBe('generate');
    expect(rows.map((row) => [Number(row[0]), row[5]])).toEqual(records.slice(0, -1).map((r) => [r.id, r.hash]));
    expect(trail.records).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(3);

    const readable = await cli(['bundle', '2', '--out', join(dir, 'bundles', '李四.pdf'), '--db', database]);
    expect(readable.out).toContain('李四（操作记录）.csv');
    // Two bundles in one folder keep their trails apart.
    expect(readdirSync(join(dir, 'bundles')).filter((name) => name.endsWith('.csv')).sort()).toEqual(['张三证据（操作记录）.csv', '李四（操作记录）.csv'].sort());
  }, 180_000);

  it('is not written for a preview', async () => {
    const dir = tempDir();
    expect((await cli(['demo', '--out', dir])).code).toBe(0);
    const preview = join(dir, 'previews', 'bundle', 'case-1');
    const services = openServices({ dataDir: dir, databasePath: join(dir, 'demo.sqlite'), actor: 'test' });
    try {
      const built = await services.handlers['bundle:build']({ caseId: 1, save: false, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 150 });
      expect(built.auditTrail).toBeNull();
      expect(existsSync(preview)).toBe(true);
      expect(readdirSync(preview).some((name) => name.endsWith('.csv'))).toBe(false);
    } finally {
      services.close();
    }
  }, 180_000);
});
