#!/usr/bin/env node
// The default theme's layout on a phone and a desktop, in real headless Chromium.
//
//   node tests/browser/layout.test.mjs <urker binary> <source dir> <artifacts dir>
//
// Builds two fresh portals as `urker init` writes them (Kazakh with Russian, and Russian only)
// and the example portal, and serves them on 127.0.0.1. At 375 and 1280 px: a plan's progress
// figures («Орындалғаны: 0 / 0», «Выполнено 0 из 0», «(0 %)») never break inside, on the plans'
// list and on the plan's page; no page is wider than the screen. A Kazakh webmaster's phone
// (375 px, the example portal): no date or certificate number is broken across lines, a link's
// icon stays beside its words, a portfolio's table on a phone names each value's column, and a
// search result's facts never start a line with their separator. Screenshots go to the artifacts
// folder. Prints "browser layout: N passed, M failed".
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  buildSite, check, launchBrowser, loadPlaywright, makeTempDir, removeDir, runSuite, serve, testArguments,
} from './helpers.mjs';

const { URKER, SOURCE, ARTIFACTS } = testArguments('browser layout', 'layout.test.mjs');

function init(folder, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(URKER, ['init', folder, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, URKER_LANG: 'en' } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`urker init exited with ${code}:\n${out}`))));
  });
}

// In the browser: every figure under `selector` that reads as one («0 / 0», «2 из 5», «3 of 4»,
// «40 %», «2026-2027») and is laid out on more than one line, with the text around it.
function brokenFigures(selector) {
  const figure = /\d+[\s\u00a0]*(?:\/|из|of)[\s\u00a0]*\d+|\d+[\s\u00a0]*%|\d{4}-\d{4}/g;
  const broken = [];
  let found = 0;
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(figure)) {
        found += 1;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`«${m[0]}» in «${node.data.trim()}»`);
      }
    }
  }
  return { found, broken };
}

function overflow() {
  const doc = document.documentElement;
  return doc.scrollWidth > doc.clientWidth ? doc.scrollWidth : 0;
}

let work;
const portals = {};  // name -> {server}
const browsers = {};  // width -> browser

const tests = [
  {
    name: 'two fresh portals (kk with ru, and ru) are written by urker init and built, and the example portal',
    fn: async () => {
      work = await makeTempDir('urker-layout-');
      for (const [name, args] of [['kk', ['--language', 'kk', '--languages', 'kk,ru']], ['ru', ['--language', 'ru']]]) {
        const site = join(work, name);
        await init(site, args);
        await buildSite(URKER, site, join(site, 'public'));
        portals[name] = { server: await serve(join(site, 'public')) };
      }
      await buildSite(URKER, SOURCE, join(work, 'example'));
      portals.example = { server: await serve(join(work, 'example')) };
      const playwright = loadPlaywright(SOURCE);
      for (const width of [375, 1280]) {
        browsers[width] = await launchBrowser(playwright, { viewport: { width, height: 900 }, isMobile: width < 600, hasTouch: width < 600 });
      }
    },
  },
  {
    name: "a plan's progress figures never break inside, on the plans' list and the plan's page, at 375 and 1280 px",
    fn: async () => {
      const pages = [
        ['kk', '/plans/', 'plans-kk'], ['kk', '/ru/plans/', 'plans-kk-ru'],
        ['kk', '/plans/zhumys-zhospary/', 'plan-kk'], ['kk', '/ru/plans/zhumys-zhospary/', 'plan-kk-ru'],
        ['ru', '/plans/', 'plans-ru'], ['ru', '/plans/plan-raboty/', 'plan-ru'],
      ];
      const problems = [];
      for (const [width, browser] of Object.entries(browsers)) {
        const page = await browser.context.newPage();
        for (const [portal, path, shot] of pages) {
          const response = await page.goto(portals[portal].server.origin + path);
          check(response && response.ok(), `${portal}${path}: HTTP ${response && response.status()}`);
          const { found, broken } = await page.evaluate(brokenFigures, '.card-plan .card-meta, .plan-progress-text');
          if (found === 0) problems.push(`${portal}${path} at ${width} px: no progress figure found`);
          for (const b of broken) problems.push(`${portal}${path} at ${width} px: ${b} is broken across lines`);
          const wide = await page.evaluate(overflow);
          if (wide) problems.push(`${portal}${path} at ${width} px: the page is ${wide} px wide`);
          await page.screenshot({ path: join(ARTIFACTS, `layout-${shot}-${width}.png`), fullPage: true });
        }
        await page.close();
      }
      check(problems.length === 0, problems.join('\n     '));
    },
  },
  {
    name: 'a Kazakh phone: dates, certificate numbers and icons stay whole, portfolio tables name their columns, search facts wrap cleanly',
    fn: async () => {
      const problems = [];
      const page = await browsers[375].context.newPage();
      const origin = portals.example.server.origin;
      // A date or a certificate number laid out on two lines.
      const brokenWholes = (selector) => [...document.querySelectorAll(selector)]
        .filter((el) => new Set([...el.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1)
        .map((el) => `«${el.textContent.trim()}»`);
      for (const path of ['/kk/', '/kk/materials/', '/kk/events/', '/kk/news/', '/kk/materials/abai-zhetinshi-soz-9/', '/kk/members/abenova-m/']) {
        await page.goto(origin + path);
        for (const b of await page.evaluate(brokenWholes, '.card-meta time, .item-meta time, .doc-meta time, .review-line time, .review-certificate-number')) problems.push(`${path}: ${b} is broken across lines`);
        const wide = await page.evaluate(overflow);
        if (wide) problems.push(`${path}: the page is ${wide} px wide`);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'layout-kk-member-375.png'), fullPage: true });
      // A link that starts with its icon: the icon and the first line of words side by side.
      for (const path of ['/kk/plans/', '/kk/events/']) {
        await page.goto(origin + path);
        const apart = await page.evaluate(() => [...document.querySelectorAll('.feed-links a')].filter((a) => {
          const icon = a.querySelector('.icon') || a.previousElementSibling;
          if (!icon || !icon.classList.contains('icon')) return false;
          const words = document.createRange();
          words.selectNodeContents(a);
          const firstLine = [...words.getClientRects()].filter((r) => r.width > 0 && r.left > icon.getBoundingClientRect().right - 1)[0];
          return !firstLine || firstLine.top > icon.getBoundingClientRect().bottom;
        }).map((a) => a.textContent.trim()));
        for (const a of apart) problems.push(`${path}: the icon of «${a}» stands on a line of its own`);
        await page.screenshot({ path: join(ARTIFACTS, `layout-kk${path.replaceAll('/', '-')}375.png`) });
      }
      // A portfolio's tables stacked on a phone: each value but the title says its column.
      await page.goto(origin + '/kk/members/abenova-m/portfolio/');
      const unlabelled = await page.evaluate(() => [...document.querySelectorAll('.portfolio-table tbody td')]
        .filter((td) => td.cellIndex > 0 && td.textContent.trim() !== '')
        .filter((td) => !/\S/.test(getComputedStyle(td, '::before').content.replace(/^none$/, '').replace(/"/g, '')))
        .map((td) => td.textContent.trim()));
      if (unlabelled.length) problems.push(`portfolio: ${unlabelled.length} values with no column name, e.g. «${unlabelled[0]}»`);
      await page.screenshot({ path: join(ARTIFACTS, 'layout-kk-portfolio-375.png'), fullPage: true });
      // Search results: no line of a result's facts starts with the separator «·».
      await page.goto(origin + '/kk/search/?q=' + encodeURIComponent('бағалау'));
      await page.waitForSelector('#search-results .search-meta');
      const leading = await page.evaluate(() => {
        const found = [];
        for (const meta of document.querySelectorAll('.search-meta')) {
          const left = meta.getBoundingClientRect().left;
          for (const fact of meta.querySelectorAll('.search-fact')) {
            const before = getComputedStyle(fact, '::before').content;
            if (Math.abs(fact.getBoundingClientRect().left - left) < 2 && before && before !== 'none' && before !== 'normal') found.push(fact.textContent.trim());
          }
        }
        return found;
      });
      if (leading.length) problems.push(`search: ${leading.length} lines of facts start with «·», e.g. before «${leading[0]}»`);
      await page.screenshot({ path: join(ARTIFACTS, 'layout-kk-search-375.png'), fullPage: true });
      await page.close();
      check(problems.length === 0, problems.join('\n     '));
    },
  },
];

await runSuite('browser layout', tests, {
  artifacts: ARTIFACTS,
  after: async () => {
    for (const b of Object.values(browsers)) await b.close();
    for (const p of Object.values(portals)) await p.server.close();
    await removeDir(work);
  },
});
