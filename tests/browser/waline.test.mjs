#!/usr/bin/env node
// End to end with a real comment server: Waline (@waline/vercel from npm, SQLite) started on
// 127.0.0.1 by tests/browser/waline-server.mjs, the example portal built with its comments
// pointed at that server, and headless Chromium as the visitor.
//
//   node tests/browser/waline.test.mjs <urker binary> <source dir> [<artifacts dir>]
//
// The example portal is copied to a temporary folder whose site.yaml gets a `comments:` block
// for the local server (the repository's site.yaml is not touched), built with
// --base-url http://127.0.0.1:PORT/ and served on 127.0.0.1. The checks: the page's HTML names
// the comment server only in inert data; no request reaches the server, seen from both the
// server's and the page's side, until «Показать комментарии» is pressed; a comment posted in
// Russian is there after a reload (and again only after the press); the Kazakh page gets the
// Kazakh strings; a video embed becomes a frame only on its button; and the browser tried to
// reach nothing beyond 127.0.0.1. Screenshots go to <artifacts dir> (default
// ./browser-artifacts). Every process and temporary folder it starts is removed at the end,
// also on failure. Prints "waline e2e: N passed, M failed".
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHROMIUM, check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, removeDir, runTests,
} from './helpers.mjs';

const [urkerArg, sourceArg, artifactsArg] = process.argv.slice(2);
if (!urkerArg || !sourceArg) {
  console.error('usage: node waline.test.mjs <urker binary> <source dir> [<artifacts dir>]');
  process.exit(2);
}
const URKER = resolve(urkerArg);
const SOURCE = resolve(sourceArg);
const ARTIFACTS = resolve(artifactsArg || 'browser-artifacts');
const HERE = fileURLToPath(new URL('.', import.meta.url));

function fail(message) {
  console.error(`waline e2e: ${message}`);
  console.log('waline e2e: 0 passed, 1 failed');
  process.exit(1);
}

for (const [what, path] of [['urker binary', URKER], ['chromium', CHROMIUM],
  ['playwright-core', join(SOURCE, 'node_modules/playwright-core')],
  ['@waline/vercel (npm ci)', join(SOURCE, 'node_modules/@waline/vercel/package.json')],
  ['@waline/client (npm ci)', join(SOURCE, 'node_modules/@waline/client/dist/waline.umd.js')],
  ['sqlite3 (npm ci)', join(SOURCE, 'node_modules/sqlite3/package.json')]]) {
  if (!existsSync(path)) fail(`${what} not found at ${path}`);
}
try {
  createRequire(join(SOURCE, 'package.json'))('sqlite3');
} catch (e) {
  fail(`sqlite3 is installed but does not load (was it built? npm_config_build_from_source=sqlite3 npm ci): ${e.message}`);
}

const MATERIAL = '/materials/botay-otkrytyy-urok-video/';
const KAZAKH_TOPIC = '/kk/forum/predlozheniya-po-portalu/';
const VIDEO_NEWS = '/news/itogi-seminara-formativnoe-otsenivanie/';
const RUN = Date.now().toString(36);
const COMMENT = `Спасибо за урок! Приём «археологический чемоданчик» попробую в 5 «А» классе. (${RUN})`;
const NICK = 'Гульнара С.';

let work;
let waline;
let site;
let browser;
let page;
const pageRequests = [];
const pageErrors = [];
const cspViolations = [];

// --- the comment server, in its own process ------------------------------------------------
function startWaline(dataDir) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(HERE, 'waline-server.mjs'), '--source', SOURCE, '--data', dataDir, '--exit-with-stdin'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const requests = [];
    let log = '';
    let buffered = '';
    let ready = false;
    const timer = setTimeout(() => reject(new Error(`the Waline server did not start in 90 s:\n${log}`)), 90000);
    child.stdout.on('data', (d) => {
      buffered += d;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        log += line + '\n';
        const m = /^waline-server: (ready|request) (.*)$/.exec(line);
        if (m && m[1] === 'request') requests.push(m[2]);
        if (m && m[1] === 'ready' && !ready) {
          ready = true;
          clearTimeout(timer);
          resolvePromise({
            origin: m[2],
            requests,
            log: () => log,
            stop: () => new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
              child.once('exit', () => { clearTimeout(kill); done(); });
              child.kill('SIGTERM');
            }),
          });
        }
      }
    });
    child.stderr.on('data', (d) => { log += d; });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('exit', (code) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`the Waline server exited with ${code} before it was ready:\n${log}`));
      }
    });
  });
}

// --- the built site, served on 127.0.0.1 --------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

// Listens first (the port goes into --base-url), serves `root` once it is set. The
// Content-Security-Policy is what a portal with Waline comments needs: its own scripts, and
// the comment server for the client, its API and avatars; no frames, no inline scripts.
async function startSiteServer() {
  let root = null;
  let commentOrigin = '';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path;
    try {
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!root || (path !== root && !path.startsWith(root + sep))) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      await stat(path);
    } catch {
      status = 404;
      path = join(root, '404.html');
    }
    res.writeHead(status, {
      'Content-Type': MIME[extname(path).toLowerCase()] || 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${commentOrigin}; style-src 'self' ${commentOrigin} 'unsafe-inline'; `
        + `connect-src 'self' ${commentOrigin}; img-src 'self' data: ${commentOrigin}; frame-src 'none'; object-src 'none'; base-uri 'self'`,
    });
    createReadStream(path).on('error', () => res.end()).pipe(res);
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    setRoot: (dir, comments) => { root = resolve(dir); commentOrigin = comments; },
    close: () => new Promise((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

// The example portal, with its `comments:` block replaced by one for the local server.
async function prepareSite(dir, commentOrigin) {
  for (const entry of ['site.yaml', 'content', 'static', 'themes', 'templates']) {
    if (existsSync(join(SOURCE, entry))) await cp(join(SOURCE, entry), join(dir, entry), { recursive: true });
  }
  const yaml = await readFile(join(dir, 'site.yaml'), 'utf8');
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => /^comments:/.test(l));
  check(start >= 0, 'the example site.yaml has a comments: block');
  let end = start + 1;
  while (end < lines.length && (lines[end] === '' || /^[\s#]/.test(lines[end]))) end += 1;
  lines.splice(start, end - start,
    'comments:',
    '  provider: waline',
    `  server_url: "${commentOrigin}"`,
    `  client_url: "${commentOrigin}/client/"`,
    '  load: click',
    '  sections: [materials, news, forum]',
    '');
  await writeFile(join(dir, 'site.yaml'), lines.join('\n'));
}

function buildSite(dir, out, baseUrl) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(URKER, ['build', '--source', dir, '--output', out, '--base-url', baseUrl, '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => { log += d; });
    child.stderr.on('data', (d) => { log += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(log) : reject(new Error(`urker build exited with ${code}:\n${log}`))));
  });
}

const toComments = (url) => url.startsWith(waline.origin + '/');

// The server's log reaches us through its stdout, a little after the browser got its answer:
// wait for the line rather than read the log at one instant.
async function serverSaw(prefix, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (waline.requests.some((r) => r.startsWith(prefix))) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
const commentButton = () => page.locator('section.comments button.comments__load');

async function openAndSettle(path) {
  await page.goto(site.origin + path, { waitUntil: 'load' });
  await commentButton().waitFor({ state: 'visible', timeout: 10000 });
  // Give anything that would load by itself the time to do it.
  await page.waitForTimeout(1500);
}

async function shot(name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: false });
}

const tests = [
  {
    name: 'the page names the comment server only in inert data',
    fn: async () => {
      const html = await readFile(join(work, 'public', MATERIAL, 'index.html'), 'utf8');
      const origin = waline.origin.replace(/[.]/g, '\\.');
      check(!new RegExp(`\\s(?:src|href|action|poster|data)="${origin}`).test(html), 'no src/href/action attribute points at the comment server');
      check(!/<iframe/i.test(html), 'no iframe in the HTML');
      check(!new RegExp(`<script[^>]+src="${origin}`).test(html), 'no script from the comment server');
      check(html.includes('data-comments="waline"') && html.includes(`data-comments-script="${waline.origin}/client/waline.umd.js"`),
        'the thread names its provider and client in data attributes');
      check(html.includes(`"serverURL": "${waline.origin}"`) && html.includes(`"path": "${MATERIAL}"`),
        'the Waline options carry the server and the page path as the thread key');
    },
  },
  {
    name: 'nothing reaches the comment server before the button is pressed',
    fn: async () => {
      await openAndSettle(MATERIAL);
      const host = new URL(waline.origin).host;
      checkEqual((await commentButton().textContent()).trim(), `Показать комментарии (загружаются с ${host})`, 'the button names the host');
      checkEqual(waline.requests.length, 0, 'requests seen by the Waline server before the click');
      checkEqual(pageRequests.filter(toComments).length, 0, 'requests the page made to the comment server before the click');
      checkEqual(await page.locator('iframe').count(), 0, 'frames on the page before the click');
      checkEqual(await page.locator('#waline *').count(), 0, 'the thread is empty before the click');
      await page.locator('#comments').scrollIntoViewIfNeeded();
      await shot('waline-before-click.png');
    },
  },
  {
    name: 'a comment posted in Russian is stored on the server',
    fn: async () => {
      await commentButton().click();
      const editor = page.locator('#waline textarea.wl-editor');
      await editor.waitFor({ state: 'visible', timeout: 20000 });
      check(await serverSaw('GET /client/waline.umd.js'), 'the client came from the comment server');
      check(await serverSaw('GET /api/comment'), 'the thread was asked for');
      checkEqual(await page.locator('#waline .wl-editor').getAttribute('placeholder'), 'Комментарий здесь...', 'the Russian interface');
      await page.locator('#waline input[name="nick"]').fill(NICK);
      await editor.fill(COMMENT);
      const posted = page.waitForResponse((r) => toComments(r.url()) && r.request().method() === 'POST' && r.url().includes('/api/comment'));
      await page.locator('#waline button.wl-btn.primary').click();
      const response = await posted;
      checkEqual(response.status(), 200, 'the server accepted the comment');
      await page.locator('#waline .wl-card .wl-content', { hasText: RUN }).first().waitFor({ timeout: 10000 });
      check(await serverSaw('POST /api/comment'), 'the server saw the POST');
      await page.locator('#comments').scrollIntoViewIfNeeded();
      await shot('waline-posted.png');
    },
  },
  {
    name: 'after a reload the comment is there, again only after the button',
    fn: async () => {
      const before = waline.requests.length;
      const pageBefore = pageRequests.filter(toComments).length;
      await page.reload({ waitUntil: 'load' });
      await commentButton().waitFor({ state: 'visible', timeout: 10000 });
      await page.waitForTimeout(1500);
      checkEqual(waline.requests.length, before, 'requests seen by the Waline server after the reload, before the click');
      checkEqual(pageRequests.filter(toComments).length, pageBefore, 'requests the page made to the comment server after the reload');
      await commentButton().click();
      const card = page.locator('#waline .wl-card', { hasText: RUN }).first();
      await card.waitFor({ timeout: 20000 });
      checkEqual((await card.locator('.wl-nick').first().textContent()).trim(), NICK, 'the author of the comment');
      check((await card.locator('.wl-content').textContent()).includes(COMMENT), 'the text of the comment, in Russian');
      await card.scrollIntoViewIfNeeded();
      await shot('waline-after-reload.png');
    },
  },
  {
    name: 'a Kazakh page gets the Kazakh interface',
    fn: async () => {
      await openAndSettle(KAZAKH_TOPIC);
      const host = new URL(waline.origin).host;
      checkEqual((await commentButton().textContent()).trim(), `Пікірлерді көрсету (${host} сайтынан жүктеледі)`, 'the Kazakh button');
      await commentButton().click();
      const editor = page.locator('#waline textarea.wl-editor');
      await editor.waitFor({ state: 'visible', timeout: 20000 });
      checkEqual(await editor.getAttribute('placeholder'), 'Пікіріңізді осында жазыңыз…', 'the Kazakh placeholder');
      await page.locator('#waline .wl-empty', { hasText: 'Әзірге пікір жоқ.' }).waitFor({ timeout: 10000 });
      await page.locator('#comments').scrollIntoViewIfNeeded();
      await shot('waline-kazakh.png');
    },
  },
  {
    name: 'a video becomes a frame only when its button is pressed',
    fn: async () => {
      await page.goto(site.origin + VIDEO_NEWS, { waitUntil: 'load' });
      const figure = page.locator('figure.embed--video').first();
      const button = figure.locator('button.embed__load');
      await button.waitFor({ state: 'visible', timeout: 10000 });
      checkEqual(await page.locator('iframe').count(), 0, 'frames before the click');
      checkEqual((await button.textContent()).trim(), 'Показать видео (загружается с rutube.ru)', 'the video button names the host');
      await button.click();
      const frame = figure.locator('iframe');
      await frame.waitFor({ state: 'attached', timeout: 5000 });
      checkEqual(await frame.getAttribute('src'), 'https://rutube.ru/play/embed/4f9c2a7b5e1d4c8a9b0e6f2d1c3a5b7e?t=95', 'the frame address');
      checkEqual(await frame.getAttribute('referrerpolicy'), 'strict-origin-when-cross-origin', 'the referrer policy');
      check((await frame.getAttribute('allowfullscreen')) !== null, 'the frame may go full screen');
      checkEqual(await frame.getAttribute('loading'), 'lazy', 'the frame loads lazily');
      check((await frame.getAttribute('title')).startsWith('Семинар «Формативное оценивание'), 'the frame has a title');
    },
  },
  {
    name: 'the browser tried to reach nothing beyond 127.0.0.1 and the pages had no errors',
    fn: async () => {
      checkEqual(browser.blocked.length, 0, `requests to other hosts (${browser.blocked.join(', ')})`);
      const outside = pageRequests.filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(u));
      checkEqual(outside.length, 0, `page requests beyond 127.0.0.1 (${outside.join(', ')})`);
      checkEqual(pageErrors.length, 0, `script errors on the pages (${pageErrors.join(' | ')})`);
      checkEqual(cspViolations.length, 0, `Content-Security-Policy violations (${cspViolations.join(' | ')})`);
    },
  },
];

async function cleanup() {
  const steps = [() => browser && browser.close(), () => site && site.close(), () => waline && waline.stop(), () => removeDir(work)];
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      console.error(`waline e2e: cleanup: ${e.message}`);
    }
  }
}

async function main() {
  let result = { passed: 0, failed: 1 };
  try {
    work = await makeTempDir('urker-waline-');
    waline = await startWaline(join(work, 'waline'));
    site = await startSiteServer();
    await prepareSite(join(work, 'site'), waline.origin);
    await buildSite(join(work, 'site'), join(work, 'public'), `${site.origin}/`);
    site.setRoot(join(work, 'public'), waline.origin);
    browser = await launchBrowser(loadPlaywright(SOURCE), { viewport: { width: 1200, height: 900 } });
    page = await browser.context.newPage();
    page.on('request', (r) => pageRequests.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      // The video frame is refused by the test server's frame-src 'none', which keeps the browser
      // from going to rutube.ru after the click; any other refusal is a fault of the page.
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()) && !m.text().startsWith("Framing 'https://rutube.ru/'")) {
        cspViolations.push(m.text());
      }
    });
    result = await runTests(tests, { timeoutMs: 60000 });
    if (result.failed) console.log(`--- Waline server log ---\n${waline.log()}`);
  } catch (e) {
    console.log(`FAIL setting up: ${(e && e.stack) || e}`);
    if (waline) console.log(`--- Waline server log ---\n${waline.log()}`);
  } finally {
    await cleanup();
  }
  console.log(`waline e2e: ${result.passed} passed, ${result.failed} failed`);
  process.exit(result.failed ? 1 : 0);
}

// Stopped from outside (Ctrl-C, a CTest timeout): still stop the server and the browser.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.log(`waline e2e: stopped by ${signal}`);
    cleanup().finally(() => process.exit(1));
  });
}

main();
