import type Database from 'better-sqlite3';
import { DossierError } from '../../core/errors';

/**
 * A case with generated documents or recorded events is part of the bank's litigation record: deleting it
 * would lose that record without a trace, so it is archived instead (archiving can be undone).
 */
export function refuseDeleteOfWorkedCase(db: Database.Database, caseId: number): void {
  const { documents, events } = db.prepare(
    `SELECT (SELECT count(*) FROM documents WHERE case_id = @caseId) AS documents,
            (SELECT count(*) FROM case_events WHERE case_id = @caseId) AS events`,
  ).get({ caseId }) as { documents: number; events: number };
  if (documents === 0 && events === 0) return;
  const what = documents > 0 && events > 0 ? { zh: '已生成文书并记录了案件事件', en: 'has generated documents and recorded events' }
    : documents > 0 ? { zh: '已生成文书', en: 'has generated documents' } : { zh: '已记录案件事件', en: 'has recorded events' };
  throw new DossierError('conflict', {
    zh: `该案件${what.zh}，不能删除。请改为归档：归档后案件不再出现在列表中，需要时可以撤销归档。`,
    en: `This case ${what.en} and cannot be deleted. Archive it instead: an archived case leaves the list and can be brought back at any time.`,
  });
}
