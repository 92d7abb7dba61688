import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { sharpImageResampler } from '../../electron/services/sharp-image-resampler';
import { buildToFiles } from '../support/bundle-inspect';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('dossier-bundle-photos-');

let photo: Promise<Uint8Array> | null = null;

/** A 27 MP phone photo (6000 × 4500, noisy, so it compresses like a real one) taken sideways: EXIF orientation 6. Made once. */
function phonePhoto(): Promise<Uint8Array> {
  photo ??= makePhonePhoto();
  return photo;
}

async function makePhonePhoto(): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width: 6000, height: 4500, channels: 3, background: { r: 200, g: 190, b: 170 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return new Uint8Array(buffer);
}

type ListedImage = { page: number; width: number; height: number; encoding: string; xPpi: number; yPpi: number };

/** The images of a PDF as pdfimages lists them. */
function imagesOf(path: string): ListedImage[] {
  const lines = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const f = line.trim().split(/\s+/);
    return { page: Number(f[0]), width: Number(f[3]), height: Number(f[4]), encoding: f[8]!, xPpi: Number(f[12]), yPpi: Number(f[13]) };
  });
}

/** Renders one page with pdftoppm; returns the PNG's bytes and what pdftoppm said on stderr. */
function renderPage(dir: string, path: string, page: number): Uint8Array {
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '30', '-png', path, join(dir, 'page')], { stdio: ['ignore', 'ignore', 'pipe'] });
  const file = readdirSync(dir).find((name) => name.startsWith('page') && name.endsWith('.png'))!;
  return readFileSync(join(dir, file));
}

describe('photos in the bundle', () => {
  it('downsamples a 27 MP photo natively to 300 dpi at its printed size, upright, and the page renders', async () => {
    const dir = tempDir();
    const photo = await phonePhoto();
    const { report, paths } = await buildToFiles(dir, [{ title: '催收函签收照片', source: '原告', proves: '催收函已送达被告', fileName: 'IMG_0001.jpg', sha256: 'c'.repeat(64), mediaType: 'jpeg', bytes: photo }], { resampleImage: sharpImageResampler });
    expect(report.exhibits[0]!.downsampled).toBe(true);
    const [image] = imagesOf(paths[0]!).filter((i) => i.page === report.exhibits[0]!.firstPage);
    expect(image).toBeDefined();
    // Stored sideways (EXIF 6): the page turns it, so the stored width is the printed height.
    expect(image!.width).toBeLessThan(6000);
    expect(image!.width / image!.height).toBeCloseTo(6000 / 4500, 2);
    expect(image!.encoding).toBe('jpeg');
    expect(Math.abs(image!.xPpi - 300)).toBeLessThanOrEqual(2);
    expect(Math.abs(image!.yPpi - 300)).toBeLessThanOrEqual(2);
    const rendered = await sharp(renderPage(dir, paths[0]!, report.exhibits[0]!.firstPage)).metadata();
    // A4 portrait at 30 dpi: the photo was turned upright onto a portrait page.
    expect(rendered.width).toBeLessThan(rendered.height!);
    // The embedded stream is libvips' own output, byte for byte.
    execFileSync('pdfimages', ['-j', '-f', String(report.exhibits[0]!.firstPage), '-l', String(report.exhibits[0]!.firstPage), paths[0]!, join(dir, 'img')]);
    const embedded = readFileSync(join(dir, readdirSync(dir).find((name) => name.startsWith('img') && name.endsWith('.jpg'))!));
    const expected = await sharpImageResampler(photo, 'jpeg', image!.width, image!.height);
    expect(Buffer.compare(embedded, Buffer.from(expected.bytes))).toBe(0);
  }, 120_000);

  it('gives the same bytes for the same photo twice', async () => {
    const photo = await phonePhoto();
    const a = await sharpImageResampler(photo, 'jpeg', 1500, 1125);
    const b = await sharpImageResampler(photo, 'jpeg', 1500, 1125);
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
    expect([a.width, a.height]).toEqual([1500, 1125]);
  }, 60_000);

  it('composites a transparent PNG on white as it downsamples', async () => {
    const png = await sharp({ create: { width: 4000, height: 3000, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const out = await sharpImageResampler(new Uint8Array(png), 'png', 400, 300);
    const { data, info } = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    expect([...data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('is what the bundle service uses for a saved bundle', async () => {
    const services = openTestServices(tempDir());
    try {
      const { cases } = await seedProfiles(services.handlers);
      const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
      const photo = await phonePhoto();
      const item = await services.handlers['evidence:add']({ caseId: created.id, fileName: 'IMG_0002.jpg', contentBase64: Buffer.from(photo).toString('base64'), meta: { title: '催收函签收照片' } });
      const built = await services.handlers['bundle:build']({ caseId: created.id, order: [item.id], save: true, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 });
      const page = built.report.exhibits[0]!.firstPage;
      const [image] = imagesOf(built.files[0]!.path).filter((i) => i.page === page);
      const dir = tempDir();
      execFileSync('pdfimages', ['-j', '-f', String(page), '-l', String(page), built.files[0]!.path, join(dir, 'img')]);
      const embedded = readFileSync(join(dir, readdirSync(dir).find((name) => name.endsWith('.jpg'))!));
      const expected = await sharpImageResampler(photo, 'jpeg', image!.width, image!.height);
      expect(Buffer.compare(embedded, Buffer.from(expected.bytes))).toBe(0);
    } finally {
      services.close();
    }
  }, 120_000);
});
