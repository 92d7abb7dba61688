/**
 * Walks the audit chain (migration 012) from the first record to the last and names every place it does not hold:
 * a record whose content no longer matches its hash (edited), a record that does not link to the one before it
 * (inserted, or the one before it was re-hashed after an edit), a gap in the record numbers or a head pointing past
 * the last record (deleted), a record after the head (inserted without the app), and removed protection (a dropped
 * trigger). The first problem found is the first broken record; every later one is listed too.
 */
import type Database from 'better-sqlite3';
import type { AuditProblem, AuditVerifyReport } from '../../core/audit/audit-operations';
import type { Bilingual } from '../../core/bilingual';
import { auditRecordHash, GENESIS_HASH } from './audit-hash';
import { auditTimeText, createAuditSubjectNamer } from './audit-subject';

type StoredRecord = {
  id: number; at: string; actor: string; entity: string; entity_id: number; action: string;
  before_json: string | null; after_json: string | null; prev_hash: string; hash: string;
};

/** The triggers that make a silent edit impossible without removing them first. */
const PROTECTING_TRIGGERS = ['audit_log_no_update', 'audit_log_no_delete', 'audit_log_extends_chain', 'audit_log_advance_head'];

const NOBODY: Bilingual = { zh: '', en: '' };

function range(from: number, to: number): Bilingual {
  return from === to ? { zh: `第 ${from} 号记录`, en: `record ${from}` } : { zh: `第 ${from}–${to} 号记录`, en: `records ${from}–${to}` };
}

/** Checks the whole audit log of `db`. */
export function verifyAuditChain(db: Database.Database): AuditVerifyReport {
  const subject = createAuditSubjectNamer(db);
  const problems: AuditProblem[] = [];
  const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((t) => t.name));
  if (PROTECTING_TRIGGERS.some((name) => !present.has(name))) {
    problems.push({
      kind: 'unprotected', recordNumber: null, at: '', concerns: NOBODY,
      message: { zh: '操作记录的防改保护已被移除：有人在程序之外改动过数据库', en: 'The protection of the audit log has been removed: the database was changed outside Dossier' },
    });
  }
  const head = db.prepare("SELECT last_id AS lastId FROM audit_head WHERE singleton = 1").get() as { lastId: number } | undefined;
  let previousId = 0;
  let previousHash = GENESIS_HASH;
  let records = 0;
  let lastAt = '';
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<StoredRecord>) {
    records++;
    const at = auditTimeText(row.at);
    const concerns = subject(row.entity, row.entity_id);
    const at$ = { recordNumber: row.id, at, concerns };
    if (row.id !== previousId + 1) {
      const gone = range(previousId + 1, row.id - 1);
      // A deleted record's time and subject went with it: it is named by its number and the record after it.
      problems.push({ kind: 'deleted', ...(row.id > previousId + 1 ? { recordNumber: previousId + 1, at: '', concerns: NOBODY } : at$), message: {
        zh: row.id > previousId + 1 ? `${gone.zh}已被删除（在第 ${row.id} 号记录之前）` : `第 ${row.id} 号记录的编号不在顺序中`,
        en: row.id > previousId + 1 ? `${gone.en} ${previousId + 1 === row.id - 1 ? 'was' : 'were'} deleted (before record ${row.id})` : `Record ${row.id} is out of sequence`,
      } });
    } else if (row.prev_hash !== previousHash) {
      problems.push({ kind: 'inserted', ...at$, message: {
        zh: `第 ${row.id} 号记录没有接在前一条记录之后：它是被插入的记录，或前一条记录被改动后重新计算过`,
        en: `Record ${row.id} does not follow the record before it: it was inserted, or the record before it was altered and re-sealed`,
      } });
    }
    const content = {
      id: row.id, at: row.at, actor: row.actor, entity: row.entity, entityId: row.entity_id, action: row.action,
      beforeJson: row.before_json, afterJson: row.after_json,
    };
    if (auditRecordHash(row.prev_hash, content) !== row.hash) {
      problems.push({ kind: 'edited', ...at$, message: { zh: `第 ${row.id} 号记录的内容已被改动`, en: `Record ${row.id} has been altered` } });
    }
    previousId = row.id;
    previousHash = row.hash;
    lastAt = at;
  }
  if (!head) {
    problems.push({ kind: 'deleted', recordNumber: null, at: '', concerns: NOBODY, message: {
      zh: '操作记录的结尾标记已被删除，无法确认最后的记录是否完整', en: 'The end marker of the audit log has been deleted; the last records cannot be confirmed',
    } });
  } else if (head.lastId > previousId) {
    const gone = range(previousId + 1, head.lastId);
    problems.push({ kind: 'deleted', recordNumber: previousId + 1, at: '', concerns: NOBODY, message: {
      zh: `${gone.zh}已被删除（最后的记录）`, en: `The last ${gone.en} ${previousId + 1 === head.lastId ? 'was' : 'were'} deleted`,
    } });
  } else if (head.lastId < previousId) {
    const added = range(head.lastId + 1, previousId);
    problems.push({ kind: 'inserted', recordNumber: head.lastId + 1, at: lastAt, concerns: NOBODY, message: {
      zh: `${added.zh}不是由卷宗写入的（在最后一条记录之后添加）`, en: `${added.en.replace(/^r/, 'R')} ${head.lastId + 1 === previousId ? 'was' : 'were'} not written by Dossier (added after the last record)`,
    } });
  }
  const numbered = problems.map((p) => p.recordNumber).filter((n): n is number => n !== null);
  return { intact: problems.length === 0, records, firstBroken: numbered.length > 0 ? Math.min(...numbered) : null, problems };
}
