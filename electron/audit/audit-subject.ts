import type Database from 'better-sqlite3';
import type { Bilingual } from '../../core/bilingual';

/** What each kind of audited record is called where a person reads it. */
const subjectNames: Record<string, Bilingual> = {
  case: { zh: '案件', en: 'Case' },
  organisation: { zh: '机构', en: 'Organisation' },
  agent: { zh: '代理人', en: 'Agent' },
  document: { zh: '文书', en: 'Document' },
  template: { zh: '文书模板', en: 'Template' },
  form: { zh: 'PDF 表单', en: 'PDF form' },
  settings: { zh: '设置', en: 'Settings' },
  database: { zh: '数据库', en: 'Database' },
};

/** Names what an audit record concerns, e.g. 案件 12（张三） / Case 12 (张三); the case's defendant is looked up once per case. */
export function createAuditSubjectNamer(db: Database.Database): (entity: string, entityId: number) => Bilingual {
  const defendant = db.prepare('SELECT defendant_name AS name FROM cases WHERE id = ?');
  const names = new Map<number, string>();
  return (entity, entityId) => {
    const kind = subjectNames[entity] ?? { zh: '记录', en: 'Record' };
    let who = '';
    if (entity === 'case') {
      if (!names.has(entityId)) names.set(entityId, (defendant.get(entityId) as { name: string } | undefined)?.name ?? '');
      who = names.get(entityId)!;
    }
    return who === ''
      ? { zh: `${kind.zh} ${entityId}`, en: `${kind.en} ${entityId}` }
      : { zh: `${kind.zh} ${entityId}（${who}）`, en: `${kind.en} ${entityId} (${who})` };
  };
}

/** A stored audit time (China time, ISO) as people read it: YYYY-MM-DD HH:MM:SS. */
export function auditTimeText(at: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(at) ? at.slice(0, 19).replace('T', ' ') : at;
}
