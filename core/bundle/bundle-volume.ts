/**
 * One volume (册) of the bundle being written: its object writer, the page objects in reading order,
 * and its bookmarks. Source pages are written as soon as their exhibit is read (then the source is
 * released); the bundle's own pages (cover, index, dividers) are kept as operator text and written
 * when the volume is finished, because the cover and index need every exhibit's final page numbers.
 * The one embedded font lives in a small pdf-lib document and is copied into each volume.
 */
import { PDFHexString, PDFString } from '@cantoo/pdf-lib';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { zlibSync } from 'fflate';
import type { VolumeSink } from './bundle-model';
import { stampOperators, stampPlacements } from './bundle-stamps';
import type { BundleText } from './bundle-text';
import { ObjectTranscriber } from './object-transcriber';
import { latin1, PdfObjectWriter, pdfNumber } from './pdf-object-writer';
import type { Box, Matrix, PageSize } from './page-geometry';
import { a4For, contentArea, fitInto, multiply, uprightMatrix } from './page-geometry';
import type { PlacedImage } from './source-image';
import { writePageForms } from './source-page-form';
import type { Inflate, SourcePdf } from './source-pdf';

/** A clickable area on a front page and where it leads (a page of this volume, or of another volume's file). */
export type LinkTarget = { rect: Box; page: { volume: number; num: number; index: number } };

/** A page of the volume: written already (source pages), or a front page written at the end. */
type PageSlot = { num: number; front: { size: PageSize; ops: string; links: LinkTarget[] } | null };

/** A file specification of a sibling file: /F as UTF-8 bytes (what most readers assume), /UF as Unicode text. */
function fileSpec(fileName: string): string {
  const utf8 = String.fromCharCode(...new TextEncoder().encode(fileName)).replace(/[\\()]/g, (c) => `\\${c}`);
  return `<</Type/Filespec/F ${PDFString.of(utf8).toString()}/UF ${PDFHexString.fromText(fileName).toString()}>>`;
}

function matrixText(m: Matrix): string {
  return m.map(pdfNumber).join(' ');
}

/** A volume being written. */
export class VolumeBuilder {
  readonly writer: PdfObjectWriter;
  private readonly front: ObjectTranscriber;
  private readonly fontNum: number;
  private readonly pagesNum: number;
  private readonly slots: PageSlot[] = [];
  private readonly bookmarks: { title: string; slot: number }[] = [];
  readonly exhibits: string[] = [];

  constructor(readonly volume: number, readonly firstPage: number, sink: VolumeSink, fontDoc: PDFDocument, private readonly text: BundleText) {
    this.writer = new PdfObjectWriter(sink);
    this.front = new ObjectTranscriber(fontDoc.context, this.writer);
    this.fontNum = this.front.numberOf(text.font.ref);
    this.pagesNum = this.writer.allocate();
  }

  /** Pages so far. */
  get pageCount(): number {
    return this.slots.length;
  }

  /** The bundle page number the next page will have. */
  get nextPage(): number {
    return this.firstPage + this.slots.length;
  }

  /** Reserves the next page for one of the bundle's own pages; returns its position in the volume. */
  addFrontPage(size: PageSize = a4For(1, 2)): number {
    this.slots.push({ num: this.writer.allocate(), front: { size, ops: '', links: [] } });
    return this.slots.length - 1;
  }

  /** Sets what a front page shows (a laid-out page), stamped with its page number and `label`. */
  drawFrontPage(position: number, ops: string, label: string | null): void {
    const front = this.slots[position]!.front!;
    const placements = stampPlacements(front.size, this.firstPage + position, label, (t, s) => this.text.width(t, s));
    front.ops = `${ops}\n${stampOperators(placements, this.text)}`;
  }

  /** The object number and index of the page at `position`, for links and bookmarks. */
  pageRef(position: number): { volume: number; num: number; index: number } {
    return { volume: this.volume, num: this.slots[position]!.num, index: position };
  }

  /** Adds link areas to a front page. */
  addLinks(position: number, links: LinkTarget[]): void {
    this.slots[position]!.front!.links.push(...links);
  }

  /** Adds a bookmark to the page at `position`. */
  addBookmark(title: string, position: number): void {
    this.bookmarks.push({ title, slot: position });
  }

  /** Writes every page of a checked source PDF, stamped; throws BrokenReference for a damaged object. */
  addPdfPages(source: SourcePdf, label: (index: number) => string, inflate: Inflate): void {
    const transcriber = new ObjectTranscriber(source.context, this.writer, source.decrypted);
    source.pages.forEach((page, i) => {
      const forms = writePageForms(page, transcriber, this.writer, inflate);
      const upright = uprightMatrix(page.box, page.rotate);
      const size = a4For(upright.width, upright.height);
      const placed = multiply(upright.matrix, fitInto(upright.width, upright.height, contentArea(size)).matrix);
      const [x0, y0, x1, y1] = page.box;
      const draws = forms.map((f, k) => (f.matrix ? `q ${matrixText(f.matrix)} cm /X${k} Do Q` : `/X${k} Do`)).join(' ');
      const body = `q ${matrixText(placed)} cm ${pdfNumber(x0)} ${pdfNumber(y0)} ${pdfNumber(x1 - x0)} ${pdfNumber(y1 - y0)} re W n ${draws} Q`;
      this.writeStampedPage(size, body, forms.map((f, k) => `/X${k} ${f.num} 0 R`).join(''), label(i + 1));
    });
    transcriber.flush();
  }

  /** Writes an image exhibit's page, stamped. */
  addImagePage(image: PlacedImage, label: string): void {
    const num = this.writer.allocate();
    this.writer.writeStream(num, image.dict, image.data);
    this.writeStampedPage(image.page, `q ${matrixText(image.matrix)} cm /X0 Do Q`, `/X0 ${num} 0 R`, label);
  }

  private writeStampedPage(size: PageSize, body: string, xobjects: string, label: string): void {
    const placements = stampPlacements(size, this.nextPage, label, (t, s) => this.text.width(t, s));
    const contentNum = this.writer.allocate();
    this.writer.writeStream(contentNum, '<<>>', latin1(`${body}\n${stampOperators(placements, this.text)}`));
    const num = this.writer.allocate();
    this.writer.writeObject(num, `${this.pageHead(size)}/Resources<</XObject<<${xobjects}>>/Font<</${this.text.name} ${this.fontNum} 0 R>>>>/Contents ${contentNum} 0 R>>`);
    this.slots.push({ num, front: null });
  }

  private pageHead(size: PageSize): string {
    return `<</Type/Page/Parent ${this.pagesNum} 0 R/MediaBox[0 0 ${pdfNumber(size.width)} ${pdfNumber(size.height)}]`;
  }

  /**
   * Writes the front pages, the outline, page tree, catalogue and metadata, and closes the file; returns
   * its size. `fileOf` names another volume's file for links that lead there.
   */
  finish(meta: { info: string; xmp: Uint8Array; id: string }, fileOf: (volume: number) => string): number {
    for (const slot of this.slots) {
      if (!slot.front) continue;
      const { size, ops, links } = slot.front;
      const annots = links.map((link) => {
        const target = link.page.volume === this.volume
          ? `/Dest[${link.page.num} 0 R/Fit]`
          : `/A<</S/GoToR/F${fileSpec(fileOf(link.page.volume))}/D[${link.page.index}/Fit]/NewWindow false>>`;
        return `<</Type/Annot/Subtype/Link/Rect[${link.rect.map(pdfNumber).join(' ')}]/Border[0 0 0]${target}>>`;
      });
      const contentNum = this.writer.allocate();
      this.writer.writeStream(contentNum, '<</Filter/FlateDecode>>', zlibSync(latin1(ops)));
      this.writer.writeObject(slot.num, `${this.pageHead(size)}/Resources<</Font<</${this.text.name} ${this.fontNum} 0 R>>>>/Contents ${contentNum} 0 R` +
        `${annots.length > 0 ? `/Annots[${annots.join('')}]` : ''}>>`);
    }
    this.front.flush();
    this.writer.writeObject(this.pagesNum, `<</Type/Pages/Count ${this.slots.length}/Kids[${this.slots.map((s) => `${s.num} 0 R`).join(' ')}]>>`);
    const outlines = this.writeOutline();
    const metadataNum = this.writer.allocate();
    this.writer.writeStream(metadataNum, '<</Type/Metadata/Subtype/XML>>', meta.xmp);
    const infoNum = this.writer.allocate();
    this.writer.writeObject(infoNum, meta.info);
    const rootNum = this.writer.allocate();
    this.writer.writeObject(rootNum, `<</Type/Catalog/Pages ${this.pagesNum} 0 R/Outlines ${outlines} 0 R/PageMode/UseOutlines/Lang(zh-CN)` +
      `/Metadata ${metadataNum} 0 R/ViewerPreferences<</DisplayDocTitle true>>>>`);
    this.writer.finish({ root: rootNum, info: infoNum, id: meta.id });
    return this.writer.size;
  }

  private writeOutline(): number {
    const root = this.writer.allocate();
    const nums = this.bookmarks.map(() => this.writer.allocate());
    this.bookmarks.forEach((bookmark, i) => {
      const siblings = `${i > 0 ? `/Prev ${nums[i - 1]} 0 R` : ''}${i < nums.length - 1 ? `/Next ${nums[i + 1]} 0 R` : ''}`;
      this.writer.writeObject(nums[i]!, `<</Title ${PDFHexString.fromText(bookmark.title).toString()}/Parent ${root} 0 R${siblings}/Dest[${this.slots[bookmark.slot]!.num} 0 R/Fit]>>`);
    });
    const ends = nums.length > 0 ? `/First ${nums[0]} 0 R/Last ${nums.at(-1)} 0 R` : '';
    this.writer.writeObject(root, `<</Type/Outlines${ends}/Count ${nums.length}>>`);
    return root;
  }
}
