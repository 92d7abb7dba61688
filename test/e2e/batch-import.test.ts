/**
 * Bulk litigation in the real UI (built renderer, headless Chromium, loopback bridge, real services and batch
 * workers): a paralegal imports a bank's spreadsheet of 20 cases on 批量导入, mapping by hand the one column
 * whose header the suggestion cannot read, dry-runs and imports it; once the cases' evidence is on record she
 * opens 批量立案 for that import, starts the run, pauses and resumes it, watches the bar reach 20 / 20 and
 * opens the manifest. Neither page shows an internal code.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardTermsInput } from '../../core/claim/card-terms';
import { batchRunnerOf } from '../../electron/services/batch-service';
import { contactInput } from '../../core/evidence/contact-model';
import { makePdf, makeXlsx, png } from '../services/evidence/evidence-fixtures';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';
import { makeCardNumber, makeResidentId } from '../support/identities';
import { internalTextIn } from '../support/internal-text';

const caseCount = 20;
const surnames = ['赵', '钱', '孙', '李', '周', '吴', '郑', '王', '冯', '陈'];

/** One fictional cardholder per row, each with its own ID and card number. */
function cardholders() {
  return Array.from({ length: caseCount }, (_, i) => {
    const birthDate = `198${i % 10}-0${(i % 9) + 1}-1${i % 10}`;
    return {
      name: `${surnames[i % 10]}${i < 10 ? '晓禾' : '明远'}`,
      birthDate,
      residentId: makeResidentId('530102', birthDate, String(100 + i * 2).padStart(3, '0')),
      cardNumber: makeCardNumber(`6225880${String(10_000_000 + i).slice(0, 8)}`),
      principal: 10_000 + i * 100,
    };
  });
}
type Cardholder = ReturnType<typeof cardholders>[number];

/**
 * The bank's export. Every header is one the suggestion knows except 客户证件号 (the ID number), which the
 * paralegal maps by hand; there is no plaintiff column, so she chooses the plaintiff.
 */
function spreadsheet(people: Cardholder[]): Promise<Buffer> {
  const header = ['客户姓名', '客户证件号', '民族', '户籍地址', '手机号码', '信用卡卡号', '开卡日期', '发卡机构', '信用额度',
    '首次逾期日期', '截止日期', '透支本金', '利息', '违约金', '费用', '欠款总额', '管辖法院'];
  const rows = people.map((p, i) => [
    p.name, p.residentId, '汉族', `云南省昆明市五华区文林街 ${i + 1} 号`, `1380000${String(1000 + i)}`, p.cardNumber, '2020-05-01',
    '云岭银行股份有限公司信用卡中心', '30000.00', '2025-07-11', '2026-10-31', `${p.principal}.00`, '1500.00', '300.00', '0.00',
    `${p.principal + 1800}.00`, '昆明市五华区人民法院',
  ]);
  return makeXlsx([header, ...rows]);
}

/** Puts on record what the readiness check needs of an imported case: the standard evidence, ledger, terms and a delivered demand. */
async function makeReady(app: E2eApp, caseId: number, person: Cardholder, pdfs: Record<string, Buffer>): Promise<void> {
  const { handlers } = app;
  const add = async (fileName: string, bytes: Buffer, meta: Record<string, unknown>) =>
    handlers['evidence:add']({ caseId, fileName, contentBase64: bytes.toString('base64'), meta });
  await add('申请表.pdf', pdfs.application!, { kind: 'application-form', recordedName: person.name, recordedIdNumber: person.residentId });
  await add('领用合约.pdf', pdfs.agreement!, { kind: 'card-agreement', hasKeyTermNotice: true });
  await add('身份证.png', png, { kind: 'identity' });
  await add('对账单.pdf', pdfs.statement!, { kind: 'statement', periodFrom: '2025-01-01', periodTo: '2026-10-31' });
  await add('欠款计算明细.pdf', pdfs.arrears!, { kind: 'arrears-calculation' });
  await add('营业执照.pdf', pdfs.licence!, { kind: 'licence' });
  await add('授权委托书.pdf', pdfs.attorney!, { kind: 'power-of-attorney' });
  const letter = await add('催收函.pdf', pdfs.letter!, { kind: 'contact-record' });
  await handlers['ledger:set-balances']({ caseId, balances: { date: '2026-10-31', principal: String(person.principal), interest: '1500', penalty: '300', fees: '0' } });
  await handlers['claim:save-terms']({ caseId, terms: cardTermsInput.parse({ dueDate: '2025-07-10', interestBookedThrough: '2026-10-31' }) });
  await handlers['contact:save']({ caseId, values: contactInput.parse({ occurredAt: '2026-02-03 10:00', channel: 'letter', party: 'cardholder', outcome: 'reached', notes: '催收函已签收', deliveryProof: 'signed-receipt', proofEvidenceId: letter.id }) });
}

/**
 * The internal codes, field names and paths in the page's rendered text (empty when clean), line by line as the
 * detector reads one string: an English line may use a hyphenated word that is also a code (pre-suit) even where
 * a Chinese name stands on another line.
 */
async function internalTextOnPage(app: E2eApp): Promise<string[]> {
  const lines = (await app.page.locator('main').innerText()).split('\n');
  return lines.flatMap((line) => internalTextIn(line).map((found) => `${found.kind}: ${found.match} in “${line}”`));
}

describe('bulk import and batch filing (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports a spreadsheet with one column mapped by hand, runs a batch of its 20 cases, pauses, resumes and opens the manifest', async () => {
    const { page, handlers } = app;
    const people = cardholders();
    await page.goto(app.url);
    await page.getByRole('button', { name: '批量导入', exact: true }).click();
    await page.getByRole('heading', { name: '批量导入案件' }).waitFor();

    await page.locator('input[name="import.file"]').setInputFiles({
      name: '云岭银行信用卡逾期案件.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await spreadsheet(people),
    });
    const idRow = page.locator('tr[data-field="residentId"]');
    await idRow.waitFor({ timeout: 30_000 });
    // The ID column's header is not one the suggestion knows: the required item is shown as a problem.
    expect(await idRow.getAttribute('data-state')).toBe('missing');
    expect(await idRow.textContent()).toContain('必填项尚未选择对应列');
    expect(await page.locator('[name="mapping.defendantName"]').inputValue()).toBe('客户姓名');
    expect(await page.locator('[name="mapping.principal"]').inputValue()).toBe('透支本金');
    expect(await page.locator('.import-sample').textContent()).toContain(people[0]!.name);
    await page.locator('[name="mapping.residentId"]').selectOption('客户证件号');
    expect(await idRow.getAttribute('data-state')).toBe('mapped');
    expect(await idRow.locator('.mapping-sample').textContent()).toBe(people[0]!.residentId);

    // No plaintiff column: the plaintiff is chosen for the whole file.
    await page.locator('[data-error-for="import.plaintiffId"]').waitFor();
    await page.locator('[name="import.plaintiffId"]').selectOption(String(app.plaintiff.id));
    await page.locator('[name="import.agentId"]').selectOption(String(app.agent.id));

    await page.getByRole('button', { name: '试运行' }).click();
    const report = page.locator('.import-report');
    await report.locator('h2', { hasText: '试运行结果' }).waitFor({ timeout: 60_000 });
    expect(await report.locator('[data-count="rows"] dd').textContent()).toBe(String(caseCount));
    expect(await report.textContent()).toContain('没有发现问题');
    expect(await handlers['case:list']({ query: '' })).toEqual([]);

    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.locator('.import-report[data-written="true"]').waitFor({ timeout: 60_000 });
    expect(await report.locator('[data-count="created"] dd').textContent()).toBe(String(caseCount));
    expect(await internalTextOnPage(app)).toEqual([]);
    await page.screenshot({ path: '/tmp/e2e-batch-import.png', fullPage: true });

    const cases = await handlers['case:list']({ query: '' });
    expect(cases).toHaveLength(caseCount);
    const pdfs = {
      application: await makePdf(1, 'Application'), agreement: await makePdf(2, 'Agreement'), statement: await makePdf(3, 'Statement'),
      arrears: await makePdf(1, 'Arrears'), licence: await makePdf(1, 'Licence'), attorney: await makePdf(1, 'Power of attorney'),
      letter: await makePdf(1, 'Demand letter'),
    };
    for (const person of people) {
      const found = cases.find((c) => c.defendantName === person.name);
      expect(found, person.name).toBeDefined();
      await makeReady(app, found!.id, person, pdfs);
    }
    const check = await handlers['readiness:check']({ caseId: cases[0]!.id });
    expect(check.ready, JSON.stringify(check)).toBe(true);

    // The report hands the import's cases to the batch page.
    await page.getByRole('button', { name: '为本批案件生成立案材料' }).click();
    await page.getByRole('heading', { name: '批量生成立案材料' }).waitFor();
    await page.locator('.batch-import-filter[data-import-id]').waitFor();
    // Both complaints, the evidence list and the power of attorney: long enough to pause, short enough for a test (no
    // bundle), and nothing the record cannot fill (the service-address confirmation needs the address for service).
    for (const output of ['complaint-element-2025', 'power-of-attorney']) {
      await page.locator(`[name="batch.output.${output}"]`).check();
    }
    await page.locator('[name="batch.output.bundle"]').uncheck();
    const outDir = join(app.dataDir, '立案材料');
    await page.locator('[name="batch.outDir"]').fill(outDir);
    await page.getByRole('button', { name: '开始', exact: true }).click();

    const panel = page.locator('.batch-progress-panel');
    await panel.getByRole('button', { name: '暂停' }).click();
    await page.locator('.batch-progress-panel[data-state="paused"]').waitFor({ timeout: 60_000 });
    const pausedAt = Number(await panel.locator('progress').getAttribute('data-done'));
    expect(pausedAt).toBeLessThan(caseCount);
    await panel.getByRole('button', { name: '继续' }).click();

    await page.locator('.batch-progress-panel[data-state="finished"]').waitFor({ timeout: 110_000 });
    await (await batchRunnerOf({ context: app.context, handlers: app.handlers })).finished((await panel.getAttribute('data-job-id'))!);
    const bar = panel.locator('progress');
    expect(await bar.getAttribute('data-done')).toBe(String(caseCount));
    expect(await bar.getAttribute('data-total')).toBe(String(caseCount));
    expect(await panel.locator('.batch-count').textContent()).toContain(`${caseCount} / ${caseCount}`);

    await page.getByRole('button', { name: '打开清单' }).click();
    const manifest = page.locator('.batch-manifest');
    await manifest.locator('tbody tr').first().waitFor();
    expect(await manifest.locator('tbody tr').count()).toBe(caseCount);
    expect(await manifest.locator('tbody tr[data-state="done"]').count()).toBe(caseCount);
    expect(await manifest.locator('tbody tr').first().textContent()).toMatch(/[0-9a-f]{64}/);
    for (const kind of ['xlsx', 'csv']) {
      const shown = (await manifest.locator(`[data-path="${kind}"]`).textContent()) ?? '';
      expect(shown.endsWith(`.${kind}`), shown).toBe(true);
      expect(existsSync(isAbsolute(shown) ? shown : join(outDir, shown)), shown).toBe(true);
    }
    expect(await internalTextOnPage(app)).toEqual([]);
    await page.screenshot({ path: '/tmp/e2e-batch-run.png', fullPage: true });

    // The English page is as clean.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Prepare filing packages in a batch' }).waitFor();
    expect(await internalTextOnPage(app)).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();

    // The finished run is listed among earlier runs.
    expect(await page.locator('.batch-history tbody tr').count()).toBe(1);
    expect(await page.locator('.batch-history tbody tr').textContent()).toContain('已完成');
    expect(app.pageErrors).toEqual([]);
  }, 240_000);

  it('reports each bad row by row and column, imports only the good ones when asked, and cancels a paused run after confirming', async () => {
    const { page, handlers } = app;
    const before = (await handlers['case:list']({ query: '' })).length;
    const good = makeResidentId('530102', '1991-04-12', '071');
    const badCheckDigit = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
    const header = '客户姓名,身份证号码,民族,户籍地址,手机号码,信用卡卡号,开卡日期,发卡机构,信用额度,截止日期,透支本金,利息,违约金,费用';
    const line = (name: string, id: string, card: string, principal: string) =>
      `${name},${id},汉族,云南省昆明市盘龙区北京路 9 号,13900001111,${card},2021-03-01,云岭银行股份有限公司信用卡中心,20000,2026-10-31,${principal},100,0,0`;
    const csv = [header,
      line('韩冬青', good, makeCardNumber('622588099000001'), '5000.00'),
      line('韩冬梅', badCheckDigit, makeCardNumber('622588099000002'), '5000.00'),
      line('韩冬雪', makeResidentId('530102', '1992-05-13', '083'), makeCardNumber('622588099000003'), '5000.005'),
    ].join('\r\n');

    await page.goto(app.url);
    await page.getByRole('button', { name: '批量导入', exact: true }).click();
    await page.locator('input[name="import.file"]').setInputFiles({ name: '补充案件.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
    await page.locator('tr[data-field="residentId"][data-state="mapped"]').waitFor({ timeout: 30_000 });
    await page.locator('[name="import.plaintiffId"]').selectOption(String(app.plaintiff.id));
    await page.locator('[name="import.agentId"]').selectOption(String(app.agent.id));

    // All or nothing by default: the bad rows are reported and nothing is written.
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const report = page.locator('.import-report[data-written="false"]');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.textContent()).toContain('未写入任何数据');
    const idProblem = report.locator('.problem-table tr[data-row="3"]');
    expect(await idProblem.locator('td').nth(1).textContent()).toBe('身份证号码');
    expect(await idProblem.locator('td').nth(2).textContent()).toBe(badCheckDigit);
    const amountProblem = report.locator('.problem-table tr[data-row="4"]');
    expect(await amountProblem.locator('td').nth(1).textContent()).toBe('透支本金');
    expect(await amountProblem.locator('td').nth(2).textContent()).toBe('5000.005');
    expect((await handlers['case:list']({ query: '' })).length).toBe(before);
    expect(await internalTextOnPage(app)).toEqual([]);

    // Only the good rows, when asked.
    await page.locator('[name="import.validOnly"]').check();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.locator('.import-report[data-written="true"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.import-report [data-count="created"] dd').textContent()).toBe('1');
    expect(await page.locator('.import-report [data-count="refusedRows"] dd').textContent()).toBe('2');
    expect((await handlers['case:list']({ query: '' })).length).toBe(before + 1);

    // A run over the ready cases, paused at once and then cancelled: the dialog asks first.
    await page.getByRole('button', { name: '批量立案', exact: true }).click();
    await page.locator('[name="batch.readiness"]').selectOption('ready');
    await page.locator('[name="batch.outDir"]').fill(join(app.dataDir, '立案材料-第二批'));
    await page.getByRole('button', { name: '开始', exact: true }).click();
    const panel = page.locator('.batch-progress-panel');
    await panel.getByRole('button', { name: '暂停' }).click();
    await page.locator('.batch-progress-panel[data-state="paused"]').waitFor({ timeout: 60_000 });
    await panel.getByRole('button', { name: '取消任务' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('已生成的材料保留在文件夹中').waitFor();
    await dialog.getByRole('button', { name: '继续运行' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await panel.getAttribute('data-state')).toBe('paused');
    await panel.getByRole('button', { name: '取消任务' }).click();
    await dialog.getByRole('button', { name: '取消任务' }).click();
    await page.locator('.batch-progress-panel[data-state="cancelled"]').waitFor();
    expect(await panel.getByRole('button', { name: '继续' }).count()).toBe(0);
    const jobId = (await panel.getAttribute('data-job-id'))!;
    expect((await handlers['batch:status']({ jobId })).state).toBe('cancelled');
    // The cases in flight when it was paused finish before the run lets go of the database.
    await (await batchRunnerOf({ context: app.context, handlers: app.handlers })).finished(jobId);
    expect(await internalTextOnPage(app)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 180_000);
});
