/**
 * Turns a source page into a Form XObject (its content streams with its resources, clipped to its
 * visible box) that the bundle page draws scaled into the area between the stamps. A page with a single
 * content stream keeps its encoded bytes as they are; several streams are decoded, joined and deflated
 * once. The graphics state of the source cannot leak into the stamps: a form is painted in isolation.
 *
 * Annotations with an appearance (filled form fields, stamps, highlights) are flattened onto the page by
 * PDF 32000-1 §12.5.5's algorithm, so what the source showed is what the bundle shows; links and popups
 * are dropped (their targets point into the source file, which the bundle does not contain).
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream } from '@cantoo/pdf-lib';
import type { PDFObject } from '@cantoo/pdf-lib';
import { zlibSync } from 'fflate';
import type { ObjectTranscriber } from './object-transcriber';
import type { PdfObjectWriter } from './pdf-object-writer';
import { pdfNumber } from './pdf-object-writer';
import type { Box, Matrix } from './page-geometry';
import { normaliseBox, transformBox } from './page-geometry';
import type { SourcePage } from './source-pdf';
import { decodeContent } from './source-pdf';
import type { Inflate } from './source-pdf';

/** A form to paint on the bundle page: its object number and where (in the source page's space). */
export type PaintedForm = { num: number; matrix: Matrix | null };

const name = (n: string) => PDFName.of(n);
const FORM_KEYS = new Set(['Length', 'Type', 'Subtype', 'BBox', 'Resources', 'Matrix', 'Group', 'FormType']);
// Annotation flags (PDF 32000-1 table 165): Hidden and NoView.
const HIDDEN = 2;
const NO_VIEW = 32;
const SKIPPED = new Set([name('Link'), name('Popup')]);

function boxText(box: Box): string {
  return `[${box.map(pdfNumber).join(' ')}]`;
}

/** Writes the page's form (and queues its resources); returns the forms to paint: the page, then annotations. */
export function writePageForms(page: SourcePage, transcriber: ObjectTranscriber, writer: PdfObjectWriter, inflate: Inflate): PaintedForm[] {
  const resources = page.resources === undefined ? '<<>>' : transcriber.serialize(page.resources);
  const group = page.group === undefined ? '' : `/Group ${transcriber.serialize(page.group)}`;
  const head = `/Type/XObject/Subtype/Form/BBox${boxText(page.box)}/Resources ${resources}${group}`;
  const num = writer.allocate();
  if (page.contents.length === 1) {
    const stream = transcriber.resolve(page.contents[0]!) as PDFRawStream;
    let kept = '';
    for (const [key, value] of stream.dict.entries()) {
      if (!FORM_KEYS.has(key.asString().slice(1))) kept += `${key.toString()} ${transcriber.serialize(value)}`;
    }
    writer.writeStream(num, `<<${head}${kept}>>`, stream.contents);
  } else {
    const parts = page.contents.map((ref) => decodeContent(transcriber.resolve(ref) as PDFRawStream, inflate));
    const joined = new Uint8Array(parts.reduce((sum, p) => sum + p.length + 1, 0));
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      joined[offset + part.length] = 0x0a;
      offset += part.length + 1;
    }
    writer.writeStream(num, `<<${head}/Filter/FlateDecode>>`, zlibSync(joined));
  }
  return [{ num, matrix: null }, ...annotationForms(page, transcriber)];
}

/** The appearance streams of the page's visible annotations, each with the matrix that puts it on its /Rect. */
function annotationForms(page: SourcePage, transcriber: ObjectTranscriber): PaintedForm[] {
  if (page.annots === undefined) return [];
  const list = page.annots instanceof PDFRef ? transcriber.resolve(page.annots) : page.annots;
  if (!(list instanceof PDFArray)) return [];
  const forms: PaintedForm[] = [];
  for (const item of list.asArray()) {
    const annot = item instanceof PDFRef ? transcriber.resolve(item) : item;
    if (!(annot instanceof PDFDict) || SKIPPED.has(annot.get(name('Subtype')) as PDFName)) continue;
    const flags = numberOf(annot.lookup(name('F'))) ?? 0;
    if ((flags & HIDDEN) !== 0 || (flags & NO_VIEW) !== 0) continue;
    const ref = appearanceRef(annot, transcriber);
    const rect = boxOf(annot.lookup(name('Rect')));
    if (!ref || !rect) continue;
    const stream = transcriber.resolve(ref);
    if (!(stream instanceof PDFStream)) continue;
    const bbox = boxOf(stream.dict.lookup(name('BBox')));
    if (!bbox) continue;
    const formMatrix = matrixOf(stream.dict.lookup(name('Matrix')));
    const shown = transformBox(formMatrix, bbox);
    const sx = (rect[2] - rect[0]) / (shown[2] - shown[0] || 1);
    const sy = (rect[3] - rect[1]) / (shown[3] - shown[1] || 1);
    if (stream.dict.get(name('Subtype')) === undefined) transcriber.addEntries(ref, '/Subtype/Form');
    forms.push({ num: transcriber.numberOf(ref), matrix: [sx, 0, 0, sy, rect[0] - shown[0] * sx, rect[1] - shown[1] * sy] });
  }
  return forms;
}

/** The normal appearance stream of an annotation: /AP /N, or the state /AS picks from it. */
function appearanceRef(annot: PDFDict, transcriber: ObjectTranscriber): PDFRef | null {
  const ap = annot.lookup(name('AP'));
  if (!(ap instanceof PDFDict)) return null;
  const normal = ap.get(name('N'));
  if (!(normal instanceof PDFRef)) {
    const states = normal instanceof PDFDict ? normal : null;
    const state = annot.get(name('AS'));
    const chosen = states && state instanceof PDFName ? states.get(state) : undefined;
    return chosen instanceof PDFRef ? chosen : null;
  }
  const target = transcriber.resolve(normal);
  if (target instanceof PDFStream) return normal;
  const state = annot.get(name('AS'));
  const chosen = target instanceof PDFDict && state instanceof PDFName ? target.get(state) : undefined;
  return chosen instanceof PDFRef ? chosen : null;
}

function numberOf(object: PDFObject | undefined): number | null {
  return object instanceof PDFNumber ? object.asNumber() : null;
}

function boxOf(object: PDFObject | undefined): Box | null {
  if (!(object instanceof PDFArray) || object.size() !== 4) return null;
  const values = object.asArray().map(numberOf);
  if (values.some((v) => v === null)) return null;
  return normaliseBox(values as unknown as Box);
}

function matrixOf(object: PDFObject | undefined): Matrix {
  if (!(object instanceof PDFArray) || object.size() !== 6) return [1, 0, 0, 1, 0, 0];
  const values = object.asArray().map(numberOf);
  return values.some((v) => v === null) ? [1, 0, 0, 1, 0, 0] : (values as unknown as Matrix);
}
