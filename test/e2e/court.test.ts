/**
 * The court area in the real UI: a demo case's jurisdiction tab shows the candidate courts with
 * reasons and citations, the user chooses one and it reaches the case; the fee panel shows the
 * acceptance fee with its brackets; a case addressing a ruled-out court says so and takes a reason to file
 * there anyway; the court directory page searches by pinyin initials, edits a court and imports a GBK file.
 */
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { demoCases } from '../../electron/services/demo-data';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';

describe('jurisdiction, fees and court directory (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows a demo case’s candidate courts with reasons, chooses one, and prices the fees', async () => {
    const { page } = app;
    const values = caseInput.parse({ ...demoCases(app.plaintiff.id, app.agent.id)[1]!, courtName: '' });
    const created = await app.handlers['case:create']({ values });

    await page.goto(app.url);
    const row = page.locator('tbody tr', { hasText: created.defendant.name });
    await row.getByRole('button', { name: '编辑' }).click();
    await page.getByRole('tab', { name: '管辖与诉讼费' }).click();

    const candidates = page.locator('.candidate-list > li');
    await candidates.first().waitFor();
    expect(await candidates.count()).toBe(2);
    const first = candidates.nth(0);
    expect(await first.locator('.candidate-name').textContent()).toBe('楚雄市人民法院');
    expect(await first.textContent()).toContain('《民事诉讼法》第二十二条');
    expect(await first.textContent()).toContain('楚雄彝族自治州中级人民法院');
    expect(await candidates.nth(1).textContent()).toContain('合同履行地');
    expect(await page.locator('.ruled-out-list').textContent()).toContain('昆明市官渡区人民法院');

    // The fee panel: 126,115.94 yuan, simplified procedure by default, halved once.
    const acceptance = page.locator('[data-fee="acceptance"]');
    await acceptance.waitFor();
    expect(await acceptance.locator('.fee-total').textContent()).toBe('¥1,411.16');
    expect(await acceptance.locator('tbody tr').count()).toBe(3);
    await page.locator('select[name="fee.procedure"]').selectOption('ordinary');
    await page.waitForFunction(() => document.querySelector('[data-fee="acceptance"] .fee-total')?.textContent === '¥2,822.32');
    await page.locator('.fee-panel').screenshot({ path: '/tmp/e2e-fees.png' });

    // Recording a year of proven residence brings the habitual-residence court to the top.
    await page.locator('input[name="habitualSince"]').fill('2024-03-01');
    await page.locator('input[name="habitualProof"]').fill('昆明市居住证');
    await page.getByRole('button', { name: '保存管辖事实' }).click();
    await page.getByText('已保存，候选法院已更新。').waitFor();
    await page.waitForFunction(() => document.querySelector('.candidate-list > li .candidate-name')?.textContent === '昆明市官渡区人民法院');

    await candidates.nth(0).getByRole('button', { name: '选定此法院' }).click();
    await page.getByText('已选定：昆明市官渡区人民法院').waitFor();
    expect((await app.handlers['case:get']({ id: created.id })).courtName).toBe('昆明市官渡区人民法院');
    await page.screenshot({ path: '/tmp/e2e-jurisdiction.png', fullPage: true });

    // Back on the case form, the chosen court shows and saving the form keeps it.
    await page.getByRole('tab', { name: '案件信息' }).click();
    await page.waitForFunction(() => (document.querySelector('input[name="courtName"]') as HTMLInputElement | null)?.value === '昆明市官渡区人民法院');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存').first().waitFor();
    expect((await app.handlers['case:get']({ id: created.id })).courtName).toBe('昆明市官渡区人民法院');
    expect(app.pageErrors).toEqual([]);
  });

  it('says when the documents address a ruled-out court, and records the reason to file there anyway', async () => {
    const { page } = app;
    const demo = demoCases(app.plaintiff.id, app.agent.id)[1]!;
    // The demo's case 2 addresses 昆明市官渡区人民法院 with no proof of a year's residence there.
    const created = await app.handlers['case:create']({ values: caseInput.parse({ ...demo, defendant: { ...demo.defendant, name: '王建华' } }) });
    const courtFinding = async () => (await app.handlers['readiness:check']({ caseId: created.id })).findings.find((f) => f.ruleId === 'addressed-court');
    expect(await courtFinding()).toBeDefined();

    await page.goto(app.url);
    await page.getByRole('button', { name: '案件', exact: true }).click();
    await page.locator('tbody tr', { hasText: '王建华' }).getByRole('button', { name: '编辑' }).click();
    await page.getByRole('tab', { name: '管辖与诉讼费' }).click();
    const override = page.locator('[data-testid="court-override"]');
    await override.locator('[data-override="needed"]').waitFor();
    expect(await override.textContent()).toContain('“昆明市官渡区人民法院”不在候选法院之中');
    const save = override.getByRole('button', { name: '记录理由并选定' });
    expect(await save.isDisabled()).toBe(true);
    await override.locator('select[name="override.courtId"]').selectOption({ label: '昆明市官渡区人民法院' });
    await override.locator('textarea[name="override.reason"]').fill('被告书面确认在官渡区连续居住已满一年，居住证明待补');
    await save.click();
    await override.locator('[data-override="recorded"]').waitFor();
    expect(await override.textContent()).toContain('理由：被告书面确认在官渡区连续居住已满一年');
    expect(await courtFinding()).toBeUndefined();
    await page.screenshot({ path: '/tmp/e2e-court-override.png', fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });

  it('searches the court directory by pinyin initials, edits a court and imports a GBK file', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: '法院名录' }).click();
    await page.getByRole('heading', { name: '法院名录' }).waitFor();
    await page.locator('input[name="courts.search"]').fill('bcx');
    const row = page.locator('tbody tr[data-court-id="basic-532924"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('宾川县人民法院');
    await row.getByRole('button', { name: '编辑' }).click();
    await page.locator('.court-editor input[name="phone"]').fill('0872-7000000');
    await page.locator('.court-editor').getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存“宾川县人民法院”。').waitFor();
    await row.getByText('已修改').waitFor();
    expect((await app.handlers['court:get']({ id: 'basic-532924' })).phone).toBe('0872-7000000');
    expect(await page.locator('.thresholds-panel tbody tr').count()).toBe(6);
    // A directory file saved by Excel in GBK is read as written, not as mojibake.
    const gbk = iconv.encode('法院名称,审级,区划代码,地址\r\n某某新设法院,基层,532924,宾川县某路1号\r\n', 'gbk');
    await page.locator('input[name="courts.import"]').setInputFiles({ name: '法院名录.csv', mimeType: 'text/csv', buffer: gbk });
    await page.getByText('导入完成：新增 1，修改 0，未变 0。').waitFor();
    expect((await app.handlers['court:search']({ query: '某某新设法院', limit: 5 }))[0]?.address).toBe('宾川县某路1号');
    await page.screenshot({ path: '/tmp/e2e-courts.png', fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});
