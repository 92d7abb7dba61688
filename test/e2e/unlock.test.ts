/**
 * The locked start in the real UI: the bridge over an encrypted data folder serves the unlock screen (口令 and 解锁,
 * no navigation), a wrong passphrase is said so and nothing opens, the right one opens the case list with the
 * store's case in it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { startBridge } from '../../electron/bridge/bridge-server';
import type { Bridge } from '../../electron/bridge/bridge-server';
import { openAppServices } from '../../electron/services/open-app-services';
import type { AppServices } from '../../electron/services/open-app-services';
import { launchChromium } from '../support/e2e-app';
import { seedProfiles } from '../support/service-fixture';

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const passphrase = '滇池 晴天 2026';
const now = () => new Date('2026-11-28T02:00:00Z');

describe('unlock screen (browser)', () => {
  let dataDir = '';
  let services: AppServices | undefined;
  let bridge: Bridge | undefined;
  let browser: Browser | undefined;
  let defendant = '';

  beforeAll(async () => {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`No built renderer in ${rendererDir}: run "npm run build:renderer" first`);
    dataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-unlock-'));
    // A store with one case, then encrypted, as the settings page would do it.
    const plain = openAppServices({ dataDir, actor: 'e2e', now });
    const { cases } = await seedProfiles(plain.handlers);
    const created = await plain.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
    defendant = created.defendant.name;
    await plain.handlers['encryption:enable']({ passphrase, confirm: passphrase });
    plain.close();
    // The next start, as the app and `dossier serve` make it: locked.
    services = openAppServices({ dataDir, actor: 'e2e', now, reportProgress: (event) => bridge?.broadcast(event) });
    bridge = await startBridge({ handlers: services.handlers, rendererDir });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    services?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows only the unlock screen, refuses a wrong passphrase and opens the case list with the right one', async () => {
    const page = await (await browser!.newContext({ locale: 'zh-CN' })).newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(bridge!.url);
    await page.getByRole('heading', { name: '数据已加密' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('heading', { name: '案件', exact: true }).count()).toBe(0);

    const field = page.getByLabel('口令');
    await field.fill('不是这个口令');
    await page.getByRole('button', { name: '解锁' }).click();
    await page.getByRole('alert').filter({ hasText: '口令不正确，请重新输入。' }).waitFor();
    expect(services!.current()).toBeNull();
    expect(await field.inputValue()).toBe('');

    await field.fill(passphrase);
    await page.getByRole('button', { name: '解锁' }).click();
    await page.getByRole('heading', { name: '案件', exact: true }).waitFor();
    await page.getByRole('navigation').waitFor();
    await page.locator('tbody tr', { hasText: defendant }).first().waitFor();
    expect(services!.current()).not.toBeNull();
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
