#!/usr/bin/env node
// Hostile addresses in real headless Chromium.
//
//   node tests/browser/hostile_links.test.mjs <urker binary> <source dir>
//
// 1. Each hostile file (a script link in Markdown, in a member's links, in a video poster…) makes
//    `urker build` exit 1 naming the file and line, and no site is published.
// 2. A site full of near misses (the same words as text, titles and code; allowed addresses)
//    builds; every page opened in Chromium raises no dialog, runs no injected script, and every
//    href, src, poster and embed address the browser resolves is http(s), mailto or tel.
// Prints "browser hostile links: N passed, M failed" and exits non-zero when a test fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
  CHROMIUM, buildSite, check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, removeDir, runTests, serve,
} from './helpers.mjs';

const [urkerArg, sourceArg] = process.argv.slice(2);
if (!urkerArg || !sourceArg) {
  console.error('usage: node hostile_links.test.mjs <urker binary> <source dir>');
  process.exit(2);
}
const URKER = resolve(urkerArg);
const SOURCE = resolve(sourceArg);
for (const [what, path] of [['urker binary', URKER], ['chromium', CHROMIUM], ['playwright-core', join(SOURCE, 'node_modules/playwright-core')]]) {
  if (!existsSync(path)) {
    console.error(`browser hostile links: ${what} not found at ${path}`);
    console.log('browser hostile links: 0 passed, 1 failed');
    process.exit(1);
  }
}

const SITE_YAML = 'title: Сеть\nlanguage: ru\nbase_url: "http://127.0.0.1/"\n';
const MEMBER = '---\ntitle: Иванова Анна\n---\nУчитель.\n';

async function writeSite(dir, files) {
  await cp(join(SOURCE, 'themes/default'), join(dir, 'themes/default'), { recursive: true });
  for (const [path, text] of Object.entries({ 'site.yaml': SITE_YAML, 'content/members/ivanova.md': MEMBER, ...files })) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const HOSTILE = [
  ['content/news/a.md', '---\ntitle: A\n---\n[x](&#106;avascript:alert(1))\n', 'content/news/a.md:4:'],
  ['content/members/petrov.md', '---\ntitle: Петров\nlinks:\n  - "java&#x09;script:alert(1)"\n---\n', 'content/members/petrov.md:4:'],
  ['content/members/petrov.md', '---\ntitle: Петров\nlinks:\n  - {title: Блог, url: " JavaScript:alert(1)"}\n---\n', 'content/members/petrov.md:4:'],
  ['content/news/a.md', '---\ntitle: A\n---\n```video\nhttps://school.kz/a.mp4\nposter: javascript:alert(1)\n```\n', 'content/news/a.md:6:'],
  ['content/schools/s.md', '---\ntitle: Школа\nwebsite: "vbscript:msgbox(1)"\n---\n', 'content/schools/s.md:3:'],
];

const NEAR_MISSES = {
  'content/news/a.md': '---\ntitle: "javascript:alert(1)"\ndate: 2026-09-01\nsummary: "Текст [javascript:alert(1)](https://edu.kz/)"\n---\n'
    + 'Код `javascript:alert(1)` и [ссылка с «javascript:» в тексте](https://edu.kz/?q=javascript) и <b onclick="alert(1)">x</b>.\n\n'
    + '[почта](mailto:a@school.kz) [телефон](tel:+77001234567) [файл](./урок:1.pdf) ![картинка](img/p.png "javascript:alert(1)")\n\n'
    + '```video\nhttps://school.kz/urok.mp4\ntitle: javascript:alert(1)\nposter: img/poster.jpg\n```\n\n'
    + '```video\nhttps://youtu.be/dQw4w9WgXcQ\ntitle: "><script>alert(1)</script>\n```\n\n'
    + '```map\nhttps://www.openstreetmap.org/#map=17/49.8047/73.1094\n```\n',
  'content/members/petrov.md': '---\ntitle: Петров\nlinks:\n  - {title: Сайт, url: "https://edu.kz"}\n  - {title: "javascript:alert(1)", url: "https://edu.kz/blog"}\n'
    + 'achievements:\n  - {year: 2025, title: "<img src=x onerror=alert(1)>", url: "https://edu.kz/gramota"}\n---\n',
  // The files the near-miss page links to exist: a missing one is an error of its own.
  'content/news/урок:1.pdf': '%PDF-1.4\n%%EOF\n',
  'content/news/img/p.png': 'not really a picture',
  'content/news/img/poster.jpg': 'not really a picture',
};

let workDir;
let server;
let browser;

async function cleanup() {
  for (const step of [() => browser && browser.close(), () => server && server.close(), () => removeDir(workDir)]) {
    try {
      await step();
    } catch (e) {
      console.error('cleanup:', e.message);
    }
  }
}

async function htmlPages(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) out.push('/' + relative(dir, join(entry.parentPath ?? entry.path, entry.name)).replace(/index\.html$/, ''));
  }
  return out.sort();
}

// Every href, src, poster, embed and form address on the page that the browser resolves to a
// protocol other than http(s), mailto or tel.
async function scriptAddresses(page) {
  return page.evaluate(() => {
    const allowed = new Set(['http:', 'https:', 'mailto:', 'tel:']);
    const found = [];
    const take = (el, attr, value) => {
      if (!value) return;
      let protocol;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        return;
      }
      if (!allowed.has(protocol)) found.push(`<${el.tagName.toLowerCase()} ${attr}="${value}">`);
    };
    for (const el of document.querySelectorAll('[href],[src],[poster],[data-embed-src],[action],[formaction]')) {
      for (const attr of ['href', 'src', 'poster', 'data-embed-src', 'action', 'formaction']) {
        if (el.hasAttribute(attr)) take(el, attr, el.getAttribute(attr));
      }
    }
    return found;
  });
}

const tests = [
  {
    name: 'each hostile file stops the build at its line and publishes nothing',
    async fn() {
      for (const [i, [path, text, location]] of HOSTILE.entries()) {
        const site = join(workDir, `hostile-${i}`);
        await writeSite(site, { [path]: text });
        const run = spawnSync(URKER, ['build', '--source', site, '--output', join(site, 'public')], { encoding: 'utf8' });
        checkEqual(run.status, 1, `exit code for ${path} (${JSON.stringify(text)})`);
        check((run.stdout + run.stderr).includes(location), `no ${location} in:\n${run.stdout}${run.stderr}`);
        check(!existsSync(join(site, 'public')), `a site was published for ${path}`);
      }
    },
  },
  {
    name: 'near misses build, and in Chromium no page raises a dialog or resolves a script address',
    async fn() {
      const site = join(workDir, 'near-misses');
      const out = join(workDir, 'near-misses-public');
      await writeSite(site, NEAR_MISSES);
      await buildSite(URKER, site, out);
      server = await serve(out);
      browser = await launchBrowser(loadPlaywright(SOURCE), { viewport: { width: 1280, height: 900 } });
      const page = await browser.context.newPage();
      const dialogs = [];
      page.on('dialog', (d) => { dialogs.push(`${page.url()}: ${d.message()}`); d.dismiss().catch(() => {}); });
      const pages = await htmlPages(out);
      check(pages.length > 3, `only ${pages.length} pages built`);
      for (const path of pages) {
        await page.goto(`${server.origin}${path}`);
        await page.waitForLoadState('load');
        // Press every embed button: the frames' addresses are what the theme's script loads.
        for (const button of await page.locator('button.embed__load:visible').all()) await button.click().catch(() => {});
        const bad = await scriptAddresses(page);
        checkEqual(bad.length, 0, `${path}: ${bad.join(' ')}`);
      }
      checkEqual(dialogs.length, 0, `dialogs: ${dialogs.join('\n')}`);
      const news = await (await fetch(`${server.origin}/news/a/`)).text();
      check(news.includes('<code>javascript:alert(1)</code>'), 'the code span was not kept as text');
    },
  },
  {
    name: 'the check itself sees a script address (raw HTML with markdown.unsafe, the webmaster\'s choice)',
    async fn() {
      const site = join(workDir, 'control');
      const out = join(workDir, 'control-public');
      await writeSite(site, {
        'site.yaml': `${SITE_YAML}markdown: {unsafe: true}\n`,
        'content/news/raw.md': '---\ntitle: Raw\ndate: 2026-09-01\n---\n<a href="java&#x09;script:void(0)">raw</a>\n',
      });
      await buildSite(URKER, site, out);
      const control = await serve(out);
      try {
        const page = await browser.context.newPage();
        await page.goto(`${control.origin}/news/raw/`);
        const bad = await scriptAddresses(page);
        check(bad.some((b) => b.includes('script:void(0)')), `the check missed the raw script link: ${JSON.stringify(bad)}`);
        await page.close();
      } finally {
        await control.close();
      }
    },
  },
];

let result = { passed: 0, failed: tests.length };
try {
  workDir = await makeTempDir('urker-browser-hostile-');
  result = await runTests(tests, { timeoutMs: 180000 });
} catch (e) {
  console.error(e);
} finally {
  await cleanup();
}
console.log(`browser hostile links: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed === 0 ? 0 : 1);
