/**
 * Copies objects from a parsed PDF (a source exhibit, or the bundle's own front pages) into an output
 * volume, renumbering references as it goes. Stream data is copied byte for byte, still encoded: no
 * content stream or image is decoded and re-encoded, which is where a plain pdf-lib merge spends its
 * time. Objects shared by several pages (fonts, images) are written once per source.
 *
 * What is not followed: references to pages, the page tree and the catalogue (a stray /Dest or /P would
 * otherwise drag the whole source document along); they become null. A reference to an object the file
 * does not contain, or to an object the parser could not read, means the file is damaged.
 */
import {
  PDFArray, PDFDict, PDFHexString, PDFInvalidObject, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString,
} from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import type { PdfObjectWriter } from './pdf-object-writer';

const TYPE = PDFName.of('Type');
const LENGTH = PDFName.of('Length');
const NOT_FOLLOWED = new Set([PDFName.of('Page'), PDFName.of('Pages'), PDFName.of('Catalog')]);

/** Raised for a reference the file cannot resolve; the caller names the file and page. */
export class BrokenReference extends Error {
  constructor(readonly ref: string, readonly reason: 'missing' | 'unreadable') {
    super(`${reason} object ${ref}`);
  }
}

/** Transcribes objects of one parsed document into one output volume. */
export class ObjectTranscriber {
  private readonly numbers = new Map<PDFRef, number>();
  private readonly pending: PDFRef[] = [];
  private readonly extraEntries = new Map<PDFRef, string>();

  /**
   * `decrypted`: the source was encrypted and pdf-lib decrypted it while parsing; its literal strings
   * then hold raw bytes without escapes, so they are written as hex strings.
   */
  constructor(
    private readonly context: PDFContext,
    private readonly writer: PdfObjectWriter,
    private readonly decrypted = false,
  ) {}

  /** The output object number of `ref`, allocated (and queued for writing) on first use. */
  numberOf(ref: PDFRef): number {
    let num = this.numbers.get(ref);
    if (num === undefined) {
      num = this.writer.allocate();
      this.numbers.set(ref, num);
      this.pending.push(ref);
    }
    return num;
  }

  /** Adds dictionary entries (PDF syntax, e.g. `/Subtype/Form`) to `ref`'s dictionary when it is written. */
  addEntries(ref: PDFRef, entries: string): void {
    this.extraEntries.set(ref, (this.extraEntries.get(ref) ?? '') + entries);
  }

  /** The object `ref` points to, or a BrokenReference. */
  resolve(ref: PDFRef): PDFObject {
    const object = this.context.lookup(ref);
    if (object === undefined) throw new BrokenReference(ref.toString(), 'missing');
    if (object instanceof PDFInvalidObject) throw new BrokenReference(ref.toString(), 'unreadable');
    return object;
  }

  /** A direct object as PDF syntax, its references renumbered (and queued). */
  serialize(object: PDFObject): string {
    if (object instanceof PDFRef) return this.refText(object);
    if (object instanceof PDFDict) return this.dictText(object, '');
    if (object instanceof PDFArray) {
      const items = object.asArray();
      let out = '[';
      for (let i = 0; i < items.length; i++) out += (i > 0 ? ' ' : '') + this.serialize(items[i]!);
      return `${out}]`;
    }
    if (object instanceof PDFString && this.decrypted) return PDFHexString.of(toHex(object.toString().slice(1, -1))).toString();
    if (object instanceof PDFInvalidObject) throw new BrokenReference('(direct)', 'unreadable');
    return object.toString();
  }

  /** Writes every queued object, including those the written ones refer to. */
  flush(): void {
    for (let i = 0; i < this.pending.length; i++) {
      const ref = this.pending[i]!;
      const num = this.numbers.get(ref)!;
      const object = this.resolve(ref);
      const extra = this.extraEntries.get(ref) ?? '';
      if (object instanceof PDFStream) {
        const contents = object instanceof PDFRawStream ? object.contents : object.getContents();
        this.writer.writeStream(num, this.dictText(object.dict, extra, true), contents);
      } else if (object instanceof PDFDict) {
        this.writer.writeObject(num, this.dictText(object, extra));
      } else {
        this.writer.writeObject(num, this.serialize(object));
      }
    }
    this.pending.length = 0;
  }

  private refText(ref: PDFRef): string {
    const target = this.resolve(ref);
    if (target instanceof PDFDict && NOT_FOLLOWED.has(target.get(TYPE) as PDFName)) return 'null';
    return `${this.numberOf(ref)} 0 R`;
  }

  private dictText(dict: PDFDict, extra: string, withoutLength = false): string {
    let out = '<<';
    for (const [key, value] of dict.entries()) {
      if (withoutLength && key === LENGTH) continue;
      out += `${key.toString()} ${this.serialize(value)}`;
    }
    return `${out}${extra}>>`;
  }
}

function toHex(raw: string): string {
  let hex = '';
  for (let i = 0; i < raw.length; i++) hex += (raw.charCodeAt(i) & 0xff).toString(16).padStart(2, '0');
  return hex;
}
