/**
 * The app for browser tests: real services on a temporary data folder, seeded with one fictional
 * plaintiff bank and one fictional lawyer, served with the built renderer over the loopback bridge
 * and opened in Debian's headless Chromium through playwright-core.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { Agent, Organisation } from '../../core/case/case-model';
import { creditCodeCheckCharacter } from '../../core/case/credit-code';
import type { Handlers } from '../../core/contract';
import type { ServiceContext } from '../../electron/services/service-context';
import { startBridge } from '../../electron/bridge/bridge-server';
import { openServices } from '../../electron/services/open-services';

/** The built renderer (`npm run test:e2e` builds it first). */
const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** The fixed clock of the tests: 2026-11-28 10:00 in China. */
export const e2eNow = new Date('2026-11-28T02:00:00Z');

const creditCodeFirst17 = '91530100MA6K3L2X4';
/** A fictional card centre; the credit code's 18th character is computed per GB 32100-2015. */
export const seedPlaintiff = {
  name: '云岭银行股份有限公司信用卡中心',
  creditCode: creditCodeFirst17 + creditCodeCheckCharacter(creditCodeFirst17),
  address: '云南省昆明市五华区滇池路 88 号',
  responsiblePerson: '李明远',
  responsibleTitle: '总经理',
  phone: '0871-65551234',
  organisationType: 'branch' as const,
  licenceNumber: '',
};

/** A fictional lawyer. */
export const seedAgent = {
  name: '王晓禾',
  employer: '云南苍山律师事务所',
  licenceNumber: '15301202010123456',
  phone: '13800138000',
};

/** The running app as a test sees it. */
export type E2eApp = {
  page: Page;
  url: string;
  dataDir: string;
  handlers: Handlers;
  /** The services' context, for what a test must wait on beyond the contract (e.g. a batch run's last cases). */
  context: ServiceContext;
  plaintiff: Organisation;
  agent: Agent;
  /** Console errors and uncaught page errors seen so far (CSP violations appear here). */
  pageErrors: string[];
  close: () => Promise<void>;
};

/**
 * A fontconfig file adding the Noto Serif SC faces the app already ships (for PDFs) to the system
 * fonts, so Chinese renders in screenshots on machines without CJK fonts instead of as empty boxes.
 */
function fontConfig(dir: string): string {
  const fontPackage = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${join(fontPackage, '400Regular')}</dir>`,
    `  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n'));
  return file;
}

async function unwrap<T>(value: T | Promise<T>): Promise<T> {
  return await value;
}

/** Debian's headless Chromium as every browser test starts it; `env` adds to the process environment (fonts). */
export function launchChromium(env: Record<string, string> = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
    env: { ...process.env, ...env },
  });
}

/** Starts services, bridge and browser; `close` stops them all and deletes the data folder. */
export async function startE2eApp(): Promise<E2eApp> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run "npm run test:e2e" (or "npm run build:renderer" first)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const browserDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-browser-'));
  let bridge: Awaited<ReturnType<typeof startBridge>> | undefined;
  // The services exist before the bridge, so progress goes through a late-bound call.
  // The installation settings (language, next data folder) live outside the data folder, as in the app's userData.
  const services = openServices({
    dataDir, actor: 'e2e', now: () => e2eNow, reportProgress: (event) => bridge?.broadcast(event), appSettingsPath: join(browserDir, 'app-settings.json'),
  });
  const { handlers, context: serviceContext } = services;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await bridge?.close();
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(browserDir, { recursive: true, force: true });
  };
  try {
    const plaintiff = await unwrap(handlers['organisation:save']({ values: seedPlaintiff }));
    const agent = await unwrap(handlers['agent:save']({ values: seedAgent }));
    bridge = await startBridge({ handlers, rendererDir });
    browser = await launchChromium({ FONTCONFIG_FILE: fontConfig(browserDir) });
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      pageErrors.push(`console: ${message.text()}${where ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    return { page, url: bridge.url, dataDir, handlers, context: serviceContext, plaintiff, agent, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
