/**
 * Evidence intake in the real UI (built renderer, headless Chromium, loopback bridge, real services): a file whose
 * name hides a right-to-left override is added under its cleaned name and the tab says what was changed; a file
 * named with an emoji the bundle font lacks is refused, naming the character.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';
import { demoCases } from '../../electron/services/demo-data';
import { makePdf } from '../services/evidence/evidence-fixtures';

describe('evidence intake (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the cleaned title of a dropped file and refuses one the font cannot draw', async () => {
    const { page } = app;
    const values = caseInput.parse(demoCases(app.plaintiff.id, app.agent.id)[0]!);
    await app.handlers['case:create']({ values });
    await page.goto(app.url);
    await page.locator('tbody tr', { hasText: values.defendant.name }).getByRole('button', { name: '编辑' }).click();
    await page.getByRole('tab', { name: '证据', exact: true }).click();

    const drop = async (name: string) => {
      const bytes = [...(await makePdf(1, 'Statement'))];
      const transfer = await page.evaluateHandle(([data, fileName]) => {
        const list = new DataTransfer();
        list.items.add(new File([new Uint8Array(data as number[])], fileName as string, { type: 'application/pdf' }));
        return list;
      }, [bytes, name] as const);
      await page.locator('[data-testid="evidence-drop-zone"]').dispatchEvent('drop', { dataTransfer: transfer });
    };

    await drop('对账单\u202e2025.pdf');
    const notice = page.locator('[data-testid="evidence-text-changes"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('证据名称“对账单[U+202E]2025”已改为“对账单2025”');
    await page.locator('.evidence-tab', { hasText: '对账单2025' }).waitFor();

    await drop('照片🙂.pdf');
    const failed = page.locator('[data-failed-file="照片🙂.pdf"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('“🙂”(U+1F642)');
  });
});
