import { resolve } from 'node:path';
import type { EvidenceFileProblem } from '../../core/audit/audit-operations';
import type { Handlers } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { auditTableCsv, auditTableXlsx, AUDIT_TRAIL_FILE, caseAuditTable } from '../audit/audit-trail-table';
import { verifyAuditChain } from '../audit/audit-verify';
import { writeFileAtomic } from './atomic-write';
import { insideDataFolder } from './data-folder';
import { createEvidenceStore } from './evidence-store';
import type { StoredCopyState } from './evidence-store';
import { clockOf } from './service-context';
import type { ServiceContext } from './service-context';

/** Handlers that check what the store holds: the audit chain, every stored evidence file, and a case's audit trail export. */
export function createAuditHandlers(context: ServiceContext) {
  const { db } = context;
  const clock = clockOf(context);
  const store = createEvidenceStore(context.dataDir, context.filesKey);

  return {
    'audit:verify': () => db.transaction(() => verifyAuditChain(db))(),
    'audit:export': async ({ caseId, format, path }) => {
      const found = db.prepare('SELECT defendant_name AS name FROM cases WHERE id = ?').get(caseId) as { name: string } | undefined;
      if (!found) throw new DossierError('not-found', { zh: `找不到案件（编号 ${caseId}）`, en: `No case with id ${caseId}` });
      const table = caseAuditTable(db, caseId);
      const bytes = format === 'xlsx' ? await auditTableXlsx(table, context.now()) : auditTableCsv(table);
      const stamp = clock.timestamp().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const fileName = `${AUDIT_TRAIL_FILE}-${caseId}-${stamp}.${format}`;
      const target = path ? resolve(path) : insideDataFolder(context.dataDir, 'exports', fileName);
      writeFileAtomic(target, bytes);
      return { fileName: target.split(/[\\/]/).at(-1) ?? fileName, path: target, records: table.rows.length };
    },
    'evidence:verify': () => {
      const items = db.prepare(
        `SELECT e.id, e.case_id AS caseId, e.title, e.sha256, c.defendant_name AS defendantName
         FROM evidence_items e JOIN cases c ON c.id = e.case_id ORDER BY e.case_id, e.id`,
      ).all() as { id: number; caseId: number; title: string; sha256: string; defendantName: string }[];
      // A file attached to several cases is stored once: hash it once.
      const states = new Map<string, StoredCopyState>();
      const problems: EvidenceFileProblem[] = [];
      for (const item of items) {
        if (!states.has(item.sha256)) states.set(item.sha256, store.stateOf(item.sha256));
        const state = states.get(item.sha256)!;
        if (state === 'intact') continue;
        const where = { zh: `案件 ${item.caseId}（${item.defendantName}）的证据“${item.title}”`, en: `Evidence "${item.title}" of case ${item.caseId} (${item.defendantName})` };
        problems.push({
          kind: state, caseId: item.caseId, defendantName: item.defendantName, evidenceId: item.id, title: item.title,
          message: state === 'changed'
            ? { zh: `${where.zh}的存储副本已被改动（SHA-256 不符）；请重新添加原件以修复`, en: `${where.en}: the stored copy has been altered (SHA-256 mismatch); add the original again to repair it` }
            : { zh: `${where.zh}的存储副本已缺失；请重新添加原件以修复`, en: `${where.en}: the stored copy is missing; add the original again to repair it` },
        });
      }
      return { intact: problems.length === 0, checked: items.length, problems };
    },
  } satisfies Partial<Handlers>;
}
