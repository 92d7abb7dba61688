/**
 * Tracking in the real UI: a legal-ops user opens a case at the hearing stage, records the judgment and
 * its service on the defendant in the case's 诉讼与执行 tab, and finds the appeal and enforcement
 * deadlines on the 期限 page with their rules; the 看板 draws its charts with no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../../electron/services/demo-data';
import { dispatch } from '../../electron/services/dispatch';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';

describe('tracking (browser)', () => {
  let app: E2eApp;
  let caseId = 0;

  beforeAll(async () => {
    app = await startE2eApp();
    const created = await dispatch(app.handlers, 'case:create', { values: demoCases(app.plaintiff.id, app.agent.id)[0]! });
    if (!created.ok) throw new Error(created.error.message.en);
    caseId = (created.value as { id: number }).id;
    const steps = [
      { type: 'marked-ready', date: '2026-06-01' }, { type: 'filed', date: '2026-06-02' },
      { type: 'accepted', date: '2026-06-09', details: { courtCaseNumber: '（2026）云0103民初345号' } }, { type: 'hearing', date: '2026-08-20' },
    ];
    for (const event of steps) {
      const result = await dispatch(app.handlers, 'event:add', { caseId, event });
      if (!result.ok) throw new Error(result.error.message.en);
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('records a judgment and its service date, and the deadlines page shows the appeal and enforcement deadlines', async () => {
    const { page } = app;
    // The event form's own fields (the recovery form on the same tab has a date too).
    const field = (name: string) => page.locator(`.tracking-event-form [name="${name}"]`);
    await page.goto(app.url);
    await page.getByRole('heading', { name: '案件' }).waitFor();
    await page.locator('tbody tr', { hasText: '李晓梅' }).getByRole('button', { name: '编辑' }).click();
    await page.getByRole('tab', { name: '诉讼与执行' }).click();
    await page.locator('[data-stage="hearing"]').waitFor();
    expect(await page.locator('[data-field="courtCaseNumber"]').textContent()).toBe('（2026）云0103民初345号');

    // A guard speaks next to its field: a judgment dated in the future is refused.
    await field('type').selectOption('judgment');
    await field('date').fill('2026-12-01');
    await page.getByRole('button', { name: '登记事件' }).click();
    await page.locator('.tracking-event-form [data-error-for="date"]').waitFor();
    expect(await page.locator('.tracking-event-form [data-error-for="date"]').textContent()).toContain('不能晚于今天');

    await field('date').fill('2026-09-10');
    await field('details.performanceDays').fill('10');
    await field('details.awardedAmount').fill('56,918.07');
    // The award item by item; a total that is not their sum is refused beside the total.
    await field('details.award.principal').fill('48,235.17');
    await field('details.award.interest').fill('6,412.90');
    await field('details.award.fees').fill('350.00');
    await page.getByRole('button', { name: '登记事件' }).click();
    await page.locator('.tracking-event-form [data-error-for="details.awardedAmount"]').waitFor();
    expect(await page.locator('.tracking-event-form [data-error-for="details.awardedAmount"]').textContent()).toContain('与各分项合计 54,998.07 元不符');
    await field('details.award.penalty').fill('1,920.00');
    await page.getByRole('button', { name: '登记事件' }).click();
    await page.getByText('已登记“判决/裁定”。').waitFor();
    await page.locator('[data-stage="judgment"]').waitFor();
    const judged = await dispatch(app.handlers, 'tracking:get', { caseId });
    const judgment = judged.ok ? (judged.value as { events: { type: string; details: Record<string, unknown> }[] }).events.find((e) => e.type === 'judgment') : undefined;
    expect(judgment?.details.award).toEqual({ principal: '48,235.17', interest: '6,412.90', penalty: '1,920.00', fees: '350.00' });

    await field('type').selectOption('served');
    await field('date').fill('2026-09-16');
    await field('details.party').selectOption('defendant');
    await page.getByRole('button', { name: '登记事件' }).click();
    await page.getByText('已登记“送达”。').waitFor();
    await page.locator('[data-stage="served"]').waitFor();

    // The case's own list shows the appeal deadline rolled past National Day, with its rule.
    const appealRow = page.locator('tr[data-deadline-kind="appeal"]');
    expect(await appealRow.textContent()).toContain('2026-10-08');
    expect(await appealRow.textContent()).toContain('第一百七十一条');
    expect(await appealRow.textContent()).toContain('原届满日 2026-10-01 遇节假日顺延');
    await page.screenshot({ path: '/tmp/e2e-tracking-tab.png', fullPage: true });

    await page.getByRole('button', { name: '期限', exact: true }).click();
    await page.getByRole('heading', { name: '期限' }).waitFor();
    await page.getByRole('button', { name: '全部', exact: true }).click();
    const appeal = page.locator(`tr[data-case-id="${caseId}"][data-deadline-kind="appeal"]`);
    const enforcement = page.locator(`tr[data-case-id="${caseId}"][data-deadline-kind="enforcement-application"]`);
    await enforcement.waitFor();
    expect(await appeal.textContent()).toContain('2026-10-08');
    expect(await appeal.textContent()).toContain('逾期');
    // The deadlines page says why the date moved, as the case's own list does.
    expect(await appeal.textContent()).toContain('原届满日 2026-10-01 遇节假日顺延');
    expect(await enforcement.textContent()).toContain('2028-10-19');
    expect(await enforcement.textContent()).toContain('第二百五十条');
    // Sorted by urgency: the overdue appeal deadline comes before the enforcement deadline.
    const kinds = await page.locator(`tr[data-case-id="${caseId}"]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deadline-kind')));
    expect(kinds.indexOf('appeal')).toBeLessThan(kinds.indexOf('enforcement-application'));
    await page.screenshot({ path: '/tmp/e2e-deadlines.png', fullPage: true });

    // The link goes back to the case's tracking tab.
    await appeal.getByRole('button', { name: '李晓梅' }).click();
    await page.locator('[data-stage="served"]').waitFor();

    await page.getByRole('button', { name: '看板', exact: true }).click();
    await page.getByRole('heading', { name: '看板' }).waitFor();
    await page.locator('.chart canvas').first().waitFor();
    expect(await page.locator('[data-figure="cases"] dd').textContent()).toBe('1');
    expect(await page.locator('[data-table="dashboard-court"]').textContent()).toContain('¥56,918.07');
    await page.locator('.chart').first().hover();
    await page.screenshot({ path: '/tmp/e2e-dashboard.png', fullPage: true });

    expect(app.pageErrors).toEqual([]);
  });

  it('records acceptance for several cases at once on the batch page, each with its own case number', async () => {
    const { page } = app;
    const ids: number[] = [];
    for (const values of demoCases(app.plaintiff.id, app.agent.id).slice(1)) {
      const created = await dispatch(app.handlers, 'case:create', { values });
      if (!created.ok) throw new Error(created.error.message.en);
      const id = (created.value as { id: number }).id;
      ids.push(id);
      for (const event of [{ type: 'marked-ready', date: '2026-11-01' }, { type: 'filed', date: '2026-11-02' }]) {
        const result = await dispatch(app.handlers, 'event:add', { caseId: id, event });
        if (!result.ok) throw new Error(result.error.message.en);
      }
    }
    await page.getByRole('button', { name: '批量登记', exact: true }).click();
    await page.getByRole('heading', { name: '批量登记事件' }).waitFor();
    await page.locator('[name="stage"]').selectOption('filed');
    for (const id of ids) await page.locator(`tr[data-case-id="${id}"]`).waitFor();
    await page.locator('[name="type"]').selectOption('accepted');
    await page.locator('[name="date"]').fill('2026-11-20');
    await page.getByLabel('全选').check();
    // 官渡区's number on the 大理市 case too: refused as a whole, the row named.
    for (const id of ids) await page.locator(`tr[data-case-id="${id}"] input.mono`).fill('（2026）云0111民初777号');
    await page.getByRole('button', { name: '为所选案件登记' }).click();
    await page.getByText('本批未登记').waitFor();
    expect(await page.locator('.alert').textContent()).toContain('第 2 行');
    await page.locator(`tr[data-case-id="${ids[1]}"] input.mono`).fill('（2026）云2901民初778号');
    await page.getByRole('button', { name: '为所选案件登记' }).click();
    await page.getByText('已为 2 个案件登记“立案受理”。').waitFor();
    for (const id of ids) {
      const tracking = await dispatch(app.handlers, 'tracking:get', { caseId: id });
      expect(tracking.ok && (tracking.value as { state: { stage: string } }).state.stage).toBe('accepted');
    }
    expect(app.pageErrors).toEqual([]);
  });
});
