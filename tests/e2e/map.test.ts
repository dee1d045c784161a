import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { startTestServer } from '../helpers.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTEFACTS = path.resolve('test-results/screenshots');

let app: Samkart;
let browser: Browser;
beforeAll(async () => {
  app = await startTestServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    // launch() gives every run a fresh, throw-away user data dir of its own.
  });
  await mkdir(ARTEFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the web page', () => {
  it('loads and draws the actors on the Cytoscape canvas', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.getByRole('heading', { name: /Aktører \(\d+\)/ }).waitFor();
    const listed = await page.locator('section.list li').count();
    // The Cytoscape instance holds one node per listed actor...
    await page.waitForFunction(() => ((window as any).__cy?.nodes().length ?? 0) > 0);
    expect(await page.evaluate(() => (window as any).__cy.nodes().length)).toBe(listed);
    // ...and the canvas really has pixels on it (not a blank element).
    const painted = await page.evaluate(() => {
      const canvases = [...document.querySelectorAll('[data-testid="actor-map"] canvas')] as HTMLCanvasElement[];
      return canvases.some((c) => {
        const ctx = c.getContext('2d');
        if (!ctx || !c.width) return false;
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
        return false;
      });
    });
    expect(painted).toBe(true);
    await page.screenshot({ path: path.join(ARTEFACTS, 'map.png') });
    expect(errors).toEqual([]);
  });
});
