#!/usr/bin/env node
// What a visitor's browser downloads for a search: serves a built site (OUTPUT, with the .gz
// siblings served as a static host with gzip_static would), opens /search/ in headless Chromium
// and, for each query in turn on the same page, counts the requests and the bytes received
// (Chromium's encodedDataLength: compressed body plus headers).
//
//   node bench/search_transfer.mjs OUTPUT QUERY [QUERY...]
//
// Prints one line per query. Needs /usr/bin/chromium and playwright-core (npm ci).
import { resolve, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, loadPlaywright, recordTransfers, searchAndSettle, serve } from '../tests/browser/helpers.mjs';

const [outArg, ...queries] = process.argv.slice(2);
if (!outArg || !queries.length) {
  console.error('usage: node bench/search_transfer.mjs OUTPUT QUERY [QUERY...]');
  process.exit(2);
}
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = await serve(resolve(outArg));
const browser = await launchBrowser(loadPlaywright(repo), { viewport: { width: 1280, height: 900 } });
try {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(120000);
  const transfers = await recordTransfers(browser.context, page);
  await page.goto(`${server.origin}/search/`);
  await page.locator('#search-app:not([hidden])').waitFor();
  await page.waitForLoadState('networkidle');
  for (const [i, q] of queries.entries()) {
    const from = transfers.length;
    const started = Date.now();
    await searchAndSettle(page, q);
    const mine = transfers.slice(from);
    const bytes = mine.reduce((n, t) => n + t.bytes, 0);
    const kinds = { engine: 0, index: 0, store: 0, terms: 0, filters: 0 };
    for (const t of mine) {
      const p = t.path || '';
      if (/\/(lunr|engine)\.js$/.test(p) || p.endsWith('/search/index.json')) kinds.engine += t.bytes;
      else if (/\/index-\d+\.bin$/.test(p)) kinds.index += t.bytes;
      else if (p.endsWith('/terms.json')) kinds.terms += t.bytes;
      else if (p.endsWith('/filters.json')) kinds.filters += t.bytes;
      else kinds.store += t.bytes;
    }
    const status = await page.locator('#search-status').textContent();
    const kb = (n) => (n / 1024).toFixed(1);
    console.log(`${i === 0 ? 'first' : 'next '} «${q}»: ${mine.length} requests, ${kb(bytes)} KB ` +
      `(lunr.js and manifest ${kb(kinds.engine)}, index shards ${kb(kinds.index)}, store ${kb(kinds.store)}, ` +
      `terms ${kb(kinds.terms)}, filter values ${kb(kinds.filters)}); ${Date.now() - started} ms; ${status.trim()}`);
  }
} finally {
  await browser.close();
  await server.close();
}
