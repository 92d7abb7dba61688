/**
 * Case intake in the real UI: the built renderer in headless Chromium over the loopback bridge,
 * against the real services on a temporary data folder. A paralegal creates a case (meeting a
 * field error on the way), finds it in the list, opens it and generates the complaint.
 */
import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../core/case/card-number';
import { residentIdCheckCharacter } from '../../core/case/resident-id';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';

// A fictional defendant: born 1985-06-15 in Kunming (530102), sequence 123 (odd: male).
const idFirst17 = '530102198506151' + '23';
const residentId = idFirst17 + residentIdCheckCharacter(idFirst17);
const wrongCheck = residentId.endsWith('7') ? '8' : '7';
const badResidentId = residentId.slice(0, 17) + wrongCheck;
const cardPrefix = '625900001234567';
const cardNumber = (cardPrefix + luhnCheckDigit(cardPrefix)).replace(/(\d{4})(?=\d)/g, '$1 ');

const textFields: Record<string, string> = {
  'defendant.name': '赵小川',
  'defendant.ethnicity': '汉族',
  'defendant.birthDate': '1985-06-15',
  'defendant.registeredAddress': '云南省昆明市五华区青年路 100 号',
  'defendant.habitualResidence': '云南省昆明市盘龙区北京路 200 号',
  'defendant.phone': '139 1234 5678',
  'defendant.employer': '昆明滇源贸易有限公司',
  'card.cardNumber': cardNumber,
  'card.agreementDate': '2019-03-20',
  'card.issuingBranch': '云岭银行股份有限公司信用卡中心',
  'card.creditLimit': '50,000.00',
  'card.firstDefaultDate': '2025-08-05',
  'claim.asOfDate': '2026-10-31',
  'claim.principal': '45,678.90',
  'claim.interest': '3210.55',
  'claim.penalty': '800',
  'claim.fees': '120.5',
  courtName: '昆明市五华区人民法院',
};
// 45,678.90 + 3,210.55 + 800.00 + 120.50
const expectedTotal = '¥49,809.95';

describe('case intake (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates a case with field validation, lists it and generates the complaint as DOCX and PDF', async () => {
    const { page } = app;
    const field = (name: string) => page.locator(`[name="${name}"]`);
    const errorFor = (name: string) => page.locator(`[data-error-for="${name}"]`);

    await page.goto(app.url);
    await page.getByRole('heading', { name: '案件' }).waitFor();
    await page.getByText('暂无案件').waitFor();

    await page.getByRole('button', { name: '新建案件' }).click();
    await page.getByRole('heading', { name: '新建案件' }).waitFor();

    // Saving the empty form lists the problems at the top and next to each field.
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    await errorFor('defendant.name').waitFor();
    expect(await errorFor('defendant.name').textContent()).toContain('必填');
    expect(await field('defendant.name').getAttribute('aria-invalid')).toBe('true');

    await field('plaintiffId').selectOption(String(app.plaintiff.id));
    await field('agentId').selectOption(String(app.agent.id));
    await field('defendant.sex').selectOption('male');
    for (const [name, value] of Object.entries(textFields)) await field(name).fill(value);

    // A resident ID number with a wrong check character is flagged on blur, right under the field.
    await field('defendant.residentId').fill(badResidentId);
    await field('defendant.residentId').blur();
    await errorFor('defendant.residentId').waitFor();
    expect(await errorFor('defendant.residentId').textContent()).toContain('校验码');
    expect(await field('defendant.residentId').getAttribute('aria-invalid')).toBe('true');

    // Corrected, the error goes away.
    await field('defendant.residentId').fill(residentId);
    await field('defendant.residentId').blur();
    await errorFor('defendant.residentId').waitFor({ state: 'detached' });
    expect(await field('defendant.residentId').getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: '保存', exact: true }).click();

    // Back in the list, with the total claimed formatted from fen.
    await page.getByText('已新建被告“赵小川”的案件。').waitFor();
    const row = page.locator('tbody tr', { hasText: '赵小川' });
    await row.waitFor();
    expect(await row.textContent()).toContain(expectedTotal);
    expect(await row.textContent()).toContain('云岭银行股份有限公司信用卡中心');

    await page.screenshot({ path: '/tmp/e2e-list.png' });

    // Delete asks first, naming the defendant; cancelling keeps the case.
    await row.getByRole('button', { name: '删除' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('赵小川');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await row.getByRole('button', { name: '编辑' }).click();
    await page.getByRole('heading', { name: '编辑案件：赵小川' }).waitFor();
    expect(await field('defendant.residentId').inputValue()).toBe(residentId);
    expect(await field('claim.principal').inputValue()).toBe('45678.90');

    // Generated files have their own tab.
    await page.getByRole('tab', { name: '文书' }).click();
    await page.getByRole('button', { name: '生成民事起诉状' }).click();
    await page.locator('[data-document-format="docx"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-document-format="pdf"]').waitFor({ timeout: 60_000 });
    await page.getByText('已生成 2 个文件。').waitFor();

    // The files exist on disk and are not empty.
    const [summary] = await app.handlers['case:list']({ query: '' });
    expect(summary?.defendantName).toBe('赵小川');
    const documents = await app.handlers['document:list']({ caseId: summary!.id });
    expect(documents.map((d) => d.format).sort()).toEqual(['docx', 'pdf']);
    for (const document of documents) {
      expect(document.fileName.endsWith(`.${document.format}`)).toBe(true);
      expect(existsSync(document.path)).toBe(true);
      expect(statSync(document.path).size).toBeGreaterThan(0);
    }

    // 在文件夹中显示 reports the folder it opened.
    const pdfRow = page.locator('[data-document-format="pdf"]');
    await pdfRow.getByRole('button', { name: '在文件夹中显示' }).click();
    await pdfRow.getByText('文件所在文件夹：').waitFor();
    const pdf = documents.find((d) => d.format === 'pdf')!;
    expect(await pdfRow.textContent()).toContain(pdf.path.slice(0, pdf.path.lastIndexOf('/')));

    // The app scrolls inside its main pane: a tall window shows the whole case page at once.
    await page.setViewportSize({ width: 1360, height: 2000 });
    await page.screenshot({ path: '/tmp/e2e-case.png' });

    // The language switch works and is remembered.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Generate complaint' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Cases', exact: true }).waitFor();

    expect(app.pageErrors).toEqual([]);
  });
});
