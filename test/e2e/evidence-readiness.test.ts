/**
 * Evidence and readiness in the real UI (built renderer, headless Chromium, loopback bridge, real services):
 * a case lacking only its power of attorney is not ready, the finding listed under 立案材料 apart from the
 * filing conditions and litigation risks; the finding's link opens the evidence tab, where a
 * PDF dropped onto the drop zone is stored, thumbnailed by pdf.js under the app's CSP and previewed; the
 * readiness panel then says the case is ready. The claim and contacts tabs show the breakdown and a flag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { cardTermsInput } from '../../core/claim/card-terms';
import { contactInput } from '../../core/evidence/contact-model';
import { makeCardNumber, makeResidentId } from '../support/identities';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';
import { makePdf, png } from '../services/evidence/evidence-fixtures';

const residentId = makeResidentId('530102', '1988-07-21', '035');

async function seedCase(app: E2eApp): Promise<number> {
  const { handlers } = app;
  const created = await handlers['case:create']({ values: caseInput.parse({
    plaintiffId: app.plaintiff.id, agentId: app.agent.id,
    defendant: { name: '钱多多', sex: 'male', ethnicity: '汉族', birthDate: '1988-07-21', residentId, registeredAddress: '云南省昆明市西山区滇池路 1 号', phone: '13800001111' },
    card: { cardNumber: makeCardNumber('622588001111222'), agreementDate: '2020-05-01', issuingBranch: '云岭银行股份有限公司信用卡中心', creditLimit: '30000', firstDefaultDate: '2025-07-11' },
    claim: { asOfDate: '2026-10-31', principal: '20,000.00', interest: '1,500.00', penalty: '300.00', fees: '0' },
    courtName: '昆明市西山区人民法院',
  }) });
  const caseId = created.id;
  const add = async (fileName: string, bytes: Buffer, meta: Record<string, unknown>) =>
    handlers['evidence:add']({ caseId, fileName, contentBase64: bytes.toString('base64'), meta });
  await add('申请表.pdf', await makePdf(1, 'Application'), { kind: 'application-form', recordedName: '钱多多', recordedIdNumber: residentId });
  await add('领用合约.pdf', await makePdf(2, 'Agreement'), { kind: 'card-agreement', hasKeyTermNotice: true });
  await add('身份证.png', png, { kind: 'identity' });
  await add('对账单.pdf', await makePdf(3, 'Statement'), { kind: 'statement', periodFrom: '2025-01-01', periodTo: '2026-10-31' });
  await add('欠款计算明细.pdf', await makePdf(1, 'Arrears'), { kind: 'arrears-calculation' });
  await add('营业执照.pdf', await makePdf(1, 'Licence'), { kind: 'licence' });
  const letter = await add('催收函.pdf', await makePdf(1, 'Demand letter'), { kind: 'contact-record' });
  await handlers['ledger:set-balances']({ caseId, balances: { date: '2026-10-31', principal: '20000', interest: '1500', penalty: '300', fees: '0' } });
  await handlers['claim:save-terms']({ caseId, terms: cardTermsInput.parse({ dueDate: '2025-07-10', interestBookedThrough: '2026-10-31' }) });
  await handlers['contact:save']({ caseId, values: contactInput.parse({ occurredAt: '2026-02-03 10:00', channel: 'letter', party: 'cardholder', outcome: 'reached', notes: '催收函已签收', deliveryProof: 'signed-receipt', proofEvidenceId: letter.id }) });
  // An unanswered night call: flagged C4 for review; it demands nothing, so neither limitation nor the evidence list relies on it.
  await handlers['contact:save']({ caseId, values: contactInput.parse({ occurredAt: '2026-03-01 22:45', channel: 'phone', party: 'cardholder', outcome: 'unreachable', notes: '夜间致电', deliveryProof: 'call-recording' }) });
  return caseId;
}

describe('evidence and readiness (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('drops a power of attorney onto the evidence tab and the case becomes ready to file', async () => {
    const { page } = app;
    const caseId = await seedCase(app);
    await page.goto(app.url);
    const row = page.locator('tbody tr', { hasText: '钱多多' });
    await row.getByRole('button', { name: '编辑' }).click();
    await page.getByRole('heading', { name: '编辑案件：钱多多' }).waitFor();

    await page.getByRole('tab', { name: '立案检查' }).click();
    const status = page.locator('.readiness-status');
    await status.waitFor();
    expect(await status.textContent()).toContain('不具备立案条件：1 项阻碍');
    // The findings stand under the three kinds lawyers use; the missing power of attorney is a filing material.
    const groups = page.locator('.finding-group');
    expect(await groups.locator('h3').allTextContents()).toEqual(['起诉条件', '立案材料', '诉讼风险']);
    expect(await page.locator('[data-kind="filing-condition"]').textContent()).toContain('未发现问题');
    expect(await page.locator('[data-kind="merits-risk"]').textContent()).toContain('不影响立案');
    const finding = page.locator('[data-kind="filing-material"] [data-rule="power-of-attorney"]');
    expect(await finding.textContent()).toContain('代理人授权委托书');
    expect(await finding.textContent()).toContain('缺少授权委托书');
    expect(await finding.textContent()).toContain('《民事诉讼法》第六十二条');

    // The finding's link opens the evidence tab at the missing kind.
    await finding.getByRole('button', { name: '去处理' }).click();
    await page.locator('#evidence-kind-power-of-attorney.coverage-missing').waitFor();
    await page.locator('[name="evidence.newKind"]').selectOption('power-of-attorney');

    // Drop a PDF made in Node onto the drop zone.
    const bytes = [...(await makePdf(2, 'Power of attorney'))];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], '授权委托书.pdf', { type: 'application/pdf' }));
      return transfer;
    }, bytes);
    await page.locator('[data-testid="evidence-drop-zone"]').dispatchEvent('drop', { dataTransfer });
    await page.getByText('已添加 1 个文件。').waitFor();
    const card = page.locator('[data-evidence-kind="power-of-attorney"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('2 页');
    await page.locator('#evidence-kind-power-of-attorney.coverage-ok').waitFor();
    // pdf.js drew the first page as the thumbnail, with the worker loaded under the CSP.
    await card.locator('canvas[data-drawn="true"]').waitFor({ timeout: 30_000 });

    // The page preview opens in a dialog and turns pages.
    await card.getByRole('button', { name: '预览', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('canvas[data-drawn="true"]').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: '下一页' }).click();
    await dialog.getByText('第 2 页 / 共 2 页').waitFor();
    await page.screenshot({ path: '/tmp/e2e-evidence-preview.png' });
    await dialog.getByRole('button', { name: '关闭预览' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // A damaged PDF dropped next is refused with its error; nothing is added.
    const damaged = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.7\n1 0 obj\n<< /Type /Catalog'], '损坏.pdf', { type: 'application/pdf' }));
      return transfer;
    });
    await page.locator('[data-testid="evidence-drop-zone"]').dispatchEvent('drop', { dataTransfer: damaged });
    await page.locator('[data-failed-file="损坏.pdf"]').waitFor();
    expect(await page.locator('[data-failed-file="损坏.pdf"]').textContent()).toContain('已损坏');
    await page.screenshot({ path: '/tmp/e2e-evidence.png', fullPage: true });

    await page.getByRole('tab', { name: '立案检查' }).click();
    await page.locator('.readiness-status[data-ready="true"]').waitFor();
    expect(await page.locator('.readiness-status').textContent()).toContain('可以立案');
    expect((await app.handlers['readiness:check']({ caseId })).ready).toBe(true);
    await page.screenshot({ path: '/tmp/e2e-readiness.png', fullPage: true });

    // The claim tab itemises the claim; the contacts tab shows the night call as counting but needing review.
    await page.getByRole('tab', { name: '账务与诉请' }).click();
    await page.locator('[data-total]').waitFor();
    expect(await page.locator('[data-total]').getAttribute('data-total')).toBe(String(2_000_000 + 150_000 + 30_000));
    await page.screenshot({ path: '/tmp/e2e-claim.png', fullPage: true });
    await page.getByRole('tab', { name: '催收记录' }).click();
    const flagged = page.locator('tr[data-reliable="false"]');
    await flagged.waitFor();
    expect(await flagged.textContent()).toContain('须复核能否作为证据');
    expect(await flagged.locator('[data-flag="C4"]').textContent()).toContain('行业规范');
    await page.screenshot({ path: '/tmp/e2e-contacts.png', fullPage: true });

    // The readiness overview lists the case as ready and opens it at its readiness tab.
    await page.getByRole('button', { name: '立案准备' }).click();
    const overviewRow = page.locator('tr', { hasText: '钱多多' });
    await overviewRow.waitFor();
    expect(await overviewRow.getAttribute('data-ready')).toBe('true');
    // Rules are shown by their titles, never by their ids.
    expect(await overviewRow.textContent()).not.toMatch(/[a-z]+-[a-z]+/);
    // The rule filter offers the rule file's rules by their titles.
    await page.waitForFunction(() => (document.querySelector('select[name="overview.rule"]')?.querySelectorAll('option').length ?? 0) > 5);
    expect(await page.locator('select[name="overview.rule"] option[value="key-term-notice"]').count()).toBe(1);
    await overviewRow.getByRole('button', { name: '打开' }).click();
    await page.locator('.readiness-status[data-ready="true"]').waitFor();

    expect(app.pageErrors).toEqual([]);
  });
});
