/**
 * The evidence bundle in the real UI: a paralegal opens a case with its demo evidence, drags the last
 * exhibit to the top of the 证据材料 tab, builds a preview (the first exhibit is now the dragged one and
 * pdf.js draws the bundle's pages), then saves it among the case's documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName } from '../../core/contract';
import type { ProgressEvent } from '../../core/progress';
import { demoCases } from '../../electron/services/demo-data';
import { seedDemoEvidence } from '../../electron/services/demo-evidence';
import { dispatch } from '../../electron/services/dispatch';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';
import { testFonts } from '../support/fonts';

describe('evidence bundle (browser)', () => {
  let app: E2eApp;
  let caseId = 0;

  beforeAll(async () => {
    app = await startE2eApp();
    const call = async (name: OperationName, input: unknown) => {
      const result = await dispatch(app.handlers, name, input);
      if (!result.ok) throw new Error(result.error.message.en);
      return result.value;
    };
    caseId = ((await call('case:create', { values: demoCases(app.plaintiff.id, app.agent.id)[0]! })) as { id: number }).id;
    await seedDemoEvidence(call, 0, caseId, await testFonts());
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reorders by drag and drop, previews the bundle and saves it', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { name: '案件' }).waitFor();
    await page.locator('tbody tr', { hasText: '李晓梅' }).getByRole('button', { name: '编辑' }).click();
    await page.getByRole('tab', { name: '证据材料' }).click();
    const rows = page.locator('.bundle-row');
    await rows.first().waitFor();
    const count = await rows.count();
    expect(count).toBeGreaterThan(2);
    const lastTitle = (await rows.nth(count - 1).locator('.bundle-item-title').textContent())!;
    // Both rows on screen: a drag that has to scroll starts from whatever row lies under the pointer then.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await rows.nth(count - 1).dragTo(rows.first());
    await expect.poll(async () => rows.first().locator('.bundle-item-title').textContent()).toBe(lastTitle);
    expect(await rows.first().locator('.bundle-label').textContent()).toBe('证据一');

    // Record before clicking: the progress events the page receives over the bridge's event stream, and
    // every progress message the tab shows (a fast build may show only some of them).
    type Recorder = { events: ProgressEvent[]; shown: string[] };
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const record: Recorder = { events: [], shown: [] };
      (window as unknown as { progressRecord: Recorder }).progressRecord = record;
      const source = new EventSource(`/api/events?token=${encodeURIComponent(sessionStorage.getItem('dossier-token') ?? '')}`);
      source.addEventListener('progress', (message) => record.events.push(JSON.parse((message as MessageEvent<string>).data) as ProgressEvent));
      source.addEventListener('open', () => resolve());
      source.addEventListener('error', () => reject(new Error('progress stream failed')));
      new MutationObserver(() => {
        const text = document.querySelector('.bundle-progress-message')?.textContent;
        if (text && record.shown.at(-1) !== text) record.shown.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }));
    await page.getByRole('button', { name: '生成预览' }).click();
    await page.locator('.bundle-report tbody tr').first().waitFor();
    const progress = async () => page.evaluate(() => (window as unknown as { progressRecord: Recorder }).progressRecord);
    // The final event (n of n) reaches the page; n is the number of exhibits in the order.
    await expect.poll(async () => (await progress()).events.at(-1)?.done).toBe(count);
    const { events, shown } = await progress();
    expect(events.map((e) => e.done)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(events.at(-1)!.total).toBe(count);
    // The tab showed the busy state with progress (at least its first words) while the build ran.
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((text) => /^(正在生成证据材料……|已编入证据.+（\d+\/\d+）)$/.test(text))).toBe(true);
    expect(await page.locator('.bundle-report tbody tr').first().locator('td').first().textContent()).toContain(lastTitle);
    await page.locator('.bundle-page-canvas[data-drawn="true"]').waitFor();
    await page.getByRole('button', { name: '下一页' }).click();
    await expect.poll(async () => page.locator('.bundle-page-number').getAttribute('data-page')).toBe('2');

    await page.getByRole('button', { name: '保存到案件文书' }).click();
    await page.getByText(/已保存：证据材料-李晓梅\.pdf/).waitFor();
    const documents = await dispatch(app.handlers, 'document:list', { caseId });
    expect(documents.ok && (documents.value as { templateId: string }[]).some((d) => d.templateId === 'evidence-bundle')).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
