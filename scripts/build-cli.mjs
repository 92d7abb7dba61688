/**
 * Bundles the `dossier` command once into out/cli/ (ESM for Node 20, split into chunks so a command loads only
 * the modules it uses; packages stay in node_modules, where better-sqlite3 and sharp keep their native builds,
 * except the two small pure-JavaScript ones every command needs, see bundledPackages).
 * Run by `npm install` (the prepare script), by hand (`node scripts/build-cli.mjs`), and by bin/dossier.js when
 * the sources changed since the last build, so a developer's checkout never runs a stale command.
 *
 * Staleness: the build records a stamp of the sources it read (the newest modification time and the number of
 * entries under core/ and electron/, plus this script and package.json). Walking ~300 entries costs a few
 * milliseconds, far less than asking git for HEAD and the dirty state (a child process), and it also works in a
 * copy that is not a git checkout; an edit, a new, deleted or renamed file, or a branch switch all change it.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project root: this script lives in scripts/. */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the bundle goes: two levels below the root, as electron/services/open-services.ts expects of its module. */
export const cliOutDir = join(projectRoot, 'out', 'cli');

/** The stamp the build leaves beside the bundle. */
export const stampPath = join(cliOutDir, 'build-stamp.json');

/** Every entry point of the bundle, by output name: add a worker or another entry here, one line each. */
export const cliEntries = {
  main: 'electron/cli/main.ts',
  // Started by the batch runner as worker threads; found beside the chunk that holds batch-worker-entry.ts.
  'batch-worker': 'electron/batch/batch-worker.ts',
};

/**
 * Packages bundled into the chunks instead of loaded from node_modules: the pure-JavaScript ones every command
 * loads (the contract's schemas, money). Read as one chunk they start ~130 ms faster than zod's ~70 module files;
 * every other package stays in node_modules (better-sqlite3 and sharp are native, the rest load only when used).
 */
const bundledPackages = ['zod', 'decimal.js'];

/** Every installed package except the bundled ones, with their subpaths (`docx`, `docx/*`). */
function externalPackages() {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const names = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].filter((name) => !bundledPackages.includes(name));
  return names.flatMap((name) => [name, `${name}/*`]);
}

/** The source folders the bundle is built from, and single files whose change also calls for a rebuild. */
const sourceFolders = ['core', 'electron'];
const sourceFiles = ['package.json', 'scripts/build-cli.mjs'];

/** Newest modification time and entry count under a folder (directories count too: a deleted file changes its folder). */
function folderStamp(dir, stamp) {
  const folder = statSync(dir);
  stamp.newest = Math.max(stamp.newest, folder.mtimeMs);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) folderStamp(path, stamp);
    else stamp.newest = Math.max(stamp.newest, statSync(path).mtimeMs);
    stamp.entries++;
  }
}

/** The stamp of the sources as they are now, or null when the sources are not there (an installed copy). */
export function sourceStamp(root = projectRoot) {
  const stamp = { newest: 0, entries: 0 };
  try {
    for (const folder of sourceFolders) folderStamp(join(root, folder), stamp);
    for (const file of sourceFiles) stamp.newest = Math.max(stamp.newest, statSync(join(root, file)).mtimeMs);
  } catch {
    return null;
  }
  return `${stamp.newest}:${stamp.entries}`;
}

/** The stamp of the last build, or null when there is none. */
export function builtStamp() {
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8')).sources ?? null;
  } catch {
    return null;
  }
}

/** Writes a file by renaming a finished temporary copy over it, so a running command never reads half a file. */
function writeAtomic(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * Builds the bundle. Chunks are named by their content hash and written before the entries, and chunks of
 * earlier builds stay a while, so a command already running (or a second build at the same moment) keeps
 * finding every file it imports.
 */
export async function buildCli() {
  const sources = sourceStamp();
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: cliEntries,
    outdir: cliOutDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: externalPackages(),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    write: false,
    logLevel: 'error',
    metafile: true,
  });
  mkdirSync(cliOutDir, { recursive: true });
  const isEntry = (file) => Object.keys(cliEntries).some((name) => relative(cliOutDir, file.path).startsWith(`${name}.js`));
  for (const file of [...result.outputFiles.filter((f) => !isEntry(f)), ...result.outputFiles.filter(isEntry)]) writeAtomic(file.path, file.contents);
  writeAtomic(stampPath, JSON.stringify({ sources, builtAt: new Date().toISOString() }));
  removeOldChunks(new Set(result.outputFiles.map((f) => f.path)));
}

/** Chunks no longer part of the bundle, once no command started before the build can still need them (an hour). */
function removeOldChunks(current) {
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(cliOutDir)) {
    const path = join(cliOutDir, name);
    if (name.startsWith('chunk-') && !current.has(path) && statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
