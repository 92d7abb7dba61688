import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('table imports on the command line', () => {
  it('refuses a pipe or a device as the file to import, without waiting on it', async () => {
    const dir = tempDir();
    const db = join(dir, 'd.sqlite');
    const fifo = join(dir, 'ledger.csv');
    execFileSync('mkfifo', [fifo]);
    for (const args of [['ledger', 'import', '1', fifo], ['contacts', 'import', '1', '/dev/zero'], ['court', 'import', fifo]]) {
      const result = await cli([...args, '--db', db]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err + result.out).toMatch(/不是普通文件[\s\S]*not a regular file/);
    }
  });
});
