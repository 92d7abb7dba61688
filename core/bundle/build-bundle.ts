/**
 * Builds the evidence bundle: cover, index (证据目录) linked to the exhibits, a divider per exhibit, every
 * page stamped with its continuous number and its label, bookmarks, metadata with each file's SHA-256,
 * and volumes (册) above a page or size limit with the numbering running on across them.
 *
 * Memory: sources are read one at a time — loaded, checked, written to the volume's sink, released —
 * so working memory holds one source file (plus the font and the small front pages), whatever the
 * number of exhibits. A source that cannot go in stops the build with an error naming its file; the
 * caller discards what the sinks received (nothing is half-written).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Bilingual } from '../bilingual';
import { assertGlyphs, describeCharacters, embedSubset, missingGlyphs } from '../documents/pdf-fonts';
import type { PdfFonts } from '../documents/render-pdf';
import { DossierError } from '../errors';
import { bundleTitle, fileIdentifier, infoDictionary, xmpPacket } from './bundle-metadata';
import type { BundleExhibit, BundleHeader, BundleOptions, BundleReport, BundleSink, PlacedExhibit } from './bundle-model';
import { damagedError, oversizedError, unsupportedError } from './bundle-errors';
import type { ExhibitRef } from './bundle-errors';
import { exhibitPageLabel, STAMP_CHARACTERS } from './bundle-stamps';
import { BundleText } from './bundle-text';
import { VolumeBuilder } from './bundle-volume';
import { exhibitLabel, volumeLabel } from './exhibit-label';
import type { IndexEntry } from './front-matter';
import { coverModel, dividerModel, fontMetrics, frontCharacters, indexModel, laidOutOperators, layOut, volumeCoverModel } from './front-matter';
import { indexRowAreas } from './index-links';
import { BrokenReference } from './object-transcriber';
import { refreshFormAppearances } from './source-form-appearances';
import { placeImage } from './source-image';
import { openSourcePdf, portableInflate } from './source-pdf';
import type { Inflate } from './source-pdf';

/** Progress after each exhibit: how many are done of how many. */
export type BundleProgress = (done: number, total: number) => void;

/** Everything a build needs besides the sources' bytes, which the exhibits bring. */
export type BundleRequest = {
  header: BundleHeader;
  exhibits: readonly BundleExhibit[];
  fonts: PdfFonts;
  sink: BundleSink;
  options: BundleOptions;
  /** The file name of volume n, for links from the index to exhibits in another volume. */
  volumeFileName: (volume: number) => string;
  onProgress?: BundleProgress;
  /** A native zlib inflate where the platform has one (Node's is several times faster than the portable one). */
  inflate?: Inflate;
};

/** The type a file's bytes say it is. */
export function sniffMediaType(bytes: Uint8Array): 'pdf' | 'jpeg' | 'png' | null {
  if (String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  return null;
}

function checkGlyphs(fonts: PdfFonts, exhibit: BundleExhibit, label: string): void {
  const fields: [string, Bilingual][] = [[exhibit.title, { zh: '名称', en: 'title' }], [exhibit.source, { zh: '来源', en: 'source' }], [exhibit.proves, { zh: '证明内容', en: 'facts proved' }], [exhibit.fileName, { zh: '文件名', en: 'file name' }]];
  for (const [text, field] of fields) {
    const missing = missingGlyphs(fonts.regular, new Set(text));
    if (missing.length === 0) continue;
    const chars = describeCharacters(missing);
    throw new DossierError('missing-glyph', {
      zh: `${label}的${field.zh}含有字体缺少的字符${chars.zh}，无法生成证据材料；请改用常用字或通用写法`,
      en: `The ${field.en} of ${label} has characters the font cannot draw: ${chars.en}; use a common character instead`,
    }, { file: exhibit.fileName });
  }
}

/** Builds the bundle into the sinks, one per volume; returns the report. */
export async function buildBundle(request: BundleRequest): Promise<BundleReport> {
  const { header, exhibits, fonts, sink, options } = request;
  const inflate = request.inflate ?? portableInflate;
  if (exhibits.length === 0) {
    throw new DossierError('invalid-input', { zh: '没有可编入证据材料的证据', en: 'There is no evidence to put into the bundle' });
  }
  const entries: IndexEntry[] = exhibits.map((e, i) => ({ label: exhibitLabel(i + 1), title: e.title, source: e.source, proves: e.proves, sha256: e.sha256, fileName: e.fileName, range: null }));
  exhibits.forEach((e, i) => checkGlyphs(fonts, e, entries[i]!.label));
  const chars = frontCharacters(header, entries);
  for (const ch of STAMP_CHARACTERS) chars.add(ch);
  assertGlyphs(fonts.regular, chars);

  // The font is the only pdf-lib object the bundle needs; it is copied into every volume.
  const fontDoc = await PDFDocument.create({ updateMetadata: false });
  fontDoc.registerFontkit(fontkit);
  const text = new BundleText(await embedSubset(fontDoc, fonts.regular, chars));
  await fontDoc.flush();
  const metrics = fontMetrics(text);
  const indexPages = layOut(indexModel(header, entries), metrics).length;

  const volumes = [new VolumeBuilder(1, 1, sink(1), fontDoc, text)];
  const first = volumes[0]!;
  first.addBookmark('封面', first.addFrontPage());
  const indexPositions = Array.from({ length: indexPages }, () => first.addFrontPage());
  first.addBookmark('证据目录', indexPositions[0]!);
  const volumeCovers: number[] = [];
  const placed: PlacedExhibit[] = [];
  const warnings: Bilingual[] = [];

  for (const [i, exhibit] of exhibits.entries()) {
    const entry = entries[i]!;
    const ref: ExhibitRef = { label: entry.label, fileName: exhibit.fileName };
    const bytes = typeof exhibit.bytes === 'function' ? await exhibit.bytes() : exhibit.bytes;
    if (bytes.length === 0) throw damagedError(ref, { zh: '文件为空', en: 'the file is empty' });
    if (bytes.length > options.maxSourceBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw oversizedError(ref, { zh: `${mb(bytes.length)} MB，上限 ${mb(options.maxSourceBytes)} MB`, en: `${mb(bytes.length)} MB, the limit is ${mb(options.maxSourceBytes)} MB` });
    }
    const kind = sniffMediaType(bytes);
    if (kind === null) throw unsupportedError(ref, { zh: '不是 PDF、JPEG 或 PNG 文件', en: 'it is not a PDF, JPEG or PNG file' });
    const source = kind === 'pdf' ? await openSourcePdf(bytes, ref, options.maxSourcePages, inflate) : null;
    const image = kind === 'pdf' ? null : await placeImage(bytes, ref, options);
    const count = source ? source.pages.length : 1;
    if (source) warnings.push(...source.warnings, ...(await refreshFormAppearances(source.document, fonts, ref)));

    let volume = volumes.at(-1)!;
    const overPages = options.maxPagesPerVolume !== null && volume.pageCount + 1 + count > options.maxPagesPerVolume;
    const overBytes = options.maxBytesPerVolume !== null && volume.writer.size + bytes.length > options.maxBytesPerVolume;
    if (volume.exhibits.length > 0 && (overPages || overBytes)) {
      volume = new VolumeBuilder(volumes.length + 1, volume.nextPage, sink(volumes.length + 1), fontDoc, text);
      volumes.push(volume);
      volumeCovers.push(volume.addFrontPage());
      volume.addBookmark(`${volumeLabel(volume.volume)}封面`, 0);
    }
    if (options.maxPagesPerVolume !== null && 2 + count > options.maxPagesPerVolume) {
      warnings.push({ zh: `${entry.label}共 ${count} 页，单独成册仍超过每册 ${options.maxPagesPerVolume} 页的上限（证据不拆分）`, en: `${entry.label} has ${count} pages: even alone its volume exceeds the ${options.maxPagesPerVolume}-page limit (an exhibit is never split)` });
    }

    const position = volume.addFrontPage();
    const dividerNumber = volume.firstPage + position;
    entry.range = { first: dividerNumber + 1, last: dividerNumber + count };
    const divider = layOut(dividerModel(entry, count), metrics);
    if (divider.length !== 1) throw new DossierError('invalid-input', { zh: `${entry.label}的说明过长，隔页容纳不下`, en: `The description of ${entry.label} is too long for its divider page` }, { file: exhibit.fileName });
    volume.drawFrontPage(position, laidOutOperators(divider[0]!, text), entry.label);
    volume.addBookmark(`${entry.label} ${exhibit.title}`, position);
    volume.exhibits.push(entry.label);

    try {
      if (source) volume.addPdfPages(source, (n) => exhibitPageLabel(entry.label, n, count), inflate);
      else volume.addImagePage(image!, exhibitPageLabel(entry.label, 1, 1));
    } catch (error) {
      if (error instanceof BrokenReference) {
        throw damagedError(ref, { zh: `对象 ${error.ref} ${error.reason === 'missing' ? '缺失' : '无法读取'}`, en: `object ${error.ref} is ${error.reason}` });
      }
      throw error;
    }
    placed.push({ label: entry.label, title: exhibit.title, fileName: exhibit.fileName, sha256: exhibit.sha256, volume: volume.volume, dividerPage: dividerNumber, firstPage: entry.range.first, lastPage: entry.range.last, pageCount: count, downsampled: image?.downsampled ?? false });
    request.onProgress?.(i + 1, exhibits.length);
  }

  const pageCount = volumes.at(-1)!.nextPage - 1;
  const spans = volumes.map((v) => ({ volume: v.volume, firstPage: v.firstPage, lastPage: v.nextPage - 1 }));

  const cover = layOut(coverModel(header, { exhibits: exhibits.length, pages: pageCount, volumes: spans }), metrics);
  const index = layOut(indexModel(header, entries), metrics);
  if (cover.length !== 1 || index.length !== indexPages) {
    throw new DossierError('internal', { zh: '证据目录排版页数与预留页数不符', en: 'The index took a different number of pages than reserved' });
  }
  first.drawFrontPage(0, laidOutOperators(cover[0]!, text), null);
  index.forEach((laidOut, k) => first.drawFrontPage(indexPositions[k]!, laidOutOperators(laidOut, text), '证据目录'));
  indexRowAreas(index, entries.map((e) => e.label)).forEach((area, k) => {
    const target = placed[k]!;
    if (!area) return;
    const volume = volumes[target.volume - 1]!;
    first.addLinks(indexPositions[area.page]!, [{ rect: area.rect, page: volume.pageRef(target.dividerPage - volume.firstPage) }]);
  });
  volumes.slice(1).forEach((volume, k) => {
    const laid = layOut(volumeCoverModel(header, volume.volume, volumes.length, spans[volume.volume - 1]!, volume.exhibits), metrics);
    volume.drawFrontPage(volumeCovers[k]!, laidOutOperators(laid[0]!, text), volumeLabel(volume.volume));
  });

  const sizes = volumes.map((volume) => {
    const title = bundleTitle(header, volume.volume, volumes.length, volumeLabel(volume.volume));
    return volume.finish({
      info: infoDictionary(header, title, placed, options.createdAt), xmp: xmpPacket(header, title, placed, options.createdAt),
      id: fileIdentifier(placed, volume.volume, options.createdAt),
    }, request.volumeFileName);
  });
  return {
    pageCount, sizeBytes: sizes.reduce((sum, s) => sum + s, 0), frontPages: 1 + indexPages + volumeCovers.length, indexPages,
    volumes: volumes.map((v, k) => ({ volume: v.volume, firstPage: v.firstPage, lastPage: v.nextPage - 1, pageCount: v.pageCount, sizeBytes: sizes[k]!, exhibits: v.exhibits })),
    exhibits: placed, warnings,
  };
}
