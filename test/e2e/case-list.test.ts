/**
 * The case list at bank scale in the real UI (issue 12): 10,000 fictional cases seeded with SQL in one
 * transaction; a paralegal sorts by claim both ways, filters by stage and court, finds cases by the
 * defendants' pinyin initials, selects 50 with a click and a shift-click, hands them to 批量立案 for their
 * evidence bundles, archives three cases and takes it back from the toast, then gives the three an owner and
 * an event and exports them to Excel. Only visible rows exist in
 * the page, however many cases match.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchRunnerOf } from '../../electron/services/batch-service';
import { trackingStoreOf } from '../../electron/services/tracking-store';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';
import { internalTextIn } from '../support/internal-text';

const caseCount = 10_000;
const courts = ['昆明市五华区人民法院', '昆明市盘龙区人民法院', '昆明市官渡区人民法院', '昆明市西山区人民法院', '大理市人民法院'];
const branches = ['云岭银行股份有限公司昆明分行', '云岭银行股份有限公司大理分行', '云岭银行股份有限公司曲靖分行'];
const owners = ['张法务', '李法务', '王律师', ''];
const stages = ['draft', 'ready', 'filed', 'accepted', 'hearing', 'judgment', 'effective', 'enforcement-applied'];
const surnames = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴'];
const givenNames = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明'];
/** Every 997th defendant is an 欧阳 with a name no generated one shares, so "oymy" finds exactly them. */
const isOuyang = (i: number) => i % 997 === 0;
const nameOf = (i: number) => (isOuyang(i) ? `欧阳明月${i}` : `${surnames[i % 10]}${givenNames[Math.floor(i / 10) % 15]}${givenNames[Math.floor(i / 150) % 15]}`);
/** Claims are all different (7919 is prime to 10,000), so a sort by claim has one first and one last case. */
const principalOf = (i: number) => 1_000_000 + ((i * 7919) % caseCount) * 100;

/** Seeds the cases, their tracking rows (fresh, so nothing is recomputed) and the list state in one transaction. */
function seedCases(app: E2eApp) {
  const { db } = app.context;
  const calendarVersion = trackingStoreOf(app.context).calendar().version;
  db.transaction(() => {
    const insertCase = db.prepare(`INSERT INTO cases (id, plaintiff_id, agent_id, defendant_name, defendant_sex, defendant_ethnicity,
        defendant_birth_date, defendant_resident_id, defendant_registered_address, defendant_phone, card_number, card_agreement_date,
        issuing_branch, credit_limit_fen, first_default_date, claim_as_of, principal_fen, interest_fen, penalty_fen, fees_fen, court_name,
        status, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'female', '汉族', '1986-04-12', ?, '云南省昆明市五华区翠湖南路 1 号', '13712345678', ?, '2019-03-15', ?, 5000000,
        '2024-05-01', '2026-10-31', ?, ?, 0, 0, ?, 'draft', ?, ?)`);
    const track = db.prepare(`UPDATE case_tracking SET stage = ?, court_case_number = ?, owner = ?, branch = ?, court_name = ?, claimed_fen = ?,
        calendar_version = ?, stale = 0 WHERE case_id = ?`);
    for (let i = 1; i <= caseCount; i++) {
      const principal = principalOf(i);
      const stage = stages[i % stages.length]!;
      const stamp = `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00.000+08:00`;
      insertCase.run(i, app.plaintiff.id, app.agent.id, nameOf(i), `53010219860412${String(i % 10_000).padStart(4, '0')}`,
        `622588${String(i).padStart(10, '0')}`, branches[i % branches.length], principal, Math.floor(principal / 10), courts[i % courts.length],
        stamp, stamp);
      const accepted = stages.indexOf(stage) >= stages.indexOf('accepted');
      track.run(stage, accepted ? `（2026）云0102民初${i}号` : '', owners[i % owners.length], branches[i % branches.length], courts[i % courts.length],
        principal + Math.floor(principal / 10), calendarVersion, i);
    }
    // Readiness outcomes and next deadlines as the readiness check and the deadline rows would leave them.
    db.prepare(`UPDATE case_list_state SET readiness = CASE case_id % 3 WHEN 0 THEN 'ready' WHEN 1 THEN 'blocked' ELSE 'unchecked' END,
        blocking_count = CASE case_id % 3 WHEN 1 THEN 1 + case_id % 4 ELSE 0 END`).run();
    db.prepare(`UPDATE case_list_state SET next_deadline_date = '2027-0' || (1 + case_id % 9) || '-15', next_deadline_kind = 'limitation'
        WHERE case_id % 2 = 0`).run();
  })();
}

describe('case list at 10,000 cases (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
    seedCases(app);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('sorts, filters, searches by pinyin initials, hands a selection to a batch, undoes an archive and acts on a selection', async () => {
    const { page } = app;
    const { db } = app.context;
    const rows = page.locator('.case-table tbody tr.case-row');
    const firstName = async () => (await rows.first().locator('th').locator('.cell-line').textContent()) ?? '';

    await page.goto(app.url);
    await page.getByRole('heading', { name: '案件', exact: true }).waitFor();
    await page.getByText('共 10,000 件').waitFor();
    // Only the rows in view (and a few either side) are in the page.
    expect(await rows.count()).toBeLessThan(60);
    expect(await rows.count()).toBeGreaterThan(5);

    // Sort by claim: largest first, then smallest first.
    const claimHeader = page.locator('th.case-col-claim');
    const byClaim = (direction: 'DESC' | 'ASC') => (db.prepare(`SELECT defendant_name AS name FROM cases
      ORDER BY principal_fen + interest_fen + penalty_fen + fees_fen ${direction}, id LIMIT 1`).get() as { name: string }).name;
    await claimHeader.getByRole('button').click();
    await page.locator('th.case-col-claim[aria-sort="descending"]').waitFor();
    await expect.poll(firstName).toBe(byClaim('DESC'));
    await claimHeader.getByRole('button').click();
    await page.locator('th.case-col-claim[aria-sort="ascending"]').waitFor();
    await expect.poll(firstName).toBe(byClaim('ASC'));

    // Filter by stage (已立案受理) and court: the count is the database's, every row shows both.
    await page.locator('.stage-filter summary').click();
    await page.locator('[name="stage-accepted"]').check();
    await page.locator('.stage-filter summary').click();
    await page.locator('#case-filter-court').selectOption(courts[2]!);
    const filtered = (db.prepare(`SELECT count(*) AS n FROM case_tracking t JOIN cases c ON c.id = t.case_id
      WHERE t.stage = 'accepted' AND c.court_name = ?`).get(courts[2]) as { n: number }).n;
    expect(filtered).toBeGreaterThan(100);
    await page.getByText(`共 ${filtered.toLocaleString('en-US')} 件`).waitFor();
    for (const text of await rows.allTextContents()) {
      expect(text).toContain('已立案受理');
      expect(text).toContain(courts[2]);
    }
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByText('共 10,000 件').waitFor();

    // Filter by the last filing check: 就绪 only.
    await page.locator('#case-filter-readiness').selectOption('ready');
    await page.getByText(`共 ${Math.floor(caseCount / 3).toLocaleString('en-US')} 件`).waitFor();
    for (const text of await rows.allTextContents()) expect(text).toContain('就绪');
    await page.locator('#case-filter-readiness').selectOption('');
    await page.getByText('共 10,000 件').waitFor();

    // Search by pinyin initials.
    await page.locator('#case-search').fill('oymy');
    const ouyang = Array.from({ length: caseCount }, (_, k) => k + 1).filter(isOuyang).length;
    await page.getByText(`共 ${ouyang} 件`).waitFor();
    for (const text of await rows.allTextContents()) expect(text).toContain('欧阳明月');
    expect(await internalTextOnList(app)).toEqual([]);
    await page.locator('#case-search').fill('');
    await page.getByText('共 10,000 件').waitFor();

    // Select 50: the first row's checkbox, then shift-click the 50th after scrolling to it.
    await rows.first().locator('input[type="checkbox"]').click();
    const chosenFirst = Number(await rows.first().getAttribute('data-case-id'));
    await page.locator('.case-grid').evaluate((grid) => {
      grid.scrollTop = 49 * 52 - 100;
    });
    const fiftieth = page.locator('.case-table tbody tr[data-index="49"]');
    await fiftieth.waitFor();
    await fiftieth.locator('input[type="checkbox"]').click({ modifiers: ['Shift'] });
    await page.getByText('已选 50 件').waitFor();
    const chosenLast = Number(await fiftieth.getAttribute('data-case-id'));
    expect(await page.locator('.case-table tbody tr.row-selected').count()).toBeGreaterThan(10);
    await page.screenshot({ path: '/tmp/listui-selection.png' });

    // 生成证据册 opens 批量立案 with the 50 cases and only the bundle ticked; the job takes exactly them.
    await page.getByRole('button', { name: '生成证据册' }).click();
    await page.getByRole('heading', { name: '批量生成立案材料' }).waitFor();
    await page.getByText('已选 50 个案件（来自案件列表）').waitFor();
    expect(await page.locator('[name="batch.output.bundle"]').isChecked()).toBe(true);
    expect(await page.locator('[name="batch.output.complaint"]').isChecked()).toBe(false);
    await page.getByRole('button', { name: '开始', exact: true }).click();
    const panel = page.locator('.batch-progress-panel[data-job-id]');
    await panel.waitFor();
    const jobId = (await panel.getAttribute('data-job-id'))!;
    expect(await panel.locator('progress').getAttribute('data-total')).toBe('50');
    // The bundles themselves are the batch page's business: stop the job once it is seen to hold the 50 cases.
    await app.handlers['batch:cancel']({ jobId });
    await (await batchRunnerOf({ context: app.context, handlers: app.handlers })).finished(jobId);
    const jobCases = db.prepare('SELECT case_id AS id FROM batch_job_cases WHERE job_id = ? ORDER BY case_id').all(jobId) as { id: number }[];
    expect(jobCases).toHaveLength(50);
    expect(jobCases.map((c) => c.id)).toContain(chosenFirst);
    expect(jobCases.map((c) => c.id)).toContain(chosenLast);

    // Archive three cases; they leave the list, and 撤销 in the toast brings them back.
    await page.getByRole('button', { name: '案件', exact: true }).click();
    await page.getByText('共 10,000 件').waitFor();
    const three: number[] = [];
    for (let index = 0; index < 3; index++) {
      await rows.nth(index).locator('input[type="checkbox"]').click();
      three.push(Number(await rows.nth(index).getAttribute('data-case-id')));
    }
    await page.getByText('已选 3 件').waitFor();
    await page.getByRole('button', { name: '归档', exact: true }).click();
    const toast = page.locator('.toast', { hasText: '已归档 3 件案件。' });
    await toast.waitFor();
    await page.getByText('共 9,997 件').waitFor();
    expect(await page.locator(`.case-table tbody tr[data-case-id="${three[0]}"]`).count()).toBe(0);
    await toast.getByRole('button', { name: '撤销' }).click();
    await page.locator('.toast', { hasText: '已取消归档 3 件案件。' }).waitFor();
    await page.getByText('共 10,000 件').waitFor();
    await page.locator(`.case-table tbody tr[data-case-id="${three[0]}"]`).waitFor();

    // The same three: an owner, an event and an Excel export, each reported in a toast.
    for (const id of three) await page.locator(`.case-table tbody tr[data-case-id="${id}"] input[type="checkbox"]`).click();
    await page.getByText('已选 3 件').waitFor();
    await page.getByRole('button', { name: '分配经办人' }).click();
    await page.getByRole('dialog').locator('[name="owner"]').fill('孙专员');
    await page.getByRole('dialog').getByRole('button', { name: '分配', exact: true }).click();
    await page.locator('.toast', { hasText: '已为 3 件案件分配经办人“孙专员”。' }).waitFor();
    const owned = db.prepare(`SELECT count(*) AS n FROM case_tracking WHERE owner = '孙专员' AND case_id IN (${three.join(',')})`).get() as { n: number };
    expect(owned.n).toBe(3);
    await page.getByRole('button', { name: '记录事件' }).click();
    await page.getByRole('dialog').locator('[name="type"]').selectOption('note');
    await page.getByRole('dialog').locator('[name="date"]').fill('2026-11-20');
    await page.getByRole('dialog').locator('[name="note"]').fill('电话联系，承诺月底还款');
    await page.getByRole('dialog').getByRole('button', { name: '登记', exact: true }).click();
    await page.locator('.toast', { hasText: '已为 3 件案件登记“备注”。' }).waitFor();
    const noted = db.prepare(`SELECT count(*) AS n FROM case_events WHERE type = 'note' AND case_id IN (${three.join(',')})`).get() as { n: number };
    expect(noted.n).toBe(3);
    await page.getByText('已选 3 件').waitFor();
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const exported = page.locator('.toast', { hasText: '已导出 3 件案件：' });
    await exported.waitFor();
    const exportPath = ((await exported.locator('.toast-text').textContent()) ?? '').replace(/^已导出 3 件案件：/, '');
    expect(existsSync(exportPath), exportPath).toBe(true);
    await page.getByRole('button', { name: '取消选择' }).click();

    // A click on a row opens its case; Enter on a focused row does too.
    const name = nameOf(three[1]!);
    await page.locator(`.case-table tbody tr[data-case-id="${three[1]}"] td.case-col-court`).click();
    await page.getByRole('heading', { name: `编辑案件：${name}` }).waitFor();
    await page.getByRole('button', { name: '案件', exact: true }).click();
    await page.getByText('共 10,000 件').waitFor();
    await page.locator(`.case-table tbody tr[data-case-id="${three[2]}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `编辑案件：${nameOf(three[2]!)}` }).waitFor();

    // Screenshots at both window sizes, with a selection so the bulk bar shows.
    await page.getByRole('button', { name: '案件', exact: true }).click();
    await page.getByText('共 10,000 件').waitFor();
    await rows.first().locator('input[type="checkbox"]').click();
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `/tmp/listui-${width}.png` });
    }
    expect(await internalTextOnList(app)).toEqual([]);

    // The English page speaks English, with no internal codes either.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('10,000 cases').waitFor();
    expect(await page.locator('th.case-col-claim').textContent()).toContain('Claim');
    expect(await internalTextOnList(app)).toEqual([]);
    await page.screenshot({ path: '/tmp/listui-1920-en.png' });
    await page.getByRole('button', { name: '中文' }).click();
    expect(app.pageErrors).toEqual([]);
  }, 90_000);
});

/** Internal text (codes, field paths, fen) in the case list's rendered lines. */
async function internalTextOnList(app: E2eApp): Promise<string[]> {
  const lines = (await app.page.locator('main').innerText()).split('\n');
  return lines.flatMap((line) => internalTextIn(line).map((found) => `${found.kind}: ${found.match} in “${line}”`));
}
