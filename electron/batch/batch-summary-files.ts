/**
 * What a finished job leaves beside the packages: manifest.csv and manifest.xlsx at the top of the output folder
 * (every case taken, with its defendant, court, files and SHA-256, status and findings; the cases left out by the
 * readiness criterion are not listed). Written atomically from the records, so writing them again gives the same files.
 */
import { join } from 'node:path';
import type { BatchCase, BatchJob } from '../db/batch-job-repository';
import { writeFileAtomic } from '../services/atomic-write';
import { stateLabel } from './batch-case-labels';
import { manifestCsv, manifestXlsx, type ManifestRow } from './manifest-placeholder';

/** The manifest files' names inside the output folder. */
export const MANIFEST_FILES = { csv: 'manifest.csv', xlsx: 'manifest.xlsx' } as const;

/** The manifest rows of a job's cases, in the job's order. */
export function manifestRows(cases: readonly BatchCase[]): ManifestRow[] {
  return cases.filter((c) => c.state !== 'skipped').map((c) => ({
    caseId: c.caseId, defendant: c.defendantName, court: c.court, files: c.files, status: stateLabel(c.state),
    findings: c.error ? [c.error, ...c.findings] : c.findings,
  }));
}

/** Writes the manifest (CSV and XLSX) into the job's output folder; returns their names. */
export async function writeBatchSummary(job: BatchJob, cases: readonly BatchCase[]): Promise<{ csv: string; xlsx: string }> {
  const rows = manifestRows(cases);
  writeFileAtomic(join(job.outDir, MANIFEST_FILES.csv), new TextEncoder().encode(manifestCsv(rows)));
  writeFileAtomic(join(job.outDir, MANIFEST_FILES.xlsx), await manifestXlsx(rows, new Date(job.clock)));
  return { ...MANIFEST_FILES };
}
