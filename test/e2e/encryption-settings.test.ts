/**
 * The settings page's encryption section in the real UI (browser over the loopback bridge, app services as the
 * app opens them): a mismatched passphrase is caught before anything runs; 加密数据 is confirmed, then encrypts the
 * database and the stored evidence file; 更改口令 refuses a wrong current passphrase and re-encrypts under a right
 * one; 取消加密 leaves the store plain again — each read back from the files on disk, not from the page.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { startBridge } from '../../electron/bridge/bridge-server';
import type { Bridge } from '../../electron/bridge/bridge-server';
import { isEncryptedStoredFile } from '../../electron/crypto/file-cipher';
import { databaseFileKind } from '../../electron/db/database-file-kind';
import { openAppServices } from '../../electron/services/open-app-services';
import type { AppServices } from '../../electron/services/open-app-services';
import { makePdf } from '../services/evidence/evidence-fixtures';
import { launchChromium } from '../support/e2e-app';
import { seedProfiles } from '../support/service-fixture';

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const now = () => new Date('2026-11-28T02:00:00Z');
const first = '洱海 月色 2026';
const second = '苍山 雪景 2027';

/** Every file under `dir` whose bytes begin with %PDF (stored plain) or with the stored-file cipher's header. */
function storedPdfs(dir: string): { plain: number; encrypted: number } {
  const found = { plain: 0, encrypted: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.(sqlite|json)(-wal|-shm)?$/.test(entry.name)) continue;
    const bytes = readFileSync(join(entry.parentPath, entry.name));
    if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') found.plain += 1;
    else if (isEncryptedStoredFile(bytes)) found.encrypted += 1;
  }
  return found;
}

describe('encryption in the settings page (browser)', () => {
  let dataDir = '';
  let services: AppServices | undefined;
  let bridge: Bridge | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const databasePath = () => join(dataDir, 'dossier.sqlite');

  beforeAll(async () => {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`No built renderer in ${rendererDir}: run "npm run build:renderer" first`);
    dataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-encryption-'));
    services = openAppServices({ dataDir, actor: 'e2e', now, reportProgress: (event) => bridge?.broadcast(event) });
    const handlers = services.current()!.handlers;
    const { cases } = await seedProfiles(handlers);
    const created = await handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    await handlers['evidence:add']({ caseId: created.id, fileName: '对账单.pdf', contentBase64: (await makePdf(2)).toString('base64'), meta: {} });
    bridge = await startBridge({ handlers: services.handlers, rendererDir });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 900 } })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    services?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const section = () => page.locator('section.encryption-section');
  const form = (name: string) => section().getByRole('form', { name });
  const confirmIn = async (button: string) => {
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: button, exact: true }).click();
  };

  it('encrypts the store after a confirmation, changes the passphrase and decrypts it again', async () => {
    expect(databaseFileKind(databasePath())).toBe('plain');
    expect(storedPdfs(dataDir)).toEqual({ plain: 1, encrypted: 0 });
    await page.goto(bridge!.url);
    await page.locator('.app-nav .nav-item', { hasText: '设置' }).click();
    await section().getByRole('status').filter({ hasText: '未加密' }).waitFor();
    expect(await section().textContent()).toContain('口令一旦遗失，数据无法恢复');

    // Two different entries: said at once, nothing asked and nothing changed.
    const enable = form('加密数据');
    await enable.getByLabel('口令', { exact: true }).fill(first);
    await enable.getByLabel('再次输入口令').fill(`${first}x`);
    await enable.getByRole('button', { name: '加密数据' }).click();
    await enable.getByRole('alert').filter({ hasText: '两次输入的口令不一致。' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(databaseFileKind(databasePath())).toBe('plain');

    // Cancelling the confirmation changes nothing either, and keeps what was typed.
    await enable.getByLabel('再次输入口令').fill(first);
    await enable.getByRole('button', { name: '加密数据' }).click();
    await confirmIn('取消');
    expect(databaseFileKind(databasePath())).toBe('plain');
    expect(await enable.getByLabel('口令', { exact: true }).inputValue()).toBe(first);
    expect(await enable.getByLabel('再次输入口令').inputValue()).toBe(first);

    await enable.getByRole('button', { name: '加密数据' }).click();
    await confirmIn('加密数据');
    await page.getByText('数据已加密，共加密 1 个存储文件。').waitFor({ timeout: 30_000 });
    await section().getByRole('status').filter({ hasText: '已加密' }).waitFor();
    expect(databaseFileKind(databasePath())).toBe('other');
    expect(storedPdfs(dataDir)).toEqual({ plain: 0, encrypted: 1 });
    // The case list still reads through the new key.
    expect((await services!.handlers['encryption:status']({})).encrypted).toBe(true);

    // 更改口令: a wrong current passphrase is refused in words; the right one re-encrypts.
    const change = form('更改口令');
    await change.getByLabel('当前口令').fill('不是这个口令');
    await change.getByLabel('新口令', { exact: true }).fill(second);
    await change.getByLabel('再次输入新口令').fill(second);
    await change.getByRole('button', { name: '更改口令' }).click();
    await confirmIn('更改口令');
    await change.getByRole('alert').filter({ hasText: '操作未完成：' }).waitFor({ timeout: 30_000 });
    const refusal = await change.getByRole('alert').textContent();
    expect(refusal).toMatch(/口令/);
    await change.getByLabel('当前口令').fill(first);
    await change.getByRole('button', { name: '更改口令' }).click();
    await confirmIn('更改口令');
    await page.getByText('口令已更改，已重新加密 1 个存储文件。').waitFor({ timeout: 30_000 });
    expect(storedPdfs(dataDir)).toEqual({ plain: 0, encrypted: 1 });

    // 取消加密 with the old passphrase is refused; with the new one the store is plain again.
    const disable = form('取消加密');
    await disable.getByLabel('口令', { exact: true }).fill(first);
    await disable.getByRole('button', { name: '取消加密' }).click();
    await confirmIn('取消加密');
    await disable.getByRole('alert').filter({ hasText: '操作未完成：' }).waitFor({ timeout: 30_000 });
    expect(databaseFileKind(databasePath())).toBe('other');
    await disable.getByLabel('口令', { exact: true }).fill(second);
    await disable.getByRole('button', { name: '取消加密' }).click();
    await confirmIn('取消加密');
    await page.getByText('已取消加密，共解密 1 个存储文件。').waitFor({ timeout: 30_000 });
    await section().getByRole('status').filter({ hasText: '未加密' }).waitFor();
    expect(databaseFileKind(databasePath())).toBe('plain');
    expect(storedPdfs(dataDir)).toEqual({ plain: 1, encrypted: 0 });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
