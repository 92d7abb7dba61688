import { z } from 'zod';
import { operation } from '../operation';
import { textEncodings } from '../claim/text-table';
import { base64Content } from '../evidence/evidence-model';

const id = z.number().int().positive();

/**
 * What a bank's case export can hold, one column each. Names and numbers are read as the bank wrote them and
 * checked as intake checks them (resident-ID check digit, card Luhn, dates, amounts in yuan with at most two
 * decimals); `total` is not stored but must equal the four parts when the file has it.
 */
export const caseImportFields = [
  'defendantName', 'residentId', 'sex', 'birthDate', 'ethnicity', 'registeredAddress', 'habitualResidence', 'phone', 'employer',
  'cardNumber', 'agreementDate', 'issuingBranch', 'creditLimit', 'firstDefaultDate',
  'asOfDate', 'principal', 'interest', 'penalty', 'fees', 'total',
  'plaintiffName', 'courtName', 'owner',
] as const;
export type CaseImportField = (typeof caseImportFields)[number];

/** Which header of the file each field is read from; '' (or absent) when the file has no such column. */
export const caseImportMapping = z.partialRecord(z.enum(caseImportFields), z.string().max(120));
export type CaseImportMapping = z.output<typeof caseImportMapping>;

/**
 * A file to read: a path on this machine (CLI, or the app's open dialog) or the bytes themselves (the renderer
 * over the bridge). Paths are checked to be regular files before anything is read.
 */
export const importSource = z.union([
  z.object({ path: z.string().trim().min(1).max(4096) }),
  z.object({ fileName: z.string().trim().min(1).max(255), contentBase64: base64Content }),
]);
export type ImportSource = z.output<typeof importSource>;

/** A named, saved column mapping (导入方案) for one bank's export layout. */
export type ImportProfile = { id: number; name: string; mapping: CaseImportMapping; updatedAt: string };

/** How a header was matched to a field when suggesting a mapping. */
export type SuggestedColumn = { field: CaseImportField; header: string; ambiguousWith: string[] };

/** The file's columns and a few rows, with the suggested mapping and what it could not decide. */
export type CaseImportPreview = {
  fileName: string;
  /** 'utf-8', 'gb18030' … or 'xlsx'. */
  encoding: string;
  headers: string[];
  sampleRows: string[][];
  suggested: CaseImportMapping;
  /** Required fields no header matched. */
  unmatchedRequired: CaseImportField[];
  /** Fields two or more headers could be; the user chooses. */
  ambiguous: SuggestedColumn[];
  /** Headers no field uses. */
  unusedHeaders: string[];
};

/** One problem with one cell (or a missing column: `row` is then the header row). */
export type ImportProblem = { row: number; column: string; value: string; message: { zh: string; en: string } };

/**
 * What an import did (or, with dryRun, would do). Nothing is written when `written` is false: then the counts
 * say what the rows that passed would do (a dry run; an import refused for a bad row without validOnly; a
 * re-import that changes nothing, which counts every row as unchanged and leaves no record). `importId` is the
 * recorded run when something was written; its cases carry it for a batch to select.
 */
export type CaseImportReport = {
  importId: number | null;
  dryRun: boolean;
  written: boolean;
  rows: number;
  created: number;
  updated: number;
  skippedDuplicates: number;
  unchanged: number;
  refusedRows: number;
  problems: ImportProblem[];
  /** How many problems there were in all (problems lists at most the first 1,000). */
  problemCount: number;
};

/** Options of a case import: what to do with duplicates and with bad rows. */
export const caseImportOptions = z.object({
  mapping: caseImportMapping,
  encoding: z.enum(textEncodings).default('auto'),
  /** The plaintiff for rows whose file names none (or when the file has no plaintiff column). */
  plaintiffId: id.nullable().default(null),
  agentId: id.nullable().default(null),
  /** A row whose card number (or ID number and card) is already a case: update that case, or leave it. */
  onDuplicate: z.enum(['update', 'skip']).default('skip'),
  /** Import the rows that pass and report the rest; otherwise one bad row means nothing is imported. */
  validOnly: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});

/** Case import from a bank's export, with saved mappings. */
export const importOperations = {
  'import:preview': operation(z.object({ source: importSource, encoding: z.enum(textEncodings).default('auto') })).returns<CaseImportPreview>(),
  'import:cases': operation(z.object({ source: importSource }).extend(caseImportOptions.shape)).returns<CaseImportReport>(),
  'import:profiles': operation(z.object({}).strict()).returns<ImportProfile[]>(),
  'import:save-profile': operation(z.object({ name: z.string().trim().min(1).max(60), mapping: caseImportMapping })).returns<ImportProfile>(),
  'import:delete-profile': operation(z.object({ id })).returns<{ deleted: true }>(),
} as const;
