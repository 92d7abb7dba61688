/**
 * Screenshots of every page and every case tab at 1366×768 and 1920×1080, for a look at the layout:
 *   node bin/dossier.js demo --out /tmp/demo && node bin/dossier.js serve --db /tmp/demo/demo.sqlite
 *   npm run build:renderer && node test/support/page-screenshots.mjs <bridge URL with #token=…> <output folder>
 * The CJK font comes from the same package the e2e tests use, so Chinese text renders as users see it.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const fontDir = mkdtempSync('/tmp/safety-fonts-');
const fontPackage = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif-sc/package.json'));
writeFileSync(join(fontDir, 'fonts.conf'), `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${join(fontPackage, '400Regular')}</dir><cachedir>${join(fontDir, 'cache')}</cachedir></fontconfig>`);
const url = process.argv[2];
const out = process.argv[3];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'], env: { ...process.env, FONTCONFIG_FILE: join(fontDir, 'fonts.conf') } });
const navPages = ['案件', '立案准备', '期限', '看板', '批量导入', '批量立案', '批量登记', '原告', '代理人', '法院名录', '文书模板'];
for (const [w, h] of [[1366, 768], [1920, 1080]]) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: '案件' }).waitFor();
  for (const [i, name] of navPages.entries()) {
    await page.getByRole('navigation').getByText(name, { exact: true }).click();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${out}/${w}-${String(i).padStart(2, '0')}-${name}.png` });
  }
  await page.getByRole('navigation').getByText('案件', { exact: true }).click();
  await page.locator('tbody tr').first().getByRole('button', { name: '编辑' }).click();
  await page.getByRole('tab').first().waitFor();
  const tabs = await page.getByRole('tab').allTextContents();
  for (const [i, name] of tabs.entries()) {
    await page.getByRole('tab', { name, exact: true }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/${w}-case-${String(i).padStart(2, '0')}-${name}.png` });
  }
  await context.close();
}
await browser.close();
