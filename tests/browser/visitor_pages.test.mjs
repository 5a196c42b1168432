#!/usr/bin/env node
// What a visitor meets on the example portal's lists and pages, in real headless Chromium:
// the combined filters of the material lists (subject × grade × type × language, in the address,
// both languages, phones), a video embed's button on a phone, and pages printed to PDF (A4, no
// heading stranded at a page's foot, nothing wider than the page).
//
//   node tests/browser/visitor_pages.test.mjs <urker binary> <source dir> <artifacts dir>
//
// Builds the example portal into a temporary folder, serves it on 127.0.0.1 and leaves
// screenshots and PDFs in the artifacts folder. Prints "browser visitor pages: N passed, M failed".
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildSite, check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, removeDir, runSuite, serve, testArguments,
} from './helpers.mjs';

const { URKER, SOURCE, ARTIFACTS } = testArguments('browser visitor pages', 'visitor_pages.test.mjs', (a) => [['axe-core', join(a.SOURCE, 'node_modules/axe-core/axe.min.js')]]);
const AXE = join(SOURCE, 'node_modules/axe-core/axe.min.js');

let outDir;
let server;
let browser;

async function newPage(viewport = { width: 1280, height: 900 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  page.setDefaultTimeout(20000);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  return page;
}

const shownCardUrls = (page) => page.locator('main .card-list:visible .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// The materials the build lists with a term, read from the term pages themselves (all their pages).
async function termMaterials(page, url) {
  const urls = new Set();
  for (let next = url; next;) {
    await page.goto(`${server.origin}${next}`);
    for (const h of await page.locator('main .card-list .card-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) urls.add(h);
    next = await page.locator('.pagination a[rel=next]').first().getAttribute('href').catch(() => null);
  }
  return urls;
}

// A PDF's text page by page, as pdftotext (poppler-utils) lays it out, and its words' boxes.
function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}
function pdfWords(file) {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3].matchAll(/<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g)]
      .map((w) => ({ xMin: Number(w[1]), xMax: Number(w[2]), text: w[3] }));
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}
const squash = (t) => t.replace(/\s+/g, ' ').trim();

// The words of the tables in `main` that the layout breaks across two lines, as laid out now. An
// address, and a word at its hyphen or dash, may break; any other word broken in two («Орында|лды»)
// is hard to read on paper.
function brokenTableWords(page) {
  return page.evaluate(() => {
    const broken = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      if (!node.parentElement.closest('td, th') || !node.parentElement.checkVisibility()) continue;
      for (const m of node.data.matchAll(/\S+/g)) {
        if (/[\/@_]|https?:|[-‐—–]/.test(m[0])) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

// Prints `path` to PDF (A4, portrait by the page's own CSS unless `own` says landscape, or
// landscape as a reader's setting would ask) and checks that it is A4 of that shape, that no page
// ends with a heading (its content would start on the next page), that no word stands beyond the
// page's right edge, and that no word in a table is broken in two.
async function printAndCheck(page, path, { landscape = false, own = 'portrait' } = {}) {
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const headings = (await page.locator('main :is(h1, h2, h3, h4):visible').allTextContents()).map(squash).filter(Boolean);
  // Laid out as wide as the paper's text (A4 less the theme's 12 mm margins, at 96 px an inch),
  // the words break where the PDF breaks them.
  const viewport = page.viewportSize();
  const wide = landscape || own === 'landscape';
  await page.setViewportSize({ width: Math.round(((wide ? 297 : 210) - 24) / 25.4 * 96), height: viewport.height });
  const broken = await brokenTableWords(page);
  check(broken.length === 0, `${path}${landscape ? ' (landscape)' : ''}: words broken in two in a table: ${broken.slice(0, 8).join(', ')}`);
  await page.setViewportSize(viewport);
  // Back to no emulation: an emulated 'screen' would hold in the PDF too.
  await page.emulateMedia({ media: null });
  const file = join(ARTIFACTS, `print${path.replace(/\W+/g, '-')}${landscape ? 'landscape' : 'portrait'}.pdf`);
  // Landscape as a site's stylesheet (or a reader's printer setting) would ask for it.
  if (landscape) {
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('@page { size: A4 landscape; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
  }
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await writeFile(file, pdf);
  const texts = pdfText(file);
  const boxes = pdfWords(file);
  check(texts.length >= 1, `${path}: no pages`);
  const [w, h] = landscape || own === 'landscape' ? [841.9, 595.3] : [595.3, 841.9];
  check(Math.abs(boxes[0].width - w) < 2 && Math.abs(boxes[0].height - h) < 2, `${path}: ${boxes[0].width} × ${boxes[0].height} is not A4 ${landscape || own === 'landscape' ? 'landscape' : 'portrait'}`);
  texts.forEach((text, k) => {
    if (k === texts.length - 1) return;
    const lines = text.split('\n').map(squash).filter(Boolean);
    const last = lines[lines.length - 1] || '';
    const stranded = headings.find((hd) => hd === last || (last.length > 3 && hd.endsWith(last) && hd.length < 200));
    check(!stranded, `${path}${landscape ? ' (landscape)' : ''}: page ${k + 1} ends with the heading «${stranded}»`);
  });
  boxes.forEach((pg, k) => {
    const out = pg.words.filter((wd) => wd.xMax > pg.width - 2 || wd.xMin < 0);
    check(out.length === 0, `${path}${landscape ? ' (landscape)' : ''}: page ${k + 1}: beyond the page's edge: ${out.slice(0, 5).map((wd) => wd.text)}`);
  });
  return texts;
}

// axe-core on the page as it is now: no WCAG 2.2 AA or best-practice violation.
async function axeCheck(page, label) {
  await page.addScriptTag({ url: '/__test__/axe.min.js' });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  const lines = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  check(result.violations.length === 0, `${label}: ${result.violations.length} axe violation(s)\n     ${lines.join('\n     ')}`);
}

const tests = [
  {
    name: 'the example portal builds',
    fn: async () => {
      await buildSite(URKER, SOURCE, outDir);
      server = await serve(outDir, { extra: { '/__test__/axe.min.js': AXE } });
      browser = await launchBrowser(PLAYWRIGHT, { viewport: { width: 1280, height: 900 } });
    },
  },
  {
    name: 'material filters: subject and grade together show only the matching cards, counted, in the address, after a reload',
    fn: async () => {
      const page = await newPage();
      const expected = [...await termMaterials(page, '/subject/matematika/')]
        .filter((u) => u); // every mathematics material…
      const grade5 = await termMaterials(page, '/grade/5/');
      const both = expected.filter((u) => grade5.has(u)).sort();
      check(both.length >= 1 && both.length < expected.length, `mathematics in grade 5: ${both.length} of ${expected.length}`);
      await page.goto(`${server.origin}/materials/`);
      await page.locator('#material-filters:not([hidden])').waitFor();
      await page.selectOption('#material-filter-subject', { label: 'Математика' });
      await page.selectOption('#material-filter-grade', '/grade/5/');
      await page.waitForFunction(() => document.getElementById('material-filters-count').textContent !== '');
      checkEqual((await shownCardUrls(page)).sort().join(' '), both.join(' '), 'cards shown');
      const count = await page.locator('#material-filters-count').textContent();
      check(count.includes(String(both.length)), `count «${count}» for ${both.length} materials`);
      checkEqual(await page.getAttribute('#material-filters-count', 'role'), 'status', 'the count is announced');
      check(!(await page.locator('.pagination').isVisible()), 'the pages of the unfiltered list are still offered');
      const search = new URL(page.url()).searchParams;
      checkEqual(`${search.get('subject')} ${search.get('grade')}`, 'matematika 5', 'the address');
      await page.screenshot({ path: join(ARTIFACTS, 'material-filters.png'), fullPage: true });
      await axeCheck(page, '/materials/ filtered');
      await page.reload();
      await page.waitForFunction(() => document.getElementById('material-filters-count').textContent !== '');
      checkEqual((await shownCardUrls(page)).sort().join(' '), both.join(' '), 'cards after a reload');
      checkEqual(await page.inputValue('#material-filter-grade'), '/grade/5/', 'the grade after a reload');
      // The reset brings the list back, keeps focus in the form, and empties the address.
      await page.click('#material-filters-reset');
      check(await page.locator('.pagination').isVisible(), 'the list\'s pages are not back after the reset');
      checkEqual(new URL(page.url()).search, '', 'the address after the reset');
      check(await page.evaluate(() => document.getElementById('material-filters').contains(document.activeElement)), 'focus left the form');
      checkEqual(page.errors.join('\n'), '', 'errors');
      await page.close();
    },
  },
  {
    name: 'material filters: Kazakh list, a term page keeps its term, a phone has no overflow, no JavaScript keeps the plain list',
    fn: async () => {
      const page = await newPage({ width: 320, height: 800 });
      await page.goto(`${server.origin}/kk/materials/?lang=kk`);
      await page.waitForFunction(() => document.getElementById('material-filters-count').textContent !== '');
      const kk = await termMaterials(await newPage(), '/kk/language/kk/');
      const shown = await shownCardUrls(page);
      checkEqual(shown.sort().join(' '), [...kk].sort().join(' '), 'Kazakh materials on /kk/materials/?lang=kk');
      check(shown.every((u) => u.startsWith('/kk/')), `cards outside the Kazakh interface: ${shown}`);
      check((await page.locator('#material-filters-count').textContent()).includes('сәйкес'), 'the count is not in Kazakh');
      checkEqual(await overflow(page), 0, 'overflow at 320 px');
      await page.setViewportSize({ width: 375, height: 800 });
      checkEqual(await overflow(page), 0, 'overflow at 375 px');
      await page.screenshot({ path: join(ARTIFACTS, 'material-filters-kk-320.png'), fullPage: true });
      await axeCheck(page, '/kk/materials/ filtered, on a phone');
      // A term page: its own taxonomy is fixed, the others combine with it.
      await page.goto(`${server.origin}/subject/matematika/?type=test`);
      await page.waitForFunction(() => document.getElementById('material-filters-count').textContent !== '');
      checkEqual(await page.locator('#material-filter-subject').count(), 0, 'a subject select on a subject page');
      const tests = await termMaterials(await newPage(), '/material_type/test/');
      const maths = await termMaterials(await newPage(), '/subject/matematika/');
      checkEqual((await shownCardUrls(page)).sort().join(' '), [...maths].filter((u) => tests.has(u)).sort().join(' '), 'mathematics tests');
      // Without JavaScript: no form, the first page of the list and the term links.
      const plain = await browser.context.newPage();
      await (await browser.context.newCDPSession(plain)).send('Emulation.setScriptExecutionDisabled', { value: true });
      await plain.goto(`${server.origin}/materials/?subject=matematika`);
      check(!(await plain.locator('#material-filters').isVisible()), 'the filters show without JavaScript');
      checkEqual(await plain.locator('main .card-list .card').count(), 10, 'cards without JavaScript');
      check(await plain.locator('.facet-nav a[href="/subject/matematika/"]').isVisible(), 'the term links are hidden without JavaScript');
      await plain.close();
      checkEqual(page.errors.join('\n'), '', 'errors');
      await page.close();
    },
  },
  {
    name: 'comments on a dead connection: a message and a retry button after the timeout, keyboard focus kept in the thread box',
    fn: async () => {
      const page = await newPage();
      // The comment host never answers (the connection hangs instead of failing).
      await page.route('https://comments.urker.example.kz/**', () => {});
      // The test server's policy allows no other host; the portal's own would allow its comment host.
      await page.route('**/materials/zakon-oma-dlya-uchastka-tsepi/', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers['content-security-policy'];
        await route.fulfill({ response, headers });
      });
      await page.goto(`${server.origin}/materials/zakon-oma-dlya-uchastka-tsepi/`);
      await page.evaluate(() => { document.querySelector('section.comments').dataset.commentsTimeout = '1500'; });
      const button = page.locator('section.comments button.comments__load');
      await button.focus();
      await page.keyboard.press('Enter');
      const status = page.locator('section.comments .comments__status');
      check((await status.textContent()).includes('Загружаем'), `while loading: «${await status.textContent()}»`);
      check(await page.evaluate(() => document.querySelector('section.comments').contains(document.activeElement)), 'focus left the comments while loading');
      await button.waitFor({ state: 'visible', timeout: 10000 });
      check((await status.textContent()).includes('Не удалось'), `after the timeout: «${await status.textContent()}»`);
      checkEqual(await status.getAttribute('role'), 'alert', 'the failure is announced');
      checkEqual((await button.textContent()).trim(), 'Попробовать ещё раз', 'the button');
      check(await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('comments__load')), 'focus is not on the retry button');
      await page.screenshot({ path: join(ARTIFACTS, 'comments-dead-connection.png') });
      await axeCheck(page, 'comments after a failure');
      await page.close();
    },
  },
  {
    name: 'page details: one search box on the home page, no separator left hanging, embeds without JavaScript promise no button',
    fn: async () => {
      const page = await newPage({ width: 375, height: 800 });
      for (const prefix of ['', '/kk']) {
        await page.goto(`${server.origin}${prefix}/`);
        checkEqual(await page.locator('input[type=search]:visible').count(), 1, `${prefix}/: search boxes`);
      }
      for (const path of ['/schools/akniet/', '/kk/schools/akniet/', '/members/', '/materials/', '/events/', '/forum/', '/kk/forum/']) {
        await page.goto(`${server.origin}${path}`);
        const hanging = await page.evaluate(() => Array.from(document.querySelectorAll('main *'))
          .filter((e) => e.children.length === 0 || e.matches('p, li, span, td'))
          .map((e) => e.textContent.replace(/\s+/g, ' ').trim())
          .filter((t) => t !== '·' && /^·|·$/.test(t))); // a separator of its own (<span>·</span>) is fine
        checkEqual(hanging.join(' | '), '', `${path}: a «·» with nothing on one side`);
        const instructions = await page.locator('main').textContent();
        check(!/content\/|папк|каталог content/i.test(instructions), `${path}: an instruction for the webmaster`);
      }
      const plain = await browser.context.newPage();
      await (await browser.context.newCDPSession(plain)).send('Emulation.setScriptExecutionDisabled', { value: true });
      for (const path of ['/materials/botay-otkrytyy-urok-video/', '/kk/materials/botay-otkrytyy-urok-video/']) {
        await plain.goto(`${server.origin}${path}`);
        const visible = (await plain.locator('figure.embed').first().innerText()).toLowerCase();
        check(!/кнопк|батырма|button/.test(visible), `${path}: without JavaScript the embed speaks of a button: «${visible}»`);
        check(await plain.locator('figure.embed figcaption a').first().isVisible(), `${path}: no link to the video`);
        const comments = await plain.locator('section.comments').innerText().catch(() => '');
        check(!/кнопк|батырма/.test(comments.toLowerCase()), `${path}: without JavaScript the comments speak of a button: «${comments}»`);
      }
      await plain.close();
      await page.close();
    },
  },
  {
    name: 'a video embed on a phone (320, 375 px, ru and kk): the button grows with its wrapped label, below the notice, inside the frame',
    fn: async () => {
      const page = await newPage({ width: 375, height: 800 });
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 800 });
        for (const path of ['/materials/botay-otkrytyy-urok-video/', '/kk/materials/botay-otkrytyy-urok-video/']) {
          await page.goto(`${server.origin}${path}`);
          const button = page.locator('figure.embed--video .embed__load').first();
          await button.waitFor({ state: 'visible' });
          const m = await button.evaluate((b) => {
            const box = (e) => e.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(b);
            const lines = Array.from(range.getClientRects());
            const text = { top: Math.min(...lines.map((r) => r.top)), bottom: Math.max(...lines.map((r) => r.bottom)) };
            return {
              button: box(b), frame: box(b.closest('.embed__frame')), notice: box(b.closest('.embed__frame').querySelector('.embed__notice')),
              text, lines: new Set(lines.map((r) => Math.round(r.top))).size, overflow: b.scrollHeight - b.clientHeight,
            };
          });
          const where = `${path} at ${width} px`;
          check(m.lines >= 2, `${where}: the label fits one line, so the test proves nothing (${m.lines} lines)`);
          check(m.overflow <= 1, `${where}: the label is ${m.overflow} px taller than the button`);
          check(m.text.top >= m.button.top && m.text.bottom <= m.button.bottom + 0.5, `${where}: the label spills out of the button`);
          check(m.button.top >= m.notice.bottom, `${where}: the button overlaps the notice above it`);
          check(m.button.top >= m.frame.top && m.button.bottom <= m.frame.bottom && m.button.left >= m.frame.left && m.button.right <= m.frame.right,
            `${where}: the button leaves the frame`);
          checkEqual(await overflow(page), 0, `${where}: horizontal overflow`);
          await page.locator('figure.embed--video').first().screenshot({ path: join(ARTIFACTS, `embed-video${path.startsWith('/kk/') ? '-kk' : ''}-${width}.png`) });
        }
      }
      await page.close();
    },
  },
  {
    name: 'print: a material, the plan and the Kazakh plan fit A4 (a plan across the page), no heading ends a page, nothing wider than the page, no word of a table broken',
    fn: async () => {
      const page = await newPage();
      for (const path of ['/materials/zakon-oma-dlya-uchastka-tsepi/', '/kk/materials/abai-zhetinshi-soz-9/', '/plans/plan-2026-2027/', '/kk/plans/plan-2026-2027/', '/plans/mentoring-2026-2027/', '/about/']) {
        // A plan's seven columns are printed across the page (the theme's @page plan).
        const texts = await printAndCheck(page, path, { own: path.includes('/plans/') ? 'landscape' : 'portrait' });
        const all = texts.join('\n');
        for (const hidden of ['Поиск', 'Іздеу', 'Показать комментарии', 'Подбор материалов']) check(!all.includes(hidden), `${path}: «${hidden}» is printed`);
        await printAndCheck(page, path, { landscape: true });
      }
      // A link out of the site is printed with its address.
      const texts = await printAndCheck(page, '/materials/phet-simulyatsii-fizika/');
      check(/https?:\/\/phet\.colorado\.edu/.test(texts.join('\n').replace(/\s+/g, '')), 'the external link\'s address is not printed');
      await page.close();
    },
  },
];

let PLAYWRIGHT;
// URKER_TEST_ONLY=print runs the tests whose name holds that word (while working on one).
await runSuite('browser visitor pages', [tests[0], ...tests.slice(1).filter((t) => !process.env.URKER_TEST_ONLY || t.name.includes(process.env.URKER_TEST_ONLY))], {
  artifacts: ARTIFACTS,
  timeoutMs: 180000,
  before: async () => {
    PLAYWRIGHT = loadPlaywright(SOURCE);
    outDir = await makeTempDir('urker-browser-visitor-');
  },
  after: async () => {
    if (browser) await browser.close();
    if (server) await server.close();
    await removeDir(outDir);
  },
});
