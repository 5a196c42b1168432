#!/usr/bin/env node
// The visitor's language holds on every page, in real headless Chromium.
//
//   node tests/browser/languages.test.mjs <urker binary> <source dir> [<artifacts dir>]
//
// Builds the example portal of <source dir>, and a two-language site with no _index.kk.md at
// all, serves each on 127.0.0.1 and crawls them from "/" and from "/kk/", following every link
// of the pages (but not the language switcher) that stays on the site. Every page reached must
// have the starting language's interface (<html lang>, the main menu's labels), a language
// switcher, no raw string key or taxonomy name as a heading, and no horizontal overflow at 320
// and 375 px. Screenshots of a few pages at 375 and 1280 px in both languages go to
// <artifacts dir> (default: <cwd>/browser-artifacts). Prints "browser languages: N passed,
// M failed" and exits non-zero when a test fails.
import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  CHROMIUM, buildSite, check, launchBrowser, loadPlaywright, makeTempDir, removeDir, runTests, serve,
} from './helpers.mjs';

const [urkerArg, sourceArg, artifactsArg] = process.argv.slice(2);
if (!urkerArg || !sourceArg) {
  console.error('usage: node languages.test.mjs <urker binary> <source dir> [<artifacts dir>]');
  process.exit(2);
}
const URKER = resolve(urkerArg);
const SOURCE = resolve(sourceArg);
const ARTIFACTS = resolve(artifactsArg || 'browser-artifacts');
for (const [what, path] of [['urker binary', URKER], ['chromium', CHROMIUM], ['playwright-core', join(SOURCE, 'node_modules/playwright-core')]]) {
  if (!existsSync(path)) {
    console.error(`browser languages: ${what} not found at ${path}`);
    console.log('browser languages: 0 passed, 1 failed');
    process.exit(1);
  }
}

// Words that are keys, not words: a string key ("not_found_title") or a taxonomy's field name
// shown as a heading ("category", "material_type").
const RAW_KEY = /^[a-z]+(?:_[a-z0-9]+)+$/;
const FIELD_NAMES = new Set(['category', 'subject', 'grade', 'material_type', 'tags', 'language', 'school', 'level', 'event_type']);

// What a page shows that must be in the visitor's language, read in the browser.
function readPage() {
  const visible = (el) => el && el.getClientRects().length > 0;
  const menu = [...document.querySelectorAll('.menu-bar .menu a')].map((a) => a.textContent.trim());
  const headings = [...document.querySelectorAll('h1, h2, h3, th, .badge, .chip, .facet-label, legend, label')]
    .filter(visible).map((el) => el.textContent.trim()).filter(Boolean);
  const links = [...document.querySelectorAll('a[href]')]
    .filter((a) => !a.closest('.lang-switch') && a.getAttribute('rel') !== 'external')
    .map((a) => a.href);
  return {
    lang: document.documentElement.lang,
    menu,
    headings,
    links,
    switcher: document.querySelectorAll('.lang-switch a[hreflang]').length,
  };
}

function overflow() {
  const doc = document.documentElement;
  if (doc.scrollWidth <= doc.clientWidth) return null;
  // The widest element that sticks out, to say what to fix.
  let worst = null;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > doc.clientWidth + 1 && (!worst || r.right > worst.right)) {
      worst = { right: Math.round(r.right), what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` };
    }
  }
  return { width: doc.scrollWidth, worst };
}

// Crawls the site at `origin` from `start`; returns the problems found, one line each.
async function crawl(page, origin, start, { expectedLang, limit = 2000 } = {}) {
  const problems = [];
  const seen = new Set([start]);
  const queue = [start];
  let menuLabels = null;
  let visited = 0;
  // Each page is checked at both phone widths; the second width of one page is the first of the
  // next, so a page costs one resize.
  let widths = [320, 375];
  await page.setViewportSize({ width: widths[0], height: 800 });
  while (queue.length > 0 && visited < limit) {
    const path = queue.shift();
    visited += 1;
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response || response.status() !== 200) {
      problems.push(`${path}: status ${response ? response.status() : 'none'}`);
      continue;
    }
    const info = await page.evaluate(readPage);
    if (info.lang !== expectedLang) problems.push(`${path}: <html lang="${info.lang}">, not ${expectedLang}`);
    if (menuLabels === null) menuLabels = info.menu.join(' | ');
    else if (info.menu.join(' | ') !== menuLabels) problems.push(`${path}: the menu says "${info.menu.join(' | ')}", not "${menuLabels}"`);
    if (info.switcher === 0) problems.push(`${path}: no language switcher`);
    for (const h of info.headings) {
      if (RAW_KEY.test(h) || FIELD_NAMES.has(h)) problems.push(`${path}: a raw key is shown: "${h}"`);
    }
    for (const [k, width] of widths.entries()) {
      if (k > 0) await page.setViewportSize({ width, height: 800 });
      const o = await page.evaluate(overflow);
      if (o) problems.push(`${path}: ${o.width} px wide at ${width} px${o.worst ? ` (${o.worst.what} reaches ${o.worst.right} px)` : ''}`);
    }
    widths = widths.reverse();
    for (const href of info.links) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const p = url.pathname;
      if (!(p.endsWith('/') || p.endsWith('.html')) || seen.has(p)) continue;
      seen.add(p);
      queue.push(p);
    }
  }
  return { problems, visited };
}

let server;
let browser;
let page;
const dirs = [];

async function cleanup() {
  for (const step of [() => browser && browser.close(), () => server && server.close(), ...dirs.map((d) => () => removeDir(d))]) {
    try {
      await step();
    } catch (e) {
      console.error(`cleanup: ${e}`);
    }
  }
}

async function serveBuilt(sourceDir) {
  const out = await makeTempDir('urker-browser-languages-');
  dirs.push(out);
  await buildSite(URKER, sourceDir, out);
  if (server) await server.close();
  server = await serve(out);
  return server.origin;
}

function report(result, what) {
  console.log(`     ${what}: ${result.visited} pages`);
  check(result.problems.length === 0, `${result.problems.length} problem(s) ${what}:\n     ${result.problems.slice(0, 40).join('\n     ')}`);
}

// A bilingual site that has no _index.kk.md anywhere: its Kazakh part is still complete.
const BARE_SITE = {
  'site.yaml': 'title: {ru: "Сеть учителей", kk: "Мұғалімдер желісі"}\nlanguage: ru\nlanguages: [ru, kk]\nbase_url: "http://127.0.0.1/"\n'
    + 'menus:\n  main:\n    - {name: {ru: "Материалы", kk: "Материалдар"}, url: "/materials/", weight: 10}\n'
    + '    - {name: {ru: "Новости", kk: "Жаңалықтар"}, url: "/news/", weight: 20}\n',
  'content/members/ivanova-a.md': '---\ntitle: Иванова Анна\nschool: sh1\n---\nУчитель математики.\n',
  'content/schools/sh1.md': '---\ntitle: Школа № 1\n---\n',
  'content/materials/drobi.md': '---\ntitle: Дроби\ndate: 2026-09-01\nauthor: ivanova-a\nsubject: математика\ngrade: 5\nmaterial_type: lesson-plan\n---\nУрок.\n',
  'content/materials/sanau.kk.md': '---\ntitle: Санау\ndate: 2026-09-02\nauthor: ivanova-a\nsubject: математика\ngrade: 1\nmaterial_type: worksheet\n---\nСабақ.\n',
  'content/news/start.md': '---\ntitle: Начало года\ndate: 2026-09-01\n---\nНовость.\n',
};

const tests = [
  {
    name: 'the example portal builds and Chromium starts',
    async fn() {
      await mkdir(ARTIFACTS, { recursive: true });
      await serveBuilt(SOURCE);
      browser = await launchBrowser(PLAYWRIGHT, { viewport: { width: 1280, height: 900 } });
      page = await browser.context.newPage();
    },
  },
  {
    name: 'from "/", every page reached has the Russian interface, a switcher, no raw key and fits 320 and 375 px',
    async fn() {
      report(await crawl(page, server.origin, '/', { expectedLang: 'ru' }), 'from /');
    },
  },
  {
    name: 'from "/kk/", every page reached has the Kazakh interface, a switcher, no raw key and fits 320 and 375 px',
    async fn() {
      report(await crawl(page, server.origin, '/kk/', { expectedLang: 'kk' }), 'from /kk/');
    },
  },
  {
    name: 'a Russian-only material in the Kazakh part: Kazakh interface, its text marked lang="ru" with a note',
    async fn() {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${server.origin}/kk/materials/drobi-5-klass/`);
      const r = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: document.querySelector('h1').lang,
        prose: document.querySelector('.prose').lang,
        note: document.querySelector('.content-lang-note')?.textContent.trim(),
        switchTo: document.querySelector('.lang-switch a[hreflang="ru"]')?.getAttribute('href'),
      }));
      check(r.lang === 'kk' && r.h1 === 'ru' && r.prose === 'ru', `lang: html ${r.lang}, h1 ${r.h1}, prose ${r.prose}`);
      check(r.note === 'Материал орыс тілінде', `the note says "${r.note}"`);
      check(r.switchTo === '/materials/drobi-5-klass/', `the switcher leads to ${r.switchTo}`);
      for (const [lang, path] of [['ru', '/materials/drobi-5-klass/'], ['kk', '/kk/materials/drobi-5-klass/'], ['ru', '/'], ['kk', '/kk/'],
        ['ru', '/members/abenova-m/'], ['kk', '/kk/members/abenova-m/']]) {
        await page.goto(server.origin + path);
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const slug = path.replace(/^\/kk\//, '/').replaceAll('/', '-').replace(/^-|-$/g, '') || 'home';
          await page.screenshot({ path: join(ARTIFACTS, `languages-${lang}-${slug}-${width}.png`), fullPage: false });
        }
      }
    },
  },
  {
    name: 'the Kazakh menu fits one row at 1280 px, and no menu item or home tile breaks inside a word at 375 or 1280 px',
    async fn() {
      const brokenWords = () => [...document.querySelectorAll('.menu a, .tile-title')].filter((a) => a.getClientRects().length > 0).flatMap((a) => {
        const text = a.firstChild && a.firstChild.nodeType === Node.TEXT_NODE ? a.firstChild : null;
        if (!text) return [];
        const out = [];
        for (const m of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(m[0]);
        }
        return out;
      });
      for (const start of ['/', '/kk/']) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(server.origin + start);
        const rows = await page.evaluate(() => new Set([...document.querySelectorAll('.menu-bar .menu li')].map((li) => Math.round(li.getBoundingClientRect().top))).size);
        check(rows === 1, `${start}: the menu takes ${rows} rows at 1280 px`);
        let broken = await page.evaluate(brokenWords);
        check(broken.length === 0, `${start}: words broken at 1280 px: ${broken.join(', ')}`);
        await page.setViewportSize({ width: 375, height: 800 });
        await page.evaluate(() => { document.querySelector('.menu-fold').open = true; });
        broken = await page.evaluate(brokenWords);
        check(broken.length === 0, `${start}: words broken at 375 px: ${broken.join(', ')}`);
        await page.screenshot({ path: join(ARTIFACTS, `languages-menu-${start === '/' ? 'ru' : 'kk'}-375.png`) });
      }
    },
  },
  {
    name: 'a site without _index.kk.md has complete Kazakh sections, reached from "/kk/"',
    async fn() {
      const src = await makeTempDir('urker-browser-bare-');
      dirs.push(src);
      for (const [path, text] of Object.entries(BARE_SITE)) {
        await mkdir(dirname(join(src, path)), { recursive: true });
        await writeFile(join(src, path), text);
      }
      const origin = await serveBuilt(src);
      const result = await crawl(page, origin, '/kk/', { expectedLang: 'kk' });
      report(result, 'from /kk/ of a site without _index.kk.md');
      await page.goto(`${origin}/kk/`);
      const menu = await page.evaluate(() => [...document.querySelectorAll('.menu-bar .menu a')].map((a) => a.getAttribute('href')));
      check(menu.join(' ') === '/kk/materials/ /kk/news/', `the Kazakh menu leads to ${menu.join(' ')}`);
      report(await crawl(page, origin, '/', { expectedLang: 'ru' }), 'from / of a site without _index.kk.md');
    },
  },
];

let PLAYWRIGHT;
let result = { passed: 0, failed: 1 };
try {
  PLAYWRIGHT = loadPlaywright(SOURCE);
  const [setup, ...rest] = tests;
  result = await runTests([setup], { timeoutMs: 120000 });
  if (result.failed === 0) {
    const more = await runTests(rest, { timeoutMs: 420000 });
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
console.log(`screenshots: ${ARTIFACTS}`);
console.log(`browser languages: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed === 0 ? 0 : 1);
