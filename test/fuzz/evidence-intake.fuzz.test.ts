/**
 * Fuzzes evidence intake: real PDFs, JPEGs and PNGs made in code, mutated (truncated, bytes flipped, objects
 * spliced in, a /Count of a billion, bogus pixel sizes written into the headers with valid CRCs) and fed to the
 * intake inspection in process. Each input is accepted with a sane page count, or refused with a DossierError
 * whose message names the file; none may crash otherwise or take more than a few seconds. A sample then goes
 * through `evidence:add` to show a refused file leaves nothing in the store.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultBundleOptions } from '../../core/bundle/bundle-model';
import { readJpegInfo } from '../../core/bundle/jpeg-info';
import { readPngInfo } from '../../core/bundle/png-info';
import { caseInput } from '../../core/case/case-model';
import { DossierError } from '../../core/errors';
import { crc32 } from '../../core/evidence/file-type';
import { dispatch } from '../../electron/services/dispatch';
import { inspectEvidenceFile } from '../../electron/services/evidence-inspect';
import { scanJpeg, scanPng, textPdf } from '../support/bundle-sources';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { makePdf } from '../services/evidence/evidence-fixtures';

const tempDir = useTempDir();
const RUNS = 10_000;
const MAX_BYTES = 50 * 1024 * 1024;
/** The longest one input may take: well above a real file's inspection, far below a hang. */
const PER_INPUT_MS = 5_000;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

type Seed = { name: string; bytes: Uint8Array };

async function seeds(): Promise<Seed[]> {
  return [
    { name: '对账单.pdf', bytes: Uint8Array.from(await makePdf(2)) },
    { name: '表单.pdf', bytes: await textPdf('Form', 1, { formField: 'Filled value' }) },
    { name: '分流.pdf', bytes: await textPdf('Split', 2, { splitContent: true, rotate: 90 }) },
    { name: '扫描.jpg', bytes: scanJpeg(48, 32, 6) },
    { name: '截图.png', bytes: scanPng(40, 24) },
    { name: '透明.png', bytes: scanPng(16, 16, 128) },
  ];
}

/** Writes `width` × `height` into a JPEG's first frame header or a PNG's IHDR (its CRC recomputed). */
function withDimensions(bytes: Uint8Array, width: number, height: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  if (out[0] === 0x89) {
    const view = new DataView(out.buffer);
    view.setUint32(16, width >>> 0);
    view.setUint32(20, height >>> 0);
    view.setUint32(29, crc32(out.subarray(12, 29)));
    return out;
  }
  for (let o = 2; o + 9 < out.length;) {
    if (out[o] !== 0xff) break;
    const marker = out[o + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      out[o + 5] = (height >> 8) & 0xff; out[o + 6] = height & 0xff; out[o + 7] = (width >> 8) & 0xff; out[o + 8] = width & 0xff;
      return out;
    }
    o += 2 + ((out[o + 2]! << 8) | out[o + 3]!);
  }
  return out;
}

type Mutation =
  | { kind: 'truncate'; share: number }
  | { kind: 'flip'; flips: { at: number; value: number }[] }
  | { kind: 'splice'; at: number; text: string }
  | { kind: 'count'; count: string }
  | { kind: 'dimensions'; width: number; height: number }
  | { kind: 'none' };

const objectText = fc.constantFrom(
  '\n9 0 obj <</Type/Pages/Count 1000000000/Kids[9 0 R]>> endobj\n',
  '\n3 0 obj <</Type/Page/Parent 2 0 R/Contents 99 0 R>> endobj\n',
  '\n4 0 obj <</Length 999999/Filter/FlateDecode>> stream\nxyz\nendstream endobj\n',
  '\ntrailer <</Root 77 0 R/Encrypt <</Filter/Standard/V 5>>>>\n',
  '\n1 0 obj <</Type/Catalog/Pages 1 0 R>> endobj\n',
  '\n5 0 obj [5 0 R 5 0 R] endobj\n',
  '\nxref\n0 1\n0000000000 65535 f \nstartxref\n0\n%%EOF\n',
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: objectText }),
  fc.record({ kind: fc.constant('count' as const), count: fc.constantFrom('1000000000', '0', '-1', '3', '1e9', '99999999999999999999', '2.5') }),
  fc.record({ kind: fc.constant('dimensions' as const), width: fc.integer({ min: 0, max: 65535 }), height: fc.integer({ min: 0, max: 65535 }) }),
  fc.constant({ kind: 'none' as const }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'truncate': return bytes.slice(0, Math.floor(bytes.length * m.share));
    case 'flip': {
      const out = Uint8Array.from(bytes);
      for (const { at, value } of m.flips) out[at % out.length] = value;
      return out;
    }
    case 'splice': {
      const at = m.at % (bytes.length + 1);
      return Uint8Array.from([...bytes.subarray(0, at), ...fromLatin1(m.text), ...bytes.subarray(at)]);
    }
    case 'count': return fromLatin1(latin1(bytes).replace(/\/Count \d+/g, `/Count ${m.count}`));
    case 'dimensions': return withDimensions(bytes, m.width, m.height);
    case 'none': return bytes;
  }
}

/** Inspects one input; returns 'accepted' or 'refused', or throws when the outcome breaks the rules. */
async function inspectOnce(name: string, bytes: Uint8Array): Promise<'accepted' | 'refused'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`inspecting took over ${PER_INPUT_MS} ms`)), PER_INPUT_MS); });
  try {
    const inspected = await Promise.race([inspectEvidenceFile(Buffer.from(bytes), name, MAX_BYTES), timeout]);
    if (inspected.fileType === 'pdf') expect(inspected.pageCount).toBeGreaterThan(0);
    if (inspected.fileType === 'pdf') expect(inspected.pageCount).toBeLessThanOrEqual(defaultBundleOptions.maxSourcePages);
    if (inspected.fileType === 'jpeg' || inspected.fileType === 'png') {
      // What intake accepts the bundle can place: within its pixel limit.
      const size = inspected.fileType === 'jpeg' ? readJpegInfo(bytes) : readPngInfo(bytes);
      expect(size).not.toBeNull();
      expect(size!.width * size!.height).toBeLessThanOrEqual(defaultBundleOptions.maxImagePixels);
    }
    return 'accepted';
  } catch (error) {
    if (!(error instanceof DossierError)) throw error;
    expect(error.code === 'invalid-input' || error.code === 'missing-glyph').toBe(true);
    expect(error.text.zh).toContain(name);
    expect(error.text.en).toContain(name);
    expect(error.location.file).toBe(name);
    return 'refused';
  } finally {
    clearTimeout(timer);
  }
}

describe('evidence intake under fuzzing', () => {
  // The PDF parser reports every repair it makes on the console; thousands of broken files would drown the test output.
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it(`inspects ${RUNS} mutated PDFs, JPEGs and PNGs without a crash or a hang, refusing with the file named`, async () => {
    const files = await seeds();
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
        const seed = files[which]!;
        const bytes = mutations.reduce(mutate, seed.bytes);
        outcomes[await inspectOnce(seed.name, bytes)]++;
      }),
      { numRuns: RUNS, seed: 13 },
    );
    // Both outcomes occur: the mutations reach the refusals, and harmless ones still pass.
    expect(outcomes.accepted).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(1000);
  }, 120_000);

  it('stores nothing for a refused file when it goes through evidence:add', async () => {
    const dataDir = tempDir();
    const services = openTestServices(dataDir);
    const { cases } = await seedProfiles(services.handlers);
    const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    const files = await seeds();
    const storeFiles = () => (existsSync(join(dataDir, 'evidence')) ? readdirSync(join(dataDir, 'evidence'), { recursive: true }).filter((f) => String(f).length > 60) : []);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: files.length - 1 }), mutation, async (which, m) => {
        const seed = files[which]!;
        const before = storeFiles().length;
        const listed = (await services.handlers['evidence:list']({ caseId: created.id })).length;
        const result = await dispatch(services.handlers, 'evidence:add', { caseId: created.id, fileName: seed.name, contentBase64: Buffer.from(mutate(seed.bytes, m)).toString('base64') });
        if (result.ok) return;
        refused++;
        expect(result.error.file).toBe(seed.name);
        expect(storeFiles().length).toBe(before);
        expect((await services.handlers['evidence:list']({ caseId: created.id })).length).toBe(listed);
      }),
      { numRuns: 150, seed: 7 },
    );
    expect(refused).toBeGreaterThan(20);
    services.close();
  }, 120_000);
});
