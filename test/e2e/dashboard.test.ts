/**
 * The 看板 drills down: a click on a bar of a chart, or on a group's name in a table, opens the case list
 * for that stage, branch or court. Bars are found by their colour on the canvas ECharts draws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../../electron/services/demo-data';
import { dispatch } from '../../electron/services/dispatch';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';

/** The page position of a pixel of the first series' colour (the app's chart palette: rgb(80, 112, 221)) on a chart's canvas. */
async function barPoint(app: E2eApp, chartLabel: string): Promise<{ x: number; y: number }> {
  const chart = app.page.locator(`[aria-label="${chartLabel}"] canvas`);
  await chart.waitFor();
  const point = await chart.evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const rect = canvas.getBoundingClientRect();
    for (let y = 0; y < canvas.height; y += 2) {
      for (let x = 0; x < canvas.width; x += 2) {
        const i = (y * canvas.width + x) * 4;
        if (data[i] === 80 && data[i + 1] === 112 && data[i + 2] === 221 && data[i + 3] === 255) {
          // A little inside the bar's top-left corner: its edge pixels do not always take the click.
          return { x: rect.left + (x / canvas.width) * rect.width + 6, y: rect.top + (y / canvas.height) * rect.height + 6 };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error(`No bar drawn in ${chartLabel}`);
  return point;
}

describe('dashboard (browser)', () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startE2eApp();
    for (const values of demoCases(app.plaintiff.id, app.agent.id)) {
      const created = await dispatch(app.handlers, 'case:create', { values });
      if (!created.ok) throw new Error(created.error.message.en);
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  async function openDashboard() {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { name: '案件', exact: true }).waitFor();
    await page.getByRole('button', { name: '看板', exact: true }).click();
    await page.getByRole('heading', { name: '看板' }).waitFor();
    expect(await page.locator('[data-figure="cases"] dd').textContent()).toBe('3');
  }

  it('opens the case list from a bar of the stage chart', async () => {
    await openDashboard();
    await app.page.screenshot({ path: '/tmp/e2e-dashboard-charts.png', fullPage: true });
    const { x, y } = await barPoint(app, '各阶段案件数柱状图');
    await app.page.mouse.click(x, y);
    await app.page.getByRole('heading', { name: '案件', exact: true }).waitFor();
    expect(await app.page.getByRole('heading', { name: '看板' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the case list from a branch named in the table', async () => {
    await openDashboard();
    const table = app.page.locator('[data-table="dashboard-branch"]');
    expect(await table.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['云岭银行股份有限公司昆明分行']));
    await table.getByRole('button', { name: '云岭银行股份有限公司昆明分行' }).click();
    await app.page.getByRole('heading', { name: '案件', exact: true }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
