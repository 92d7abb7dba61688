/**
 * Nothing is lost silently, in the real UI: undoing an event, deleting a ledger row, a contact record or an evidence
 * item ask in the app's own dialog (never the browser's confirm), and cancelling keeps the record; files go in through
 * the app's drop zone (chosen or dropped); a date is typed yyyy-mm-dd and a date that does not exist is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../../electron/services/demo-data';
import { dispatch } from '../../electron/services/dispatch';
import { makePdf } from '../services/evidence/evidence-fixtures';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';

describe('safety (browser)', () => {
  let app: E2eApp;
  let caseId = 0;
  /** Native dialogs (alert/confirm/prompt) the page opened; the app must open none. */
  const nativeDialogs: string[] = [];

  async function run(name: string, input: unknown): Promise<unknown> {
    const result = await dispatch(app.handlers, name as never, input as never);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  }

  async function stage(): Promise<string> {
    return ((await run('tracking:get', { caseId })) as { state: { stage: string } }).state.stage;
  }

  async function openTab(name: string) {
    const { page } = app;
    // A fresh load each time: the app keeps its route in memory, so a reload lands on the case list.
    await page.goto(app.url);
    await page.reload();
    await page.getByRole('heading', { name: '案件' }).waitFor();
    await page.locator('tbody tr', { hasText: '李晓梅' }).getByRole('button', { name: '编辑' }).click();
    await page.getByRole('tab', { name, exact: true }).click();
  }

  beforeAll(async () => {
    app = await startE2eApp();
    app.page.on('dialog', (dialog) => {
      nativeDialogs.push(dialog.message());
      void dialog.dismiss();
    });
    caseId = ((await run('case:create', { values: demoCases(app.plaintiff.id, app.agent.id)[0]! })) as { id: number }).id;
    await run('event:add', { caseId, event: { type: 'marked-ready', date: '2026-06-01' } });
    await run('event:add', { caseId, event: { type: 'filed', date: '2026-06-02' } });
    await run('ledger:add-entry', { caseId, entry: { date: '2025-03-04', type: 'consumption', amount: '1,234.56', description: '商户消费' } });
    await run('contact:save', {
      caseId,
      values: { occurredAt: '2026-05-06 10:30', channel: 'phone', party: 'cardholder', partyName: '', address: '13800000000', outcome: 'refused', notes: '' },
    });
    const pdf = await makePdf(1, 'Statement');
    await run('evidence:add', { caseId, fileName: '对账单.pdf', contentBase64: pdf.toString('base64'), meta: { kind: 'statement', periodFrom: '2025-01-01', periodTo: '2026-10-31' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('asks before an event is undone, names the event and the stage it goes back to, and cancel leaves it', async () => {
    const { page } = app;
    await openTab('诉讼与执行');
    await page.locator('[data-stage="filed"]').waitFor();
    await page.locator('.timeline-item[data-event-type="filed"]').getByRole('button', { name: '撤销' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('2026-06-02');
    expect(text).toContain('提交立案');
    expect(text).toContain('撤销后案件阶段回到“待立案”');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await stage()).toBe('filed');
    expect(await page.locator('.timeline-item[data-event-type="filed"]').count()).toBe(1);

    await page.locator('.timeline-item[data-event-type="filed"]').getByRole('button', { name: '撤销' }).click();
    await dialog.getByRole('button', { name: '撤销该事件' }).click();
    await page.locator('[data-stage="ready"]').waitFor();
    await page.locator('.toast', { hasText: '已撤销最近一条事件' }).waitFor();
    expect(await stage()).toBe('ready');
    expect(nativeDialogs).toEqual([]);
  });

  it('asks before a ledger row is deleted', async () => {
    const { page } = app;
    await openTab('账务与诉请');
    const row = page.locator('.ledger-table tbody tr', { hasText: '商户消费' });
    await row.getByRole('button', { name: '删除' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('2025-03-04');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.count()).toBe(1);

    await row.getByRole('button', { name: '删除' }).click();
    await dialog.getByRole('button', { name: '删除', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    expect(((await run('ledger:list', { caseId })) as unknown[]).length).toBe(0);
    expect(nativeDialogs).toEqual([]);
  });

  it('scrolls an error that appears far from the click into view and gives it the focus', async () => {
    const { page } = app;
    for (let day = 1; day <= 28; day++) {
      await run('ledger:add-entry', { caseId, entry: { date: `2025-04-${String(day).padStart(2, '0')}`, type: 'consumption', amount: '10.00', description: `第${day}笔` } });
    }
    await openTab('账务与诉请');
    const last = page.locator('.ledger-table tbody tr', { hasText: '第28笔' });
    await last.scrollIntoViewIfNeeded();
    // The row is removed behind the page's back, so the delete fails and the panel's error box opens above the table.
    const entries = (await run('ledger:list', { caseId })) as { id: number; description: string }[];
    await run('ledger:delete-entry', { id: entries.find((e) => e.description === '第28笔')!.id });
    await last.getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
    const alert = page.locator('#ledger .alert');
    await alert.waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('#ledger .alert') ?? false);
    const box = await alert.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  });

  it('asks before a contact record is deleted, and cancel keeps it', async () => {
    const { page } = app;
    await openTab('催收记录');
    const row = page.locator('tr[id^="contact-"]');
    await row.waitFor();
    await row.getByRole('button', { name: '删除' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('2026-05-06 10:30');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(((await run('contact:list', { caseId })) as unknown[]).length).toBe(1);

    await row.getByRole('button', { name: '删除' }).click();
    await dialog.getByRole('button', { name: '删除', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    expect(((await run('contact:list', { caseId })) as unknown[]).length).toBe(0);
    expect(nativeDialogs).toEqual([]);
  });

  it('deletes evidence through the app dialog, never the browser’s own confirm', async () => {
    const { page } = app;
    await openTab('证据');
    const card = page.locator('[data-evidence-kind="statement"]');
    await card.waitFor();
    await card.getByRole('button', { name: '删除' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('对账单');
    await dialog.getByRole('button', { name: '删除', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    expect(nativeDialogs).toEqual([]);
  });

  it('takes a file chosen through the drop zone’s hidden input and a file dropped on it, and names a refused kind', async () => {
    const { page } = app;
    await openTab('诉讼与执行');
    const attachment = page.locator('.tracking-event-form .drop-zone');
    await attachment.locator('input[type="file"]').setInputFiles({ name: '送达回证.pdf', mimeType: 'application/pdf', buffer: await makePdf(1, 'Proof') });
    await attachment.getByText('已选择：送达回证.pdf').waitFor();

    await page.getByRole('tab', { name: '催收记录' }).click();
    const contacts = page.locator('.drop-zone:has(input[name="contacts.file"])');
    const wrong = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['MZ'], '程序.exe', { type: 'application/octet-stream' }));
      return transfer;
    });
    await contacts.dispatchEvent('drop', { dataTransfer: wrong });
    await contacts.getByText('不能使用此类文件：程序.exe').waitFor();

    await page.getByRole('tab', { name: '账务与诉请' }).click();
    const ledger = page.locator('.drop-zone:has(input[name="ledger.file"])');
    const csv = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['\uFEFF交易日期,交易金额,摘要\n2025-03-04,1234.56,消费\n'], '交易明细.csv', { type: 'text/csv' }));
      return transfer;
    });
    await ledger.dispatchEvent('drop', { dataTransfer: csv });
    await ledger.getByText('已选择：交易明细.csv').waitFor();
    expect(nativeDialogs).toEqual([]);
  });

  it('refuses 2026/13/01 in a date field and takes 2026-12-01', async () => {
    const { page } = app;
    await openTab('诉讼与执行');
    const date = page.locator('.tracking-event-form input[name="date"]');
    await date.fill('2026/13/01');
    await date.blur();
    await page.getByText('请按“年-月-日”填写一个存在的日期').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');

    await date.fill('2026-12-01');
    await date.blur();
    await page.getByText('请按“年-月-日”填写一个存在的日期').waitFor({ state: 'detached' });
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    expect(await date.inputValue()).toBe('2026-12-01');

    // A date typed the short way is written out in full.
    await date.fill('2026-9-3');
    await date.blur();
    expect(await date.inputValue()).toBe('2026-09-03');
  });
});
