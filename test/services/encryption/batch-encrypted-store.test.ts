/**
 * A batch run over an encrypted store: the workers open the encrypted database and read the encrypted evidence
 * with the keys handed to them, and the filing package they write (made to go to court) is plain: the bundle is a
 * PDF holding the evidence, not ciphertext.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEncryptedStoredFile } from '../../../electron/crypto/file-cipher';
import { batchRunnerOf } from '../../../electron/services/batch-service';
import { openServices } from '../../../electron/services/open-services';
import { encryptStore } from '../../../electron/services/store-encryption';
import { storedFilePaths } from '../../../electron/services/stored-file-conversion';
import { callOperation } from '../../support/call-operation';
import { openDemoCaseServices } from '../../support/service-fixture';

let dataDir = '';
let services: ReturnType<typeof openServices>;
let runner: Awaited<ReturnType<typeof batchRunnerOf>>;
let ready = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dossier-batch-encrypted-'));
  const demo = await openDemoCaseServices(dataDir);
  ready = demo.ids[0]!;
  demo.close();
  const { keys } = await encryptStore({ dataDir, databasePath: join(dataDir, 'dossier.sqlite') }, '昆明 批量 口令 2026', {});
  services = openServices({ dataDir, actor: 'test', now: () => new Date('2026-11-28T02:00:00Z'), keys });
  runner = await batchRunnerOf(services);
  runner.setThreads(1);
}, 120_000);

afterAll(async () => {
  await runner?.close();
  services?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('batch over an encrypted store', () => {
  it('reads the encrypted evidence and writes a plain filing package', async () => {
    expect(storedFilePaths(dataDir).every((path) => isEncryptedStoredFile(readFileSync(path)))).toBe(true);
    const started = await callOperation(services.handlers, 'batch:start', { caseIds: [ready], outDir: join(dataDir, 'out') });
    await runner.finished(started.id);
    const view = await services.handlers['batch:status']({ jobId: started.id });
    expect(view).toMatchObject({ state: 'finished', assembled: 1, failed: 0 });
    const { cases } = await services.handlers['batch:cases']({ jobId: view.id, offset: 0, limit: 10 });
    const files = cases[0]!.files;
    const bundle = files.find((file) => file.name.endsWith('证据材料.pdf'))!;
    const bytes = readFileSync(join(view.outDir, bundle.name));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const file of files) {
      const written = readFileSync(join(view.outDir, file.name));
      expect(isEncryptedStoredFile(written)).toBe(false);
      expect(createHash('sha256').update(written).digest('hex')).toBe(file.sha256);
    }
  }, 300_000);
});
