#!/usr/bin/env node
// The `dossier` command: runs the TypeScript CLI through tsx's loader, so no separate build step is needed.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
