// What a person sees in the real editor, read from the page: code-server with the packaged extension
// installed, driven by Chromium. Opens a sample article, hovers a name, reads the Problems panel and the
// side panel, applies a quick fix, and saves a screenshot of each step to .e2e/screenshots/.
// Usage: tsx test/e2e/ui.ts <workspace> <extensions-dir>
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, workbenchUrl } from './browser';
import { e2eRoot, startCodeServer } from './codeServer';
import { printResults, type TestResult } from './results';

const shots = path.join(e2eRoot, 'screenshots');
const article = 'cps-wire.txt';

/** Hovers the element until a hover containing `expected` shows; the server may still be indexing. */
async function hoverUntil(page: Page, target: ReturnType<Page['locator']>, expected: string): Promise<string> {
  for (let attempt = 0; attempt < 15; attempt++) {
    const box = await target.boundingBox();
    if (!box) throw new Error('hover target is not on screen');
    await page.mouse.move(box.x + box.width + 300, box.y + 200);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    const hover = page.locator('.monaco-hover .hover-contents, .monaco-hover .rendered-markdown', { hasText: expected }).first();
    try {
      await hover.waitFor({ state: 'visible', timeout: 3000 });
      return (await hover.innerText()).trim();
    } catch {
      // Not yet: move away and hover again.
    }
  }
  throw new Error(`no hover containing “${expected}”`);
}

const checks: [string, (page: Page) => Promise<void>][] = [
  [
    'opens a sample article in the Article language',
    async (page) => {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill(article);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: article }).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: article }).waitFor({ timeout: 30_000 });
      await page.locator('[id="status.editor.mode"]', { hasText: 'Article' }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, '1-article.png') });
    },
  ],
  [
    'underlines the conflicting quote',
    async (page) => {
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 90_000 });
    },
  ],
  [
    'hovering a name lists the other articles that mention it',
    async (page) => {
      const name = page.locator('.monaco-editor .view-line span', { hasText: /^Marco\sFerrante$/ }).first();
      await name.waitFor({ timeout: 30_000 });
      const text = await hoverUntil(page, name, 'meridian-ledger.md');
      if (!/Marco Ferrante/.test(text)) throw new Error(`hover does not name him: ${text}`);
      await page.waitForTimeout(300); // let the hover finish fading in for the screenshot
      await page.screenshot({ path: path.join(shots, '2-hover.png') });
      console.log(`    hover: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    },
  ],
  [
    'the Problems panel lists the findings with their codes',
    async (page) => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'conflicting-quote' }).first();
      await row.waitFor({ timeout: 30_000 });
      const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      if (!rows.some((text) => /conflicting-date/.test(text))) throw new Error(`no conflicting-date row in: ${rows.join(' | ')}`);
      await page.screenshot({ path: path.join(shots, '3-problems.png') });
      console.log(`    problems: ${rows.length} rows, e.g. ${(await row.innerText()).replace(/\s+/g, ' ').slice(0, 160)}`);
    },
  ],
  [
    'the side panel lists the cross-source matches of the article',
    async (page) => {
      await page.locator('.activitybar .action-item a[aria-label^="Crosscheck"]').first().click();
      const rows = page.locator('.pane-body .monaco-list-row');
      await rows.filter({ hasText: 'Conflicts' }).first().waitFor({ timeout: 30_000 });
      await rows.filter({ hasText: 'meridian-ledger.md' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, '4-panel.png') });
      console.log(`    panel rows: ${(await rows.allInnerTexts()).slice(0, 6).map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);
    },
  ],
  [
    'a quick fix replaces the quote with the other source’s wording',
    async (page) => {
      // As a person would: open the finding from the Problems panel, then ask for fixes where it is.
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'conflicting-quote' }).first().dblclick();
      await page.locator('.monaco-editor.focused').waitFor({ timeout: 10_000 });
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: /Meridian Ledger.s wording/ }).first();
      await fix.waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, '5-quick-fix-menu.png') });
      // The menu takes the keyboard (a pointer block covers the page): move to the fix, then apply it.
      for (let step = 0; step < 10 && !(await fix.evaluate((row) => row.classList.contains('focused'))); step++) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line', { hasText: /afraid\sof\slosing\sthe\sharvest/ }).first().waitFor({ timeout: 30_000 });
      // Once re-analysed, the conflict is gone from the Problems panel and the other findings stay.
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'conflicting-quote' }).first().waitFor({ state: 'detached', timeout: 30_000 });
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'conflicting-date' }).first().waitFor({ timeout: 5_000 });
      await page.screenshot({ path: path.join(shots, '6-quick-fix-applied.png') });
    },
  ],
  [
    'the side panel offers to check a folder when the file is not an article',
    async (page) => {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill('PLANTED.md');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'PLANTED.md' }).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'PLANTED.md' }).waitFor({ timeout: 30_000 });
      await page.locator('.welcome-view-content', { hasText: 'Check This Folder as Articles' }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(shots, '7-not-an-article.png') });
    },
  ],
];

async function main(): Promise<number> {
  const [workspaceArg, extensionsArg] = process.argv.slice(2);
  const workspace = path.resolve(workspaceArg ?? '');
  if (!workspaceArg || !extensionsArg || !existsSync(workspace)) throw new Error('usage: ui.ts <workspace> <extensions-dir>');
  mkdirSync(shots, { recursive: true });
  const server = await startCodeServer({ workspace, extensionsDir: path.resolve(extensionsArg) });
  const browser = await launchChromium();
  const results: TestResult[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(workbenchUrl(server.base, server.host, workspace));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    let opened = true;
    for (const [index, [title, check]] of checks.entries()) {
      // Every later step works in the opened article: without it they cannot be judged.
      if (!opened) {
        results.push({ title, passed: false, error: 'not run: the article did not open' });
        continue;
      }
      try {
        await check(page);
        results.push({ title, passed: true });
      } catch (error) {
        if (index === 0) opened = false;
        const name = `failed-${results.length + 1}.png`;
        await page.screenshot({ path: path.join(shots, name) }).catch(() => undefined);
        results.push({ title, passed: false, error: `${error instanceof Error ? error.message : String(error)} (screenshot ${name}, logs in ${server.runDir})` });
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return printResults('editor UI', results);
}

main().then(
  (failed) => process.exit(failed > 0 ? 1 : 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
