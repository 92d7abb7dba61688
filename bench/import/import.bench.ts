/**
 * The case-import benchmark (issue 11, goal: at least 20,000 rows a second): a 100,000-row XLSX bank export,
 * written with exceljs' streaming writer, imported as a dry run and for real into a fresh database. Each run
 * is its own Node process so its peak RSS is its own; prints the median rows per second and peak RSS.
 * IMPORT_BENCH_ROWS and IMPORT_BENCH_RUNS change the size and the number of runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestMapping } from '../../core/import/suggest-mapping';
import { demoPlaintiff } from '../../electron/services/demo-data';
import { openServices } from '../../electron/services/open-services';
import { exportHeaders, writeExportXlsx } from '../../test/support/case-export';

const rows = Number(process.env.IMPORT_BENCH_ROWS ?? 100_000);
const runs = Number(process.env.IMPORT_BENCH_RUNS ?? 3);
const goal = 20_000;

type RunResult = { seconds: number; rows: number; created: number; problems: number; maxRssMb: number };

/** One import in this process: a fresh database, the plaintiff saved, the file imported; prints its figures. */
async function child(mode: 'dry' | 'real', file: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-import-bench-db-'));
  const services = openServices({ dataDir: dir, actor: 'bench' });
  try {
    const plaintiff = await services.handlers['organisation:save']({ values: demoPlaintiff });
    const started = performance.now();
    const report = await services.handlers['import:cases']({
      source: { path: file }, mapping: suggestMapping(exportHeaders).suggested, encoding: 'auto', plaintiffId: plaintiff.id, agentId: null,
      onDuplicate: 'skip', validOnly: false, dryRun: mode === 'dry',
    });
    const seconds = (performance.now() - started) / 1000;
    const result: RunResult = { seconds, rows: report.rows, created: report.created, problems: report.problemCount, maxRssMb: process.resourceUsage().maxRSS / 1024 };
    console.log(JSON.stringify(result));
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-import-bench-'));
  try {
    const file = join(dir, 'bank-export.xlsx');
    const writeStart = performance.now();
    await writeExportXlsx(file, rows);
    console.log(`case import: ${rows.toLocaleString('en')}-row XLSX written in ${((performance.now() - writeStart) / 1000).toFixed(1)} s`);
    for (const mode of ['dry', 'real'] as const) {
      const results: RunResult[] = [];
      for (let i = 0; i < runs; i += 1) {
        const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
        if (run.status !== 0) throw new Error(`import run failed: ${run.stderr}`);
        const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as RunResult;
        if (result.rows !== rows || result.problems !== 0 || result.created !== rows) throw new Error(`unexpected import result: ${run.stdout}`);
        results.push(result);
      }
      const perSecond = median(results.map((r) => r.rows / r.seconds));
      console.log(
        `  ${mode === 'dry' ? 'dry run   ' : 'for real  '} median ${Math.round(perSecond).toLocaleString('en')} rows/s ` +
        `(${median(results.map((r) => r.seconds)).toFixed(2)} s; ${(perSecond / goal).toFixed(2)}× the goal of ${goal.toLocaleString('en')} rows/s), ` +
        `peak RSS median ${Math.round(median(results.map((r) => r.maxRssMb)))} MB, max ${Math.round(Math.max(...results.map((r) => r.maxRssMb)))} MB over ${runs} runs`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(process.argv[childAt + 1] as 'dry' | 'real', process.argv[childAt + 2]!);
else await main();
