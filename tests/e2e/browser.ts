/** Shared browser-test plumbing: one Chromium per file, pages that collect errors, axe, screenshots. */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { vi } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';

/**
 * Browser tests wait for conditions (an element, a state attribute, a function of the page), never
 * for a time; the bounds below only cap how long a condition may take on a loaded machine (two
 * shared cores, other suites' JVMs and Chromiums), where 30 s was seen to be too short for a first
 * page load with a cold Vite bundle and a cold database.
 */
export const CONDITION_TIMEOUT_MS = Number(process.env.SAMKART_E2E_TIMEOUT_MS ?? 60_000);
vi.setConfig({ testTimeout: 3 * CONDITION_TIMEOUT_MS, hookTimeout: 4 * CONDITION_TIMEOUT_MS });

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTEFACTS = path.resolve('test-results/screenshots');
/** README screenshots are written only on request (`SAMKART_DOCS_SCREENSHOTS=1`), so test runs do not churn committed files. */
export const DOCS = process.env.SAMKART_DOCS_SCREENSHOTS === '1' ? path.resolve('docs/screenshots') : null;

export async function launch(): Promise<Browser> {
  await mkdir(ARTEFACTS, { recursive: true });
  if (DOCS) await mkdir(DOCS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A page whose uncaught errors are collected in `errors` (every test asserts there are none). */
export async function openPage(browser: Browser, options: { width?: number; height?: number; lang?: 'nb' | 'en' } = {}) {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1400, height: options.height ?? 900 }, acceptDownloads: true });
  if (options.lang) await context.addInitScript((l) => localStorage.setItem('samkart.lang', l), options.lang);
  context.setDefaultTimeout(CONDITION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(CONDITION_TIMEOUT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}

/** Waits until the map has its data and its layout has settled. */
export async function mapReady(page: Page) {
  await page.locator('[data-testid="collaboration-map"][data-state="ready"]').waitFor({ timeout: 1.5 * CONDITION_TIMEOUT_MS });
  await page.waitForFunction(() => ((window as any).__cy?.nodes().length ?? 0) > 0, undefined, { timeout: CONDITION_TIMEOUT_MS });
}

export async function shot(page: Page, name: string, options: { docs?: boolean; fullPage?: boolean } = {}) {
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`), fullPage: options.fullPage });
  if (DOCS && options.docs) await page.screenshot({ path: path.join(DOCS, `${name}.png`), fullPage: false });
}

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** Runs axe-core on the page; returns the serious and critical violations (rule id and where). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: await readFile(AXE, 'utf8') });
  const violations = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) }));
  });
  return violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; targets: string[] }) => `${v.id}: ${v.targets.join(', ')}`);
}

/** What the map's browser tests share: a test server with a warm collaboration graph, a browser and one page. */
export interface MapSession { app: Samkart; browser: Browser; page: Page; errors: string[]; stop(): Promise<void> }

export async function startMapSession(): Promise<MapSession> {
  const [app, browser] = await Promise.all([startTestServer(), launch()]);
  try {
    // The first collaboration graph of a cold server (metrics, communities) can take long on a loaded machine.
    await gql(app, '{ collaborationGraph { communityCount } }');
    const { page, errors, close } = await openPage(browser);
    return { app, browser, page, errors, async stop() { await close(); await browser.close(); await app.stop(); } };
  } catch (e) {
    await browser.close();
    await app.stop();
    throw e;
  }
}
