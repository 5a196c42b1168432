// Helpers for the browser tests: build a site with the urker binary, serve it on 127.0.0.1,
// start headless Chromium (playwright-core, the system's /usr/bin/chromium) that can reach
// nothing but 127.0.0.1, and a tiny sequential test runner.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CHROMIUM = process.env.URKER_CHROMIUM || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-default-browser-check',
  // Belt and braces: no host name other than 127.0.0.1 resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

// playwright-core from the repository's node_modules (npm ci in scripts/setup).
export function loadPlaywright(sourceDir) {
  const require = createRequire(join(sourceDir, 'package.json'));
  return require('playwright-core');
}

export async function makeTempDir(prefix) {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir) {
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

// Runs `urker build`; resolves with its output, rejects with it on a non-zero exit.
export function buildSite(urker, sourceDir, outputDir) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(urker, ['build', '--source', sourceDir, '--output', outputDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`urker build exited with ${code}:\n${out}`))));
  });
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

// Answers a Range request for `path` (RFC 9110 §14): true when it did. A header it cannot read
// is ignored (the whole file follows), one that asks beyond the file gets 416.
async function serveRanges(req, res, path, mode, headers) {
  const m = /^bytes=(.+)$/.exec(req.headers.range);
  if (!m) return false;
  const { size } = await stat(path);
  const wanted = [];
  for (const spec of m[1].split(',')) {
    const r = /^\s*(\d*)-(\d*)\s*$/.exec(spec);
    if (!r || (r[1] === '' && r[2] === '')) return false;
    let start = r[1] === '' ? size - Number(r[2]) : Number(r[1]);
    let end = r[1] === '' || r[2] === '' ? size - 1 : Math.min(Number(r[2]), size - 1);
    start = Math.max(0, start);
    if (start > end || start >= size) continue;
    wanted.push([start, end]);
  }
  if (!wanted.length) {
    res.writeHead(416, { 'Content-Range': `bytes */${size}`, ...headers }).end();
    return true;
  }
  const data = await readFile(path);
  const type = MIME[extname(path).toLowerCase()] || 'application/octet-stream';
  if (wanted.length === 1 || mode === 'first') {
    const [a, b] = wanted[0];
    res.writeHead(206, { 'Content-Type': type, 'Content-Range': `bytes ${a}-${b}/${size}`, 'Content-Length': b - a + 1, 'Accept-Ranges': 'bytes', ...headers });
    res.end(req.method === 'HEAD' ? undefined : data.subarray(a, b + 1));
    return true;
  }
  const boundary = 'urker-test-' + Math.random().toString(36).slice(2);
  const chunks = [];
  for (const [a, b] of wanted) {
    chunks.push(Buffer.from(`\r\n--${boundary}\r\nContent-Type: ${type}\r\nContent-Range: bytes ${a}-${b}/${size}\r\n\r\n`));
    chunks.push(data.subarray(a, b + 1));
  }
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  const body = Buffer.concat(chunks);
  res.writeHead(206, { 'Content-Type': `multipart/byteranges; boundary=${boundary}`, 'Content-Length': body.length, 'Accept-Ranges': 'bytes', ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

// A static file server for `root` on 127.0.0.1 and a random port. Every request is logged
// (`requests`, paths with their query). Folders serve their index.html; unknown paths the
// site's 404.html with status 404. The Content-Security-Policy allows only the site's own
// scripts and styles: a page that needs 'unsafe-inline' gets errors in its console.
// `extra` maps a few more URL paths to files outside the site (test tools such as axe-core).
// Range requests are answered as static hosts do (`ranges`): 'multi' (nginx, Apache: one range
// as 206 with Content-Range, several as multipart/byteranges), 'first' (only the first range of
// several is served), 'none' (the whole file, 200, as Python's http.server). `rangeRequests`
// logs each Range header with its path.
export async function serve(root, { extra = {}, ranges = 'multi' } = {}) {
  const base = resolve(root);
  const requests = [];
  const rangeRequests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const extraFile = Object.hasOwn(extra, url.pathname) ? extra[url.pathname] : null;
    let decoded;
    try {
      decoded = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let path = extraFile || normalize(join(base, decoded));
    if (!extraFile && path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    try {
      let st = await stat(path);
      if (st.isDirectory()) {
        path = join(path, 'index.html');
        st = await stat(path);
      }
    } catch {
      status = 404;
      path = join(base, '404.html');
    }
    // As a static host with gzip_static: a file's .gz sibling, when there is one and the browser
    // accepts gzip (urker writes them beside the search files).
    const headers = {};
    if (status === 200 && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      try {
        if ((await stat(path + '.gz')).isFile()) {
          headers['Content-Type'] = MIME[extname(path).toLowerCase()] || 'application/octet-stream';
          headers['Content-Encoding'] = 'gzip';
          headers.Vary = 'Accept-Encoding';
          path += '.gz';
        }
      } catch {
        /* no compressed sibling */
      }
    }
    const security = {
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'none'; object-src 'none'; base-uri 'self'",
    };
    if (status === 200 && req.headers.range && !headers['Content-Encoding']) {
      rangeRequests.push({ path: url.pathname, range: req.headers.range });
      if (ranges !== 'none' && await serveRanges(req, res, path, ranges, security)) return;
    }
    res.writeHead(status, {
      'Content-Type': MIME[extname(path).toLowerCase()] || 'application/octet-stream',
      ...(ranges === 'none' ? {} : { 'Accept-Ranges': 'bytes' }),
      ...headers,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'none'; object-src 'none'; base-uri 'self'",
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(path).on('error', () => res.end()).pipe(res);
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    rangeRequests,
    close: () => new Promise((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

// Headless Chromium with a fresh profile. Requests to anything but 127.0.0.1 are aborted and
// counted in `blocked`. `options` go to launchPersistentContext (viewport, isMobile…).
export async function launchBrowser(playwright, options = {}) {
  const userDataDir = await makeTempDir('urker-browser-profile-');
  let context;
  try {
    context = await playwright.chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'ru-RU',
      timezoneId: 'Asia/Almaty',
      serviceWorkers: 'block',
      ...options,
    });
  } catch (e) {
    await removeDir(userDataDir);
    throw e;
  }
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    close: async () => {
      try {
        await context.close();
      } finally {
        await removeDir(userDataDir);
      }
    },
  };
}

export class AssertionError extends Error {}

export function check(cond, message) {
  if (!cond) throw new AssertionError(message);
}

export function checkEqual(actual, expected, message) {
  if (actual !== expected) throw new AssertionError(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// Runs the tests one after another, printing "ok"/"FAIL" and the name of each; a failing test
// does not stop the others. Resolves with {passed, failed}.
export async function runTests(tests, { timeoutMs = 60000 } = {}) {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        t.fn(),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs); }),
      ]);
      passed += 1;
      console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed += 1;
      console.log(`FAIL ${t.name} (${Date.now() - started} ms)\n     ${String((e && e.stack) || e).split('\n').join('\n     ')}`);
    } finally {
      clearTimeout(timer);
    }
  }
  return { passed, failed };
}

// What `page` downloads, as Chromium counts it, with the cache off: the returned list gets
// {path, bytes} for every finished request (bytes: encodedDataLength, the compressed body plus
// the response headers).
export async function recordTransfers(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const transfers = [];
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
  cdp.on('Network.loadingFinished', (e) => transfers.push({ path: urls.get(e.requestId), bytes: e.encodedDataLength }));
  return transfers;
}

// Types `q` into the search page's box and waits until its results are drawn and nothing more
// is downloading.
export async function searchAndSettle(page, q) {
  await page.locator('#search-q').fill(q);
  await page.waitForFunction((text) => {
    const app = document.getElementById('search-app');
    return app && app.dataset.query === text && !document.getElementById('search-results').hasAttribute('aria-busy');
  }, q);
  await page.waitForLoadState('networkidle');
}

// The command line of a browser test file, `<urker binary> <source dir> <artifacts dir>`, each
// resolved; urker, Chromium, playwright-core and the tools in `needs` ([what, path] pairs, paths
// may use the returned SOURCE through a function) must exist, or the test fails at once saying
// which is missing.
export function testArguments(label, file, needs = () => []) {
  const [urkerArg, sourceArg, artifactsArg] = process.argv.slice(2);
  if (!urkerArg || !sourceArg || !artifactsArg) {
    console.error(`usage: node ${file} <urker binary> <source dir> <artifacts dir>`);
    process.exit(2);
  }
  const args = { URKER: resolve(urkerArg), SOURCE: resolve(sourceArg), ARTIFACTS: resolve(artifactsArg) };
  const required = [['urker binary', args.URKER], ['chromium', CHROMIUM],
    ['playwright-core', join(args.SOURCE, 'node_modules/playwright-core')], ...needs(args)];
  for (const [what, path] of required) {
    if (!existsSync(path)) {
      console.error(`${label}: ${what} not found at ${path}`);
      console.log(`${label}: 0 passed, 1 failed`);
      process.exit(1);
    }
  }
  return args;
}

// Runs a browser test file: `before`, then the first test, which sets everything up (when it
// fails the others are counted as failed without running), then the rest; `after` runs in any
// case. Prints the artifacts folder and "<label>: N passed, M failed", then exits: 0 only when
// every test ran and passed.
export async function runSuite(label, tests, { artifacts, setupTimeoutMs = 120000, timeoutMs = 180000, before, after } = {}) {
  let result = { passed: 0, failed: 1 };
  try {
    await mkdir(artifacts, { recursive: true });
    if (before) await before();
    const [setup, ...rest] = tests;
    result = await runTests([setup], { timeoutMs: setupTimeoutMs });
    if (result.failed === 0) {
      const more = await runTests(rest, { timeoutMs });
      result = { passed: result.passed + more.passed, failed: result.failed + more.failed };
    } else {
      result.failed += rest.length;
      console.log(`skipped ${rest.length} tests: the setup failed`);
    }
  } catch (e) {
    console.error(e);
  } finally {
    if (after) await after();
  }
  console.log(`artifacts: ${artifacts}`);
  console.log(`${label}: ${result.passed} passed, ${result.failed} failed`);
  process.exit(result.failed === 0 && result.passed > 0 ? 0 : 1);
}
