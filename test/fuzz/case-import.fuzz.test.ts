import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseImportMapping, CaseImportReport } from '../../core/import/import-operations';
import { suggestMapping } from '../../core/import/suggest-mapping';
import { invisibleCharacterProblem } from '../../core/text/invisible-characters';
import { dispatch } from '../../electron/services/dispatch';
import { exportHeaders, exportRow } from '../support/case-export';
import { seedProfiles } from '../support/service-fixture';
import { cellText, csvField, lineEnding, runs } from './support/data-arbitraries';
import { databaseFingerprint, expectClearRefusal, openFuzzServices } from './support/import-checks';

const FILE = '案件.csv';
const mapping = suggestMapping(exportHeaders).suggested as CaseImportMapping;
const touched = ['cases', 'audit_log', 'case_imports'];
/** Text that is internal and must never reach a user in a problem's words. */
const internalText = /\[object|undefined|NaN|ZodError|"code":|Internal error|内部错误/;

let services: ReturnType<typeof openFuzzServices>;
let plaintiffId: number;
/** A row index no earlier run used, so accepted rows never collide with stored cases by card or ID number. */
let nextRow = 0;

beforeAll(async () => {
  services = openFuzzServices('dossier-fuzz-cases-');
  plaintiffId = (await seedProfiles(services.handlers)).plaintiff.id;
});
afterAll(() => services.dispose());

const storedTextColumns = ['defendant_name', 'defendant_ethnicity', 'defendant_birth_date', 'defendant_resident_id', 'defendant_registered_address',
  'defendant_habitual_residence', 'defendant_phone', 'defendant_employer', 'card_number', 'card_agreement_date', 'issuing_branch', 'first_default_date',
  'claim_as_of', 'court_name'];

/** Stored case texts that hold a character a document cannot print as it reads (there should be none). */
function storedTextWithInvisible(): string[] {
  const rows = services.context.db.prepare(`SELECT ${storedTextColumns.join(', ')} FROM cases`).all() as Record<string, string>[];
  return rows.flatMap((row) => Object.values(row)).filter((text) => invisibleCharacterProblem(text) !== null);
}

function csvOf(rows: readonly (readonly string[])[], ending: string): string {
  return [exportHeaders, ...rows].map((cells) => cells.map((c) => csvField(c, ',', false)).join(',')).join(ending) + ending;
}

function importCsv(bytes: Buffer, dryRun: boolean) {
  return dispatch(services.handlers, 'import:cases', {
    source: { fileName: FILE, contentBase64: bytes.toString('base64') }, mapping, encoding: 'auto',
    plaintiffId, agentId: null, onDuplicate: 'skip', validOnly: false, dryRun,
  });
}

/** A bank export of 1–4 rows, each a sound row with up to three cells replaced by awkward text. */
const mutatedExport = fc.record({
  rows: fc.array(fc.array(fc.tuple(fc.nat({ max: exportHeaders.length - 1 }), cellText), { maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  ending: lineEnding,
  dryRun: fc.boolean(),
});

describe('case import', () => {
  it('either imports every row of a file or names each bad row by row, column header and value, writing nothing', { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(mutatedExport, async ({ rows, ending, dryRun }) => {
      const cells = rows.map((changes) => {
        const row = exportRow(100_000 + nextRow++);
        for (const [column, text] of changes) row[column] = text;
        return row;
      });
      const before = databaseFingerprint(services.context.db, touched);
      const result = await importCsv(Buffer.from(csvOf(cells, ending)), dryRun);
      if (!result.ok) {
        // A refusal of the file as a whole (it cannot be read as a table): named, in words, and nothing written.
        expectClearRefusal(result.error, { fileName: FILE, headers: exportHeaders });
        expect(databaseFingerprint(services.context.db, touched)).toBe(before);
        return;
      }
      const report = result.value as CaseImportReport;
      for (const problem of report.problems) {
        expect(problem.row).toBeGreaterThanOrEqual(2);
        expect(problem.row).toBeLessThanOrEqual(cells.length + 1);
        expect(exportHeaders as readonly string[]).toContain(problem.column);
        expect(`${problem.message.zh} ${problem.message.en}`).not.toMatch(internalText);
        expect(problem.message.zh.length * problem.message.en.length).toBeGreaterThan(0);
      }
      if (!report.written) {
        expect(databaseFingerprint(services.context.db, touched)).toBe(before);
        if (!dryRun) expect(report.problemCount).toBeGreaterThan(0);
      } else {
        expect(dryRun).toBe(false);
        expect(report.problemCount).toBe(0);
        expect(report.created + report.updated + report.skippedDuplicates + report.unchanged).toBe(cells.length);
        // What is stored prints: no control, bidi or zero-width character, no line break in a party's or card's field.
        expect(storedTextWithInvisible()).toEqual([]);
      }
    }), runs(10_000));
  });

  it('refuses bytes that are no table, or a table without the required columns, naming the file and writing nothing', { timeout: 60_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
      const before = databaseFingerprint(services.context.db, touched);
      const result = await importCsv(Buffer.from(bytes), false);
      if (result.ok) expect((result.value as CaseImportReport).written).toBe(false);
      else expectClearRefusal(result.error, { fileName: FILE, headers: exportHeaders });
      expect(databaseFingerprint(services.context.db, touched)).toBe(before);
    }), runs(10_000));
  });
});
