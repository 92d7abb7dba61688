/**
 * A streaming PDF file writer: objects go to the sink as soon as they are written, in any order, and
 * the cross-reference table and trailer close the file. This is what lets the bundle copy one source
 * file at a time and release it — pdf-lib's own writer needs every object of every source in memory
 * until the end (the memory goal), and re-serialises what it has just parsed.
 */
import { DossierError } from '../errors';
import type { VolumeSink } from './bundle-model';

const HEADER = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
const BUFFER_SIZE = 64 * 1024;

/** A string of char codes 0–255 as bytes (PDF syntax is bytes; names and literal strings are latin1 here). */
export function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** A number as PDF syntax: at most four decimals, never an exponent. */
export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) throw new DossierError('internal', { zh: `无效的数值：${n}`, en: `Invalid number in PDF output: ${n}` });
  const fixed = n.toFixed(4);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** Writes numbered objects to a sink and closes the file with a classic xref table. */
export class PdfObjectWriter {
  private readonly offsets: number[] = [0];
  private position = 0;
  private buffer = new Uint8Array(BUFFER_SIZE);
  private used = 0;

  constructor(private readonly sink: VolumeSink) {
    this.bytes(latin1(HEADER));
  }

  /** Bytes written so far (the file's size once finished). */
  get size(): number {
    return this.position;
  }

  /** Reserves the next object number; the object must be written before finish(). */
  allocate(): number {
    this.offsets.push(-1);
    return this.offsets.length - 1;
  }

  /** Writes object `num` whose body is PDF syntax (a dictionary, array …). */
  writeObject(num: number, body: string): void {
    this.begin(num);
    this.bytes(latin1(`${num} 0 obj\n${body}\nendobj\n`));
  }

  /** Writes stream object `num`: `dict` is its dictionary without /Length, which is added here. */
  writeStream(num: number, dict: string, data: Uint8Array): void {
    this.begin(num);
    const open = dict.endsWith('>>') ? `${dict.slice(0, -2)}/Length ${data.length}>>` : dict;
    this.bytes(latin1(`${num} 0 obj\n${open}\nstream\n`));
    this.bytes(data);
    this.bytes(latin1('\nendstream\nendobj\n'));
  }

  /** Writes the xref table and trailer, and closes the sink. */
  finish(trailer: { root: number; info: number; id: string }): void {
    const missing = this.offsets.findIndex((offset, num) => num > 0 && offset < 0);
    if (missing > 0) throw new DossierError('internal', { zh: `PDF 对象 ${missing} 未写入`, en: `PDF object ${missing} was never written` });
    const start = this.position;
    const lines = [`xref\n0 ${this.offsets.length}\n`, '0000000000 65535 f \n'];
    for (let num = 1; num < this.offsets.length; num++) lines.push(`${String(this.offsets[num]).padStart(10, '0')} 00000 n \n`);
    lines.push(`trailer\n<</Size ${this.offsets.length}/Root ${trailer.root} 0 R/Info ${trailer.info} 0 R/ID [<${trailer.id}><${trailer.id}>]>>\n`);
    lines.push(`startxref\n${start}\n%%EOF\n`);
    this.bytes(latin1(lines.join('')));
    this.flush();
    this.sink.close();
  }

  private begin(num: number): void {
    if (this.offsets[num] !== -1) {
      throw new DossierError('internal', { zh: `PDF 对象 ${num} 重复写入或未分配`, en: `PDF object ${num} written twice or never allocated` });
    }
    this.offsets[num] = this.position;
  }

  private bytes(data: Uint8Array): void {
    this.position += data.length;
    if (data.length >= BUFFER_SIZE / 2) {
      this.flush();
      // The sink may keep the chunk: hand it bytes that own their buffer, never a view that would keep a
      // whole source file alive.
      this.sink.write(data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice());
      return;
    }
    if (this.used + data.length > BUFFER_SIZE) this.flush();
    this.buffer.set(data, this.used);
    this.used += data.length;
  }

  private flush(): void {
    if (this.used === 0) return;
    this.sink.write(this.buffer.slice(0, this.used));
    this.used = 0;
  }
}
