/**
 * The worker that reads a ledger or contact-record import (CSV or XLSX) and applies its mapping, off the Electron
 * main process, as the case import does (case-import-worker.ts): a large or hostile file costs this thread, never
 * the window. Runs in the worker pool (worker-pool.ts); the reply is plain data, a DossierError as its parts.
 */
import { importLedgerTable, suggestLedgerMapping } from '../../core/claim/ledger-import';
import type { ImportedLedger, LedgerMapping } from '../../core/claim/ledger-import';
import { importContactTable } from '../../core/evidence/contact-import';
import type { ContactValues } from '../../core/evidence/contact-model';
import { DossierError } from '../../core/errors';
import { readTable } from '../tables/read-table';
import type { TableOptions } from '../tables/read-table';

/** What to read: the file's bytes and name, the encoding asked for, and which import it is for. */
export type TableParseTask = { fileName: string; bytes: Uint8Array; encoding: TableOptions['encoding'] } & (
  | { kind: 'ledger-preview' }
  | { kind: 'ledger'; mapping: LedgerMapping }
  | { kind: 'contacts' });

/** What each kind of task gives back. */
export type LedgerPreview = { encoding: string; headers: string[]; sampleRows: string[][]; rowCount: number; suggested: LedgerMapping };
export type TableParseOutput = { kind: 'ledger-preview'; preview: LedgerPreview } | { kind: 'ledger'; ledger: ImportedLedger } | { kind: 'contacts'; records: ContactValues[] };

/** The worker's reply: the output, or the error as plain data. */
export type TableParseReply =
  | { ok: true; value: TableParseOutput }
  | { ok: false; error: { dossier: true; code: DossierError['code']; text: DossierError['text']; location: DossierError['location'] } | { dossier: false; message: string } };

/** Reads the file and applies the import's mapping: the same code in the worker and in place. */
export async function parseTable(task: TableParseTask): Promise<TableParseOutput> {
  const table = await readTable({ fileName: task.fileName, bytes: Buffer.from(task.bytes) }, { encoding: task.encoding });
  if (task.kind === 'ledger-preview') {
    return { kind: 'ledger-preview', preview: { encoding: table.encoding, headers: table.headers, sampleRows: table.rows.slice(0, 8), rowCount: table.rows.length, suggested: suggestLedgerMapping(table.headers) } };
  }
  if (task.kind === 'ledger') return { kind: 'ledger', ledger: importLedgerTable(table, task.mapping, table.fileName) };
  return { kind: 'contacts', records: importContactTable(table, table.fileName) };
}

/** One task in the pool's thread; never rejects, so a DossierError keeps its code, row and field across the thread. */
export default async function runTableParse(task: TableParseTask): Promise<TableParseReply> {
  try {
    return { ok: true, value: await parseTable(task) };
  } catch (error) {
    return error instanceof DossierError
      ? { ok: false, error: { dossier: true, code: error.code, text: error.text, location: error.location } }
      : { ok: false, error: { dossier: false, message: error instanceof Error ? error.message : String(error) } };
  }
}
