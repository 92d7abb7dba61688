/**
 * What a finished job leaves beside the packages: manifest.csv and manifest.xlsx at the top of the output folder
 * (every case taken, with its defendant, court, files and SHA-256, status and findings; the cases the readiness
 * criterion left out are not listed) and, in each court's folder, that court's element sheet (诉讼要素表) of the
 * cases assembled for it. Written atomically from the records and dated with the job's clock — the workbooks'
 * zip entries too, which exceljs stamps with the time of writing — so writing them again gives the same files.
 */
import { join } from 'node:path';
import { maskCardNumber } from '../../core/case/card-number';
import { maskResidentId } from '../../core/case/resident-id';
import { manifestCsv, type ManifestRow } from '../../core/batch/manifest';
import type { FilingData } from '../../core/documents/filing-data';
import { setZipEntryDates } from '../../core/documents/zip-entry-dates';
import type { BatchCase, BatchJob } from '../db/batch-job-repository';
import { writeFileAtomic } from '../services/atomic-write';
import { elementSheetXlsx } from './element-sheet-xlsx';
import { manifestXlsx } from './manifest-xlsx';

/** The manifest files' names inside the output folder. */
export const MANIFEST_FILES = { csv: 'manifest.csv', xlsx: 'manifest.xlsx' } as const;

/** The element sheet's file name inside each court folder. */
export const ELEMENT_SHEET_FILE = '诉讼要素表.xlsx';

/** What the manifest needs of a case beyond the job's record: its identity numbers. */
export type CaseIdentity = { residentId: string; cardNumber: string };

/** The manifest rows of a job's cases, in the job's order, identity numbers masked as the documents print them. */
export function manifestRows(cases: readonly BatchCase[], identityOf: (caseId: number) => CaseIdentity | null): ManifestRow[] {
  return cases.filter((c) => c.state !== 'skipped').map((c) => {
    const identity = identityOf(c.caseId);
    return {
      caseId: c.caseId, defendantName: c.defendantName, courtName: c.court, status: c.state, files: c.files, findings: c.findings, error: c.error,
      residentIdMasked: identity ? maskResidentId(identity.residentId) : '', cardNumberMasked: identity ? maskCardNumber(identity.cardNumber) : '',
    };
  });
}

/** Writes the manifest (CSV and XLSX) and every court's element sheet into the job's output folder; returns the manifest's names. */
export async function writeBatchSummary(job: BatchJob, cases: readonly BatchCase[], identityOf: (caseId: number) => CaseIdentity | null): Promise<{ csv: string; xlsx: string }> {
  const createdAt = new Date(job.clock);
  const rows = manifestRows(cases, identityOf);
  writeFileAtomic(join(job.outDir, MANIFEST_FILES.csv), new TextEncoder().encode(manifestCsv(rows)));
  writeFileAtomic(join(job.outDir, MANIFEST_FILES.xlsx), setZipEntryDates(await manifestXlsx(rows, createdAt), createdAt));
  const byCourtFolder = new Map<string, FilingData[]>();
  for (const c of cases) {
    if (c.state !== 'done' || c.filing === null) continue;
    const courtFolder = c.folder.split(/[\\/]/)[0]!;
    byCourtFolder.set(courtFolder, [...(byCourtFolder.get(courtFolder) ?? []), c.filing]);
  }
  for (const [courtFolder, filings] of byCourtFolder) {
    writeFileAtomic(join(job.outDir, courtFolder, ELEMENT_SHEET_FILE), setZipEntryDates(await elementSheetXlsx(filings, createdAt), createdAt));
  }
  return { ...MANIFEST_FILES };
}
