import { z } from 'zod';
import type { Bilingual } from '../bilingual';
import { operation } from '../operation';

/** What went wrong at one place of the audit chain. */
export type AuditProblemKind = 'edited' | 'inserted' | 'deleted' | 'unprotected';

/** One inconsistency of the audit log, in words: which record (its number and time), what it concerns, what is wrong. */
export type AuditProblem = {
  kind: AuditProblemKind;
  /** The record's number, or null for a problem of the log as a whole (its protection removed). */
  recordNumber: number | null;
  /** When the record says it was written (China time, YYYY-MM-DD HH:MM:SS), '' when unknown. */
  at: string;
  /** What the record is about, e.g. 案件 12（张三）; empty when unknown. */
  concerns: Bilingual;
  message: Bilingual;
};

/** The audit log checked from its first record to its last. */
export type AuditVerifyReport = {
  intact: boolean;
  records: number;
  /** The number of the first record that is not as written, or null when none. */
  firstBroken: number | null;
  problems: AuditProblem[];
};

/** A case's audit trail written as a spreadsheet for its filing package. */
export type AuditExport = { fileName: string; path: string; records: number };

/** One stored evidence file that no longer holds what was added. */
export type EvidenceFileProblem = {
  kind: 'changed' | 'missing';
  caseId: number;
  defendantName: string;
  evidenceId: number;
  title: string;
  message: Bilingual;
};

/** Every stored evidence file re-hashed. */
export type EvidenceVerifyReport = { intact: boolean; checked: number; problems: EvidenceFileProblem[] };

/** Checks of the audit log and the evidence store, and the audit trail export. */
export const auditOperations = {
  'audit:verify': operation(z.object({})).returns<AuditVerifyReport>(),
  'audit:export': operation(z.object({
    caseId: z.number().int().positive(),
    format: z.enum(['csv', 'xlsx']).default('csv'),
    /** Where to write the file; by default the case's folder under the data folder's exports. */
    path: z.string().min(1).max(4096).optional(),
  })).returns<AuditExport>(),
  'evidence:verify': operation(z.object({})).returns<EvidenceVerifyReport>(),
} as const;
