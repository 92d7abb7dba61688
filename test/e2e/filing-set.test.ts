/**
 * The filing set in the real UI (built renderer, headless Chromium, loopback bridge, real services): on a
 * case page a paralegal generates the settlement agreement from an entered plan (meeting a field error on
 * the way), previews it as PDF drawn by pdf.js under the app's CSP, fills the bundled PDF form; then on the
 * template page edits a template, sees a validation message with its line, and saves a new version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { makeCardNumber, makeResidentId } from '../support/identities';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';

describe('filing set (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('generates a settlement agreement from an entered plan, previews it and fills a PDF form', async () => {
    const { page, handlers } = app;
    const residentId = makeResidentId('530102', '1990-03-08', '046');
    const created = await handlers['case:create']({ values: caseInput.parse({
      plaintiffId: app.plaintiff.id, agentId: app.agent.id,
      defendant: { name: '周和平', sex: 'female', ethnicity: '汉族', birthDate: '1990-03-08', residentId, registeredAddress: '云南省昆明市五华区文林街 8 号', phone: '13800002222' },
      card: { cardNumber: makeCardNumber('622588003333444'), agreementDate: '2020-06-01', issuingBranch: '云岭银行股份有限公司信用卡中心', creditLimit: '30000', firstDefaultDate: '2025-07-11' },
      claim: { asOfDate: '2026-10-31', principal: '24,000.00', interest: '1,800.00', penalty: '400.00', fees: '0' },
      courtName: '昆明市五华区人民法院',
    }) });

    await page.goto(app.url);
    await page.locator('tbody tr', { hasText: '周和平' }).getByRole('button', { name: '编辑' }).click();
    await page.getByRole('tab', { name: '文书' }).click();
    await page.getByRole('heading', { name: '生成其他文书' }).waitFor();
    await page.locator('[name="templateId"]').selectOption('settlement-agreement');
    await page.locator('[data-section="settlement"]').waitFor();

    // A first due date that does not exist is reported next to its field, and nothing is generated.
    await page.locator('[name="settlement.firstDueDate"]').fill('2026-02-30');
    await page.locator('[name="settlement.downPayment"]').fill('2,000.00');
    await page.locator('[name="settlement.downPaymentDate"]').fill('2026-12-05');
    await page.getByRole('button', { name: '生成', exact: true }).click();
    await page.locator('[data-error-for="settlement.firstDueDate"]').waitFor();
    expect(await page.locator('[data-error-for="settlement.firstDueDate"]').textContent()).toContain('真实日期');
    expect(await handlers['document:list']({ caseId: created.id })).toEqual([]);

    await page.locator('[name="settlement.firstDueDate"]').fill('2027-01-15');
    await page.locator('[name="settlement.instalments"]').fill('6');
    await page.getByRole('button', { name: '生成', exact: true }).click();
    await page.getByText('已生成《和解协议》2 个文件。').waitFor({ timeout: 60_000 });
    const documents = await handlers['document:list']({ caseId: created.id });
    expect(documents.map((d) => [d.templateId, d.format]).sort()).toEqual([['settlement-agreement', 'docx'], ['settlement-agreement', 'pdf']]);
    // The generated files name their template by its title, never by its id.
    await page.locator('tr[data-document-format]', { hasText: '和解协议' }).first().waitFor();
    expect(await page.locator('tr', { hasText: 'settlement-agreement' }).count()).toBe(0);
    // The plan is kept for next time.
    expect((await handlers['document:inputs']({ caseId: created.id, templateId: 'settlement-agreement' })).saved?.settlement?.instalments).toBe(6);

    // The preview is the real PDF, drawn page by page by pdf.js under the CSP.
    await page.getByRole('button', { name: '预览 PDF' }).click();
    const preview = page.locator('.generator-panel .pdf-preview');
    await preview.waitFor();
    await page.waitForFunction(() => Number(document.querySelector('.generator-panel .pdf-preview')?.getAttribute('data-pages-drawn')) >= 1, undefined, { timeout: 60_000 });
    expect(await preview.locator('canvas').count()).toBeGreaterThanOrEqual(2);

    // The bundled form, filled with the saved mapping and flattened, joins the case documents.
    const formPanel = page.locator('.form-fill-panel');
    await formPanel.locator('tr[data-field="defendant_name"]').waitFor();
    expect(await formPanel.locator('[name="mapping.defendant_name"]').inputValue()).toBe('defendant.name');
    await formPanel.getByRole('button', { name: '填写并保存' }).click();
    await formPanel.getByText('已填写 17 个字段').waitFor({ timeout: 60_000 });
    expect(await formPanel.locator('[data-skipped]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('procedure')]));
    expect((await handlers['document:list']({ caseId: created.id })).some((d) => d.templateId.startsWith('form:'))).toBe(true);
    await page.screenshot({ path: '/tmp/e2e-filing-set.png', fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });

  it('edits a template, shows a validation message with its line, and saves a new version', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: '文书模板' }).click();
    await page.getByRole('heading', { name: '文书模板' }).waitFor();
    await page.locator('tr[data-template="withdrawal-application"]').getByRole('button', { name: '查看与编辑' }).click();
    const body = page.locator('[name="body"]');
    await body.waitFor();
    const original = await body.inputValue();
    const lines = original.split('\n');
    const line = lines.findIndex((l) => l.startsWith('## 请求事项')) + 1;
    await body.fill(original.replace('## 请求事项', '## 请求事项{{ defendant.nickname }}'));
    await page.getByRole('button', { name: '校验' }).click();
    const issues = page.locator('.template-issues');
    await issues.getByText(`第 ${line} 行`).waitFor();
    expect(await issues.textContent()).toContain('nickname');

    await body.fill(original.replace('请予准许。', '请予准许。（本行法务部已审核）'));
    await page.locator('[name="note"]').fill('加入审核说明');
    await page.getByRole('button', { name: '另存为新版本' }).click();
    // A new version replaces the one generation uses: the app's dialog asks first.
    await page.getByRole('dialog').getByRole('button', { name: '保存新版本' }).click();
    await page.getByText('已保存为版本 2026.2-u1').waitFor();
    // The version list reloads after the save; the choice shows the new version once it is listed.
    await expect.poll(() => page.locator('[name="version"]').inputValue()).toBe('2026.2-u1');
    const templates = await app.handlers['template:list']({});
    expect(templates.find((t) => t.id === 'withdrawal-application')).toMatchObject({ version: '2026.2-u1', source: 'user', versionCount: 2 });
    await page.screenshot({ path: '/tmp/e2e-templates.png', fullPage: true });
    expect(app.pageErrors).toEqual([]);
  });
});
