import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchJobView } from '../../core/batch/batch-operations';
import { createBatchJobRepository } from '../../electron/db/batch-job-repository';
import { batchRunnerOf } from '../../electron/services/batch-service';
import { callOperation } from '../support/call-operation';
import { openDemoCaseServices } from '../support/service-fixture';

// One store and one worker pool for the whole file: the three demo cases (one ready to file, two not).
let dataDir = '';
let services: Awaited<ReturnType<typeof openDemoCaseServices>>;
let runner: () => Awaited<ReturnType<typeof batchRunnerOf>>;
const out = (name: string) => join(dataDir, 'out', name);
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'dossier-batch-'));
  services = await openDemoCaseServices(dataDir);
  const loaded = await batchRunnerOf(services);
  runner = () => loaded;
  runner().setThreads(1);
}, 120_000);

afterAll(async () => {
  await runner().close();
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function run(input: Parameters<typeof callOperation<'batch:start'>>[2]): Promise<BatchJobView> {
  const started = await callOperation(services.handlers, 'batch:start', input);
  await runner().finished(started.id);
  return await services.handlers['batch:status']({ jobId: started.id });
}

function stepCounts(jobId: string) {
  return createBatchJobRepository(services.context.db).stepCounts(jobId);
}

describe('batch run', () => {
  it('assembles the ready case into its court folder and lists the others with their findings, without files', async () => {
    const [ready, notReady1, notReady2] = services.ids as [number, number, number];
    const view = await run({ caseIds: [ready, notReady1, notReady2], outDir: out('chosen') });
    expect(view).toMatchObject({ state: 'finished', total: 3, done: 3, assembled: 1, notReady: 2, failed: 0, skipped: 0 });
    const { cases } = await services.handlers['batch:cases']({ jobId: view.id, offset: 0, limit: 100 });
    const assembled = cases.find((c) => c.caseId === ready)!;
    expect(assembled.folder).toBe(join('昆明市盘龙区人民法院', `李晓梅-${ready}`));
    expect(assembled.files.map((f) => f.name.split('/').at(-1))).toEqual(['民事起诉状（信用卡纠纷）.docx', '民事起诉状（信用卡纠纷）.pdf', '证据目录.docx', '证据目录.pdf', '证据材料.pdf', '操作记录.csv']);
    for (const file of assembled.files) expect(sha(join(view.outDir, file.name))).toBe(file.sha256);
    const trail = parse(readFileSync(join(view.outDir, assembled.folder, '操作记录.csv'), 'utf8'), { bom: true }) as string[][];
    expect(trail[0]).toEqual(['记录号', '时间', '操作人', '操作', '内容', '记录哈希（SHA-256）']);
    expect(trail.slice(1).map((r) => r[3])).toContain('新建');
    for (const c of cases.filter((c) => c.caseId !== ready)) {
      expect(c.state).toBe('not-ready');
      expect(c.files).toEqual([]);
      expect(c.findings.length).toBeGreaterThan(0);
      expect(existsSync(join(view.outDir, c.folder))).toBe(false);
    }
    expect(existsSync(join(view.outDir, '昆明市盘龙区人民法院', '诉讼要素表.xlsx'))).toBe(true);
    expect(stepCounts(view.id).every((s) => s.n === 1)).toBe(true);
    const last = services.progress.filter((e) => e.jobId === view.id).at(-1)!;
    expect(last).toMatchObject({ operation: 'batch:start', done: 3, total: 3 });
    // The batch's readiness check is the case list's readiness column, as a check from the case page would be.
    const listed = (await callOperation(services.handlers, 'case:query', { limit: 10 })).rows;
    expect(listed.find((row) => row.id === ready)).toMatchObject({ readiness: 'ready', blockingCount: 0 });
    for (const id of [notReady1, notReady2]) {
      const row = listed.find((r) => r.id === id)!;
      expect(row.readiness).toBe('blocked');
      expect(row.blockingCount).toBeGreaterThan(0);
    }
  }, 300_000);

  it('writes a manifest line per file of the assembled case and one per case not ready, with its findings', async () => {
    const view = await run({ caseIds: services.ids, outDir: out('manifest') });
    const lines = parse(readFileSync(join(view.outDir, 'manifest.csv'), 'utf8'), { bom: true }) as string[][];
    const [header, ...rows] = lines;
    expect(header).toContain('SHA-256');
    const shaColumn = header!.indexOf('SHA-256');
    const problems = header!.indexOf('问题');
    expect(rows.filter((r) => r[0] === String(services.ids[0])).map((r) => r[shaColumn])).toHaveLength(6);
    for (const id of services.ids.slice(1)) {
      const caseRows = rows.filter((r) => r[0] === String(id));
      expect(caseRows).toHaveLength(1);
      expect(caseRows[0]![problems]).not.toBe('');
    }
  }, 300_000);

  it('without a filter or chosen cases takes only the cases ready to file', async () => {
    const view = await run({ outDir: out('default') });
    expect(view).toMatchObject({ state: 'finished', total: 3, assembled: 1, notReady: 0, skipped: 2 });
    const rows = parse(readFileSync(join(view.outDir, 'manifest.csv'), 'utf8'), { bom: true }) as string[][];
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set([String(services.ids[0])]));
  }, 300_000);

  it('pause finishes the cases in flight and starts no new one; resume assembles the rest', async () => {
    // One worker thread runs two cases at a time: the third waits.
    const started = await callOperation(services.handlers, 'batch:start', { caseIds: services.ids, outDir: out('paused') });
    const paused = await services.handlers['batch:pause']({ jobId: started.id });
    expect(paused.state).toBe('paused');
    await runner().finished(started.id);
    const stopped = await services.handlers['batch:status']({ jobId: started.id });
    expect(stopped).toMatchObject({ state: 'paused', done: 2, total: 3 });
    expect(existsSync(join(stopped.outDir, 'manifest.csv'))).toBe(false);
    await services.handlers['batch:resume']({ jobId: started.id });
    await runner().finished(started.id);
    expect(await services.handlers['batch:status']({ jobId: started.id })).toMatchObject({ state: 'finished', done: 3 });
  }, 300_000);

  it('cancel ends the job after the cases in flight, without a manifest, and it cannot be resumed', async () => {
    const started = await callOperation(services.handlers, 'batch:start', { caseIds: services.ids, outDir: out('cancelled') });
    await services.handlers['batch:cancel']({ jobId: started.id });
    await runner().finished(started.id);
    const view = await services.handlers['batch:status']({ jobId: started.id });
    expect(view).toMatchObject({ state: 'cancelled', done: 2, manifest: null });
    await expect(services.handlers['batch:resume']({ jobId: started.id })).rejects.toThrow(/ended|结束/);
  }, 300_000);

  it('shows a job whose process died as interrupted; its resume sweeps temp files and redoes nothing done', async () => {
    const started = await callOperation(services.handlers, 'batch:start', { caseIds: services.ids, outDir: out('interrupted') });
    await services.handlers['batch:pause']({ jobId: started.id });
    await runner().finished(started.id);
    const before = (await services.handlers['batch:cases']({ jobId: started.id, offset: 0, limit: 10 })).cases;
    const doneFiles = before.flatMap((c) => c.files.map((f) => join(started.outDir, f.name)));
    expect(doneFiles.length).toBeGreaterThan(0);
    const mtimes = doneFiles.map((path) => statSync(path).mtimeMs);
    // The process that ran it is gone: a finished child's pid, and a heartbeat from long ago.
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    services.context.db.prepare("UPDATE batch_jobs SET state = 'running', owner_pid = ?, heartbeat_ms = ? WHERE id = ?").run(gone, Date.now() - 60_000, started.id);
    expect((await services.handlers['batch:status']({ jobId: started.id })).state).toBe('interrupted');
    const leftover = join(started.outDir, before[0]!.folder, '.民事起诉状（信用卡纠纷）.docx.0123456789ab.tmp');
    writeFileSync(leftover, 'torn');
    await services.handlers['batch:resume']({ jobId: started.id });
    await runner().finished(started.id);
    expect(await services.handlers['batch:status']({ jobId: started.id })).toMatchObject({ state: 'finished', done: 3 });
    expect(existsSync(leftover)).toBe(false);
    expect(doneFiles.map((path) => statSync(path).mtimeMs)).toEqual(mtimes);
    expect(stepCounts(started.id).every((s) => s.n === 1)).toBe(true);
  }, 300_000);

  it('cancels a job whose process died, which then cannot be resumed', async () => {
    const started = await callOperation(services.handlers, 'batch:start', { caseIds: services.ids, outDir: out('interrupted-cancelled') });
    await services.handlers['batch:pause']({ jobId: started.id });
    await runner().finished(started.id);
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    services.context.db.prepare("UPDATE batch_jobs SET state = 'running', owner_pid = ?, heartbeat_ms = ? WHERE id = ?").run(gone, Date.now() - 60_000, started.id);
    expect((await services.handlers['batch:status']({ jobId: started.id })).state).toBe('interrupted');
    expect((await services.handlers['batch:cancel']({ jobId: started.id })).state).toBe('cancelled');
    await expect(services.handlers['batch:resume']({ jobId: started.id })).rejects.toThrow(/ended|结束/);
  }, 300_000);

  it('refuses to resume a job another live process is running', async () => {
    const started = await callOperation(services.handlers, 'batch:start', { caseIds: services.ids, outDir: out('claimed') });
    await services.handlers['batch:pause']({ jobId: started.id });
    await runner().finished(started.id);
    services.context.db.prepare("UPDATE batch_jobs SET state = 'running', owner_pid = ?, heartbeat_ms = ? WHERE id = ?").run(process.ppid, Date.now(), started.id);
    expect((await services.handlers['batch:status']({ jobId: started.id })).state).toBe('running');
    await expect(services.handlers['batch:resume']({ jobId: started.id })).rejects.toThrow(/another program|另一个程序/);
  }, 300_000);
});
