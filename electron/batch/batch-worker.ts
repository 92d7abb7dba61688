/**
 * The batch worker (one per thread of the pool): does the CPU work of one step of one case — the readiness
 * check, a document rendered to DOCX and PDF, the evidence bundle — and writes its files atomically into the
 * case folder. It reads the store through its own read-only connection and dates everything with the job's
 * fixed clock, so a step redone after a crash writes the same bytes. It records nothing: the coordinator
 * does, in its own transaction, once the step's files are in place.
 */
import { join } from 'node:path';
import type { Bilingual } from '../../core/bilingual';
import { bundleOperations } from '../../core/bundle/bundle-operations';
import { toErrorPayload } from '../../core/errors';
import type { Finding } from '../../core/evidence/readiness-model';
import { auditTableCsv, AUDIT_TRAIL_FILE, caseAuditTable } from '../audit/audit-trail-table';
import { openConnection } from '../db/open-connection';
import { writeFileAtomic } from '../services/atomic-write';
import { buildCaseBundle } from '../services/bundle-service';
import { loadDocumentFonts } from '../services/document-fonts';
import { loadFilingData } from '../services/document-filing-data';
import { renderCaseDocument, savedDocumentInputs } from '../services/document-service';
import { safeFileName, sha256 } from '../services/document-files';
import { createReadinessHandlers } from '../services/readiness-service';
import type { ServiceContext } from '../services/service-context';
import { createTemplateCatalog } from '../services/template-catalog';
import { workerStartData } from '../workers/worker-start-data';
import type { BatchTask, BatchTaskResult, BatchWorkerStart, WrittenFile } from './batch-task';

/** The template whose filing data the court's element sheet (诉讼要素表) lists. */
const ELEMENT_TEMPLATE = 'complaint-element-2025';

/** The base name of a case's bundle volumes in its folder. */
export const BATCH_BUNDLE_BASE = '证据材料';

/** A finding as the manifest lists it: its title and what is wrong. */
export function findingText(finding: Finding): Bilingual {
  return { zh: `${finding.title.zh}：${finding.message.zh}`, en: `${finding.title.en}: ${finding.message.en}` };
}

// The clock of the task at hand: a worker runs one task at a time, and every job has its own fixed time.
let taskClock = new Date(0);

function openContext(start: BatchWorkerStart): ServiceContext {
  const db = openConnection(start.databasePath, { ...start, readonly: true });
  db.pragma('busy_timeout = 5000');
  return {
    db, dataDir: start.dataDir, databasePath: start.databasePath, templatesDir: start.templatesDir, appVersion: '', actor: 'batch',
    now: () => taskClock, loadFonts: loadDocumentFonts, revealFolder: () => undefined, reportProgress: () => undefined,
    // A key copied between threads arrives as a plain Uint8Array.
    ...(start.filesKey ? { filesKey: Buffer.from(start.filesKey) } : {}),
  };
}

let state: { context: ServiceContext; catalog: ReturnType<typeof createTemplateCatalog>; readiness: ReturnType<typeof createReadinessHandlers> } | null = null;

function worker() {
  if (!state) {
    const context = openContext(workerStartData<BatchWorkerStart>());
    state = { context, catalog: createTemplateCatalog(context), readiness: createReadinessHandlers(context) };
  }
  return state;
}

async function runStep(task: BatchTask): Promise<Omit<BatchTaskResult, 'error'>> {
  const { context, catalog, readiness } = worker();
  if (task.kind === 'readiness') {
    const report = readiness['readiness:check']({ caseId: task.caseId });
    const ordered = [...report.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocker' ? -1 : 1));
    // The element sheet's row: the data the element complaint is filled with, saved inputs included.
    const filing = report.ready ? loadFilingData(context, task.caseId, savedDocumentInputs(context, task.caseId, ELEMENT_TEMPLATE)).data : null;
    return { ready: report.ready, blockers: report.blockers, findings: ordered.map(findingText), filing, files: [] };
  }
  if (task.kind === 'document') {
    const inputs = savedDocumentInputs(context, task.caseId, task.templateId);
    const { template, files } = await renderCaseDocument(context, catalog, { caseId: task.caseId, templateId: task.templateId, formats: ['docx', 'pdf'], inputs });
    const written: WrittenFile[] = files.map(({ format, bytes }) => {
      const fileName = `${safeFileName(template.manifest.title)}.${format}`;
      writeFileAtomic(join(task.folder, fileName), bytes);
      return { fileName, sha256: sha256(bytes) };
    });
    return { ready: true, findings: [], filing: null, files: written };
  }
  if (task.kind === 'audit') {
    // The trail as it stood when the job started (its clock): a resumed job writes the same bytes.
    const bytes = auditTableCsv(caseAuditTable(context.db, task.caseId, new Date(task.clock)));
    const fileName = `${AUDIT_TRAIL_FILE}.csv`;
    writeFileAtomic(join(task.folder, fileName), bytes);
    return { ready: true, findings: [], filing: null, files: [{ fileName, sha256: sha256(bytes) }] };
  }
  const limits = bundleOperations['bundle:build'].input.parse({ caseId: task.caseId });
  const { written } = await buildCaseBundle(context, { caseId: task.caseId, order: undefined, folder: task.folder, base: BATCH_BUNDLE_BASE, limits });
  return { ready: true, findings: [], filing: null, files: written.map((v) => ({ fileName: v.fileName, sha256: v.sha256 })) };
}

/** Runs one step; an error comes back in words, as the result, never as a rejected task. */
export default async function runBatchTask(task: BatchTask): Promise<BatchTaskResult> {
  try {
    taskClock = new Date(task.clock);
    return { ...(await runStep(task)), error: null };
  } catch (error) {
    return { ready: false, findings: [], filing: null, files: [], error: toErrorPayload(error).message };
  }
}
