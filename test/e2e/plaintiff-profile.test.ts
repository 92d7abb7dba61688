/**
 * The plaintiff profile records the plaintiff's type and licence number (browser): chosen from a list with Chinese
 * labels and saved with the profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from '../support/e2e-app';

describe('plaintiff profile (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('chooses the plaintiff type from Chinese labels and saves it with the licence number', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.locator('.nav-item', { hasText: '原告' }).click();
    await page.getByRole('row', { name: new RegExp(app.plaintiff.name) }).getByRole('button', { name: '编辑' }).click();
    const type = page.locator('[name="organisationType"]');
    expect(await type.inputValue()).toBe('branch');
    expect(await type.locator('option').allTextContents()).toEqual([
      '未填写', '分支机构（分行、信用卡中心）', '法人：股份有限公司', '法人：有限责任公司', '法人：上市公司', '法人：其他企业法人',
    ]);
    await type.selectOption({ label: '法人：股份有限公司' });
    await page.locator('[name="licenceNumber"]').fill('B0000H253010009');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(`已保存“${app.plaintiff.name}”。`).waitFor();
    const saved = (await app.handlers['organisation:list']({})).find((o) => o.id === app.plaintiff.id);
    expect(saved).toMatchObject({ organisationType: 'joint-stock', licenceNumber: 'B0000H253010009' });
  });
});
