#!/usr/bin/env node
// The default theme's layout on a phone and a desktop, in real headless Chromium.
//
//   node tests/browser/layout.test.mjs <urker binary> <source dir> <artifacts dir>
//
// Builds two fresh portals as `urker init` writes them (Kazakh with Russian, and Russian only)
// and serves them on 127.0.0.1. At 375 and 1280 px: a plan's progress figures («Орындалғаны:
// 0 / 0», «Выполнено 0 из 0», «(0 %)») never break inside, on the plans' list and on the plan's
// page; no page is wider than the screen. Screenshots of each page at both widths go to the
// artifacts folder. Prints "browser layout: N passed, M failed".
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
    name: 'two fresh portals (kk with ru, and ru) are written by urker init and built',
    fn: async () => {
      work = await makeTempDir('urker-layout-');
      for (const [name, args] of [['kk', ['--language', 'kk', '--languages', 'kk,ru']], ['ru', ['--language', 'ru']]]) {
        const site = join(work, name);
        await init(site, args);
        await buildSite(URKER, site, join(site, 'public'));
        portals[name] = { server: await serve(join(site, 'public')) };
      }
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
];

await runSuite('browser layout', tests, {
  artifacts: ARTIFACTS,
  after: async () => {
    for (const b of Object.values(browsers)) await b.close();
    for (const p of Object.values(portals)) await p.server.close();
    await removeDir(work);
  },
});
