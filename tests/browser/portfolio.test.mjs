#!/usr/bin/env node
// Teachers' portfolios and the member directory in real headless Chromium.
//
//   node tests/browser/portfolio.test.mjs <urker binary> <source dir> <artifacts dir>
//
// Builds the example portal and serves it on 127.0.0.1. Every member's printable portfolio
// (Russian and Kazakh) prints on A4 portrait pages, and no page of the PDF ends with a section
// heading (poppler's pdftotext reads the PDF back page by page); portfolios and the directory
// are no wider than a 320 or 375 px phone; the directory's filters work from the keyboard and
// with the mouse (pick a school: only its members stay), keep the choice in the address, and
// without JavaScript the filters stay hidden and everyone is listed. Leaves one portfolio's PDF
// and screenshots in the artifacts folder. Prints "browser portfolio: N passed, M failed".
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildSite, check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, removeDir, runSuite, serve, testArguments,
} from './helpers.mjs';

const { URKER, SOURCE, ARTIFACTS } = testArguments('browser portfolio', 'portfolio.test.mjs', (a) => [['axe-core', join(a.SOURCE, 'node_modules/axe-core/axe.min.js')], ['pdftotext (poppler-utils)', '/usr/bin/pdftotext']]);
const AXE = join(SOURCE, 'node_modules/axe-core/axe.min.js');

// The PDF's page size (points) from its first /MediaBox, and its text page by page (form feeds
// separate pdftotext's pages).
function pdfPages(file) {
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.length && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}
function mediaBox(buffer) {
  const box = buffer.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : { width: 0, height: 0 };
}
const squash = (s) => s.replace(/\s+/g, ' ').trim();

// axe-core's WCAG 2.x A/AA rules and best practices on the page as it is now.
async function axeCheck(p, label) {
  await p.addScriptTag({ url: '/__test__/axe.min.js' });
  const result = await p.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  const lines = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n       ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join('\n       ')}`);
  check(result.violations.length === 0, `${label}: ${result.violations.length} axe violation(s)\n     ${lines.join('\n     ')}`);
}

let outDir;
let server;
let browser;
let members = [];

const tests = [
  {
    name: 'the example portal builds with a portfolio for every member',
    fn: async () => {
      await buildSite(URKER, SOURCE, outDir);
      members = (await readdir(join(outDir, 'members'), { withFileTypes: true }))
        .filter((e) => e.isDirectory() && e.name !== 'page' && existsSync(join(outDir, 'members', e.name, 'portfolio', 'index.html')))
        .map((e) => e.name).sort();
      check(members.length >= 15, `only ${members.length} portfolios were built`);
      for (const id of members) check(existsSync(join(outDir, 'kk/members', id, 'portfolio/index.html')), `no Kazakh portfolio for ${id}`);
      server = await serve(outDir, { extra: { '/__test__/axe.min.js': AXE } });
      browser = await launchBrowser(PLAYWRIGHT, { viewport: { width: 1200, height: 900 } });
    },
  },
  {
    name: 'every portfolio prints on A4 portrait pages, and no page ends with a heading',
    fn: async () => {
      const page = await browser.context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      const tmp = await makeTempDir('urker-portfolio-pdf-');
      let most = { pages: 0 };
      try {
        for (const prefix of ['', 'kk/']) {
          for (const id of members) {
            const url = `${server.origin}/${prefix}members/${id}/portfolio/`;
            await page.goto(url, { waitUntil: 'load' });
            const headings = (await page.locator('.portfolio h1, .portfolio h2, .portfolio h3').allTextContents()).map(squash);
            const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
            const { width, height } = mediaBox(pdf);
            // A4 is 595.28 × 841.89 points.
            check(Math.abs(width - 595.3) < 2 && Math.abs(height - 841.9) < 2, `${url}: page size ${width} × ${height} is not A4 portrait`);
            const file = join(tmp, `${prefix.replace('/', '-')}${id}.pdf`);
            await writeFile(file, pdf);
            const pages = pdfPages(file);
            check(pages.length >= 1 && pages.length <= 4, `${url}: ${pages.length} pages`);
            pages.forEach((text, k) => {
              const lines = text.split('\n').map(squash).filter((l) => l.length > 0);
              const last = lines[lines.length - 1] || '';
              // The heading itself, or the end of one that wrapped onto two lines.
              const isHeading = (h) => h && (last === h || (h.length > 40 && last.length > 10 && h.endsWith(last)));
              check(!headings.some(isHeading), `${url}: page ${k + 1} of ${pages.length} ends with the heading "${last}"`);
            });
            check(pages[0].includes(prefix ? 'Педагог портфолиосы' : 'Портфолио педагога'), `${url}: the title is not printed`);
            if (pages.length > most.pages) most = { pages: pages.length, id, prefix, pdf };
          }
        }
        if (most.pdf) await writeFile(join(ARTIFACTS, 'portfolio.pdf'), most.pdf);
        console.log(`     longest portfolio: ${most.prefix}${most.id}, ${most.pages} pages`);
      } finally {
        await removeDir(tmp);
      }
      checkEqual(errors.length, 0, `console errors: ${errors.join('\n')}`);
      await page.close();
    },
  },
  {
    name: 'printed, a portfolio leaves out the site around it; its print button works',
    fn: async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/members/abenova-m/portfolio/`, { waitUntil: 'load' });
      check(await page.locator('[data-print]').isVisible(), 'the print button is hidden');
      const text = await page.locator('.portfolio').textContent();
      check(text.includes('Тәлімгер') || text.includes('Наставник'), 'the mentee\'s portfolio does not name the mentor');
      check(text.includes('Занятия наставничества'), 'the mentee\'s portfolio lists no mentoring sessions');
      await page.emulateMedia({ media: 'print' });
      check(!(await page.locator('.site-header').isVisible()), 'the site header is printed');
      check(!(await page.locator('.portfolio-actions').isVisible()), 'the buttons are printed');
      await page.screenshot({ path: join(ARTIFACTS, 'portfolio-print.png'), fullPage: true });
      await page.close();
    },
  },
  {
    name: 'portfolios and the directory are no wider than a phone',
    fn: async () => {
      for (const width of [320, 375]) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 800 });
        for (const path of ['/members/', '/kk/members/', '/members/aitmagambetova-g/portfolio/', '/kk/members/abenova-m/portfolio/',
          '/members/petrova-o/', '/groups/nastavnichestvo/']) {
          await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          check(wide <= width, `${path} at ${width} px is ${wide} px wide`);
        }
        if (width === 375) await page.screenshot({ path: join(ARTIFACTS, 'members-375.png'), fullPage: true });
        await page.close();
      }
    },
  },
  {
    name: 'axe-core finds nothing on portfolios, the directory with its filters, a member page and the mentoring group',
    fn: async () => {
      const page = await browser.context.newPage();
      for (const path of ['/members/', '/kk/members/', '/members/abenova-m/portfolio/', '/kk/members/petrova-o/portfolio/',
        '/members/aitmagambetova-g/portfolio/', '/members/omarova-a/', '/kk/members/sadvakasova-a/', '/groups/nastavnichestvo/',
        '/kk/groups/nastavnichestvo/']) {
        await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        await axeCheck(page, path);
      }
      await page.close();
    },
  },
  {
    name: 'picking a school leaves only its members; the choice is in the address and reset brings everyone back',
    fn: async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/members/`, { waitUntil: 'load' });
      check(await page.locator('[data-member-filters]').isVisible(), 'the filters are hidden with JavaScript on');
      const all = await page.locator('[data-member-list] > li').count();
      check(all >= 15, `the directory lists ${all} members`);
      const schools = await page.locator('#member-filter-school option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      check(schools.length >= 2, 'fewer than two schools to pick from');
      for (const school of schools) {
        await page.selectOption('#member-filter-school', school);
        const shown = await page.locator('[data-member-list] > li:not([hidden])').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-school')));
        const expected = await page.locator(`[data-member-list] > li[data-school="${school}"]`).count();
        check(shown.length > 0 && shown.every((s) => s === school), `school ${school}: shown ${JSON.stringify(shown)}`);
        checkEqual(shown.length, expected, `school ${school}: members shown`);
        check(new URL(page.url()).searchParams.get('school') === school, `school ${school}: not in the address ${page.url()}`);
        check((await page.locator('[data-member-count]').textContent()).includes(`${expected} из ${all}`), 'the count is not announced');
      }
      // Two filters together, chosen from the keyboard.
      await page.selectOption('#member-filter-school', '');
      await page.focus('#member-filter-category');
      await page.keyboard.press('ArrowDown');
      const category = await page.locator('#member-filter-category').inputValue();
      check(category !== '', 'the keyboard did not choose a category');
      const both = await page.locator('[data-member-list] > li:not([hidden])').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-category')));
      check(both.length > 0 && both.every((c) => c === category), `category ${category}: shown ${JSON.stringify(both)}`);
      await page.click('[data-member-filters] button[type=reset]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-member-list] > li:not([hidden])').length === n, all);
      // A link with a filter opens filtered.
      await page.goto(`${server.origin}/members/?school=${encodeURIComponent(schools[0])}`, { waitUntil: 'load' });
      const linked = await page.locator('[data-member-list] > li:not([hidden])').count();
      checkEqual(linked, await page.locator(`[data-member-list] > li[data-school="${schools[0]}"]`).count(), 'members shown from a link');
      await page.close();
    },
  },
  {
    name: 'the Kazakh directory filters in Kazakh, by subject too',
    fn: async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/kk/members/`, { waitUntil: 'load' });
      checkEqual(squash(await page.locator('label[for=member-filter-school]').textContent()), 'Мектеп', 'the school label');
      checkEqual(squash(await page.locator('label[for=member-filter-subject]').textContent()), 'Пән', 'the subject label');
      const subject = await page.locator('#member-filter-subject option').nth(1).getAttribute('value');
      await page.selectOption('#member-filter-subject', subject);
      const shown = await page.locator('[data-member-list] > li:not([hidden])').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-subjects').split('|')));
      check(shown.length > 0 && shown.every((s) => s.includes(subject)), `subject ${subject}: shown ${JSON.stringify(shown)}`);
      await page.close();
    },
  },
  {
    name: 'without JavaScript the filters stay hidden and every member is listed',
    fn: async () => {
      const noJs = await launchBrowser(PLAYWRIGHT, { viewport: { width: 1200, height: 900 }, javaScriptEnabled: false });
      try {
        const page = await noJs.context.newPage();
        await page.goto(`${server.origin}/members/?school=zerde`, { waitUntil: 'load' });
        check(!(await page.locator('[data-member-filters]').isVisible()), 'the filters show without JavaScript');
        const all = await page.locator('[data-member-list] > li').count();
        checkEqual(await page.locator('[data-member-list] > li:visible').count(), all, 'members visible without JavaScript');
      } finally {
        await noJs.close();
      }
    },
  },
];

let PLAYWRIGHT;
await runSuite('browser portfolio', tests, {
  artifacts: ARTIFACTS,
  timeoutMs: 240000,
  before: async () => {
    PLAYWRIGHT = loadPlaywright(SOURCE);
    outDir = await makeTempDir('urker-browser-portfolio-');
  },
  after: async () => {
    if (browser) await browser.close();
    if (server) await server.close();
    await removeDir(outDir);
  },
});
