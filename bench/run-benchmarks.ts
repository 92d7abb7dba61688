/**
 * `npm run bench`: runs every bench/<area>/*.bench.ts in its own Node process, one after another, and
 * passes on any arguments (e.g. a smaller case count: npm run bench -- 10000). Benchmarks print medians;
 * nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(root)
  .filter((name) => statSync(join(root, name)).isDirectory())
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.bench.ts')).map((f) => join(root, dir, f)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n▶ ${file.slice(root.length)}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
