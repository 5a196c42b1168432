#!/usr/bin/env node
// The analytic report and the plan printed on paper, in real headless Chromium.
//
//   node tests/browser/report_print.test.mjs <urker binary> <source dir> <artifacts dir>
//
// Builds the example portal as of 2026-11-23 (--build-date), serves it on 127.0.0.1, prints
// /monitoring/report/, /kk/monitoring/report/ and the work plan to PDF and checks: A4 portrait
// pages (the plan's across the page), a page count within bounds, no table wider than the printed page (so none is cut at the
// right), every table row's first words on paper, and no heading (a section's, a plan month's, a
// table's caption) as the last line of a page — read back from the PDF with poppler's pdftotext.
// Also: the plan's month headings each once and in order, and the monitoring page's charts with
// a scroll cue at 375 px and no label clipped at 1280 px. Leaves the PDFs in the artifacts folder.
// Prints "browser report: N passed, M failed".
import { spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, removeDir, runSuite, serve, testArguments,
} from './helpers.mjs';

const { URKER, SOURCE, ARTIFACTS } = testArguments('browser report', 'report_print.test.mjs', (a) => [['pdftotext', '/usr/bin/pdftotext']]);

function build(outDir) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(URKER, ['build', '--quiet', '--source', SOURCE, '--output', outDir, '--build-date', '2026-11-23'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`urker build exited with ${code}:\n${out}`))));
  });
}

// Pages of the PDF as text, in reading order (pdftotext separates pages with a form feed).
function pdfText(file) {
  const r = spawnSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext: ${r.stderr}`);
  const pages = r.stdout.split('\f');
  if (pages.length && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

function pdfBox(buffer) {
  const text = buffer.toString('latin1');
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { width: box ? Number(box[1]) : 0, height: box ? Number(box[2]) : 0 };
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

let outDir;
let server;
let browser;

// Prints `path`, checks the paper, and returns the PDF's pages as text.
async function printAndCheck(path, name, { minPages, maxPages, landscape = false }) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  // Nothing wider than the printed page: A4's 210 mm (297 mm across) less the margins, at 96 px per inch.
  await page.setViewportSize({ width: landscape ? 1030 : 680, height: 1000 });
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    return [...document.querySelectorAll('table, .report-chart svg, .plan-table')]
      .filter((el) => el.getBoundingClientRect().right > limit || el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName}.${el.className.baseVal ?? el.className}`);
  });
  checkEqual(wide.length, 0, `${name}: wider than the page: ${wide.join(', ')}`);
  const headings = await page.evaluate(() => [...document.querySelectorAll('main h1, main h2, main h3, main caption, .plan-month th')]
    .filter((el) => el.offsetParent !== null || el.tagName === 'CAPTION')
    .map((el) => el.textContent.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 3));
  const firstCells = await page.evaluate(() => [...document.querySelectorAll('main tbody tr')]
    .filter((tr) => tr.offsetParent !== null)
    .map((tr) => (tr.cells[0] ? tr.cells[0].textContent.replace(/\s+/g, ' ').trim().split(' ')[0] : ''))
    .filter((t) => t.length > 2));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  const file = join(ARTIFACTS, `${name}.pdf`);
  await writeFile(file, pdf);
  const { width, height } = pdfBox(pdf);
  const [w, h] = landscape ? [841.9, 595.3] : [595.3, 841.9];
  check(Math.abs(width - w) < 2 && Math.abs(height - h) < 2, `${name}: page size ${width} × ${height} is not A4 ${landscape ? 'landscape' : 'portrait'}`);
  const pages = pdfText(file);
  check(pages.length >= minPages && pages.length <= maxPages, `${name}: ${pages.length} pages, expected ${minPages}–${maxPages}`);
  // No heading ends a page: the last line of every page but the last is not (a part of) one.
  pages.slice(0, -1).forEach((text, k) => {
    const lines = text.split('\n').map(squash).filter((l) => l.length > 0);
    const last = lines[lines.length - 1] || '';
    // The line is the heading, or the start or end of one that wraps (most of it, not a word of it).
    const heading = headings.find((h) => h === last || (last.length >= 10 && last.length * 2 >= h.length && (h.endsWith(last) || h.startsWith(last))));
    check(!heading, `${name}: page ${k + 1} ends with the heading «${heading}»`);
  });
  // Every row is on paper (nothing cut off by a clipped table): its first word, as pdftotext may
  // read a wrapped cell's lines in another order than the page shows them.
  const paper = squash(pages.join(' '));
  const missing = firstCells.filter((t) => !paper.includes(t));
  checkEqual(missing.length, 0, `${name}: rows not on paper: ${missing.slice(0, 5).join(' | ')}`);
  return pages;
}

const tests = [
  {
    name: 'the example portal builds as of 2026-11-23',
    fn: async () => {
      await build(outDir);
      server = await serve(outDir);
      browser = await launchBrowser(PLAYWRIGHT, { viewport: { width: 1280, height: 900 } });
    },
  },
  {
    name: 'the analytic report prints on A4 with whole tables and no heading at a page foot',
    fn: async () => {
      const pages = await printAndCheck('/monitoring/report/', 'report-ru', { minPages: 2, maxPages: 12 });
      check(pages[0].includes('Аналитическая справка'), 'the first page has the report\'s title');
      const kk = await printAndCheck('/kk/monitoring/report/', 'report-kk', { minPages: 2, maxPages: 12 });
      check(kk[0].includes('Талдамалық анықтама'), 'the Kazakh report\'s title');
    },
  },
  {
    name: 'the plan prints on A4 with each month once and in order, none at a page foot',
    fn: async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/plans/plan-2026-2027/`, { waitUntil: 'load' });
      const groups = await page.locator('.plan-month th').allTextContents();
      await page.close();
      const names = groups.map(squash);
      checkEqual(new Set(names).size, names.length, `month headings repeat: ${names.join(' · ')}`);
      const months = names.filter((n) => /\d{4}/.test(n) && !/[–-]/.test(n) && !/течение|четверть/.test(n));
      const order = ['август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'январь', 'февраль', 'март', 'апрель', 'май'];
      const idx = months.map((m) => order.findIndex((o) => m.toLowerCase().startsWith(o)));
      check(idx.every((v, k) => v >= 0 && (k === 0 || v > idx[k - 1])), `months out of order: ${months.join(' · ')}`);
      // A plan is printed across the page (the theme's @page plan): its seven columns need it.
      await printAndCheck('/plans/plan-2026-2027/', 'plan', { minPages: 2, maxPages: 12, landscape: true });
    },
  },
  {
    name: 'monitoring charts: bars in their phone layout and a scroll cue for the rest at 375 px, labels within the chart at 1280 px',
    fn: async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${server.origin}/monitoring/`, { waitUntil: 'load' });
      const clipped = await page.evaluate(() => [...document.querySelectorAll('.chart-figure svg.urker-chart--bars')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('.urker-chart__label')].filter((t) => t.getBoundingClientRect().left < box.left - 1)
          .map((t) => t.textContent);
      }));
      checkEqual(clipped.length, 0, `labels run past the chart's left edge: ${clipped.join(' | ')}`);
      const shown = (selector) => page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((e) => e.getBoundingClientRect().width > 0).length, selector);
      checkEqual(await shown('svg.urker-chart--stacked'), 0, 'the phone layout of bars shows at 1280 px');
      const wide = await shown('.chart-figure svg.urker-chart--bars');
      check(wide >= 5, `only ${wide} bar charts show at 1280 px`);
      await page.setViewportSize({ width: 375, height: 800 });
      const state = await page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        scrolling: [...document.querySelectorAll('.chart-figure')].filter((f) => f.scrollWidth > f.clientWidth + 1).length,
        cues: [...document.querySelectorAll('.chart-scroll-hint')].filter((h) => h.offsetParent !== null).length,
        // Every bar chart in its phone layout: nothing to scroll, each value within the figure.
        bars: [...document.querySelectorAll('.chart-figure')].filter((f) => f.querySelector('svg.urker-chart--stacked')).map((f) => {
          const box = f.getBoundingClientRect();
          const svg = [...f.querySelectorAll('svg')].find((e) => e.getBoundingClientRect().width > 0);
          return {
            stacked: svg !== undefined && svg.classList.contains('urker-chart--stacked'),
            scrolls: f.scrollWidth > f.clientWidth + 1,
            outside: [...(svg ? svg.querySelectorAll('.urker-chart__value, .urker-chart__label') : [])]
              .filter((t) => t.getBoundingClientRect().right > box.right + 1).map((t) => t.textContent),
          };
        }),
      }));
      check(state.pageWidth <= 375, `the page is ${state.pageWidth} px wide at 375 px`);
      check(state.bars.length >= 5, `only ${state.bars.length} bar charts have a phone layout`);
      check(state.bars.every((b) => b.stacked && !b.scrolls), `bar charts at 375 px: ${JSON.stringify(state.bars)}`);
      checkEqual(state.bars.flatMap((b) => b.outside).length, 0, `texts past the chart's right edge: ${JSON.stringify(state.bars)}`);
      check(state.scrolling === 0 || state.cues >= state.scrolling, `${state.scrolling} charts scroll but only ${state.cues} cues show`);
      // The report's key figures on a phone: each name as wide as its row allows (in three columns
      // the names and the explanations were a word wide), the report's bar charts in their phone layout.
      await page.goto(`${server.origin}/monitoring/report/`, { waitUntil: 'load' });
      const report = await page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        narrow: [...document.querySelectorAll('.report-figures tbody tr')].filter((tr) => {
          const name = tr.querySelector('th').getBoundingClientRect().width, how = tr.querySelector('td:last-child').getBoundingClientRect().width;
          return name < tr.getBoundingClientRect().width * 0.5 || how < tr.getBoundingClientRect().width * 0.9;
        }).map((tr) => tr.querySelector('th').textContent),
        wideBars: [...document.querySelectorAll('.report-chart-svg svg.urker-chart--bars:not(.urker-chart--stacked)')].filter((e) => e.getBoundingClientRect().width > 0).length,
        stacked: [...document.querySelectorAll('.report-chart-svg svg.urker-chart--stacked')].filter((e) => e.getBoundingClientRect().width > 0).length,
      }));
      check(report.pageWidth <= 375, `the report is ${report.pageWidth} px wide at 375 px`);
      checkEqual(report.narrow.length, 0, `key figures squeezed at 375 px: ${report.narrow.join(' | ')}`);
      check(report.wideBars === 0 && report.stacked >= 4, `the report's bar charts at 375 px: ${report.wideBars} wide, ${report.stacked} in the phone layout`);
      await page.close();
    },
  },
];

let PLAYWRIGHT;
await runSuite('browser report', tests, {
  artifacts: ARTIFACTS,
  timeoutMs: 180000,
  before: async () => {
    PLAYWRIGHT = loadPlaywright(SOURCE);
    outDir = await makeTempDir('urker-browser-report-');
  },
  after: async () => {
    if (browser) await browser.close();
    if (server) await server.close();
    await removeDir(outDir);
  },
});
