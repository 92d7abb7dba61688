import { describe, expect, it } from 'vitest';
import { ok } from '../support/dispatch-call';
import { openTestServices } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('case list with many matches', () => {
  it('pages many matches in the same order and with the same rows as a few', async () => {
    const { handlers, context, close } = openTestServices(tempDir());
    const { db } = context;
    try {
      db.transaction(() => {
        db.prepare(`INSERT INTO organisations (id, name, credit_code, address, responsible_person, responsible_title, created_at, updated_at)
          VALUES (1, '云岭银行股份有限公司信用卡中心', '91530100MA6K7Q2X3X', '昆明', '钱立诚', '总经理', '2026-01-01', '2026-01-01')`).run();
        const insert = db.prepare(`INSERT INTO cases (id, plaintiff_id, defendant_name, defendant_sex, defendant_ethnicity, defendant_birth_date,
            defendant_resident_id, defendant_registered_address, defendant_phone, card_number, card_agreement_date, issuing_branch, credit_limit_fen,
            claim_as_of, principal_fen, interest_fen, penalty_fen, fees_fen, court_name, status, created_at, updated_at)
          VALUES (?, 1, ?, 'female', '汉族', '1986-04-12', '530102198604120020', '昆明', '13712345678', '6225880012345678', '2019-03-15', '云岭银行昆明分行',
            0, '2026-10-31', ?, 0, 0, 0, ?, 'draft', ?, ?)`);
        for (let id = 1; id <= 3000; id++) {
          const at = `2026-0${1 + (id % 9)}-1${id % 10}T09:00:00.000+08:00`;
          insert.run(id, `被告${id}`, (id * 7919) % 100_000, id % 3 === 0 ? '昆明市盘龙区人民法院' : '昆明市官渡区人民法院', at, at);
        }
        db.prepare("UPDATE case_tracking SET stage = 'filed', stale = 0 WHERE case_id % 4 <> 0").run();
        db.prepare('UPDATE case_list_state SET archived = 1 WHERE case_id % 10 = 0').run();
      })();
      const expected = (db.prepare(`SELECT c.id FROM cases c JOIN case_tracking t ON t.case_id = c.id JOIN case_list_state l ON l.case_id = c.id
        WHERE t.stage = 'filed' AND l.archived = 0 ORDER BY c.principal_fen DESC, c.id DESC`).pluck().all() as number[]);
      expect(expected.length).toBeGreaterThan(2000);
      const page = await ok(handlers, 'case:query', { filters: { stages: ['filed'] }, sort: { column: 'claim', direction: 'desc' }, offset: 100, limit: 50 });
      expect(page.total).toBe(expected.length);
      expect(page.rows.map((r) => r.id)).toEqual(expected.slice(100, 150));
      const narrow = await ok(handlers, 'case:query', { filters: { stages: ['filed'], court: '昆明市盘龙区人民法院' }, sort: { column: 'updated', direction: 'asc' }, limit: 1000 });
      const narrowExpected = (db.prepare(`SELECT c.id FROM cases c JOIN case_tracking t ON t.case_id = c.id JOIN case_list_state l ON l.case_id = c.id
        WHERE t.stage = 'filed' AND l.archived = 0 AND c.court_name = '昆明市盘龙区人民法院' ORDER BY l.activity_at, c.id`).pluck().all() as number[]);
      expect(narrow.rows.map((r) => r.id)).toEqual(narrowExpected);
    } finally {
      close();
    }
  });
});
