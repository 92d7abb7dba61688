// One "CLI process" of the many-writers test: calls the bundled CLI's runCli COUNT times in this process, each call
// opening and closing the database as `dossier event add` does, and prints how many calls succeeded and failed.
// Usage: node test/support/cli-writer.mjs DB CASE_ID COUNT LABEL
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliOutDir } from '../../scripts/build-cli.mjs';

const [database, caseId, count, label] = process.argv.slice(2);
const { runCli } = await import(pathToFileURL(join(cliOutDir, 'main.js')).href);
const failures = [];
let succeeded = 0;
const quiet = { out: () => undefined, err: (text) => failures.push(text) };
for (let i = 0; i < Number(count); i++) {
  const code = await runCli(['event', 'add', caseId, '--type', 'note', '--date', '2026-11-20', '--note', `${label}-${i}`, '--db', database], quiet);
  if (code === 0) succeeded++;
  else failures.push(`exit ${code}`);
}
process.stdout.write(JSON.stringify({ succeeded, failures: failures.slice(0, 5), failed: Number(count) - succeeded }));
