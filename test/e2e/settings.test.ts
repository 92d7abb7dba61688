/**
 * The settings page in the real UI (browser over the loopback bridge, real services): default parties preselected on
 * a new case, 立即备份 listed with its time and size, a restore confirmed and done, the language kept by the
 * installation's settings across a reload, the next data folder checked and confirmed, and the integrity checks
 * answered in words.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../core/case/credit-code';
import { caseInput } from '../../core/case/case-model';
import { demoCases } from '../../electron/services/demo-data';
import { makePdf } from '../services/evidence/evidence-fixtures';
import type { Agent, Organisation } from '../../core/case/case-model';
import { exportHeaders, exportRow } from '../support/case-export';
import { startE2eApp } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';
import { internalTextIn } from '../support/internal-text';

describe('settings page (browser)', () => {
  let app: E2eApp;
  let secondPlaintiff: Organisation;
  let secondAgent: Agent;

  beforeAll(async () => {
    app = await startE2eApp();
    const code = '91530400MA6N7P8Q2';
    secondPlaintiff = await app.handlers['organisation:save']({ values: {
      name: '滇南银行股份有限公司信用卡中心', creditCode: code + creditCodeCheckCharacter(code), address: '云南省玉溪市红塔区示例路 1 号',
      responsiblePerson: '周敏', responsibleTitle: '总经理', phone: '0877-2000000', organisationType: 'branch', licenceNumber: '',
    } });
    secondAgent = await app.handlers['agent:save']({ values: { name: '赵一鸣', employer: '滇池律师事务所', licenceNumber: '15301202010654321', phone: '13900139000' } });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  const openSettings = async () => {
    await app.page.locator('.app-nav .nav-item', { hasText: '设置' }).click();
    await app.page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
  };

  it('sets the default plaintiff and agent, and a new case starts with them chosen', async () => {
    const { page } = app;
    await page.goto(app.url);
    // 设置 is the last item of the navigation.
    expect((await page.locator('.app-nav .nav-item').last().textContent())?.trim()).toBe('设置');
    await openSettings();
    await page.locator('[name="defaultPlaintiff"]').selectOption({ label: secondPlaintiff.name });
    await page.locator('[name="defaultAgent"]').selectOption({ label: `${secondAgent.name}（${secondAgent.employer}）` });
    await page.locator('section.panel', { has: page.getByRole('heading', { name: '默认当事人' }) }).getByRole('button', { name: '保存' }).click();
    await page.getByText('设置已保存。').waitFor();
    expect(await app.handlers['settings:get']({})).toMatchObject({ defaultPlaintiffId: secondPlaintiff.id, defaultAgentId: secondAgent.id });

    await page.locator('.app-nav .nav-item', { hasText: '案件' }).first().click();
    await page.getByRole('button', { name: '新建案件' }).click();
    await page.getByRole('heading', { name: '新建案件' }).waitFor();
    await page.waitForFunction((id) => (document.querySelector('[name="plaintiffId"]') as HTMLSelectElement | null)?.value === id, String(secondPlaintiff.id));
    expect(await page.locator('[name="plaintiffId"]').inputValue()).toBe(String(secondPlaintiff.id));
    expect(await page.locator('[name="agentId"]').inputValue()).toBe(String(secondAgent.id));
    // A preselected default is not unsaved input: leaving asks nothing.
    await page.getByRole('button', { name: '批量导入', exact: true }).click();
    await page.getByRole('heading', { name: '批量导入案件' }).waitFor();
    // The import preselects them too, for a file without a plaintiff column.
    const csv = [exportHeaders.join(','), exportRow(0).map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')].join('\r\n');
    await page.locator('input[name="import.file"]').setInputFiles({ name: '案件.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
    await page.locator('[name="import.plaintiffId"]').waitFor({ timeout: 30_000 });
    // The profiles and the defaults load apart from the file's preview: wait for the choice, not just the field.
    await page.waitForFunction((id) => (document.querySelector('[name="import.plaintiffId"]') as HTMLSelectElement | null)?.value === id, String(secondPlaintiff.id));
    expect(await page.locator('[name="import.plaintiffId"]').inputValue()).toBe(String(secondPlaintiff.id));
    expect(await page.locator('[name="import.agentId"]').inputValue()).toBe(String(secondAgent.id));
  });

  it('runs 立即备份, lists the backup with its time, size and version, and restores it after a confirmation', async () => {
    const { page } = app;
    await page.goto(app.url);
    await openSettings();
    const backup = page.locator('section.panel', { has: page.getByRole('heading', { name: '备份', exact: true }) });
    await backup.getByText('该文件夹中还没有备份。').waitFor();
    await backup.getByRole('button', { name: '立即备份' }).click();
    await backup.getByText(/备份已完成：2026-11-28 10:00，[\d.]+ (KB|MB)。/).waitFor();
    const rows = backup.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells[0]).toBe('2026-11-28 10:00');
    expect(cells[1]).toMatch(/^[\d.]+ (KB|MB)$/);
    expect(cells[3]).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version);
    const listed = await app.handlers['backup:list']({});
    expect(listed).toHaveLength(1);

    // A case made after the backup is undone by restoring it; the dialog says what happens first.
    await app.handlers['agent:save']({ values: { name: '钱多多', employer: '滇池律师事务所', licenceNumber: '15301202010777777', phone: '13900139001' } });
    await rows.first().getByRole('button', { name: '恢复' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const said = await dialog.textContent();
    expect(said).toContain('当前数据库会另存一份放在原数据库旁边');
    expect(said).toContain('重新启动');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await backup.getByText(/已从 2026-11-28 10:00 的备份恢复/).waitFor();
    await backup.getByRole('button', { name: '立即重启' }).click();
    await backup.getByText('需要重新启动卷宗后，更改才会生效，请关闭后再打开').waitFor();
    expect((await app.handlers['agent:list']({})).map((a) => a.name)).not.toContain('钱多多');
  });

  it('keeps the chosen language in the installation settings across a reload', async () => {
    const { page } = app;
    await page.goto(app.url);
    await openSettings();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expect.poll(async () => (await app.handlers['settings:get']({})).installation.language).toBe('en');
    // Not the browser's memory: it is cleared, and the stored setting still brings English back.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('.app-nav .nav-item', { hasText: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The header's switch is the same setting.
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(async () => (await app.handlers['settings:get']({})).installation.language).toBe('zh-CN');
  });

  it('changes the data folder for the next start only to an empty or Dossier folder, after a confirmation', async () => {
    const { page } = app;
    await page.goto(app.url);
    await openSettings();
    const section = page.locator('section.panel', { has: page.getByRole('heading', { name: '数据文件夹' }) });
    expect(await section.textContent()).toContain(app.dataDir);
    await section.getByRole('button', { name: '更改数据文件夹…' }).click();
    // Over the bridge there is no folder dialog: the path is typed.
    const busy = mkdtempSync(join(tmpdir(), 'dossier-e2e-busy-'));
    const empty = mkdtempSync(join(tmpdir(), 'dossier-e2e-next-'));
    try {
      writeFileSync(join(busy, '照片.jpg'), 'not a data folder');
      await section.locator('[name="dataFolder"]').fill(busy);
      await section.getByRole('button', { name: '检查并使用该文件夹' }).click();
      await section.getByText(/既不是空文件夹，也不是卷宗的数据文件夹/).waitFor();
      await section.locator('[name="dataFolder"]').fill(empty);
      await section.getByRole('button', { name: '检查并使用该文件夹' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('不会被移动或删除');
      await dialog.getByRole('button', { name: '更改' }).click();
      await section.getByText(`已设定：重新启动卷宗后，将使用“${empty}”。`).waitFor();
      const view = await app.handlers['settings:get']({});
      expect(view.installation.dataFolder).toBe(empty);
      // Nothing moved: the open folder is the same, the new one still empty.
      expect(view.openDataFolder).toBe(app.dataDir);
      expect(readdirSync(empty)).toEqual([]);
      await section.getByRole('button', { name: '立即重启' }).click();
      await section.getByText('需要重新启动卷宗后，更改才会生效，请关闭后再打开').waitFor();
      await section.getByRole('button', { name: '改回默认位置' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '更改' }).click();
      await expect.poll(async () => (await app.handlers['settings:get']({})).installation.dataFolder).toBeNull();
    } finally {
      rmSync(busy, { recursive: true, force: true });
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('runs the integrity checks and says the outcome in words', async () => {
    const { page } = app;
    await page.goto(app.url);
    await openSettings();
    const integrity = page.locator('section.panel', { has: page.getByRole('heading', { name: '数据完整性' }) });
    await integrity.getByRole('button', { name: '检查操作记录' }).click();
    const auditLine = integrity.getByText(/^操作记录完整：共 \d+ 条，均未被改动或删除。$/);
    await auditLine.waitFor();
    const records = Number(/共 (\d+) 条/.exec((await auditLine.textContent())!)![1]);
    expect(records).toBe((await app.handlers['audit:verify']({})).records);
    expect(records).toBeGreaterThan(3);
    await integrity.getByRole('button', { name: '检查证据文件' }).click();
    await integrity.getByText('尚未保存任何证据文件。').waitFor();

    // One stored statement, then the same file altered behind the app's back.
    const created = await app.handlers['case:create']({ values: caseInput.parse(demoCases(app.plaintiff.id, app.agent.id)[0]!) });
    const item = await app.handlers['evidence:add']({ caseId: created.id, fileName: '对账单.pdf', contentBase64: (await makePdf(1, 'Statement')).toString('base64'), meta: { title: '信用卡对账单' } });
    await integrity.getByRole('button', { name: '检查证据文件' }).click();
    await integrity.getByText('证据文件完好：已核对 1 个文件，均与添加时一致。').waitFor();
    const stored = join(app.dataDir, 'evidence', item.sha256.slice(0, 2), item.sha256);
    const size = statSync(stored).size;
    chmodSync(stored, 0o644);
    writeFileSync(stored, Buffer.alloc(size, 0x41));
    await integrity.getByRole('button', { name: '检查证据文件' }).click();
    await integrity.getByText('已核对 1 个证据文件，其中 1 个有问题：').waitFor();
    const problem = await integrity.locator('li').first().textContent();
    expect(problem).toContain('信用卡对账单');
    expect(problem).toContain('已被改动');
    expect(problem).not.toContain(item.sha256);
    const shown = (await page.locator('main').innerText()).split('\n');
    const internal = shown.flatMap((line) => internalTextIn(line, { singleWordCodes: true }).map((f) => `${f.kind}: ${f.match} in ${line}`));
    expect(internal).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
