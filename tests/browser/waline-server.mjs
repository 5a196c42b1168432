#!/usr/bin/env node
// A real Waline comment server for the browser tests: @waline/vercel from the repository's
// node_modules, storing comments in SQLite, listening on 127.0.0.1 only.
//
//   node tests/browser/waline-server.mjs --source <repository> --data <empty folder>
//
// Prints "waline-server: ready http://127.0.0.1:PORT" once it answers, then one line
// "waline-server: request METHOD PATH" for every request a client makes (the warm-up request
// it sends itself and its own calls to the OAuth stub are not counted), and stops on SIGTERM
// (or, with --exit-with-stdin, when its standard input is closed).
//
// Waline is written to run on a cloud platform; offline, on a test machine, it needs:
//  - its tables: the npm package ships no SQLite schema, so wl_Comment, wl_Counter and wl_Users
//    are created here with the columns its storage code reads and writes;
//  - SQLITE_PATH: the folder that holds waline.sqlite (the file name is SQLITE_DB + ".sqlite");
//  - its request handler wrapped in our own server, because the stock entry point listens on
//    every interface;
//  - OAUTH_URL: it asks an OAuth service which social logins exist on every request; this server
//    answers that itself at /__oauth (no social logins);
//  - AKISMET_KEY=false (no spam check with akismet.com), TENCENTCLOUD=true (the bundled
//    CloudBase SDK looks up a cloud metadata host otherwise), GRAVATAR_STR (avatars: a local
//    data: picture instead of an avatar service), IPQPS=0 (no one-comment-a-minute limit);
//  - DISABLE_REGION and DISABLE_USERAGENT, as docs/comments/waline.md advises for privacy;
//  - its browser client, which the server does not serve: it is served here under /client/
//    from @waline/client's dist/ (with CORS, as a CDN or a reverse proxy would).
import { createReadStream, mkdirSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || !process.argv[i + 1]) {
    console.error(`usage: node waline-server.mjs --source <repository> --data <folder>  (missing --${name})`);
    process.exit(2);
  }
  return resolve(process.argv[i + 1]);
}

const SOURCE = option('source');
const DATA = option('data');
const require = createRequire(join(SOURCE, 'package.json'));
const CLIENT_DIST = join(SOURCE, 'node_modules/@waline/client/dist');

// The tables Waline's SQL storage uses, in SQLite's words. Timestamps default to now, as in
// Waline's MySQL schema; `like`, `sticky` and the reactions are the newer columns.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS wl_Comment (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER DEFAULT NULL,
  comment TEXT,
  insertedAt DATETIME DEFAULT CURRENT_TIMESTAMP,
  ip VARCHAR(100) DEFAULT '',
  link VARCHAR(255) DEFAULT NULL,
  mail VARCHAR(255) DEFAULT NULL,
  nick VARCHAR(255) DEFAULT NULL,
  pid INTEGER DEFAULT NULL,
  rid INTEGER DEFAULT NULL,
  sticky NUMERIC DEFAULT NULL,
  status VARCHAR(50) NOT NULL DEFAULT '',
  "like" INTEGER DEFAULT NULL,
  ua TEXT,
  url VARCHAR(255) DEFAULT NULL,
  createdAt DATETIME DEFAULT CURRENT_TIMESTAMP,
  updatedAt DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE IF NOT EXISTS wl_Counter (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  time INTEGER DEFAULT NULL,
  reaction0 INTEGER DEFAULT NULL, reaction1 INTEGER DEFAULT NULL, reaction2 INTEGER DEFAULT NULL,
  reaction3 INTEGER DEFAULT NULL, reaction4 INTEGER DEFAULT NULL, reaction5 INTEGER DEFAULT NULL,
  reaction6 INTEGER DEFAULT NULL, reaction7 INTEGER DEFAULT NULL, reaction8 INTEGER DEFAULT NULL,
  url VARCHAR(255) NOT NULL DEFAULT '',
  createdAt DATETIME DEFAULT CURRENT_TIMESTAMP,
  updatedAt DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE IF NOT EXISTS wl_Users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  display_name VARCHAR(255) NOT NULL DEFAULT '',
  email VARCHAR(255) NOT NULL DEFAULT '',
  password VARCHAR(255) NOT NULL DEFAULT '',
  type VARCHAR(50) NOT NULL DEFAULT '',
  label VARCHAR(255) DEFAULT NULL,
  url VARCHAR(255) DEFAULT NULL,
  avatar VARCHAR(255) DEFAULT NULL,
  github VARCHAR(255) DEFAULT NULL,
  twitter VARCHAR(255) DEFAULT NULL,
  facebook VARCHAR(255) DEFAULT NULL,
  google VARCHAR(255) DEFAULT NULL,
  weibo VARCHAR(255) DEFAULT NULL,
  qq VARCHAR(255) DEFAULT NULL,
  oidc VARCHAR(255) DEFAULT NULL,
  huawei VARCHAR(255) DEFAULT NULL,
  "2fa" VARCHAR(32) DEFAULT NULL,
  createdAt DATETIME DEFAULT CURRENT_TIMESTAMP,
  updatedAt DATETIME DEFAULT CURRENT_TIMESTAMP
);
`;

function createTables(file) {
  const sqlite3 = require('sqlite3');
  return new Promise((resolvePromise, reject) => {
    const db = new sqlite3.Database(file, (err) => {
      if (err) return reject(err);
      db.exec(SCHEMA, (execErr) => db.close((closeErr) => (execErr || closeErr ? reject(execErr || closeErr) : resolvePromise())));
    });
  });
}

const MIME = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

function serveClientFile(pathname, res) {
  const file = normalize(join(CLIENT_DIST, decodeURIComponent(pathname.slice('/client/'.length))));
  let ok = file.startsWith(CLIENT_DIST + sep);
  try {
    ok = ok && statSync(file).isFile();
  } catch {
    ok = false;
  }
  if (!ok) {
    res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file)] || 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(res);
}

// A neutral avatar: a grey circle, as a data: address, so that no avatar service is asked.
const AVATAR = 'data:image/svg+xml,' + encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20" fill="#8794a5"/></svg>');

async function main() {
  mkdirSync(join(DATA, 'sqlite'), { recursive: true });
  mkdirSync(join(DATA, 'tmp'), { recursive: true });
  await createTables(join(DATA, 'sqlite', 'waline.sqlite'));

  let handler = null;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/__oauth') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"services":[]}');
      return;
    }
    if (!req.headers['x-urker-warmup']) process.stdout.write(`waline-server: request ${req.method} ${url.pathname}${url.search}\n`);
    if (url.pathname.startsWith('/client/')) {
      serveClientFile(url.pathname, res);
      return;
    }
    Promise.resolve(handler(req, res)).catch((err) => {
      process.stderr.write(`waline-server: ${err && err.stack ? err.stack : err}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;

  // Waline reads its settings from the environment when it is loaded.
  Object.assign(process.env, {
    TMPDIR: join(DATA, 'tmp'), // thinkjs keeps its runtime files under os.tmpdir()
    SQLITE_PATH: join(DATA, 'sqlite'),
    SQLITE_DB: 'waline',
    JWT_TOKEN: randomBytes(24).toString('hex'),
    OAUTH_URL: `${origin}/__oauth`,
    AKISMET_KEY: 'false',
    TENCENTCLOUD: 'true',
    GRAVATAR_STR: AVATAR,
    IPQPS: '0',
    DISABLE_REGION: 'true', // no visitor location looked up from the IP address
    DISABLE_USERAGENT: 'true', // and no browser or system shown beside a comment
    SITE_NAME: 'urker test',
    SITE_URL: origin,
  });
  const waline = require('@waline/vercel');
  handler = waline({});

  // The first request starts the application (loads its code, opens the database); make it
  // here so that the test's first request is answered at once, and check that the storage works.
  await new Promise((resolvePromise, reject) => {
    const req = httpRequest(`${origin}/api/comment?type=count&url=%2F__warmup%2F`, { headers: { 'x-urker-warmup': '1' } }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => (res.statusCode === 200 ? resolvePromise() : reject(new Error(`warm-up answered ${res.statusCode}: ${body}`))));
    });
    req.on('error', reject);
    req.setTimeout(60000, () => req.destroy(new Error('warm-up timed out')));
    req.end();
  });

  const stop = () => {
    for (const s of sockets) s.destroy();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Started with a pipe on stdin: when the test that started it goes away, so does the server.
  if (process.argv.includes('--exit-with-stdin')) {
    process.stdin.on('end', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
  }
  process.stdout.write(`waline-server: ready ${origin}\n`);
}

main().catch((err) => {
  process.stderr.write(`waline-server: could not start: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
