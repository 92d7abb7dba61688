#!/usr/bin/env node
/**
 * `npm run security:electron`: runs @doyensec/electronegativity, the Electron security checker, over the
 * sources of the main process, the preload and the renderer (and package.json, for the Electron version),
 * and fails on any finding above LOW severity that is not justified in `acceptedFindings` below.
 *
 * Offline by construction: the tool's HTTP client is replaced by one that refuses at once, so it neither
 * downloads translations nor Electron's release list; the one check that needs that list
 * (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, "is there a newer Electron with security fixes") is skipped —
 * keeping Electron current is done by updating the dependency, not by this check.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const toolRequire = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'));

/**
 * Findings reviewed and accepted, each with its reason: check id → files (relative to the scan) it may
 * report. Anything else above LOW fails the run.
 */
const acceptedFindings = {
  // The window has a preload script: it is the sandboxed bridge (contextIsolation on, no Node in the page) and
  // exposes one function per contract operation from core/operation-names.ts and a progress subscription —
  // no ipcRenderer, no generic invoke; every call is checked by sender and zod schema in electron/main/ipc.ts.
  PRELOAD_JS_CHECK: ['electron/main/window.ts'],
};

/** Checks that are not run, with the reason. */
const skippedChecks = {
  // AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK (named by its class): needs Electron's release list from the network (see the header).
  AvailableSecurityFixesGlobalCheck: 'needs the network',
};

function refuseNetwork() {
  return Promise.reject(new Error('electronegativity runs offline here'));
}
refuseNetwork.head = refuseNetwork;
refuseNetwork.get = refuseNetwork;
const gotPath = toolRequire.resolve('got');
toolRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: refuseNetwork };

/** A copy of what ships as code: main, preload and renderer sources, and package.json. */
function stageSources() {
  const stage = mkdtempSync(join(tmpdir(), 'dossier-electronegativity-'));
  for (const path of ['electron/main', 'electron/preload', 'renderer', 'package.json']) {
    cpSync(join(root, path), join(stage, path), { recursive: true, filter: (source) => !source.includes('node_modules') });
  }
  return stage;
}

// The tool says it could not fetch translations: that is the refused request, and it falls back to its own English.
const stage = stageSources();
try {
  const run = toolRequire('./dist/runner.js');
  const result = await run({
    input: stage,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: Object.keys(skippedChecks),
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: undefined,
    parserPlugins: [],
  });
  const findings = result.issues.map((issue) => ({ id: issue.id, severity: issue.severity.name, value: issue.severity.value, confidence: issue.confidence.name, file: relative(stage, resolve(stage, issue.file)), line: issue.location.line, description: issue.description }));
  const low = toolRequire('./dist/finder/attributes.js').severity.LOW.value;
  const failing = findings.filter((f) => f.value > low && !(acceptedFindings[f.id] ?? []).includes(f.file));
  for (const f of findings) console.log(`${failing.includes(f) ? 'FAIL' : 'ok  '} ${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.id} ${f.file}:${f.line}`);
  for (const error of result.errors) console.log(`parse error (not scanned): ${relative(stage, error.file ?? '')} ${error.message ?? ''}`);
  console.log(`electronegativity: ${result.atomicChecks + result.globalChecks} checks, ${findings.length} findings, ${failing.length} above LOW not accepted`);
  process.exitCode = failing.length > 0 || result.errors.length > 0 ? 1 : 0;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
