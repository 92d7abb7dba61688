/**
 * Opens a source PDF for the bundle and checks it before a single byte of it is written: pages found by
 * walking the page tree (inherited MediaBox, CropBox, Rotate and Resources carried down), the count the
 * tree declares actually present, every content stream present and decodable. A file encrypted only
 * against editing (owner password, empty user password) is decrypted by @cantoo/pdf-lib; one that needs
 * a password to open is refused. Blank pages are reported, never added silently.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import { unzlibSync, inflateSync } from 'fflate';
import type { Bilingual } from '../bilingual';
import { damagedError, encryptedError, noPagesError, oversizedError, reasonOf } from './bundle-errors';
import type { ExhibitRef } from './bundle-errors';
import type { Box } from './page-geometry';
import { visibleBox } from './page-geometry';

/** One source page as the bundle needs it. */
export type SourcePage = {
  box: Box;
  rotate: number;
  /** Content streams in order (none: the page is blank in the source). */
  contents: PDFRef[];
  resources: PDFObject | undefined;
  annots: PDFObject | undefined;
  group: PDFObject | undefined;
  blank: boolean;
};

/** Inflates zlib data (`raw`: without the zlib header); throws on damaged or truncated data. */
export type Inflate = (data: Uint8Array, raw: boolean) => Uint8Array;

/** fflate's inflate, for where no faster native one is passed in. */
export const portableInflate: Inflate = (data, raw) => (raw ? inflateSync(data) : unzlibSync(data));

/** A parsed, checked source PDF, with the document it was read into (for redrawing a form's fields). */
export type SourcePdf = { document: PDFDocument; context: PDFContext; decrypted: boolean; pages: SourcePage[]; warnings: Bilingual[] };

const name = (n: string) => PDFName.of(n);
const A4_BOX: Box = [0, 0, 595.28, 841.89];

async function parse(bytes: Uint8Array, exhibit: ExhibitRef): Promise<PDFDocument> {
  const options = { updateMetadata: false, parseSpeed: Infinity, throwOnInvalidObject: false };
  try {
    // The empty password opens files that are encrypted only against editing and printing.
    return await PDFDocument.load(bytes, { ...options, password: '' });
  } catch (error) {
    let encrypted = false;
    try {
      encrypted = (await PDFDocument.load(bytes, { ...options, ignoreEncryption: true })).isEncrypted;
    } catch {
      // Unreadable either way: damaged.
    }
    if (encrypted) throw encryptedError(exhibit);
    throw damagedError(exhibit, { zh: `无法解析：${reasonOf(error)}`, en: `cannot be parsed: ${reasonOf(error)}` });
  }
}

/** Parses and checks `bytes`; throws an error naming the exhibit's file when it cannot go into the bundle. */
export async function openSourcePdf(bytes: Uint8Array, exhibit: ExhibitRef, maxPages: number, inflate: Inflate = portableInflate): Promise<SourcePdf> {
  if (!startsLikePdf(bytes)) throw damagedError(exhibit, { zh: '缺少 PDF 文件头', en: 'no PDF header' });
  const doc = await parse(bytes, exhibit);
  const { context } = doc;
  const pages: SourcePage[] = [];
  const warnings: Bilingual[] = [];
  const damaged = (zh: string, en: string) => damagedError(exhibit, { zh, en });

  const root = context.lookup(context.trailerInfo.Root);
  const tree = root instanceof PDFDict ? context.lookup(root.get(name('Pages'))) : undefined;
  if (!(tree instanceof PDFDict)) throw damaged('找不到页面树', 'the page tree is missing');
  const declared = context.lookupMaybe(tree.get(name('Count')), PDFNumber)?.asNumber() ?? null;
  if (declared !== null && declared > maxPages) {
    throw oversizedError(exhibit, { zh: `${declared} 页，上限 ${maxPages} 页`, en: `${declared} pages, the limit is ${maxPages}` });
  }

  type Inherited = { media?: PDFObject; crop?: PDFObject; rotate?: PDFObject; resources?: PDFObject };
  const seen = new Set<PDFDict>();
  const walk = (node: PDFDict, inherited: Inherited, depth: number): void => {
    if (seen.has(node) || depth > 64) throw damaged('页面树有循环引用', 'the page tree loops');
    seen.add(node);
    const here: Inherited = {
      media: node.get(name('MediaBox')) ?? inherited.media, crop: node.get(name('CropBox')) ?? inherited.crop,
      rotate: node.get(name('Rotate')) ?? inherited.rotate, resources: node.get(name('Resources')) ?? inherited.resources,
    };
    const kids = context.lookup(node.get(name('Kids')));
    if (node.get(name('Type')) !== name('Page') && kids instanceof PDFArray) {
      for (const kid of kids.asArray()) {
        const child = context.lookup(kid);
        if (!(child instanceof PDFDict)) throw damaged(`第 ${pages.length + 1} 页的页面对象缺失`, `the object of page ${pages.length + 1} is missing`);
        walk(child, here, depth + 1);
      }
      return;
    }
    if (pages.length >= maxPages) throw oversizedError(exhibit, { zh: `超过 ${maxPages} 页`, en: `more than ${maxPages} pages` });
    pages.push(readPage(context, node, here, { pageNumber: pages.length + 1, exhibit, warnings, inflate }));
  };
  walk(tree, {}, 0);

  if (pages.length === 0) throw noPagesError(exhibit);
  if (declared !== null && declared !== pages.length) {
    throw damaged(`页面树声明 ${declared} 页，实际只找到 ${pages.length} 页`, `the page tree declares ${declared} pages but only ${pages.length} are present`);
  }
  const blank = pages.flatMap((p, i) => (p.blank ? [i + 1] : []));
  if (blank.length > 0) {
    warnings.push({
      zh: `${exhibit.label}（${exhibit.fileName}）第 ${blank.join('、')} 页在原文件中为空白页，已按原样编入`,
      en: `${exhibit.label} (${exhibit.fileName}): page ${blank.join(', ')} is blank in the source file and was included as it is`,
    });
  }
  return { document: doc, context, decrypted: context.isDecrypted, pages, warnings };
}

function readPage(
  context: PDFContext, leaf: PDFDict, inherited: { media?: PDFObject; crop?: PDFObject; rotate?: PDFObject; resources?: PDFObject },
  { pageNumber, exhibit, warnings, inflate }: { pageNumber: number; exhibit: ExhibitRef; warnings: Bilingual[]; inflate: Inflate },
): SourcePage {
  const damaged = (zh: string, en: string) => damagedError(exhibit, { zh: `第 ${pageNumber} 页${zh}`, en: `page ${pageNumber}: ${en}` });
  let media = boxOf(context, inherited.media);
  if (!media) {
    media = A4_BOX;
    warnings.push({ zh: `${exhibit.label}（${exhibit.fileName}）第 ${pageNumber} 页缺少页面尺寸，按 A4 处理`, en: `${exhibit.label} (${exhibit.fileName}) page ${pageNumber} has no page size; treated as A4` });
  }
  const rotate = context.lookupMaybe(inherited.rotate, PDFNumber)?.asNumber() ?? 0;
  const contentsObject = leaf.get(name('Contents'));
  const refs: PDFRef[] = [];
  if (contentsObject instanceof PDFRef) {
    const target = context.lookup(contentsObject);
    if (target instanceof PDFArray) refs.push(...target.asArray().filter((r): r is PDFRef => r instanceof PDFRef));
    else refs.push(contentsObject);
  } else if (contentsObject instanceof PDFArray) {
    refs.push(...contentsObject.asArray().filter((r): r is PDFRef => r instanceof PDFRef));
  }
  let painted = false;
  for (const ref of refs) {
    const stream = context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) throw damaged(`的内容流（对象 ${ref.toString()}）缺失`, `its content stream (object ${ref.toString()}) is missing`);
    let decoded: Uint8Array;
    try {
      decoded = decodeContent(stream, inflate);
    } catch (error) {
      throw damaged(`的内容流无法解码（${reasonOf(error)}）`, `its content stream cannot be decoded (${reasonOf(error)})`);
    }
    if (!painted) painted = decoded.some((b) => b > 0x20);
  }
  const annots = context.lookup(leaf.get(name('Annots')));
  const hasAnnots = annots instanceof PDFArray && annots.size() > 0;
  return {
    box: visibleBox(media, boxOf(context, inherited.crop)), rotate, contents: refs,
    resources: inherited.resources, annots: leaf.get(name('Annots')), group: leaf.get(name('Group')),
    blank: !painted && !hasAnnots,
  };
}

/** The decoded bytes of a content stream: Flate strictly (a truncated stream fails), other filters via pdf-lib. */
export function decodeContent(stream: PDFRawStream, inflate: Inflate): Uint8Array {
  const filter = stream.dict.lookup(name('Filter'));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  if (only === undefined) return stream.contents;
  if (only === name('FlateDecode') && stream.dict.get(name('DecodeParms')) === undefined) {
    try {
      return inflate(stream.contents, false);
    } catch (error) {
      // Some writers omit the zlib header (raw deflate); anything else is damage.
      if ((stream.contents[0]! & 0x0f) === 8) throw error;
      return inflate(stream.contents, true);
    }
  }
  return decodePDFRawStream(stream).decode();
}

function boxOf(context: PDFContext, object: PDFObject | undefined): Box | null {
  const array = context.lookupMaybe(object, PDFArray);
  if (!array || array.size() !== 4) return null;
  const values = array.asArray().map((v) => context.lookupMaybe(v, PDFNumber)?.asNumber());
  if (values.some((v) => v === undefined || !Number.isFinite(v))) return null;
  const box = values as number[];
  return box[2] !== box[0] && box[3] !== box[1] ? [box[0]!, box[1]!, box[2]!, box[3]!] : null;
}

function startsLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
