#!/usr/bin/env node
// Certificates of publication in real headless Chromium.
//
//   node tests/browser/certificate_print.test.mjs <urker binary> <source dir> <artifacts dir>
//
// Builds the example portal, serves it on 127.0.0.1 and checks that every certificate prints as
// exactly one A4 page (the print CSS hides the site around it), that a certificate page runs
// under a strict Content-Security-Policy without console errors, and that the register finds a
// number typed the way people type it. Leaves one certificate's PDF and a screenshot in the
// artifacts folder. Prints "browser certificates: N passed, M failed".
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildSite, check, checkEqual, launchBrowser, loadPlaywright, makeTempDir, removeDir, runSuite, serve, testArguments,
} from './helpers.mjs';

const { URKER, SOURCE, ARTIFACTS } = testArguments('browser certificates', 'certificate_print.test.mjs', (a) => []);

// A PDF's pages and the size of the first, read from the file itself (Chromium writes each page
// object as "/Type /Page" with a /MediaBox in points).
function pdfPages(buffer) {
  const text = buffer.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || [];
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { count: pages.length, width: box ? Number(box[1]) : 0, height: box ? Number(box[2]) : 0 };
}

let outDir;
let server;
let browser;
let certificates = [];

const tests = [
  {
    name: 'the example portal builds with its certificates',
    fn: async () => {
      await buildSite(URKER, SOURCE, outDir);
      certificates = (await readdir(join(outDir, 'certificates'), { withFileTypes: true }))
        .filter((e) => e.isDirectory()).map((e) => e.name).sort();
      check(certificates.length >= 20, `only ${certificates.length} certificates were built`);
      server = await serve(outDir);
      browser = await launchBrowser(PLAYWRIGHT, { viewport: { width: 1200, height: 900 } });
    },
  },
  {
    name: 'every certificate prints as one A4 page',
    fn: async () => {
      const page = await browser.context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      for (const slug of certificates) {
        await page.goto(`${server.origin}/certificates/${slug}/`, { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const { count, width, height } = pdfPages(pdf);
        checkEqual(count, 1, `certificate ${slug}: pages`);
        // A4 is 595.28 × 841.89 points.
        check(Math.abs(width - 595.3) < 2 && Math.abs(height - 841.9) < 2, `certificate ${slug}: page size ${width} × ${height} is not A4`);
        if (slug === certificates[0]) {
          await writeFile(join(ARTIFACTS, 'certificate.pdf'), pdf);
          await page.screenshot({ path: join(ARTIFACTS, 'certificate.png'), fullPage: true });
        }
      }
      checkEqual(errors.length, 0, `console errors: ${errors.join('\n')}`);
      await page.close();
    },
  },
  {
    name: 'a certificate shows its QR code, fingerprint and a working print button',
    fn: async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/certificates/${certificates[0]}/`, { waitUntil: 'load' });
      checkEqual(await page.locator('.certificate svg.qr-code').count(), 1, 'QR codes');
      const fingerprint = await page.locator('.certificate code.fingerprint').first().textContent();
      check(/^sha256:[0-9a-f]{64}$/.test(fingerprint), `fingerprint: ${fingerprint}`);
      check(await page.locator('[data-print]').isVisible(), 'the print button is hidden');
      await page.emulateMedia({ media: 'print' });
      check(!(await page.locator('.site-header').isVisible()), 'the site header is printed');
      check(await page.locator('.certificate').isVisible(), 'the certificate is not printed');
      await page.close();
    },
  },
  {
    name: 'the register finds a number typed with spaces and in lower case',
    fn: async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/certificates/`, { waitUntil: 'load' });
      const rows = await page.locator('tr[data-number]').count();
      checkEqual(rows, certificates.length, 'rows in the register');
      const last = certificates[certificates.length - 1];
      const number = await page.locator(`tr#${last}`).getAttribute('data-number');
      await page.fill('input[name=number]', number.toLowerCase().replace(/-/g, ' '));
      await page.click('[data-certificate-find] button');
      await page.waitForFunction((id) => location.hash === `#${id}`, last);
      check(await page.locator(`tr#${last}.is-found`).count() === 1, 'the row is not marked');
      await page.fill('input[name=number]', 'нет-такого');
      await page.click('[data-certificate-find] button');
      check((await page.locator('.certificate-find-result').textContent()).length > 0, 'no "not found" message');
      await page.close();
    },
  },
];

let PLAYWRIGHT;
await runSuite('browser certificates', tests, {
  artifacts: ARTIFACTS,
  timeoutMs: 180000,
  before: async () => {
    PLAYWRIGHT = loadPlaywright(SOURCE);
    outDir = await makeTempDir('urker-browser-certificates-');
  },
  after: async () => {
    if (browser) await browser.close();
    if (server) await server.close();
    await removeDir(outDir);
  },
});
