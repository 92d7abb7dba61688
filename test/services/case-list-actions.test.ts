import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditTrail } from '../../electron/db/audit-log';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { openListCases } from '../support/case-list-cases';
import { ok, refused } from '../support/dispatch-call';
import { openTestServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('case list actions', () => {
  it('moves 更新时间 when an event is recorded, and not on a mere read', async () => {
    const { handlers, ids, close } = await openListCases(tempDir());
    try {
      const updatedOf = async () => (await ok(handlers, 'case:query', {})).rows.find((r) => r.id === ids.yan)!.updatedAt;
      const before = await updatedOf();
      await ok(handlers, 'tracking:get', { caseId: ids.yan });
      expect(await updatedOf()).toBe(before);
      const { event } = await ok(handlers, 'event:add', { caseId: ids.yan, event: { type: 'note', date: '2026-11-28', note: '电话联系被告' } });
      const after = await updatedOf();
      expect(after > before).toBe(true);
      expect(after).toBe(event.createdAt);
      expect((await ok(handlers, 'case:query', { sort: { column: 'updated', direction: 'desc' }, limit: 1 })).rows[0]!.id).toBe(ids.yan);
    } finally {
      close();
    }
  });

  it('archives cases out of the list and unarchives them back exactly, with an audit record per case', async () => {
    const { handlers, context, ids, close } = await openListCases(tempDir());
    try {
      const before = (await ok(handlers, 'case:query', { sort: { column: 'id', direction: 'asc' } })).rows;
      expect(await ok(handlers, 'case:archive', { ids: [ids.li, ids.wang] })).toEqual({ archived: 2 });
      const listed = await ok(handlers, 'case:query', {});
      expect(listed.total).toBe(2);
      expect(listed.rows.map((r) => r.id).sort()).toEqual([ids.yan, ids.zhang].sort());
      const archived = await ok(handlers, 'case:query', { filters: { archived: 'only' } });
      expect(archived.rows.map((r) => r.id).sort()).toEqual([ids.li, ids.wang].sort());
      expect(archived.rows.every((r) => r.archived)).toBe(true);
      // A filtered count leaves the archived case out too (王建国 and 张伟 share the court).
      expect((await ok(handlers, 'case:query', { filters: { court: '昆明市官渡区人民法院' } })).total).toBe(1);
      expect((await ok(handlers, 'case:query', { filters: { court: '昆明市官渡区人民法院', archived: 'all' } })).total).toBe(2);
      // Archiving twice changes nothing and records nothing.
      expect(await ok(handlers, 'case:archive', { ids: [ids.li] })).toEqual({ archived: 0 });
      expect(await ok(handlers, 'case:unarchive', { ids: [ids.li, ids.wang] })).toEqual({ unarchived: 2 });
      expect((await ok(handlers, 'case:query', { sort: { column: 'id', direction: 'asc' } })).rows).toEqual(before);
      const trail = auditTrail(context.db, 'case', ids.li).slice(-2).map((t) => [JSON.parse(t.before_json!), JSON.parse(t.after_json!)]);
      expect(trail).toEqual([[{ archived: false }, { archived: true }], [{ archived: true }, { archived: false }]]);
    } finally {
      close();
    }
  });

  it('archives nothing when one of the cases does not exist', async () => {
    const { handlers, ids, close } = await openListCases(tempDir());
    try {
      const error = await refused(handlers, 'case:archive', { ids: [ids.li, 9999] });
      expect(error.code).toBe('not-found');
      expect((await ok(handlers, 'case:query', {})).total).toBe(4);
    } finally {
      close();
    }
  });

  it('refuses to delete a case with events or documents and says to archive it; deletes one without', async () => {
    const { handlers, ids, close } = await openListCases(tempDir());
    try {
      const withEvents = await refused(handlers, 'case:delete', { id: ids.li });
      expect(withEvents.code).toBe('conflict');
      expect(withEvents.message.zh).toContain('已记录案件事件');
      expect(withEvents.message.zh).toContain('归档');
      expect(withEvents.message.en).toContain('Archive it instead');
      await ok(handlers, 'document:generate', { caseId: ids.yan, templateId: 'complaint', formats: ['docx'] });
      const withDocuments = await refused(handlers, 'case:delete', { id: ids.yan });
      expect(withDocuments.message.zh).toContain('已生成文书');
      expect(await ok(handlers, 'case:delete', { id: ids.zhang })).toEqual({ deleted: true });
      expect((await ok(handlers, 'case:query', {})).total).toBe(3);
    } finally {
      close();
    }
  });

  it('exports the matching rows as an XLSX with Chinese headers, yuan and labels, a formula-like cell made inert', async () => {
    const dataDir = tempDir();
    const { handlers, ids, close } = await openListCases(dataDir);
    try {
      await ok(handlers, 'tracking:set-owner', { caseIds: [ids.li], owner: '=cmd|/c calc' });
      const { path, rows } = await ok(handlers, 'case:export', { filters: { court: '昆明市盘龙区人民法院' } });
      expect(rows).toBe(1);
      expect(path.startsWith(join(dataDir, 'exports'))).toBe(true);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(['编号', '被告', '身份证号', '卡号', '原告', '发卡行/分行', '法院', '案号', '阶段', '诉请金额（元）',
        '下一期限', '期限事项', '立案检查', '经办人', '更新时间', '已归档']);
      const line = (sheet.getRow(2).values as unknown[]).slice(1);
      expect(line[1]).toBe('李晓梅');
      expect(String(line[2])).toContain('*');
      expect(line[7]).toBe('（2026）云0103民初346号');
      expect(line[8]).toBe('已生效');
      expect(line[9]).toBe('56,918.07');
      expect(line[12]).toBe('未检查');
      expect(line[13]).toBe("'=cmd|/c calc");
      expect(sheet.rowCount).toBe(2);
    } finally {
      close();
    }
  });

  it('refuses a case owner with a line break or a hidden character, naming the field and changing nothing', async () => {
    const { handlers, ids, close } = await openListCases(tempDir());
    try {
      const ownerOf = async () => (await ok(handlers, 'tracking:cases', { limit: 50 })).rows.find((row) => row.caseId === ids.li)?.owner;
      const before = await ownerOf();
      const error = await refused(handlers, 'tracking:set-owner', { caseIds: [ids.li], owner: '张\u202e经办' });
      expect(error.code).toBe('invalid-input');
      expect(error.field).toBe('owner');
      expect(error.message.zh).toContain('U+202E');
      expect(await ownerOf()).toBe(before);
    } finally {
      close();
    }
  });

  it('exports chosen ids to a chosen path inside the data folder, and refuses one outside it', async () => {
    const dataDir = tempDir();
    const { handlers, ids, close } = await openListCases(dataDir);
    try {
      const chosen = join(dataDir, 'exports', '选中案件.xlsx');
      expect(await ok(handlers, 'case:export', { ids: [ids.wang, ids.yan], path: chosen })).toEqual({ path: chosen, rows: 2 });
      expect((await refused(handlers, 'case:export', { ids: [ids.wang], path: join(tempDir(), 'x.xlsx') })).code).toBe('forbidden');
    } finally {
      close();
    }
  });

  it('brings a database with cases from before the list upgrade up to date: last activity and pinyin initials', async () => {
    const dataDir = tempDir();
    const raw = new Database(join(dataDir, 'dossier.sqlite'));
    migrate(raw, migrations.filter((m) => m.version <= 10));
    raw.exec(`
      INSERT INTO organisations (id, name, credit_code, address, responsible_person, responsible_title, created_at, updated_at)
        VALUES (1, '云岭银行股份有限公司信用卡中心', '91530100MA6K7Q2X3X', '昆明', '钱立诚', '总经理', '2026-01-01', '2026-01-01');
      INSERT INTO cases (id, plaintiff_id, defendant_name, defendant_sex, defendant_ethnicity, defendant_birth_date, defendant_resident_id,
          defendant_registered_address, defendant_phone, card_number, card_agreement_date, issuing_branch, credit_limit_fen, claim_as_of,
          principal_fen, interest_fen, penalty_fen, fees_fen, court_name, status, created_at, updated_at)
        VALUES (1, 1, '李晓梅', 'female', '汉族', '1986-04-12', '530102198604120020', '昆明', '13712345678', '6225880012345678', '2019-03-15',
          '云岭银行股份有限公司信用卡中心', 5000000, '2026-10-31', 100, 0, 0, 0, '昆明市盘龙区人民法院', 'draft',
          '2026-03-01T09:00:00.000+08:00', '2026-03-01T09:00:00.000+08:00');
      INSERT INTO case_events (case_id, type, date, stage_before, stage_after, note, actor, created_at)
        VALUES (1, 'note', '2026-04-02', 'draft', 'draft', '电话联系', 'test', '2026-04-02T15:30:00.000+08:00');`);
    raw.close();
    const { handlers, close } = openTestServices(dataDir);
    try {
      const page = await ok(handlers, 'case:query', { search: 'lxm' });
      expect(page.rows.map((r) => [r.defendantName, r.updatedAt, r.readiness, r.archived]))
        .toEqual([['李晓梅', '2026-04-02T15:30:00.000+08:00', 'unchecked', false]]);
    } finally {
      close();
    }
  });
});
