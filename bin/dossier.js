#!/usr/bin/env node
// The `dossier` command: runs the CLI bundled in out/cli/ (scripts/build-cli.mjs, run by `npm install`). In a checkout
// whose sources changed since that build, it rebuilds first (well under two seconds), so it never runs a stale CLI.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, builtStamp, cliOutDir, sourceStamp } from '../scripts/build-cli.mjs';

// A reader that stops early (`dossier deadlines | head`) closes the pipe: stop quietly instead of a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const sources = sourceStamp();
if (sources !== null && sources !== builtStamp()) await buildCli();
const { runCli } = await import(pathToFileURL(join(cliOutDir, 'main.js')).href);
process.exitCode = await runCli(process.argv.slice(2));
