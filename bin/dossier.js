#!/usr/bin/env node
// The `dossier` command: runs the TypeScript CLI through tsx's loader, so no separate build step is needed.
import { register } from 'tsx/esm/api';

// A reader that stops early (`dossier deadlines | head`) closes the pipe: stop quietly instead of a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
