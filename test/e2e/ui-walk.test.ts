/**
 * Walks every page of the UI in Chromium on the demo's data (the three demo cases with their evidence, ledger,
 * contacts and filing sets, as `dossier demo` makes them, and one of them taken through judgment to enforcement)
 * in Chinese and in English, and reads what a user reads: the page text and the visible titles, placeholders,
 * labels, option texts and field values. Nothing internal may show: no field paths, rule, template or enum ids,
 * notes for the team, source tags, or amounts in fen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseInput } from '../../core/case/case-model';
import type { Case } from '../../core/case/case-model';
import { chinaCalendarDate } from '../../core/china-time';
import { formatYuan } from '../../core/money/fen';
import { demoCases, demoCourtCode } from '../../electron/services/demo-data';
import { seedDemoEvidence, type DemoCall } from '../../electron/services/demo-evidence';
import { demoDocumentInputs } from '../../electron/services/document-demo-inputs';
import { dispatch } from '../../electron/services/dispatch';
import { startE2eApp, e2eNow } from '../support/e2e-app';
import type { E2eApp } from '../support/e2e-app';
import { internalTextIn } from '../support/internal-text';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';

/** What one page showed: its name in the walk, the texts read from it and the values in its fields (data a user typed or chose). */
type PageReading = { where: string; texts: string[]; values: string[] };

/** Seeds the demo cases as `dossier demo` does, and takes the last one from filing to a recovery in enforcement. */
async function seedDemo(app: E2eApp): Promise<{ cases: Case[] }> {
  const call: DemoCall = async (name, input) => {
    const result = await dispatch(app.handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
    return result.value;
  };
  const fonts = await app.context.loadFonts();
  const today = chinaCalendarDate(e2eNow);
  const cases: Case[] = [];
  for (const [index, values] of demoCases(app.plaintiff.id, app.agent.id).entries()) {
    const created = await app.handlers['case:create']({ values: caseInput.parse(values) });
    await seedDemoEvidence(call, index, created.id, fonts);
    const inputs = demoDocumentInputs(created, today, index);
    const set = (await call('document:set', { caseId: created.id, inputs })) as { templates: { id: string }[] };
    for (const template of set.templates) {
      await call('document:generate', { caseId: created.id, templateId: template.id, formats: ['docx'], inputs });
    }
    cases.push(created);
  }
  const last = cases.at(-1)!;
  const courtCode = demoCourtCode(last.courtName)!;
  const events: unknown[] = [
    { type: 'marked-ready', date: '2026-05-28' },
    { type: 'filed', date: '2026-06-01' },
    { type: 'accepted', date: '2026-06-08', details: { courtCaseNumber: `（2026）${courtCode}民初4321号` } },
    { type: 'hearing', date: '2026-07-10' },
    { type: 'judgment', date: '2026-07-20', details: { documentKind: 'judgment', performanceDays: 10, awardedAmount: '22,383.65' } },
    { type: 'served', date: '2026-07-25' },
    { type: 'effective', date: '2026-08-11' },
    { type: 'enforcement-applied', date: '2026-08-25' },
    { type: 'enforcement-accepted', date: '2026-09-01', details: { enforcementCaseNumber: `（2026）${courtCode}执1234号` } },
    { type: 'property-frozen', date: '2026-09-10', details: { propertyKind: 'deposit', propertyDescription: '被执行人名下银行存款' } },
  ];
  for (const event of events) await call('event:add', { caseId: last.id, event });
  await call('recovery:add', { caseId: last.id, entry: { kind: 'payment', date: '2026-10-08', amount: '1,234.56', note: '被执行人还款' } });
  return { cases };
}

/** Every amount in fen the walk's data holds (any number under a key ending in "Fen"), for spotting one printed raw. */
function fenValues(value: unknown, into = new Set<number>()): Set<number> {
  if (Array.isArray(value)) for (const item of value) fenValues(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (/Fen$/.test(key) && typeof item === 'number' && Number.isInteger(item) && Math.abs(item) >= 1000) into.add(Math.abs(item));
      else fenValues(item, into);
    }
  }
  return into;
}

/** The integers printed in `line` without decimals (grouped or not) that are one of the data's amounts in fen. */
function rawFenIn(line: string, fen: Set<number>, yuanIntegers: Set<number>): string[] {
  const found: string[] = [];
  // Not a part of a file name or a time stamp (…-20261128-100000.docx), nor a bound of a range (10,000 – 100,000).
  for (const m of line.matchAll(/(?<![\d.,A-Za-z·_-]|[-–~至]\s*)(\d{1,3}(?:,\d{3})+|\d{4,9})(?![\d,_-]|\.\d|\s*[–~至])/g)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    if (fen.has(value) && !yuanIntegers.has(value)) found.push(m[1]!);
  }
  return found;
}

/**
 * The Chinese UI texts that have an English text of their own (placeholders aside): on the English UI a line that
 * is one of them is an untranslated label, whereas a Chinese name of a person, court or bank is data and fine.
 */
function chineseOnlyTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, zh] of Object.entries(zhCN)) {
    const english = en[key as keyof typeof en];
    if (!zh.includes('{') && /[\u4e00-\u9fff]/.test(zh) && english !== zh) texts.set(zh.trim(), key);
  }
  return texts;
}

/** Waits until the page has finished loading what it shows (its text stops changing and nothing says it is loading). */
async function settle(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 60; i += 1) {
    await page.waitForTimeout(100);
    const text = await page.evaluate(() => document.body.innerText);
    if (text === last && !/正在加载|Loading…/.test(text)) return;
    last = text;
  }
}

/** What a user reads on the page: its text and every visible title, placeholder, label, option text and field value. */
async function readPage(page: Page): Promise<{ texts: string[]; values: string[] }> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (box.width > 0 || box.height > 0) && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const texts = document.body.innerText.split('\n');
    for (const el of document.querySelectorAll('[title], [placeholder], [aria-label], [alt]')) {
      if (!visible(el)) continue;
      for (const attribute of ['title', 'placeholder', 'aria-label', 'alt']) {
        const value = el.getAttribute(attribute);
        if (value) texts.push(value);
      }
    }
    for (const select of document.querySelectorAll('select')) {
      if (visible(select)) for (const option of select.options) texts.push(option.text);
    }
    const values: string[] = [];
    for (const input of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (['hidden', 'file', 'checkbox', 'radio'].includes(input.type) || !visible(input)) continue;
      if (input.value) values.push(...input.value.split('\n'));
    }
    const clean = (list: string[]) => list.map((text) => text.trim()).filter((text) => text !== '');
    return { texts: clean(texts), values: clean(values) };
  });
}

/** Visits every page of the left navigation and every tab of every case; returns what each showed. */
async function walk(app: E2eApp, cases: Case[], lang: string): Promise<PageReading[]> {
  const { page } = app;
  const readings: PageReading[] = [];
  const nav = page.locator('.app-nav .nav-item');
  const navCount = await nav.count();
  for (let i = 0; i < navCount; i += 1) {
    const item = nav.nth(i);
    const name = (await item.textContent())?.trim() ?? String(i);
    await item.click();
    await settle(page);
    readings.push({ where: `${lang} ${name}`, ...(await readPage(page)) });
  }
  const text = lang === 'zh' ? zhCN : en;
  const navItem = (key: 'nav.cases' | 'nav.readiness' | 'nav.courts') => page.locator('.app-nav .nav-item', { hasText: text[key] }).first();
  // A court of the directory opened for editing.
  await navItem('nav.courts').click();
  await page.locator('tbody tr').first().getByRole('button', { name: text['common.edit'] }).click();
  await page.locator('form.court-editor').waitFor();
  await settle(page);
  readings.push({ where: `${lang} court editor`, ...(await readPage(page)) });
  // The settings page with a backup listed and both integrity checks answered.
  await page.locator('.app-nav .nav-item', { hasText: text['nav.settings'] }).click();
  await page.getByRole('button', { name: text['prefs.backup.now'] }).click();
  await page.locator('.settings-page tbody tr').first().waitFor();
  await page.getByRole('button', { name: text['prefs.integrity.audit'] }).click();
  await page.getByRole('button', { name: text['prefs.integrity.evidence'] }).click();
  await expect.poll(() => page.locator('[aria-labelledby="prefs-integrity-title"] :is([role="status"], [role="alert"])').count()).toBe(2);
  await settle(page);
  readings.push({ where: `${lang} settings, backed up and checked`, ...(await readPage(page)) });
  // The new-case form, from the case list's header.
  await navItem('nav.cases').click();
  await page.getByRole('button', { name: text['cases.new'] }).first().click();
  await settle(page);
  readings.push({ where: `${lang} new case`, ...(await readPage(page)) });
  // Saving the empty form lists what is missing, each item by its field's label.
  await page.getByRole('button', { name: text['common.save'], exact: true }).first().click();
  await page.locator('.error-summary').waitFor();
  await settle(page);
  readings.push({ where: `${lang} new case, saved empty`, ...(await readPage(page)) });
  // Each case is opened from the readiness overview, which lists every case.
  for (const c of cases) {
    await navItem('nav.readiness').click();
    const row = page.locator('tr', { hasText: c.defendant.name });
    await row.getByRole('button').first().click();
    await page.locator('[role="tablist"]').waitFor();
    const tabs = page.locator('[role="tablist"] [role="tab"]');
    const tabCount = await tabs.count();
    for (let i = 0; i < tabCount; i += 1) {
      const tab = tabs.nth(i);
      const name = (await tab.textContent())?.trim() ?? String(i);
      await tab.click();
      await settle(page);
      readings.push({ where: `${lang} ${c.defendant.name} ${name}`, ...(await readPage(page)) });
    }
  }
  return readings;
}

/** Every finding in the readings, as "page: kind “text” in: line". */
function findings(readings: PageReading[], fen: Set<number>, yuanIntegers: Set<number>, data: Set<string>): string[] {
  const untranslated = chineseOnlyTexts();
  // One-word enum values (draft, filed, yuan) are codes on a Chinese page and plain words on an English one.
  const out = new Set<string>();
  for (const { where, texts, values } of readings) {
    for (const text of [...texts, ...values]) {
      for (const f of internalTextIn(text, { singleWordCodes: where.startsWith('zh '), courtIds: true })) out.add(`${where}: ${f.kind} “${f.match}” in: ${text.slice(0, 160)}`);
      if (where.startsWith('en ') && untranslated.has(text) && !data.has(text) && !values.includes(text)) out.add(`${where}: Chinese text of the Chinese UI in: ${text}`);
      for (const match of rawFenIn(text, fen, yuanIntegers)) out.add(`${where}: amount in fen “${match}” in: ${text.slice(0, 160)}`);
    }
  }
  return [...out];
}

describe('the UI shows no internal codes (browser walk over every page)', () => {
  let app: E2eApp;
  let cases: Case[];
  let fen: Set<number>;
  let yuanIntegers: Set<number>;
  /** Names the data gives things (evidence titles, template titles): Chinese on the English UI too. */
  let dataTexts: Set<string>;

  beforeAll(async () => {
    app = await startE2eApp();
    ({ cases } = await seedDemo(app));
    fen = new Set<number>();
    yuanIntegers = new Set<number>();
    dataTexts = new Set((await app.handlers['template:list']({})).map((template) => template.title));
    for (const c of cases) {
      const stored = await app.handlers['case:get']({ id: c.id });
      fenValues(stored, fen);
      fenValues(await app.handlers['ledger:list']({ caseId: c.id }), fen);
      fenValues(await app.handlers['claim:compute']({ caseId: c.id }), fen);
      for (const item of await app.handlers['evidence:list']({ caseId: c.id })) dataTexts.add(item.title);
      // A credit limit is whole yuan; the same number is not a leak when it is printed as yuan.
      yuanIntegers.add(stored.card.creditLimitFen / 100);
    }
    await app.page.setViewportSize({ width: 1920, height: 1080 });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it('in Chinese and in English, on every page and every case tab', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.locator('.app-nav').waitFor();
    const chinese = await walk(app, cases, 'zh');
    await page.getByRole('button', { name: 'English' }).click();
    const english = await walk(app, cases, 'en');
    await page.getByRole('button', { name: '中文' }).click();

    // The walk reached every page and every tab of every case.
    expect(chinese.length).toBeGreaterThan(20);
    expect(english.length).toBe(chinese.length);
    const report = findings([...chinese, ...english], fen, yuanIntegers, dataTexts);
    expect(report, report.join('\n')).toEqual([]);
  }, 240_000);

  it('the PDF-form mapping offers case data by label with amounts in yuan, and shows expressions only under 高级', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.locator('.app-nav .nav-item').nth(1).click();
    await page.locator('tr', { hasText: cases[0]!.defendant.name }).getByRole('button').first().click();
    // The mapping is on whichever case tab holds the case's documents.
    const tabs = page.locator('[role="tablist"] [role="tab"]');
    await tabs.first().waitFor();
    for (let i = 0; i < (await tabs.count()); i += 1) {
      await tabs.nth(i).click();
      await settle(page);
      if ((await page.locator('.form-mapping-table').count()) > 0) break;
    }
    const total = page.locator('.form-mapping-table tr[data-field="claim_total"] select').first();
    await total.waitFor();
    const { claim } = await app.handlers['case:get']({ id: cases[0]!.id });
    const yuan = `${formatYuan(claim.principalFen + claim.interestFen + claim.penaltyFen + claim.feesFen)} 元`;
    expect(await total.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe(`欠款总额：${yuan}`);
    const claims = page.locator('.form-mapping-table tr[data-field="claims"]');
    expect(await claims.locator('select').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe('组合文字（在“高级”中查看）');
    expect(await claims.locator('input').count()).toBe(0);

    await page.locator('.form-fill-panel').screenshot({ path: '/tmp/e2e-form-mapping.png' });
    await page.locator('input[name="form.advanced"]').check();
    expect(await claims.locator('input').inputValue()).toContain('{{ claim.totalFen | yuan }}');
    expect(await total.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe(`欠款总额（claim.totalFen）：${yuan}`);
    await page.locator('.form-fill-panel').screenshot({ path: '/tmp/e2e-form-mapping-advanced.png' });
  });
});
