/**
 * Evidence bundle build (issue 6, item 7): a case of 20 exhibits, about 120 pages of text PDFs and scans.
 * Times the whole bundle — merge, stamps, dividers, index with links, bookmarks, metadata, written to a
 * file — against qpdf's bare merge of the same files (`qpdf --empty --pages … --`, images as one-page
 * PDF twins since qpdf cannot read images) in the same run, median of several runs each, and prints the
 * ratio. Peak memory: maximum resident size of a child process doing one build, for the case and for the
 * same case twice over (40 exhibits), next to qpdf's — if memory held every source, the second would
 * grow by the first's source bytes. A 27 MP phone photo is timed apart, downsampled in JavaScript and with sharp,
 * with the ratio. Nothing here asserts a time. Run: npm run bench, or
 * npx tsx bench/bundle/bundle.bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '../../core/bundle/build-bundle';
import { defaultBundleOptions } from '../../core/bundle/bundle-model';
import type { BundleReport, ImageResampler } from '../../core/bundle/bundle-model';
import { createVolumeFiles, nativeInflate } from '../../electron/services/bundle-files';
import { loadDocumentFonts } from '../../electron/services/document-fonts';
import { sharpImageResampler } from '../../electron/services/sharp-image-resampler';
import type { BenchFile } from './bundle-fixture';
import { writeBenchCase } from './bundle-fixture';
import { scanJpeg } from '../../test/support/bundle-sources';

const runs = 15;
// V8 needs about ten builds before pdf-lib's parser and our writer are fully optimised; the cold first build is printed too.
const warmups = 10;
const header = { plaintiff: '云岭银行股份有限公司信用卡中心', defendant: '李晓梅', cause: '信用卡纠纷', court: '昆明市五华区人民法院', courtCaseNumber: '', submittedBy: '云岭银行股份有限公司信用卡中心', date: '2026-11-28' };

/** One full build of `files` into `dir`, reading each source from disk when the build reaches it; images resampled by `resampleImage` if given. */
async function build(files: readonly BenchFile[], dir: string, onProgress?: () => void, resampleImage?: ImageResampler): Promise<BundleReport> {
  const volumes = createVolumeFiles(dir, 'bundle');
  const report = await buildBundle({
    header, fonts: await loadDocumentFonts(), sink: volumes.sink, volumeFileName: volumes.volumeFileName, inflate: nativeInflate,
    exhibits: files.map((f, i) => ({ title: f.title, source: '原告', proves: '被告透支消费、还款及逾期的事实', fileName: f.path.split('/').at(-1)!, sha256: String(i).padStart(64, '0'), mediaType: f.mediaType, bytes: () => readFileSync(f.path) })),
    options: { ...defaultBundleOptions, createdAt: new Date('2026-11-28T02:00:00Z'), ...(resampleImage ? { resampleImage } : {}) },
    ...(onProgress ? { onProgress } : {}),
  });
  volumes.commit();
  return report;
}

function qpdfMerge(files: readonly BenchFile[], out: string): void {
  const result = spawnSync('qpdf', ['--empty', '--pages', ...files.map((f) => f.pdfTwin), '--', out]);
  if (result.status !== 0) throw new Error(`qpdf failed: ${result.stderr.toString()}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Maximum resident set (MB) of a command, from GNU time. */
function peakMb(command: string[]): number {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', ...command], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  return Number(result.stderr.trim().split('\n').at(-1)) / 1024;
}

async function child(mode: string, caseDir: string): Promise<void> {
  const files = JSON.parse(readFileSync(join(caseDir, 'files.json'), 'utf8')) as BenchFile[];
  await loadDocumentFonts();
  if (mode === 'idle') return;
  const times = mode === 'double' ? 2 : 1;
  await build(Array.from({ length: times }, () => files).flat(), mkdtempSync(join(caseDir, 'child-')));
}

async function main(): Promise<void> {
  const childMode = process.env.BUNDLE_BENCH_CHILD;
  if (childMode) return child(childMode, process.env.BUNDLE_BENCH_DIR!);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bundle-bench-'));
  try {
    const files = await writeBenchCase(dir);
    writeFileSync(join(dir, 'files.json'), JSON.stringify(files));
    const sourcePages = files.reduce((sum, f) => sum + f.pages, 0);
    const sourceBytes = files.reduce((sum, f) => sum + statSync(f.path).size, 0);
    console.log(`case: ${files.length} exhibits, ${sourcePages} source pages (${files.filter((f) => f.mediaType !== 'pdf').length} scans), ${(sourceBytes / 1e6).toFixed(1)} MB of source files`);

    // Warm up both (module loading, font parse, JIT, disk cache), then alternate runs.
    let cold = 0;
    for (let i = 0; i < warmups; i++) {
      const start = performance.now();
      await build(files, mkdtempSync(join(dir, 'warm-')));
      if (i === 0) cold = performance.now() - start;
      qpdfMerge(files, join(dir, 'warm-qpdf.pdf'));
    }
    const ours: number[] = [];
    const theirs: number[] = [];
    let report: BundleReport | null = null;
    for (let i = 0; i < runs; i++) {
      const out = mkdtempSync(join(dir, 'run-'));
      let start = performance.now();
      report = await build(files, out);
      ours.push(performance.now() - start);
      start = performance.now();
      qpdfMerge(files, join(out, 'qpdf.pdf'));
      theirs.push(performance.now() - start);
    }
    const qpdfSize = statSync(join(dir, 'warm-qpdf.pdf')).size;
    console.log(`bundle: ${report!.pageCount} pages (${report!.frontPages} cover/index, ${files.length} dividers), ${(report!.sizeBytes / 1e6).toFixed(2)} MB; qpdf merge: ${sourcePages} pages, ${(qpdfSize / 1e6).toFixed(2)} MB`);
    console.log(`build (median of ${runs}): ${median(ours).toFixed(1)} ms   qpdf --empty --pages (median of ${runs}): ${median(theirs).toFixed(1)} ms`);
    console.log(`ratio bundle / qpdf merge: ${(median(ours) / median(theirs)).toFixed(2)}×  (goal ≤ 2×); first (cold) build in this process: ${cold.toFixed(0)} ms`);

    // Not part of the comparison (qpdf does no image work): what a phone photo costs when it must be downsampled.
    const photo = join(dir, 'photo.jpg');
    writeFileSync(photo, scanJpeg(6000, 4500, 6, 85));
    const photoFile: BenchFile = { title: '手机拍摄的回执（2700 万像素）', path: photo, mediaType: 'jpeg', pages: 1, pdfTwin: photo };
    // The same bundle of that one photo, resampled in JavaScript (jpeg-js) and natively (sharp), alternating. sharp is
    // warmed up once (loading libvips); the JavaScript path, at about ten seconds a build, is not worth warming.
    const photoBuild = (resampler?: ImageResampler) => build([photoFile], mkdtempSync(join(dir, 'photo-')), undefined, resampler);
    await photoBuild(sharpImageResampler);
    const photoRuns = 3;
    const byJs: number[] = [];
    const bySharp: number[] = [];
    let photoReport: BundleReport | null = null;
    for (let i = 0; i < photoRuns; i++) {
      let start = performance.now();
      photoReport = await photoBuild();
      byJs.push(performance.now() - start);
      start = performance.now();
      await photoBuild(sharpImageResampler);
      bySharp.push(performance.now() - start);
    }
    console.log(`one 27 MP phone photo (EXIF-rotated), downsampled to ${defaultBundleOptions.maxImageDpi} dpi (downsampled: ${photoReport!.exhibits[0]!.downsampled}), median of ${photoRuns}: ` +
      `pure-JS ${median(byJs).toFixed(0)} ms, sharp (libvips) ${median(bySharp).toFixed(0)} ms; ratio JS / sharp: ${(median(byJs) / median(bySharp)).toFixed(1)}×`);

    const self = fileURLToPath(import.meta.url);
    const node = (mode: string) => peakMb(['env', `BUNDLE_BENCH_CHILD=${mode}`, `BUNDLE_BENCH_DIR=${dir}`, process.execPath, '--import', 'tsx', self]);
    const idle = node('idle');
    const single = node('single');
    const double = node('double');
    const qpdfPeak = peakMb(['qpdf', '--empty', '--pages', ...files.map((f) => f.pdfTwin), '--', join(dir, 'mem-qpdf.pdf')]);
    const largest = Math.max(...files.map((f) => statSync(f.path).size)) / 1e6;
    console.log(`peak memory (max RSS): node with modules and font loaded ${idle.toFixed(0)} MB; build 20 exhibits ${single.toFixed(0)} MB (+${(single - idle).toFixed(0)}); ` +
      `40 exhibits ${double.toFixed(0)} MB (+${(double - idle).toFixed(0)}); qpdf merge ${qpdfPeak.toFixed(0)} MB`);
    console.log(`growth from 20 to 40 exhibits: ${(double - single).toFixed(1)} MB (source files total ${(sourceBytes / 1e6).toFixed(1)} MB, largest ${largest.toFixed(1)} MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
