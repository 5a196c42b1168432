#!/usr/bin/env node
// `urker serve` in real headless Chromium: live reload, the build-error overlay and the warnings panel.
//
//   node tests/browser/serve.test.mjs <urker binary> <source dir> [<artifacts dir>]
//
// Copies the example portal of <source dir> (site.yaml, content/, static/, themes/) into a
// temporary folder, runs `urker serve --port 0` on it, opens a page in /usr/bin/chromium
// (playwright-core from <source dir>/node_modules) and edits the Markdown file behind it: the
// open page must change by itself, a broken file must show the error over the page (as text,
// never as markup) while the last good page stays, and the fix must make the overlay go. Prints
// the time from saving a file to the changed page. Screenshots go to <artifacts dir> (default:
// <cwd>/browser-artifacts). Prints "browser serve: N passed, M failed".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  CHROMIUM, check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, removeDir, runTests,
} from './helpers.mjs';

const [urkerArg, sourceArg, artifactsArg] = process.argv.slice(2);
if (!urkerArg || !sourceArg) {
  console.error('usage: node serve.test.mjs <urker binary> <source dir> [<artifacts dir>]');
  process.exit(2);
}
const URKER = resolve(urkerArg);
const SOURCE = resolve(sourceArg);
const ARTIFACTS = resolve(artifactsArg || 'browser-artifacts');

for (const [what, path] of [['urker binary', URKER], ['chromium', CHROMIUM],
  ['playwright-core', join(SOURCE, 'node_modules/playwright-core')]]) {
  if (!existsSync(path)) {
    console.error(`browser serve: ${what} not found at ${path}`);
    console.log('browser serve: 0 passed, 1 failed');
    process.exit(1);
  }
}

const PAGE_FILE = 'content/about.md';
const PAGE_URL = '/about/';

let siteDir;
let urker;
let urkerOutput = '';
let origin;
let browser;
let page;
let original;
const pageErrors = [];
const reloadTimes = [];

async function cleanup() {
  const steps = [
    () => browser && browser.close(),
    () => urker && urker.exitCode === null && new Promise((r) => { urker.once('exit', r); urker.kill('SIGINT'); }),
    () => removeDir(siteDir),
  ];
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      console.error('cleanup:', e.message);
    }
  }
  browser = urker = siteDir = null;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanup().finally(() => process.exit(130));
  });
}

// Resolves with the first match of `re` in urker's output from `from` on.
function waitForOutput(re, from = 0, timeoutMs = 60000) {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const poll = () => {
      const m = urkerOutput.slice(from).match(re);
      if (m) return resolvePromise(m);
      if (urker.exitCode !== null) return reject(new Error(`urker serve exited with ${urker.exitCode}:\n${urkerOutput}`));
      if (Date.now() - started > timeoutMs) return reject(new Error(`no ${re} in urker's output:\n${urkerOutput}`));
      setTimeout(poll, 20);
      return undefined;
    };
    poll();
  });
}

async function screenshot(name) {
  await page.screenshot({ path: join(ARTIFACTS, name), animations: 'disabled' });
}

// Writes the page's Markdown file with `body` as its text and waits until the open page shows
// `expected`, without touching the page; returns the milliseconds from saving to seeing it.
async function editAndWait(frontMatterExtra, body, expected) {
  const text = original.replace(/^---\n/, `---\n${frontMatterExtra}`).replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`);
  const started = Date.now();
  await writeFile(join(siteDir, PAGE_FILE), text);
  await page.waitForFunction((t) => document.body && document.body.innerText.includes(t), expected, { timeout: 20000 });
  return Date.now() - started;
}

const overlay = () => page.locator('#urker-build-errors');

const tests = [
  {
    name: 'urker serve starts on the example portal and the page opens in Chromium',
    async fn() {
      siteDir = await makeTempDir('urker-serve-site-');
      for (const part of ['site.yaml', 'content', 'static', 'themes']) {
        if (existsSync(join(SOURCE, part))) await cp(join(SOURCE, part), join(siteDir, part), { recursive: true });
      }
      original = await readFile(join(siteDir, PAGE_FILE), 'utf8');
      urker = spawn(URKER, ['serve', '--source', siteDir, '--port', '0', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
      urker.stdout.on('data', (d) => { urkerOutput += d; });
      urker.stderr.on('data', (d) => { urkerOutput += d; });
      const m = await waitForOutput(/Serving the site at (http:\/\/127\.0\.0\.1:\d+)\//);
      origin = m[1];
      browser = await launchBrowser(PLAYWRIGHT, { viewport: { width: 1280, height: 900 } });
      page = await browser.context.newPage();
      page.setDefaultTimeout(20000);
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
      await page.goto(`${origin}${PAGE_URL}`);
      check((await page.locator('h1').first().textContent()).includes('О сообществе'), 'the about page did not open');
    },
  },
  {
    name: 'editing the Markdown file changes the open page without a manual reload',
    async fn() {
      await page.evaluate(() => { window.urkerTestMarker = 1; });
      const from = urkerOutput.length;
      const ms = await editAndWait('', 'Живая перезагрузка: страница обновилась сама.', 'Живая перезагрузка: страница обновилась сама.');
      reloadTimes.push(ms);
      checkEqual(await page.evaluate(() => window.urkerTestMarker), undefined, 'the page was not reloaded');
      await waitForOutput(/content\/about\.md changed( \(the open pages\))?: built \d+ pages? in \d+ ms/, from);
      // A second edit, to see the time again now that everything is warm.
      reloadTimes.push(await editAndWait('', 'Вторая правка.', 'Вторая правка.'));
      await screenshot('serve-live-reload.png');
    },
  },
  {
    name: 'a broken file shows its error over the page, as text, and the last good page stays',
    async fn() {
      await page.evaluate(() => { window.urkerTestMarker = 2; });
      const text = original.replace(/^---\n/, '---\ndate: <img src=x onerror="window.urkerInjected=1">\n');
      await writeFile(join(siteDir, PAGE_FILE), text);
      await overlay().waitFor({ state: 'visible' });
      const shown = await overlay().innerText();
      check(shown.includes('content/about.md:2'), `the overlay does not name the file and line: ${shown}`);
      check(shown.includes('<img src=x'), `the overlay does not quote the broken value as text: ${shown}`);
      checkEqual(await overlay().locator('img').count(), 0, 'markup from the file became an element');
      checkEqual(await page.evaluate(() => window.urkerInjected), undefined, 'script from the file ran');
      checkEqual(await page.evaluate(() => window.urkerTestMarker), 2, 'the page reloaded on a failed build');
      check((await page.locator('body').innerText()).includes('Вторая правка.'), 'the last good page is gone');
      await screenshot('serve-error-overlay.png');
      await page.emulateMedia({ media: 'print' });
      check(!(await overlay().isVisible()), 'the error overlay is printed with the page');
      await page.emulateMedia({ media: 'screen' });
      // A new visitor to the page sees the last good build and the error too.
      const other = await browser.context.newPage();
      try {
        await other.goto(`${origin}${PAGE_URL}`);
        await other.locator('#urker-build-errors').waitFor({ state: 'visible' });
        check((await other.locator('body').innerText()).includes('Вторая правка.'), 'a new page does not show the last good build');
      } finally {
        await other.close();
      }
    },
  },
  {
    name: 'fixing the file removes the overlay and shows the fix',
    async fn() {
      reloadTimes.push(await editAndWait('', 'Исправлено.', 'Исправлено.'));
      checkEqual(await overlay().count(), 0, 'the overlay is still there');
      await screenshot('serve-fixed.png');
    },
  },
  {
    name: 'a site.yaml warning shows in a small panel that can be closed, and goes when fixed',
    async fn() {
      const yaml = await readFile(join(siteDir, 'site.yaml'), 'utf8');
      const warnings = () => page.locator('#urker-build-warnings');
      await writeFile(join(siteDir, 'site.yaml'), `${yaml}\npaginat: 10\n`);
      await warnings().waitFor({ state: 'visible' });
      const shown = await warnings().innerText();
      check(shown.includes('site.yaml:') && shown.includes('paginat'), `the panel does not name the setting: ${shown}`);
      check(shown.includes('paginate'), `the panel does not say what was meant: ${shown}`);
      checkEqual(await overlay().count(), 0, 'a warning brought up the error overlay');
      await screenshot('serve-warnings.png');
      // A page printed from the preview (a plan, a portfolio) does not print the panel.
      await page.emulateMedia({ media: 'print' });
      check(!(await warnings().isVisible()), 'the warnings panel is printed with the page');
      await page.emulateMedia({ media: 'screen' });
      check(await warnings().isVisible(), 'the warnings panel did not come back on screen after printing');
      await warnings().locator('button').click();
      checkEqual(await warnings().count(), 0, 'the panel did not close');
      await page.reload();
      await page.waitForTimeout(500);
      checkEqual(await warnings().count(), 0, 'the closed panel came back before the next build');
      await writeFile(join(siteDir, 'site.yaml'), yaml);
      await page.waitForFunction(() => !document.getElementById('urker-build-warnings') && document.readyState === 'complete');
      await page.waitForTimeout(1500);
      checkEqual(await warnings().count(), 0, 'the panel is still there after the fix');
    },
  },
  {
    name: 'no script errors, nothing left 127.0.0.1, and Ctrl-C stops urker serve',
    async fn() {
      checkEqual(pageErrors.length, 0, `page errors: ${pageErrors.join('\n')}`);
      checkEqual(browser.blocked.length, 0, `requests outside 127.0.0.1: ${browser.blocked.join(', ')}`);
      await browser.close();
      browser = null;
      const code = await new Promise((r) => { urker.once('exit', (c) => r(c)); urker.kill('SIGINT'); });
      checkEqual(code, 0, `urker serve's exit code after Ctrl-C\n${urkerOutput}`);
      check(urkerOutput.includes('Stopped.'), 'urker serve did not say it stopped');
    },
  },
];

let PLAYWRIGHT;
let result = { passed: 0, failed: 1 };
try {
  PLAYWRIGHT = loadPlaywright(SOURCE);
  await mkdir(ARTIFACTS, { recursive: true });
  const [setup, ...rest] = tests;
  result = await runTests([setup], { timeoutMs: 120000 });
  if (result.failed === 0) {
    const more = await runTests(rest, { timeoutMs: 90000 });
    result = { passed: result.passed + more.passed, failed: result.failed + more.failed };
  } else {
    result.failed += rest.length;
    console.log(`skipped ${rest.length} tests: the setup failed`);
  }
} catch (e) {
  console.error(e);
} finally {
  await cleanup();
}
const builds = [...urkerOutput.matchAll(/built \d+ pages in (\d+) ms/g)].map((m) => Number(m[1]));
console.log(`rebuild times (ms, first build first): ${builds.join(', ')}`);
console.log(`save-to-changed-page times (ms): ${reloadTimes.join(', ')}`);
console.log(`screenshots: ${ARTIFACTS}`);
console.log(`browser serve: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed === 0 ? 0 : 1);
