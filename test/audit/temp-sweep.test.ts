import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/open-services';
import { STALE_TEMP_MS } from '../../electron/services/temp-file-sweep';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

function file(path: string, ageMs: number): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(path, at, at);
  return path;
}

describe('temporary files swept on start', () => {
  it('removes stale temp files of atomic writes, bundle volumes and demo databases in the data folder, and nothing else', () => {
    const dataDir = tempDir();
    const old = STALE_TEMP_MS + 60_000;
    const stale = [
      file(join(dataDir, 'documents', 'case-1', '.民事起诉状.docx.0123456789ab.tmp'), old),
      file(join(dataDir, 'documents', 'case-1', '.证据材料（第二册）.pdf.abcdefabcdef.tmp'), old),
      file(join(dataDir, 'evidence', 'ab', `.${'a'.repeat(64)}.00aa11bb22cc.tmp`), old),
      file(join(dataDir, '.demo.sqlite.99aa88bb77cc.tmp'), old),
      file(join(dataDir, '.demo.sqlite.99aa88bb77cc.tmp-wal'), old),
    ];
    const kept = [
      // Another process may be writing it now.
      file(join(dataDir, 'exports', '.courts.csv.ffffffffffff.tmp'), 1_000),
      // Not a temp name, or outside the data folder's own subfolders.
      file(join(dataDir, 'documents', 'case-1', '民事起诉状.docx'), old),
      file(join(dataDir, 'elsewhere', '.x.pdf.0123456789ab.tmp'), old),
    ];
    const services = openServices({ dataDir, actor: 'test' });
    services.close();
    expect(stale.filter((path) => existsSync(path))).toEqual([]);
    expect(kept.filter((path) => existsSync(path))).toEqual(kept);
  });
});
