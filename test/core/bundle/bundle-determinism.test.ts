import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BundleExhibit } from '../../../core/bundle/bundle-model';
import { buildToFiles } from '../../support/bundle-inspect';
import { scanJpeg, scanPng, textPdf } from '../../support/bundle-sources';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir('dossier-bundle-determinism-');
const CREATED = new Date('2026-03-04T05:06:08Z');
const OTHER = new Date('2027-11-12T13:14:16Z');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function exhibits(): Promise<BundleExhibit[]> {
  const exhibit = (title: string, mediaType: BundleExhibit['mediaType'], bytes: Uint8Array, n: number): BundleExhibit =>
    ({ title, source: '原告', proves: '被告透支消费及逾期的事实', fileName: `${title}.${mediaType}`, sha256: String(n).repeat(64), mediaType, bytes });
  return [
    exhibit('领用合约', 'pdf', await textPdf('Agreement', 2), 1),
    // Both finer than the 100 dpi limit below: downsampled and re-encoded (the PNG composited on white).
    exhibit('身份证照片', 'jpeg', scanJpeg(2000, 1300, 6), 2),
    exhibit('催收函签收回执', 'png', scanPng(1240, 1754, 200), 3),
  ];
}

/**
 * The volume written out uncompressed by qpdf (its changing ID half fixed), with its dates and its permanent
 * identifier (the ID's first half, derived from the date) replaced by placeholders.
 */
function datelessQdf(path: string): { text: string; dates: string[] } {
  const text = execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--static-id', path, '-'], { encoding: 'latin1', maxBuffer: 256 * 1024 * 1024 });
  const pattern = /D:\d{14}Z|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g;
  return { text: text.replace(pattern, 'date').replace(/\/ID \[<[0-9a-f]+>/, '/ID [<id>'), dates: [...new Set(text.match(pattern) ?? [])] };
}

describe('the bundle with a fixed clock', () => {
  it('is byte-identical when built again later with the same date', async () => {
    const first = await buildToFiles(tempDir(), await exhibits(), { createdAt: CREATED, maxImageDpi: 100 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await buildToFiles(tempDir(), await exhibits(), { createdAt: CREATED, maxImageDpi: 100 });
    expect(first.report.exhibits.map((e) => e.downsampled)).toEqual([false, true, true]);
    expect(second.paths).toHaveLength(first.paths.length);
    first.paths.forEach((path, i) => expect(sha256(readFileSync(second.paths[i]!))).toBe(sha256(readFileSync(path))));
  });

  it('differs only in its dates and file identifier when built with another date', async () => {
    const a = await buildToFiles(tempDir(), await exhibits(), { createdAt: CREATED, maxImageDpi: 100 });
    const b = await buildToFiles(tempDir(), await exhibits(), { createdAt: OTHER, maxImageDpi: 100 });
    expect(sha256(readFileSync(b.paths[0]!))).not.toBe(sha256(readFileSync(a.paths[0]!)));
    const qdfA = datelessQdf(a.paths[0]!);
    const qdfB = datelessQdf(b.paths[0]!);
    expect(qdfA.dates.sort()).toEqual(['2026-03-04T05:06:08Z', 'D:20260304050608Z']);
    expect(qdfB.dates.sort()).toEqual(['2027-11-12T13:14:16Z', 'D:20271112131416Z']);
    expect(qdfB.text).toBe(qdfA.text);
  });
});
