/**
 * Importing 4,000 new courts into the directory from a GBK CSV (the issue measured 220 s): times court:import on a
 * fresh data folder several times and prints the median, and its ratio to importing 400 courts in the same process
 * (a linear import gives a ratio near 10; rebuilding the directory per row shows as one near 100).
 * Run: npm run bench (or: npx tsx bench/court-import/court-import.bench.ts [rows]).
 */
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices } from '../../electron/services/open-services';
import { median, time } from '../bench-support';

const rowCount = Number(process.argv[2] ?? 4_000);
const baselineCount = Math.max(1, Math.floor(rowCount / 10));
const runs = 3;

function courtsCsv(rows: number): string {
  const lines = ['法院名称,审级,区划代码,地址'];
  for (let i = 0; i < rows; i++) lines.push(`新设第${i + 1}人民法院,基层,530102,昆明市五华区某路${i + 1}号`);
  return iconv.encode(lines.join('\n') + '\n', 'gbk').toString('base64');
}

/** Milliseconds for one import of `rows` new courts into a fresh data folder. */
async function importOnce(rows: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-courts-'));
  const services = openServices({ dataDir: dir, actor: 'bench' });
  try {
    const contentBase64 = courtsCsv(rows);
    return await time(() => services.handlers['court:import']({ source: { fileName: '法院.csv', contentBase64 }, encoding: 'gbk' }));
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const small: number[] = [];
const large: number[] = [];
for (let i = 0; i < runs; i++) {
  small.push(await importOnce(baselineCount));
  large.push(await importOnce(rowCount));
}
console.log(`court:import, ${baselineCount} GBK rows: median ${median(small).toFixed(0)} ms`);
console.log(`court:import, ${rowCount} GBK rows: median ${median(large).toFixed(0)} ms (×${(median(large) / median(small)).toFixed(1)} the ${baselineCount}-row import)`);
