#!/usr/bin/env node
// Browser tests of the site search (themes/default: templates/search.html, js/search.js) in
// real headless Chromium.
//
//   node tests/browser/search.test.mjs <urker binary> <source dir> [<artifacts dir>]
//
// Builds the example portal of <source dir> with the urker binary into a temporary folder,
// serves it on 127.0.0.1 (random port), drives /usr/bin/chromium through playwright-core
// (from <source dir>/node_modules) and checks what a visitor does: Russian and Kazakh words in
// other forms than in the text, prefixes, filters, ?q= links, typos, the keyboard, opening a
// result, the Kazakh interface, accessibility (axe-core), a phone, no JavaScript. Screenshots go
// to <artifacts dir> (default: <cwd>/browser-artifacts). The browser can reach only 127.0.0.1;
// every process and temporary folder the test starts is removed at the end. Prints
// "browser search: N passed, M failed" and exits non-zero when a test fails.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import {
  CHROMIUM, buildSite, check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, recordTransfers, removeDir, runTests, serve,
} from './helpers.mjs';

const [urkerArg, sourceArg, artifactsArg] = process.argv.slice(2);
if (!urkerArg || !sourceArg) {
  console.error('usage: node search.test.mjs <urker binary> <source dir> [<artifacts dir>]');
  process.exit(2);
}
const URKER = resolve(urkerArg);
const SOURCE = resolve(sourceArg);
const ARTIFACTS = resolve(artifactsArg || 'browser-artifacts');
const AXE = join(SOURCE, 'node_modules/axe-core/axe.min.js');

for (const [what, path] of [['urker binary', URKER], ['chromium', CHROMIUM], ['axe-core', AXE],
  ['playwright-core', join(SOURCE, 'node_modules/playwright-core')]]) {
  if (!existsSync(path)) {
    console.error(`browser search: ${what} not found at ${path}`);
    console.log('browser search: 0 passed, 1 failed');
    process.exit(1);
  }
}

const SEARCH_FILES = ['/search/engine.js', '/search/index.json', '/search/lunr.js', '/js/search.js'];
// The index shards and store entries (search.mode: sharded, the default), in bundle files read by
// range; the list of all terms and the filter values beside them.
const PARTS = {
  i: /^\/search\/index-\d+\.bin$/,
  s: /^\/search\/store-\d+\.bin$/,
  terms: /^\/search\/terms\.json$/,
  '': /^\/search\/(index-\d+\.bin|store-\d+\.bin|terms\.json|filters\.json)$/,
};
const shardRequests = (kind) => server.requests.filter((r) => PARTS[kind].test(r.split('?')[0]));
// What the example portal's first query may download, compressed as a static host serves it.
const FIRST_QUERY_BUDGET = 40 * 1024;

// Pages of the example content, checked by hand: each says «учитель»/«учителя»/«учителей»,
// none says «учителями».
const TEACHER_PAGES = ['/groups/nastavnichestvo/', '/materials/nastavnichestvo-pamyatka/', '/events/shkola-molodogo-uchitelya-sessiya-3/'];
// Both say «сабақ» (and «сабақты», «сабақтан»…), neither says «сабақтың».
const LESSON_PAGES = ['/events/ashyq-sabaq-a-dybysy/', '/materials/zhyl-mezgilderi-ashyq-sabaq-video/'];
// Kazakh pages that never say «сабақ» itself: the forum topic only «сабақтан» (and «сабағыма»), the
// news item «сабақтар» and «сабағындағы». Found through the Kazakh stemmer (stem «сабак»).
const LESSON_FORM_PAGES = ['/forum/zhas-mugalimnin-algashqy-zhyly/', '/news/qazaq-ab-otyrysy-qarasha/'];

let outDir;
let server;
let browser;
let page;
const pageErrors = [];
const consoleErrors = [];

async function cleanup() {
  const steps = [() => browser && browser.close(), () => server && server.close(), () => removeDir(outDir)];
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      console.error('cleanup:', e.message);
    }
  }
  browser = server = outDir = null;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanup().finally(() => process.exit(130));
  });
}

// ---- helpers on the page ------------------------------------------------------------------
function watch(p) {
  p.setDefaultTimeout(20000);
  p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' && new URL(p.url()).pathname.includes('/search/')) consoleErrors.push(`${p.url()}: ${m.text()}`);
  });
  return p;
}

const renders = (p) => p.locator('#search-app').evaluate((el) => Number(el.dataset.renders || 0));

// Types `q` into the search box (character by character when `slowly`) and waits until the
// results for exactly that text are on the page.
async function searchFor(p, q, { slowly = false } = {}) {
  const box = p.locator('#search-q');
  if (slowly) {
    await box.fill('');
    await box.pressSequentially(q, { delay: 40 });
  } else {
    await box.fill(q);
  }
  await p.waitForFunction((text) => {
    const app = document.getElementById('search-app');
    return app && app.dataset.query === text && !document.getElementById('search-results').hasAttribute('aria-busy');
  }, q);
}

// Runs `action` and waits until the results have been drawn again.
async function andRerender(p, action) {
  const before = await renders(p);
  await action();
  await p.waitForFunction((n) => Number(document.getElementById('search-app').dataset.renders || 0) > n, before);
}

const resultHrefs = (p) => p.locator('#search-results .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
const resultKinds = (p) => p.locator('#search-results .search-kind').allTextContents();
const statusText = (p) => p.locator('#search-status').textContent();

async function showAll(p) {
  while (await p.locator('#search-more').isVisible()) await andRerender(p, () => p.locator('#search-more').click());
}

function requestsFor(paths) {
  return server.requests.filter((r) => paths.some((path) => r.split('?')[0] === path));
}

async function gotoSearch(query = '', prefix = '') {
  await page.goto(`${server.origin}${prefix}/search/${query}`);
  await page.locator('#search-app:not([hidden])').waitFor();
}

async function axeCheck(p, label) {
  await p.addScriptTag({ url: '/__test__/axe.min.js' });
  const result = await p.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  const lines = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n       ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join('\n       ')}`);
  check(result.violations.length === 0, `${label}: ${result.violations.length} axe violation(s)\n     ${lines.join('\n     ')}`);
}

async function screenshot(p, name, options = {}) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: join(ARTIFACTS, name), animations: 'disabled', ...options });
}

// ---- the tests ----------------------------------------------------------------------------
const tests = [
  {
    name: 'the example portal builds with its search page, index, store and lunr.js',
    async fn() {
      await buildSite(URKER, SOURCE, outDir);
      for (const f of ['search/index.html', 'kk/search/index.html', 'search/index.json', 'search/index.json.gz', 'search/lunr.js',
        'search/lunr.js.gz', 'search/engine.js', 'search/engine.js.gz', 'search/index-0.bin', 'search/store-0.bin',
        'search/terms.json', 'search/terms.json.gz', 'search/filters.json', 'js/search.js', 'css/search.css']) {
        check(existsSync(join(outDir, f)), `${f} was not written`);
      }
      // Every index shard in the bundles, cut where the manifest says (as the page's
      // range-bundle.js does) and inflated, is read by lunr-shards.js into one lunr.Index that the
      // real lunr.js queries.
      const { lunr } = await import(join(SOURCE, 'tests/compat/lunr_env.mjs'));
      const req = createRequire(join(SOURCE, 'package.json'));
      const RangeBundle = req(join(SOURCE, 'src/search/range-bundle.js'));
      const LunrShards = req(join(SOURCE, 'src/search/lunr-shards.js'));
      const manifest = JSON.parse(readFileSync(join(outDir, 'search/index.json'), 'utf8'));
      const parts = RangeBundle.layout(manifest.index);
      checkEqual(parts.length, manifest.shards.length, 'index shards in the bundles');
      const shardJson = (k) => {
        const [file, offset, length] = parts[k];
        const bytes = readFileSync(join(outDir, 'search', manifest.index.files[file])).subarray(offset, offset + length);
        return JSON.parse(gunzipSync(bytes).toString('utf8'));
      };
      const sharded = LunrShards.create(lunr, manifest, (p) => JSON.parse(readFileSync(join(outDir, 'search', p), 'utf8')),
        { loadShards: (numbers) => numbers.map(shardJson) });
      await sharded.prepare((q) => q.term('*', { wildcard: lunr.Query.wildcard.TRAILING }));
      checkEqual(sharded.loadedShards().length, parts.length, 'shards loaded by a query for every term');
      check(sharded.index().search('урок').length > 0, 'the merged index finds «урок»');
      server = await serve(outDir, { extra: { '/__test__/axe.min.js': AXE } });
      browser = await launchBrowser(PLAYWRIGHT, { viewport: { width: 1280, height: 900 } });
      page = watch(await browser.context.newPage());
    },
  },
  {
    name: 'other pages load no search code and no index; the header box leads to the search page',
    async fn() {
      server.requests.length = 0;
      // The home page has its own search box instead of the header's: a section page has the header's.
      await page.goto(`${server.origin}/materials/`);
      await page.waitForLoadState('load');
      const box = page.locator('.site-header .search-input');
      await box.click();
      await box.fill('сабақ');
      await page.waitForTimeout(300);
      checkEqual(requestsFor(SEARCH_FILES).length + shardRequests('').length, 0, 'search files requested by a section page');
      await Promise.all([page.waitForURL('**/search/?q=*'), box.press('Enter')]);
      await page.waitForFunction(() => document.getElementById('search-app').dataset.query === 'сабақ');
      const hrefs = await resultHrefs(page);
      check(LESSON_PAGES.every((h) => hrefs.includes(h)), `header search «сабақ» did not find ${LESSON_PAGES}: ${hrefs}`);
    },
  },
  {
    name: 'the search page focuses its box and loads the index only when the visitor types',
    async fn() {
      server.requests.length = 0;
      await gotoSearch();
      await page.waitForTimeout(500);
      checkEqual(await page.evaluate(() => document.activeElement && document.activeElement.id), 'search-q', 'focused element');
      checkEqual(requestsFor(SEARCH_FILES.slice(0, 3)).length + shardRequests('').length, 0, 'index requests before typing');
      check(await page.locator('#search-browse').isVisible(), 'the sections are not shown before a search');
      server.rangeRequests.length = 0;
      await searchFor(page, 'мектеп');
      checkEqual(requestsFor(['/search/engine.js']).length, 1, 'engine.js (lunr with the manifest) requests after typing');
      checkEqual(requestsFor(['/search/index.json', '/search/lunr.js']).length, 0, 'index.json or lunr.js requested beside engine.js');
      // One request for the index shards, one for the results' store entries: each a Range request.
      checkEqual(shardRequests('i').length, 1, 'requests for index shards');
      checkEqual(shardRequests('s').length, 1, 'requests for store entries');
      const ranges = server.rangeRequests.filter((r) => PARTS.i.test(r.path));
      checkEqual(ranges.length, 1, 'range requests for index shards');
      const shardRanges = ranges[0].range.replace(/^bytes=/, '').split(',').length;
      check(shardRanges >= 1 && shardRanges <= 4, `byte ranges of index shards for «мектеп»: ${ranges[0].range}`);
      checkEqual(shardRequests('terms').length, 0, 'the list of all terms loaded for a word that is in the index');
      checkEqual(requestsFor(['/search/store.json']).length, 0, 'store.json requests (there is none with shards)');
      check((await resultHrefs(page)).length > 0, 'no results for «мектеп»');
      check((await resultHrefs(page)).every((h) => h.startsWith('/')), `result links: ${await resultHrefs(page)}`);
    },
  },
  {
    name: 'the first query on a fresh page downloads at most 40 KB (gzip, as a static host serves it); a second query little more',
    async fn() {
      const p = watch(await browser.context.newPage());
      const transfers = await recordTransfers(browser.context, p);
      try {
        await p.goto(`${server.origin}/search/`);
        await p.locator('#search-app:not([hidden])').waitFor();
        await p.waitForLoadState('networkidle');
        const measure = async (q) => {
          const from = transfers.length;
          await searchFor(p, q);
          await p.waitForLoadState('networkidle');
          const mine = transfers.slice(from);
          return { q, requests: mine.length, bytes: mine.reduce((n, t) => n + t.bytes, 0), files: mine.map((t) => `${t.path} ${t.bytes}`) };
        };
        const first = await measure('учителями');
        const second = await measure('сабақ');
        console.log(`  first query «${first.q}»: ${first.requests} requests, ${first.bytes} bytes\n    ${first.files.join('\n    ')}`);
        console.log(`  second query «${second.q}»: ${second.requests} requests, ${second.bytes} bytes\n    ${second.files.join('\n    ')}`);
        check(first.bytes <= FIRST_QUERY_BUDGET, `first query: ${first.bytes} bytes > ${FIRST_QUERY_BUDGET}`);
        check(first.requests <= 3, `first query: ${first.requests} requests, more than 3`);
        check(first.files.some((f) => f.startsWith('/search/engine.js')), `engine.js not among the first query's downloads: ${first.files}`);
        check(second.requests <= 2, `second query: ${second.requests} requests, more than 2`);
        check(second.bytes <= FIRST_QUERY_BUDGET, `second query: ${second.bytes} bytes`);
        check(second.bytes > 0, 'the second query downloaded nothing (its shards are not the first one\'s)');
        check((await resultHrefs(p)).length > 0, 'no results for the second query');
      } finally {
        await p.close();
      }
    },
  },
  {
    name: 'a host that ignores ranges, or serves only the first of several, gets the same results',
    async fn() {
      await searchFor(page, 'сабақ');
      const expected = await resultHrefs(page);
      check(expected.length > 0, 'no results for «сабақ»');
      for (const ranges of ['none', 'first']) {
        const other = await serve(outDir, { ranges });
        const p = watch(await browser.context.newPage());
        try {
          await p.goto(`${other.origin}/search/?q=${encodeURIComponent('сабақ')}`);
          await p.waitForFunction(() => document.getElementById('search-app').dataset.query === 'сабақ'
            && !document.getElementById('search-results').hasAttribute('aria-busy'));
          checkEqual(JSON.stringify(await resultHrefs(p)), JSON.stringify(expected), `results with ranges: ${ranges}`);
          check(other.rangeRequests.length > 0, `no range request reached the server (${ranges})`);
        } finally {
          await p.close();
          await other.close();
        }
      }
    },
  },
  {
    name: 'an old engine.js kept by the browser after a rebuild: the search loads it again and works',
    async fn() {
      await searchFor(page, 'сабақ');
      const expected = await resultHrefs(page);
      const p = watch(await browser.context.newPage());
      const engines = [];
      // The first engine.js answered has a manifest whose index sizes do not match the bundle, as
      // an engine.js from an earlier build would.
      await p.route('**/search/engine.js*', async (route) => {
        engines.push(new URL(route.request().url()).search);
        if (engines.length > 1) return route.continue();
        const response = await route.fetch();
        const body = (await response.text()).replace(/"sizes":"([^"]*)"/, (m, sizes) => `"sizes":"${[...sizes].reverse().join('')}"`);
        return route.fulfill({ response, body, headers: { 'content-type': 'text/javascript; charset=utf-8' } });
      });
      try {
        await p.goto(`${server.origin}/search/?q=${encodeURIComponent('сабақ')}`);
        await p.waitForFunction(() => document.getElementById('search-app').dataset.query === 'сабақ'
          && !document.getElementById('search-results').hasAttribute('aria-busy')
          && document.querySelectorAll('#search-results .card-title a').length > 0);
        checkEqual(JSON.stringify(await resultHrefs(p)), JSON.stringify(expected), 'results after engine.js was loaded again');
        checkEqual(engines.length, 2, 'engine.js requests');
        check(/^\?r=\d+$/.test(engines[1]), `the second engine.js request passes the cache: ${engines[1]}`);
        checkEqual(await p.locator('#search-subject option').count(), await page.locator('#search-subject option').count(),
          'subject options after the second load (none twice)');
      } finally {
        await p.close();
      }
    },
  },
  {
    name: 'Russian: «учителями» finds pages that say «учитель», «учителя» and marks those words',
    async fn() {
      await gotoSearch();
      await searchFor(page, 'учителями');
      await screenshot(page, 'search-desktop.png');
      await showAll(page);
      const hrefs = await resultHrefs(page);
      for (const h of TEACHER_PAGES) check(hrefs.includes(h), `«учителями» did not find ${h}`);
      const first = page.locator('#search-results .search-result', { has: page.locator(`a[href="${TEACHER_PAGES[0]}"]`) });
      const marks = await first.locator('mark').allTextContents();
      check(marks.length > 0 && marks.every((m) => /^учител/i.test(m)), `marks in ${TEACHER_PAGES[0]}: ${JSON.stringify(marks)}`);
      check(await page.evaluate(() => /[?&]q=%D1%83%D1%87/.test(location.search)), 'the query is not in the address');
    },
  },
  {
    name: 'a word only inside an attachment finds its material, which says in which file (Russian and Kazakh)',
    async fn() {
      // «отклонение» is only in the pendulum lab's workbook, mayatnik-raschet.xlsx, not in any page's text.
      // The material has two files with text; the result names both (the index does not say which).
      const lab = '/materials/laboratornaya-mayatnik-9/';
      for (const [prefix, said] of [['', 'найдено в файлах laboratornaya-mayatnik.pdf, mayatnik-raschet.xlsx'],
        ['/kk', 'laboratornaya-mayatnik.pdf, mayatnik-raschet.xlsx файлдарынан табылды']]) {
        await gotoSearch('', prefix);
        await searchFor(page, 'отклонение');
        const hrefs = await resultHrefs(page);
        check(hrefs.some((h) => h.endsWith(lab)), `«отклонение» (${prefix || 'ru'}) did not find ${lab}: ${hrefs}`);
        const card = page.locator('#search-results .search-result', { has: page.locator(`a[href$="${lab}"]`) }).first();
        checkEqual((await card.locator('.search-found-in').textContent()).trim(), said, 'where the word was found');
      }
      // A word of the page's own text names no file, even if the page's files have it too.
      await gotoSearch();
      await searchFor(page, 'лабораторная');
      const card = page.locator('#search-results .search-result', { has: page.locator(`a[href$="${lab}"]`) }).first();
      checkEqual(await card.locator('.search-found-in').count(), 0, '«найдено в файле» for a word of the page itself');
    },
  },
  {
    name: 'Kazakh: «сабақ» and the inflected «сабақтың» find the open lessons',
    async fn() {
      await gotoSearch();
      for (const q of ['сабақ', 'сабақтың', 'Сабақтарды']) {
        await searchFor(page, q);
        await showAll(page);
        const hrefs = await resultHrefs(page);
        for (const h of LESSON_PAGES) check(hrefs.includes(h), `«${q}» did not find ${h}: ${hrefs.slice(0, 8)}`);
      }
    },
  },
  {
    name: 'Kazakh typed without Kazakh letters: «Шанырак» finds and marks «Шаңырақ», «сабак» finds «сабақ»',
    async fn() {
      await gotoSearch();
      await searchFor(page, 'Шанырак');
      checkEqual(await page.locator('#search-app').getAttribute('data-mode'), 'exact', 'mode for «Шанырак»');
      await showAll(page);
      const hrefs = await resultHrefs(page);
      check(hrefs.includes('/schools/litsey-shanyrak/'), `«Шанырак» did not find the lyceum: ${hrefs.slice(0, 8)}`);
      const marks = await page.locator('#search-results mark').allTextContents();
      check(marks.some((m) => m === 'Шаңырақ'), `«Шаңырақ» not marked: ${JSON.stringify(marks.slice(0, 8))}`);
      await searchFor(page, 'сабак');
      await showAll(page);
      const lessons = await resultHrefs(page);
      for (const h of LESSON_PAGES) check(lessons.includes(h), `«сабак» did not find ${h}: ${lessons.slice(0, 8)}`);
    },
  },
  {
    name: 'typing part of a word («формати») already finds «формативное оценивание»',
    async fn() {
      await gotoSearch();
      await searchFor(page, 'формати', { slowly: true });
      const hrefs = await resultHrefs(page);
      check(hrefs.includes('/materials/formativnoe-otsenivanie-priemy/'), `«формати» did not find the material: ${hrefs.slice(0, 8)}`);
      const marks = await page.locator('#search-results mark').allTextContents();
      check(marks.some((m) => /^формати/i.test(m)), `no «формати…» marked: ${JSON.stringify(marks.slice(0, 8))}`);
    },
  },
  {
    name: 'filters by kind, subject and type narrow the results and go into the address',
    async fn() {
      await gotoSearch();
      await searchFor(page, 'урок');
      const all = await page.evaluate(() => document.getElementById('search-status').textContent);
      const count = async () => Number(((await statusText(page)).match(/\d+/) || ['0'])[0]);
      const total = await count();
      check(total > 5, `too few results for «урок» to test the filters (${all})`);
      await andRerender(page, () => page.locator('#search-kinds input[value="material"]').check());
      const materials = await count();
      check(materials > 0 && materials < total, `kind filter: ${materials} of ${total}`);
      await showAll(page);
      const kinds = new Set(await resultKinds(page));
      checkEqual([...kinds].join(), 'Материал', 'kinds shown with the material filter');
      await andRerender(page, () => page.locator('#search-subject').selectOption('математика'));
      const maths = await count();
      check(maths > 0 && maths < materials, `subject filter: ${maths} of ${materials}`);
      const url = new URL(page.url());
      checkEqual(url.searchParams.get('kind'), 'material', 'kind in the address');
      checkEqual(url.searchParams.get('subject'), 'математика', 'subject in the address');
      await andRerender(page, () => page.locator('#search-clear-filters').click());
      checkEqual(await count(), total, 'results after clearing the filters');
      await andRerender(page, () => page.locator('#search-type').selectOption('lesson-plan'));
      const plans = await count();
      check(plans > 0 && plans < total, `type filter: ${plans} of ${total}`);
      await andRerender(page, () => page.locator('#search-grade').selectOption('5'));
      check((await count()) <= plans, 'grade filter widened the results');
    },
  },
  {
    name: 'a ?q= link shows the results on load, with its filters (and the catalogue form’s section=)',
    async fn() {
      await gotoSearch('?q=%D1%81%D0%B0%D0%B1%D0%B0%D2%9B&kind=event');
      await page.waitForFunction(() => document.getElementById('search-app').dataset.query === 'сабақ');
      checkEqual(await page.locator('#search-q').inputValue(), 'сабақ', 'box value');
      check(await page.locator('#search-kinds input[value="event"]').isChecked(), 'event filter not checked');
      const hrefs = await resultHrefs(page);
      check(hrefs.includes('/events/ashyq-sabaq-a-dybysy/'), `deep link did not find the open lesson: ${hrefs}`);
      checkEqual([...new Set(await resultKinds(page))].join(), 'Мероприятие', 'kinds with kind=event');
      await gotoSearch('?q=%D0%B4%D1%80%D0%BE%D0%B1%D0%B8&section=materials');
      await page.waitForFunction(() => document.getElementById('search-app').dataset.query === 'дроби');
      check(await page.locator('#search-kinds input[value="material"]').isChecked(), 'section=materials did not check the material filter');
      check((await resultHrefs(page)).length > 0, 'no materials for «дроби»');
      checkEqual(new URL(page.url()).searchParams.get('kind'), 'material', 'section= rewritten as kind=');
    },
  },
  {
    name: 'a typo: "nothing found", then results for the corrected word, which can be searched',
    async fn() {
      await gotoSearch();
      await searchFor(page, 'учитилями');
      checkEqual(await page.locator('#search-app').getAttribute('data-mode'), 'corrected', 'mode');
      const note = await page.locator('#search-note').innerText();
      check(note.includes('«учитилями» ничего не найдено'), `note: ${note}`);
      const suggestion = page.locator('#search-note a.search-suggestion');
      checkEqual(await suggestion.textContent(), 'учителя', 'suggested word');
      const hrefs = await resultHrefs(page);
      check(TEACHER_PAGES.some((h) => hrefs.includes(h)), `fuzzy results: ${hrefs.slice(0, 8)}`);
      await screenshot(page, 'search-typo.png');
      await suggestion.click();
      await page.waitForFunction(() => document.getElementById('search-app').dataset.query === 'учителя');
      checkEqual(await page.locator('#search-app').getAttribute('data-mode'), 'exact', 'mode after the suggestion');
      check(await page.locator('#search-note').isHidden(), 'the note stays after searching the suggestion');
    },
  },
  {
    name: 'nothing at all: a clear message, tips and the sections to browse',
    async fn() {
      await gotoSearch();
      await searchFor(page, 'щъыжфхз qwxzv');
      checkEqual(await page.locator('#search-app').getAttribute('data-mode'), 'none', 'mode');
      checkEqual(await page.locator('#search-results li').count(), 0, 'results');
      const note = await page.locator('#search-note').innerText();
      check(note.includes('ничего не найдено') && note.includes('Проверьте написание'), `note: ${note}`);
      check(await page.locator('#search-browse').isVisible(), 'sections not shown');
      check((await statusText(page)).includes('ничего не найдено'), 'status does not say "nothing found"');
    },
  },
  {
    name: 'lunr operators and odd input («5-класс», «C++», «title:x^2~1*») never break the search',
    async fn() {
      await gotoSearch();
      const before = pageErrors.length;
      for (const q of ['5-класс', 'C++', 'title:дроби^2 ~1*', '+-:^~*', '"<img src=x>"', 'и в на']) {
        await searchFor(page, q);
        const mode = await page.locator('#search-app').getAttribute('data-mode');
        check(['exact', 'corrected', 'any', 'none'].includes(mode), `«${q}»: mode ${mode}`);
        checkEqual(await page.locator('#search-results img').count(), 0, `«${q}» made markup`);
      }
      checkEqual(pageErrors.length, before, `page errors: ${pageErrors.slice(before)}`);
      await searchFor(page, '5-класс');
      check((await resultHrefs(page)).length > 0, 'no results for «5-класс»');
    },
  },
  {
    name: 'keyboard: ↓/↑ move through the results and back to the box, Esc clears, Enter opens',
    async fn() {
      await gotoSearch();
      await searchFor(page, 'наставник');
      const hrefs = await resultHrefs(page);
      check(hrefs.length >= 3, `need 3 results, got ${hrefs.length}`);
      const focused = () => page.evaluate(() => (document.activeElement.id === 'search-q' ? 'box' : document.activeElement.getAttribute('href')));
      await page.locator('#search-q').focus();
      await page.keyboard.press('ArrowDown');
      checkEqual(await focused(), hrefs[0], 'after ↓');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      checkEqual(await focused(), hrefs[2], 'after ↓↓↓');
      await page.keyboard.press('ArrowUp');
      checkEqual(await focused(), hrefs[1], 'after ↑');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      checkEqual(await focused(), 'box', 'after ↑ from the first result');
      await page.keyboard.press('ArrowDown');
      await andRerender(page, () => page.keyboard.press('Escape'));
      checkEqual(await focused(), 'box', 'focus after Esc');
      checkEqual(await page.locator('#search-q').inputValue(), '', 'box after Esc');
      checkEqual(await page.locator('#search-results li').count(), 0, 'results after Esc');
      checkEqual(new URL(page.url()).search, '', 'address after Esc');
      await searchFor(page, 'наставник');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(`**${hrefs[1]}`), page.keyboard.press('Enter')]);
      checkEqual(new URL(page.url()).pathname, hrefs[1], 'page opened by Enter');
    },
  },
  {
    name: 'clicking a result opens its page (address and heading)',
    async fn() {
      await gotoSearch();
      await searchFor(page, 'сабақтың');
      const link = page.locator(`#search-results a[href="${LESSON_PAGES[0]}"]`);
      const title = (await link.textContent()).trim();
      await Promise.all([page.waitForURL(`**${LESSON_PAGES[0]}`), link.click()]);
      checkEqual(new URL(page.url()).pathname, LESSON_PAGES[0], 'address');
      checkEqual((await page.locator('h1').first().textContent()).trim(), title, 'heading');
    },
  },
  {
    name: 'Kazakh stemming on /kk/search/: «сабақ» and «сабағы» find pages with only «сабақтан»/«сабақтар», pages saying «сабақ» first; «Шанырак» finds «Шаңырақ»',
    async fn() {
      await gotoSearch('', '/kk');
      // Results on /kk/search/ open the Kazakh interface's pages: compare them by their address in
      // the main language.
      const inMainLanguage = async () => {
        const found = await resultHrefs(page);
        check(found.every((h) => h.startsWith('/kk/')), `a result of /kk/search/ leaves the Kazakh interface: ${found.slice(0, 8)}`);
        return found.map((h) => h.replace(/^\/kk\//, '/'));
      };
      await searchFor(page, 'сабақ');
      checkEqual(await page.locator('#search-app').getAttribute('data-mode'), 'exact', 'mode for «сабақ»');
      await showAll(page);
      let hrefs = await inMainLanguage();
      for (const h of [...LESSON_PAGES, ...LESSON_FORM_PAGES]) check(hrefs.includes(h), `«сабақ» did not find ${h}: ${hrefs.slice(0, 12)}`);
      // The pages that say the word itself (in their titles too) rank above those with another form of it.
      const lastExact = Math.max(...LESSON_PAGES.map((h) => hrefs.indexOf(h)));
      const firstForm = Math.min(...LESSON_FORM_PAGES.map((h) => hrefs.indexOf(h)));
      check(lastExact < firstForm, `«сабақ» ranks a page with only an inflected form (${firstForm}) above one with the word (${lastExact}): ${hrefs.slice(0, 12)}`);
      // A possessive form: its stem is «сабак» too (no prefix of «сабағы» is in «сабақтан»).
      await searchFor(page, 'сабағы');
      checkEqual(await page.locator('#search-app').getAttribute('data-mode'), 'exact', 'mode for «сабағы»');
      await showAll(page);
      hrefs = await inMainLanguage();
      for (const h of [...LESSON_PAGES, ...LESSON_FORM_PAGES]) check(hrefs.includes(h), `«сабағы» did not find ${h}: ${hrefs.slice(0, 12)}`);
      await searchFor(page, 'Шанырак');
      checkEqual(await page.locator('#search-app').getAttribute('data-mode'), 'exact', 'mode for «Шанырак» on /kk/search/');
      await showAll(page);
      hrefs = await inMainLanguage();
      check(hrefs.some((h) => h.endsWith('/schools/litsey-shanyrak/')), `«Шанырак» on /kk/search/ did not find the lyceum: ${hrefs.slice(0, 8)}`);
      const marks = await page.locator('#search-results mark').allTextContents();
      check(marks.some((m) => m === 'Шаңырақ'), `«Шаңырақ» not marked on /kk/search/: ${JSON.stringify(marks.slice(0, 8))}`);
    },
  },
  {
    name: 'Kazakh interface: /kk/search/ speaks Kazakh (labels, dates) and finds Russian words too',
    async fn() {
      await gotoSearch('?q=%D0%BC%D2%B1%D2%93%D0%B0%D0%BB%D1%96%D0%BC%D0%B4%D0%B5%D1%80%D0%B3%D0%B5', '/kk');
      await page.waitForFunction(() => document.getElementById('search-app').dataset.query === 'мұғалімдерге');
      checkEqual(await page.getAttribute('html', 'lang'), 'kk', 'html lang');
      check((await statusText(page)).includes('нәтиже табылды'), `status: ${await statusText(page)}`);
      const kinds = await page.locator('#search-kinds .search-kind-name').allTextContents();
      check(kinds.includes('Материал') && kinds.includes('Іс-шара'), `kind labels: ${kinds}`);
      const dates = await page.locator('#search-results time').allTextContents();
      check(dates.length > 0 && dates.every((d) => /^\d{4}\s?ж\.\s\d{1,2}\s\p{L}+$/u.test(d)), `Kazakh dates: ${dates.slice(0, 3)}`);
      await screenshot(page, 'search-kk-desktop.png');
      await searchFor(page, 'учителями');
      check((await resultHrefs(page)).length > 0, 'no results for «учителями» on the Kazakh page');
    },
  },
  {
    name: 'each search page opens results in its own interface: /kk/ pages from /kk/search/, each page once',
    async fn() {
      for (const [prefix, q] of [['/kk', 'закон'], ['/kk', 'учителя'], ['/kk', 'жыл'], ['', 'закон'], ['', 'жыл'], ['', 'сабақ']]) {
        await gotoSearch(`?q=${encodeURIComponent(q)}`, prefix);
        await page.waitForFunction((text) => document.getElementById('search-app').dataset.query === text, q);
        await showAll(page);
        const hrefs = await resultHrefs(page);
        check(hrefs.length > 0, `${prefix}/search/ «${q}»: no results`);
        const foreign = hrefs.filter((h) => (prefix ? !h.startsWith(`${prefix}/`) : h.startsWith('/kk/')));
        check(foreign.length === 0, `${prefix}/search/ «${q}» leads out of its interface: ${foreign.slice(0, 5)}`);
        checkEqual(new Set(hrefs).size, hrefs.length, `${prefix}/search/ «${q}»: a page listed twice (${hrefs})`);
      }
      // A Russian material whose Kazakh view has its own slug, and a news item translated into Kazakh.
      await gotoSearch(`?q=${encodeURIComponent('закон Ома')}`, '/kk');
      await page.waitForFunction(() => document.getElementById('search-app').dataset.query === 'закон Ома');
      check((await resultHrefs(page)).includes('/kk/materials/zakon-oma-dlya-uchastka-tsepi/'), `«закон Ома» on /kk/search/: ${await resultHrefs(page)}`);
      const link = page.locator('#search-results .card-title a[href="/kk/materials/zakon-oma-dlya-uchastka-tsepi/"]');
      await Promise.all([page.waitForURL('**/kk/materials/zakon-oma-dlya-uchastka-tsepi/'), link.click()]);
      checkEqual(await page.getAttribute('html', 'lang'), 'kk', 'the opened result\'s interface');
    },
  },
  {
    name: 'axe-core: no WCAG 2.2 AA or best-practice violations, light and dark, with results and filters',
    async fn() {
      await gotoSearch('?q=%D1%83%D1%87%D0%B8%D1%82%D0%B5%D0%BB%D1%8F');
      await page.waitForFunction(() => document.getElementById('search-app').dataset.query === 'учителя');
      check(await page.locator('#search-filters').evaluate((d) => d.open), 'filters not open on a wide screen');
      await axeCheck(page, 'light');
      await page.emulateMedia({ colorScheme: 'dark' });
      try {
        await gotoSearch('?q=%D1%83%D1%87%D0%B8%D1%82%D0%B5%D0%BB%D1%8F&kind=material');
        await page.waitForFunction(() => document.getElementById('search-app').dataset.query === 'учителя');
        await axeCheck(page, 'dark');
        await screenshot(page, 'search-desktop-dark.png');
        await searchFor(page, 'щъыжфхз');
        await axeCheck(page, 'dark, nothing found');
      } finally {
        await page.emulateMedia({ colorScheme: 'light' });
      }
    },
  },
  {
    name: 'phone: the page fits the screen, filters fold, results work by touch',
    async fn() {
      const phone = await launchBrowser(PLAYWRIGHT, {
        viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      });
      try {
        const p = watch(await phone.context.newPage());
        await p.goto(`${server.origin}/search/?q=%D1%81%D0%B0%D0%B1%D0%B0%D2%9B`);
        await p.waitForFunction(() => document.getElementById('search-app').dataset.query === 'сабақ');
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        check(overflow <= 0, `the page is ${overflow}px wider than the phone`);
        check(!(await p.locator('#search-filters').evaluate((d) => d.open)), 'filters open on a phone');
        await screenshot(p, 'search-phone.png');
        await p.locator('#search-filters summary').tap();
        await andRerender(p, () => p.locator('#search-kinds input[value="material"]').tap());
        checkEqual([...new Set(await resultKinds(p))].join(), 'Материал', 'kinds after tapping the filter');
        await screenshot(p, 'search-phone-filters.png', { fullPage: true });
        const href = (await resultHrefs(p))[0];
        await Promise.all([p.waitForURL(`**${href}`), p.locator(`#search-results a[href="${href}"]`).tap()]);
        checkEqual(phone.blocked.length, 0, `requests outside 127.0.0.1 from the phone: ${phone.blocked}`);
      } finally {
        await phone.close();
      }
    },
  },
  {
    name: 'without JavaScript: a message, the sections and a plain working form',
    async fn() {
      const p = await browser.context.newPage();
      p.setDefaultTimeout(20000);
      try {
        const cdp = await browser.context.newCDPSession(p);
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
        await p.goto(`${server.origin}/search/`);
        check(await p.locator('.search-noscript').isVisible(), 'no noscript message');
        check(await p.locator('#search-app').isHidden(), 'the script-only part is shown');
        check(await p.locator('#search-browse').isVisible(), 'the sections are not shown');
        await p.locator('#search-q').fill('дроби');
        await Promise.all([p.waitForURL('**/search/?q=*'), p.locator('#search-q').press('Enter')]);
        checkEqual(new URL(p.url()).searchParams.get('q'), 'дроби', 'query sent by the plain form');
      } finally {
        await p.close();
      }
    },
  },
  {
    name: 'an index that cannot be downloaded gives a clear message, and typing again retries',
    async fn() {
      const p = await browser.context.newPage();
      p.setDefaultTimeout(20000);
      const failing = (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' });
      try {
        // First the script with lunr and the manifest, then the bundle of index shards.
        await p.route('**/search/engine.js', failing);
        await p.goto(`${server.origin}/search/`);
        await p.locator('#search-q').fill('сабақ');
        await p.waitForFunction(() => document.getElementById('search-status').textContent.includes('Не удалось загрузить'));
        await p.unroute('**/search/engine.js', failing);
        await p.route('**/search/index-*.bin', failing);
        await p.locator('#search-q').fill('сабақтар');
        await p.waitForFunction(() => document.getElementById('search-status').textContent.includes('Не удалось загрузить'));
        await p.unroute('**/search/index-*.bin', failing);
        await p.locator('#search-q').fill('сабақтары');
        await p.waitForFunction(() => document.getElementById('search-app').dataset.query === 'сабақтары');
        check((await resultHrefs(p)).length > 0, 'no results after the retry');
      } finally {
        await p.close();
      }
    },
  },
  {
    name: 'no script errors and no CSP violations on the search pages; nothing left 127.0.0.1',
    async fn() {
      checkEqual(pageErrors.length, 0, `page errors: ${pageErrors.join('\n')}`);
      checkEqual(consoleErrors.length, 0, `console errors: ${consoleErrors.join('\n')}`);
      checkEqual(browser.blocked.length, 0, `requests outside 127.0.0.1: ${browser.blocked.join(', ')}`);
      check(server.requests.length > 0, 'the server saw no requests');
    },
  },
];

// ---- run ----------------------------------------------------------------------------------
let PLAYWRIGHT;
let result = { passed: 0, failed: 1 };
try {
  PLAYWRIGHT = loadPlaywright(SOURCE);
  await mkdir(ARTIFACTS, { recursive: true });
  outDir = await makeTempDir('urker-browser-site-');
  // The first test builds and starts everything; without it the others cannot run.
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
console.log(`screenshots: ${ARTIFACTS}`);
console.log(`browser search: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed === 0 ? 0 : 1);
