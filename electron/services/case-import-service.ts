import { randomUUID } from 'node:crypto';
import type { Handlers, ParsedInput } from '../../core/contract';
import { DossierError } from '../../core/errors';
import type { CaseImportPreview, CaseImportReport, ImportSource } from '../../core/import/import-operations';
import { createProblemList } from '../../core/import/problem-list';
import { suggestMapping } from '../../core/import/suggest-mapping';
import { createAgentRepository } from '../db/agent-repository';
import { createCaseImportRepository } from '../db/case-import-repository';
import { createCaseRepository } from '../db/case-repository';
import { createSettingsRepository } from '../db/settings-repository';
import { createOrganisationRepository } from '../db/organisation-repository';
import { createTrackingRepository } from '../db/tracking-repository';
import { openTable } from '../tables/read-table';
import type { TableSource } from '../tables/read-table';
import { rowContextOf } from './case-import-check';
import type { CheckImportInput } from './case-import-check';
import { checkImportFileOffMainThread } from './case-import-off-thread';
import { writeImportRows } from './case-import-write';
import type { ImportWriteDeps } from './case-import-write';
import { createImportProfileHandlers } from './import-profile-service';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** How many rows the preview shows. */
const SAMPLE_ROWS = 5;

/** The reader's source for a contract source: a path, or the bytes the renderer sent. */
export function tableSourceOf(source: ImportSource): TableSource {
  return 'path' in source ? { path: source.path } : { fileName: source.fileName, bytes: Buffer.from(source.contentBase64, 'base64') };
}

/** Thrown inside the write transaction to undo it when a row fails and only a whole import may be written. */
class ImportRolledBack extends Error {}

/** Handlers for importing cases from a bank's export (XLSX or CSV) and for its saved mappings. */
export function createCaseImportHandlers(context: ServiceContext) {
  const { db } = context;
  const clock = clockOf(context);
  const organisations = createOrganisationRepository(db);
  const agents = createAgentRepository(db);
  const deps: ImportWriteDeps = {
    context, cases: createCaseRepository(db), imports: createCaseImportRepository(db), tracking: createTrackingRepository(db),
  };

  function mustExist(found: unknown, field: 'plaintiffId' | 'agentId', id: number): void {
    if (found) return;
    throw new DossierError('not-found', field === 'plaintiffId'
      ? { zh: `所选原告不存在（编号 ${id}）`, en: `The chosen plaintiff does not exist (id ${id})` }
      : { zh: `所选代理人不存在（编号 ${id}）`, en: `The chosen agent does not exist (id ${id})` }, { field });
  }

  async function preview({ source, encoding }: ParsedInput<'import:preview'>): Promise<CaseImportPreview> {
    const table = await openTable(tableSourceOf(source), { encoding });
    const sampleRows: string[][] = [];
    for await (const { cells } of table.rows) {
      sampleRows.push(cells);
      if (sampleRows.length >= SAMPLE_ROWS) break;
    }
    return { fileName: table.fileName, encoding: table.encoding, headers: table.headers, sampleRows, ...suggestMapping(table.headers) };
  }

  async function importCases(given: ParsedInput<'import:cases'>): Promise<CaseImportReport> {
    // None chosen for the import: the defaults of the settings page (a row's own plaintiff column still wins).
    const defaults = createSettingsRepository(db).get();
    const input = { ...given, plaintiffId: given.plaintiffId ?? defaults.defaultPlaintiffId, agentId: given.agentId ?? defaults.defaultAgentId };
    if (input.plaintiffId !== null) mustExist(organisations.find(input.plaintiffId), 'plaintiffId', input.plaintiffId);
    if (input.agentId !== null) mustExist(agents.find(input.agentId), 'agentId', input.agentId);
    const jobId = randomUUID();
    const progress = (done: number, zh: string, en: string) => context.reportProgress({ operation: 'import:cases', jobId, done, total: 2, message: { zh, en } });
    progress(0, '正在读取并检查每一行', 'Reading and checking every row');
    const checkInput: CheckImportInput = {
      source: tableSourceOf(input.source), encoding: input.encoding, mapping: input.mapping, today: clock.today(),
      plaintiffs: organisations.list().map((o) => [o.name, o.id]), defaultPlaintiffId: input.plaintiffId, agentId: input.agentId,
    };
    const checked = await checkImportFileOffMainThread(checkInput);
    progress(1, '正在与已有案件比对并写入', 'Comparing with the cases on record and writing');
    const problems = createProblemList(checked);
    const plan = { mapping: input.mapping, rowContext: rowContextOf(checkInput), onDuplicate: input.onDuplicate, at: clock.timestamp() };
    const mayWrite = !input.dryRun && (input.validOnly || problems.count === 0);
    let outcome: ReturnType<typeof writeImportRows>;
    if (!mayWrite) {
      // Deferred: a dry run reads one consistent picture of the cases without taking the write lock.
      outcome = db.transaction(() => writeImportRows(deps, { ...plan, write: false }, checked, problems)).deferred();
    } else {
      let attempted: typeof outcome | null = null;
      try {
        outcome = db.transaction(() => {
          attempted = writeImportRows(deps, { ...plan, write: true }, checked, problems);
          if (!input.validOnly && problems.count > 0) throw new ImportRolledBack();
          if (attempted.importId !== null) {
            deps.imports.finishRun(attempted.importId, {
              rows: checked.rows, created: attempted.created, updated: attempted.updated, skipped: attempted.skippedDuplicates,
              unchanged: attempted.unchanged, refused: problems.refusedRows,
            });
          }
          return attempted;
        }).immediate();
      } catch (error) {
        if (!(error instanceof ImportRolledBack) || attempted === null) throw error;
        outcome = { ...(attempted as typeof outcome), importId: null };
      }
    }
    progress(2, '导入已完成', 'The import is finished');
    const tally = problems.tally();
    return {
      importId: outcome.importId, dryRun: input.dryRun, written: outcome.importId !== null, rows: checked.rows,
      created: outcome.created, updated: outcome.updated, skippedDuplicates: outcome.skippedDuplicates, unchanged: outcome.unchanged,
      refusedRows: tally.refusedRows, problems: tally.problems, problemCount: tally.problemCount,
    };
  }

  return {
    ...createImportProfileHandlers(context),
    'import:preview': preview,
    'import:cases': importCases,
  } satisfies Partial<Handlers>;
}
