/**
 * The case workspace in the real UI (built renderer, headless Chromium, loopback bridge, real services): the header
 * shows the stage and 案号 from tracking, the anchor bar scrolls to a section, unsaved input asks before a nav link
 * takes the user away (stay keeps it, discard leaves), Ctrl+S saves with a toast, and a generated PDF is previewed
 * with pdf.js and deleted after the app's own confirmation.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { makeCardNumber, makeResidentId } from '../support/identities';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';

describe('case workspace (browser)', () => {
  let app: E2eApp;
  let caseId = 0;

  beforeAll(async () => {
    app = await startE2eApp();
    const { handlers } = app;
    const created = await handlers['case:create']({ values: caseInput.parse({
      plaintiffId: app.plaintiff.id, agentId: app.agent.id,
      defendant: { name: '孙青禾', sex: 'female', ethnicity: '汉族', birthDate: '1988-04-12', residentId: makeResidentId('530102', '1988-04-12', '028'), registeredAddress: '云南省昆明市五华区青云街 18 号', phone: '13800003333' },
      card: { cardNumber: makeCardNumber('622588004444555'), agreementDate: '2019-05-01', issuingBranch: '云岭银行股份有限公司信用卡中心', creditLimit: '50000', firstDefaultDate: '2025-06-11' },
      claim: { asOfDate: '2026-10-31', principal: '31,000.00', interest: '2,100.00', penalty: '300.00', fees: '0' },
      courtName: '昆明市五华区人民法院',
    }) });
    caseId = created.id;
    for (const type of ['marked-ready', 'filed'] as const) await handlers['event:add']({ caseId, event: { type, date: '2026-11-02', details: {}, note: '' } });
    await handlers['event:add']({ caseId, event: { type: 'accepted', date: '2026-11-09', details: { courtCaseNumber: '（2026）云0102民初7788号' }, note: '' } });
    await handlers['document:generate']({ caseId, templateId: 'complaint', formats: ['docx', 'pdf'] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  async function openCase() {
    await app.page.locator('tbody tr', { hasText: '孙青禾' }).getByRole('button', { name: '编辑' }).click();
    await app.page.getByRole('heading', { name: '编辑案件：孙青禾' }).waitFor();
  }

  it('shows the stage and 案号 in the header and scrolls to a section from the anchor bar', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.url);
    await openCase();
    const header = page.getByRole('region', { name: '案件概况' });
    await header.locator('[data-fact="case-number"]', { hasText: '（2026）云0102民初7788号' }).waitFor();
    expect(await header.locator('[data-fact="stage"]').textContent()).toBe('已立案受理');
    expect(await header.locator('[data-fact="court"]').textContent()).toBe('昆明市五华区人民法院');
    // The readiness check's own verdict: blockers to handle, or ready (with its warnings).
    const report = await app.handlers['readiness:check']({ caseId });
    expect(await header.locator('[data-fact="readiness"]').textContent())
      .toBe(report.ready ? (report.warnings > 0 ? `就绪（${report.warnings} 项提示）` : '就绪') : `有 ${report.blockers} 项需处理`);

    // The form's dates read yyyy-mm-dd, not the system locale's format.
    expect(await page.locator('input[name="card.agreementDate"]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: '/tmp/e2e-workspace-top-1366.png' });
    const court = page.locator('#case-section-court');
    const before = (await court.boundingBox())!.y;
    expect(before).toBeGreaterThan(768);
    await page.getByRole('navigation', { name: '本页各部分' }).getByRole('link', { name: '管辖法院' }).click();
    // The last section cannot reach the top of the pane; it must be scrolled fully into view.
    await page.waitForFunction(() => {
      const box = document.getElementById('case-section-court')!.getBoundingClientRect();
      return document.querySelector('.app-main')!.scrollTop > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    await page.getByRole('link', { name: '信用卡' }).click();
    await page.waitForFunction(() => {
      const box = document.getElementById('case-section-card')!.getBoundingClientRect();
      return box.top >= 0 && box.top < 200;
    });
    await page.screenshot({ path: '/tmp/e2e-workspace-1366.png' });

    // The readiness link opens the readiness tab; 案件信息 brings the form back.
    await header.locator('[data-fact="readiness"]').getByRole('button').click();
    expect(await page.getByRole('tab', { name: '立案检查' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: '案件信息' }).click();
    await page.locator('[name="defendant.phone"]').waitFor();
  });

  it('asks before a nav link discards typed input: stay keeps it, discard leaves', async () => {
    const { page } = app;
    const phone = page.locator('[name="defendant.phone"]');
    await phone.fill('13900009999');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '案件', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '有未保存的修改' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '留在本页' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await phone.inputValue()).toBe('13900009999');

    // A tab switch asks too.
    await page.getByRole('tab', { name: '诉讼与执行' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '留在本页' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('tab', { name: '案件信息' }).getAttribute('aria-selected')).toBe('true');
    expect(await phone.inputValue()).toBe('13900009999');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '案件', exact: true }).click();
    await dialog.getByRole('button', { name: '放弃修改并离开' }).click();
    await page.locator('tbody tr', { hasText: '孙青禾' }).waitFor();
    expect((await app.handlers['case:get']({ id: caseId })).defendant.phone).toBe('13800003333');
  });

  it('saves with Ctrl+S and says so in a toast; a bad field is focused after a failed save', async () => {
    const { page } = app;
    await openCase();
    const phone = page.locator('[name="defendant.phone"]');
    await phone.fill('13900009999');
    await page.keyboard.press('Control+s');
    await page.locator('.toast-success', { hasText: '已保存“孙青禾”。' }).waitFor();
    expect((await app.handlers['case:get']({ id: caseId })).defendant.phone).toBe('13900009999');

    await page.locator('[name="card.creditLimit"]').fill('');
    await page.locator('[name="card.issuingBranch"]').focus();
    await page.keyboard.press('Control+s');
    await page.locator('.toast-error').first().waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'card.creditLimit');
    await page.locator('[name="card.creditLimit"]').fill('50000');
    await page.keyboard.press('Control+s');
    await page.locator('.toast-success', { hasText: '已保存“孙青禾”。' }).nth(0).waitFor();
  });

  it('previews a generated PDF and deletes it after confirming in the app dialog', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('tab', { name: '文书' }).click();
    const pdfRow = page.locator('[data-document-format="pdf"]');
    await pdfRow.waitFor();
    await page.screenshot({ path: '/tmp/e2e-workspace-documents-1920.png' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: '/tmp/e2e-workspace-documents-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await pdfRow.getByRole('button', { name: '预览' }).click();
    const preview = page.locator('dialog.document-preview');
    await preview.waitFor();
    await page.waitForFunction(() => Number(document.querySelector('dialog.document-preview .pdf-preview')?.getAttribute('data-pages-drawn')) >= 1, undefined, { timeout: 60_000, polling: 250 });
    await page.screenshot({ path: '/tmp/e2e-workspace-preview-1920.png' });
    await preview.getByRole('button', { name: '关闭预览' }).click();
    await preview.waitFor({ state: 'detached' });

    const [pdf] = (await app.handlers['document:list']({ caseId })).filter((d) => d.format === 'pdf');
    await pdfRow.getByRole('button', { name: '删除' }).click();
    const confirm = page.getByRole('dialog', { name: '删除文书文件' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(pdf!.fileName);
    await confirm.getByRole('button', { name: '删除' }).click();
    await page.locator('.toast-success', { hasText: `已删除“${pdf!.fileName}”。` }).waitFor();
    await pdfRow.waitFor({ state: 'detached' });
    expect(existsSync(pdf!.path)).toBe(false);
    expect((await app.handlers['document:list']({ caseId })).map((d) => d.format)).toEqual(['docx']);

    await page.getByRole('tab', { name: '案件信息' }).click();
    await page.screenshot({ path: '/tmp/e2e-workspace-1920.png' });
    expect(app.pageErrors).toEqual([]);
  });

  it('generates the filing set the case stage calls for, with progress and a closing toast', async () => {
    const { page } = app;
    const set = await app.handlers['document:set']({ caseId });
    await page.getByRole('tab', { name: '文书' }).click();
    await page.getByRole('button', { name: '生成全套文书' }).click();
    await page.locator('[data-progress]').first().waitFor();
    const toast = page.locator('.toast-success, .toast-error', { hasText: /已生成 \d+ 份文书/ });
    await toast.waitFor({ timeout: 240_000 });
    const generated = new Set((await app.handlers['document:list']({ caseId })).map((d) => d.templateId));
    const text = (await toast.textContent()) ?? '';
    // Every template of the set was attempted: generated, or named in the toast as not generated.
    expect(set.templates.length).toBeGreaterThan(0);
    for (const template of set.templates) expect(generated.has(template.id) || text.includes(`《${template.title}》`)).toBe(true);
    expect(set.templates.filter((t) => generated.has(t.id)).length).toBe(Number(/已生成 (\d+) 份文书/.exec(text)?.[1]));
    expect(app.pageErrors).toEqual([]);
  }, 300_000);
});
