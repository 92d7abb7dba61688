/**
 * Evidence files made in code for the tests: real PDFs (pdf-lib), an encrypted copy (qpdf), a damaged
 * PDF, PNG and JPEG images and their broken variants, and a DOCX and an XLSX.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { demoPng } from '../../../electron/services/demo-evidence';

/** A PDF of `pages` pages, each with a line of text (so two calls with different labels differ). */
export async function makePdf(pages: number, label = 'Statement'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595, 842]).drawText(`${label} page ${i}`, { x: 72, y: 770, size: 14, font });
  return Buffer.from(await doc.save());
}

/** The same PDF encrypted with a user password (qpdf, AES-256). */
export function encryptPdf(bytes: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-qpdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes);
    execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file that starts like a PDF but has no readable structure. */
export const damagedPdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nendobj\n%% torn off here', 'latin1');

/** A PNG, and one whose first data chunk fails its CRC. */
export const png = Buffer.from(demoPng(40, 30, [200, 30, 30]));
export function corruptPng(): Buffer {
  const bad = Buffer.from(png);
  bad[bad.length - 20] = bad[bad.length - 20]! ^ 0xff;
  return bad;
}

/** A minimal baseline JPEG (SOI, SOF0 with 8×8, SOS, EOI) and a truncated one. */
export const jpeg = Buffer.from([
  0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00,
  0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0xd9,
]);
export const truncatedJpeg = jpeg.subarray(0, 20);

/** A Word document made by the docx package. */
export async function makeDocx(): Promise<Buffer> {
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('授权委托书')] }] })));
}

/** An Excel workbook of `rows` (first row the header); Date values become date cells. */
export async function makeXlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('明细');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
