#!/usr/bin/env node
// The search's download budget at 10 000 materials (issue 11), measured in headless Chromium:
// a corpus from gen_corpus.py (10 000 materials, 500 members, 1 000 news…, Russian and Kazakh)
// is built with the default theme and served as a static host serves it (the .gz siblings,
// Range requests answered as nginx does). On a fresh /search/ page, the first query must transfer
// at most 100 KB in at most 3 requests; each further query at most 50 KB in at most 2; the search
// writes at most 30 files, and the site in one interface language stays under 20 000 files. The bytes are Chromium's encodedDataLength (compressed body and
// headers). The queries are words of material titles, picked at even steps through the corpus,
// and two words of a subject's name.
//
//   node tests/browser/search_budget.test.mjs URKER GEN_CORPUS_PY ARTIFACTS_DIR [MATERIALS]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, recordTransfers, removeDir, runTests, searchAndSettle, serve } from './helpers.mjs';

const [URKER, GENERATOR, ARTIFACTS, MATERIALS = '10000'] = process.argv.slice(2);
if (!URKER || !GENERATOR || !ARTIFACTS) {
  console.error('usage: node search_budget.test.mjs <urker binary> <gen_corpus.py> <artifacts dir> [materials]');
  process.exit(2);
}
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIRST_QUERY = { bytes: 100 * 1024, requests: 3 };
const FURTHER_QUERY = { bytes: 50 * 1024, requests: 2 };
const MAX_FILES = 20000;
const MAX_SEARCH_FILES = 30;

let work;
let out;
let server;
let browser;
const figures = [];

function countFiles(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(join(dir, e.name)) : 1;
  return n;
}

// Words a visitor might look for: the longest word of every n-th material's title, and the
// first subject's name.
function pickQueries(corpus, count) {
  const folder = join(corpus, 'content', 'materials');
  const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
  const queries = [];
  let subject = '';
  for (let i = 0; i < count * 4; i++) {
    const text = readFileSync(join(folder, files[Math.floor((i + 0.5) * files.length / (count * 4))]), 'utf8');
    const named = (/^subject: "(.*)"$/m.exec(text) || [])[1] || '';
    if (!subject && named.includes(' ')) subject = named;
    if (i % 4) continue;
    const title = /^title: "(.*)"$/m.exec(text)[1];
    const word = title.split(/[^\p{L}]+/u).filter(Boolean).sort((a, b) => b.length - a.length)[0];
    if (word && !queries.includes(word.toLowerCase())) queries.push(word.toLowerCase());
  }
  check(subject, 'no subject of two words among the sampled materials');
  queries.push(subject.toLowerCase());
  return queries;
}

const tests = [
  {
    name: `a corpus of ${MATERIALS} materials builds; the search is ≤ ${MAX_SEARCH_FILES} files, one interface < ${MAX_FILES}`,
    async fn() {
      check(GENERATOR && existsSync(GENERATOR), `the corpus generator ${GENERATOR} is missing (URKER_CORPUS_GENERATOR)`);
      work = await makeTempDir('urker-search-budget-');
      const corpus = join(work, 'corpus');
      const gen = spawnSync('python3', [GENERATOR, corpus, MATERIALS], { encoding: 'utf8' });
      checkEqual(gen.status, 0, `gen_corpus.py: ${gen.stderr}`);
      copyFileSync(join(REPO, 'bench/corpus-site.yaml'), join(corpus, 'site.yaml'));
      out = join(work, 'out');
      const started = Date.now();
      const build = spawnSync(URKER, ['build', '--quiet', '--source', corpus, '--output', out], { encoding: 'utf8', maxBuffer: 64 << 20 });
      checkEqual(build.status, 0, `urker build: ${build.stderr.slice(-2000)}`);
      // The search adds a handful of files (its shards are bundled); the site's pages are one file
      // each per interface language (language views, docs/languages.md).
      const files = countFiles(out);
      const searchFiles = countFiles(join(out, 'search'));
      const views = existsSync(join(out, 'kk')) ? countFiles(join(out, 'kk')) : 0;
      figures.push(`build ${((Date.now() - started) / 1000).toFixed(1)} s; ${files} files in the site: ${searchFiles} of the search, ` +
        `${views} of the Kazakh interface (/kk/), ${files - views} of the Russian one`);
      check(searchFiles <= MAX_SEARCH_FILES, `${searchFiles} files in search/, more than ${MAX_SEARCH_FILES}`);
      check(files - views < MAX_FILES, `${files - views} files in the Russian interface's site alone (a host such as Cloudflare Pages refuses ${MAX_FILES} and more)`);
      tests.queries = pickQueries(corpus, 8);
      server = await serve(out);
      browser = await launchBrowser(loadPlaywright(REPO), { viewport: { width: 1280, height: 900 } });
    },
  },
  {
    name: `the first query transfers ≤ 100 KB in ≤ 3 requests, each further one ≤ 50 KB in ≤ 2`,
    async fn() {
      const page = await browser.context.newPage();
      page.setDefaultTimeout(60000);
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const transfers = await recordTransfers(browser.context, page);
      await page.goto(`${server.origin}/search/`);
      await page.locator('#search-app:not([hidden])').waitFor();
      await page.waitForLoadState('networkidle');
      const opened = transfers.length;
      for (const [i, q] of tests.queries.entries()) {
        const from = i === 0 ? opened : transfers.length;
        await searchAndSettle(page, q);
        const mine = transfers.slice(from);
        const bytes = mine.reduce((n, t) => n + t.bytes, 0);
        const titles = await page.locator('#search-results .card-title a').allTextContents();
        const status = (await page.locator('#search-status').textContent()).trim();
        figures.push(`${i === 0 ? 'first' : 'next '} «${q}»: ${mine.length} requests, ${(bytes / 1024).toFixed(1)} KB ` +
          `(${mine.map((t) => `${t.path.replace('/search/', '')} ${(t.bytes / 1024).toFixed(1)}`).join(', ')}); ${status}`);
        const budget = i === 0 ? FIRST_QUERY : FURTHER_QUERY;
        check(bytes <= budget.bytes, `«${q}»: ${bytes} bytes, over ${budget.bytes}`);
        check(mine.length <= budget.requests, `«${q}»: ${mine.length} requests, over ${budget.requests}`);
        check(titles.length > 0 && titles.every((t) => t.trim()), `«${q}»: results without titles (${status})`);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'search-budget-10k.png') });
      checkEqual(errors.length, 0, `script errors: ${errors.join('\n')}`);
      await page.close();
    },
  },
];

let result = { passed: 0, failed: 1 };
try {
  mkdirSync(ARTIFACTS, { recursive: true });
  const [setup, ...rest] = tests;
  result = await runTests([setup], { timeoutMs: 1500000 });
  if (result.failed === 0) {
    const more = await runTests(rest, { timeoutMs: 300000 });
    result = { passed: result.passed + more.passed, failed: result.failed + more.failed };
  }
} finally {
  for (const line of figures) console.log('  ' + line);
  if (browser) await browser.close();
  if (server) await server.close();
  if (work) await removeDir(work);
}
console.log(`\nsearch budget: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed ? 1 : 0);
