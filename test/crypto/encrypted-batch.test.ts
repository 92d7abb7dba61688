import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataKeys } from '../../electron/crypto/data-keys';
import { writeKeyInfo } from '../../electron/crypto/key-info-file';
import { batchRunnerOf } from '../../electron/services/batch-service';
import { seedReadyCases } from '../support/ready-cases';
import { useTempDir } from '../support/temp-dir';
import { openEncryptedServices, testPassphrase } from './encrypted-store';

// Issue 13 item 4: batch workers open the encrypted store with the key from their start data.
const tempDir = useTempDir('dossier-enc-batch-');

describe('a batch over an encrypted store', () => {
  it('assembles every case in worker threads, which read the store through the key', async () => {
    const dir = tempDir();
    const { info, keys } = createDataKeys(testPassphrase);
    writeKeyInfo(join(dir, 'dossier.sqlite'), info);
    const services = openEncryptedServices(dir, keys);
    const runner = await batchRunnerOf(services);
    try {
      runner.setThreads(1);
      const ids = await seedReadyCases(services, 2);
      const outDir = join(dir, 'out');
      const job = await services.handlers['batch:start']({ filter: {}, caseIds: ids, outputs: ['complaint'], outDir });
      await runner.finished(job.id);
      const view = await services.handlers['batch:status']({ jobId: job.id });
      expect(view).toMatchObject({ assembled: 2, failed: 0 });
      const pdfs = readdirSync(outDir, { recursive: true }).map(String).filter((name) => name.endsWith('.pdf'));
      expect(pdfs.length).toBeGreaterThanOrEqual(2);
      for (const pdf of pdfs) expect(readFileSync(join(outDir, pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(existsSync(join(dir, 'dossier.sqlite'))).toBe(true);
      expect(readFileSync(join(dir, 'dossier.sqlite')).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    } finally {
      await runner.close();
      services.close();
    }
  }, 120_000);
});
