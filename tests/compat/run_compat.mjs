#!/usr/bin/env node
// Compatibility of urker's search index writer with lunr.js 2.3.9, for one language mode.
//
//   node tests/compat/run_compat.mjs --mode en|ru|multi|multi-kk --tool PATH/urker_index_tool --work DIR
//                                    [--corpus-generator gen_corpus.py] [--queries N]
//
// For every corpus it builds the index twice from the same DOCS.json, with the real lunr.js
// (tests/compat/lunr_env.mjs) and with urker's writer, through the `urker index` command line
// (urker_index_tool), and checks:
//   * structure: same fields and pipeline labels, same terms in the same order, same postings,
//     same field vectors (same refs and term indices, scores within 0.001), and reports whether
//     the two files are byte-identical;
//   * behaviour: both files loaded with lunr.Index.load (as a browser does) return the same refs
//     in the same order with scores within 0.001 for N queries per corpus: single words, two
//     words, prefixes `word*`, fuzzy `word~1`, field-scoped `title:word`, `+word -word`, boosts,
//     upper case, punctuation, stop words.
// Sharded mode (search/sharded_index.h, src/search/lunr-shards.js): the same
// documents written as small shards, each holding its terms in lunr's order, within its range of
// the manifest (the weights are made in the browser from [tf, field length]); every query,
// run by lunr-shards.js from a fresh start (so only the shards it loads itself are there), must
// return the same refs in the same order with the same scores (within 1e-9) as lunr.js over the
// whole index that lunr.js built.
// Corpora: a gen_corpus.py corpus (300 materials, Russian/Kazakh), a generated English/mixed
// corpus (from /usr/share/dict/american-english), and every tests/compat/corpora/*.json.
// Prints `compat MODE: P passed, F failed` and exits 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { lunr, buildLunrIndex, repoRoot } from './lunr_env.mjs';
import { corpusToDocs } from './corpus_docs.mjs';
import { createRequire } from 'node:module';

const LunrShards = createRequire(import.meta.url)(path.join(repoRoot, 'src/search/lunr-shards.js'));

const args = { mode: '', tool: '', work: '', generator: '', queries: 300 };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--mode') args.mode = process.argv[++i];
  else if (a === '--tool') args.tool = process.argv[++i];
  else if (a === '--work') args.work = process.argv[++i];
  else if (a === '--corpus-generator') args.generator = process.argv[++i];
  else if (a === '--queries') args.queries = Number(process.argv[++i]);
  else {
    console.error(`run_compat: unknown argument ${a}`);
    process.exit(2);
  }
}
if (!['en', 'ru', 'multi', 'multi-kk'].includes(args.mode) || !args.tool || !args.work) {
  console.error('usage: run_compat.mjs --mode en|ru|multi|multi-kk --tool urker_index_tool --work DIR [--corpus-generator PY]');
  process.exit(2);
}
fs.mkdirSync(args.work, { recursive: true });

// Deterministic pseudo-random numbers (mulberry32).
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function writeAtomically(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

// --- Corpora ---------------------------------------------------------------------------------------

function generatedCorpus() {
  if (!args.generator || !fs.existsSync(args.generator)) return { skip: `corpus generator ${args.generator || '(none)'} not found` };
  const docsFile = path.join(args.work, 'corpus-300.docs.json');
  if (!fs.existsSync(docsFile)) {
    // ctest runs the en, ru and multi modes at once: each generates into its own folder and
    // publishes the docs file by an atomic rename, so none reads another's half-written corpus.
    const dir = path.join(args.work, `corpus-300.${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    const r = spawnSync('python3', [args.generator, dir, '300'], { encoding: 'utf8' });
    if (r.status !== 0) return { skip: `gen_corpus.py failed (needs hunspell-ru hunspell-kk hunspell-tools): ${r.stderr.trim().split('\n').pop()}` };
    writeAtomically(docsFile, JSON.stringify(corpusToDocs(dir)));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { name: 'gen_corpus 300 (ru/kk)', file: docsFile };
}

// English (and mixed) prose from the system word list: Zipf-like draws, capitalised sentence
// starts, possessives, punctuation, numbers, some Russian and Kazakh words mixed in.
function englishCorpus() {
  const wordsFile = '/usr/share/dict/american-english';
  if (!fs.existsSync(wordsFile)) return { skip: `${wordsFile} not found (apt-get install wamerican)` };
  const docsFile = path.join(args.work, 'english-200.docs.json');
  if (!fs.existsSync(docsFile)) {
    const words = fs.readFileSync(wordsFile, 'utf8').split('\n').filter(Boolean);
    const rand = rng(20240901);
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [words[i], words[j]] = [words[j], words[i]];
    }
    const common = ['the', 'of', 'and', 'a', 'to', 'in', 'is', 'lesson', 'students', 'teacher', 'school', 'with'];
    const cyrillic = ['урок', 'школы,', 'учителя', 'мектеп', 'оқушылар', 'ещё', 'Қазақстан'];
    const zipf = () => words[Math.min(words.length - 1, Math.floor(Math.exp(rand() * Math.log(words.length))) - 1)];
    const sentence = (n) => {
      const out = [];
      for (let i = 0; i < n; i++) {
        const r = rand();
        let w = r < 0.3 ? pick(rand, common) : r < 0.33 ? pick(rand, cyrillic) : r < 0.35 ? String(Math.floor(rand() * 3000)) : zipf();
        if (i === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
        if (rand() < 0.08) w += pick(rand, [',', ';', ':', '!', '?', '…', ')']);
        if (rand() < 0.02) w = '(' + w;
        if (rand() < 0.02) w = w.toUpperCase();
        out.push(w);
      }
      return out.join(' ') + '.';
    };
    const docs = [];
    for (let d = 0; d < 200; d++) {
      const body = [];
      for (let s = 0, n = 5 + Math.floor(rand() * 30); s < n; s++) body.push(sentence(4 + Math.floor(rand() * 14)));
      const doc = { ref: `/en/doc-${d}/`, title: sentence(2 + Math.floor(rand() * 6)).slice(0, -1), body: body.join(' ') };
      if (rand() < 0.8) doc.tags = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => zipf());
      docs.push(doc);
    }
    writeAtomically(docsFile, JSON.stringify(docs));
  }
  return { name: 'english 200 (generated)', file: docsFile };
}

const corpora = [];
const skipped = [];
for (const c of [generatedCorpus(), englishCorpus()]) (c.skip ? skipped.push(c.skip) : corpora.push(c));
const corporaDir = path.join(repoRoot, 'tests', 'compat', 'corpora');
for (const f of fs.readdirSync(corporaDir).filter((f) => f.endsWith('.json')).sort()) {
  corpora.push({ name: f, file: path.join(corporaDir, f) });
}

// Field configurations: the default, and one with other boosts, order and an integer-like name.
const fieldSets = [
  ['title^10', 'tags^5', 'body'],
  ['body^1.5', 'title^0', 'tags^2.25'],
];

// --- Checks ----------------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
const failures = [];
function check(ok, what) {
  if (ok) passed++;
  else {
    failed++;
    if (failures.length < 25) failures.push(what);
  }
}

function compareStructure(a, b, label) {
  const problems = [];
  const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);
  if (!same(a.fields, b.fields)) problems.push(`fields ${JSON.stringify(a.fields)} vs ${JSON.stringify(b.fields)}`);
  if (!same(a.pipeline, b.pipeline)) problems.push(`pipeline ${JSON.stringify(a.pipeline)} vs ${JSON.stringify(b.pipeline)}`);
  if (a.invertedIndex.length !== b.invertedIndex.length) {
    problems.push(`${a.invertedIndex.length} terms vs ${b.invertedIndex.length}`);
  }
  for (let i = 0; i < Math.min(a.invertedIndex.length, b.invertedIndex.length) && problems.length < 5; i++) {
    const [ta, pa] = a.invertedIndex[i];
    const [tb, pb] = b.invertedIndex[i];
    if (ta !== tb) problems.push(`term #${i}: ${JSON.stringify(ta)} vs ${JSON.stringify(tb)}`);
    else if (!same(pa, pb)) problems.push(`posting of ${JSON.stringify(ta)}: ${JSON.stringify(pa)} vs ${JSON.stringify(pb)}`);
  }
  if (a.fieldVectors.length !== b.fieldVectors.length) {
    problems.push(`${a.fieldVectors.length} field vectors vs ${b.fieldVectors.length}`);
  }
  for (let i = 0; i < Math.min(a.fieldVectors.length, b.fieldVectors.length) && problems.length < 5; i++) {
    const [ra, va] = a.fieldVectors[i];
    const [rb, vb] = b.fieldVectors[i];
    const ok = ra === rb && va.length === vb.length &&
      va.every((x, j) => (j % 2 === 0 ? x === vb[j] : Math.abs(x - vb[j]) <= 0.001));
    if (!ok) problems.push(`field vector #${i} ${ra}: ${JSON.stringify(va).slice(0, 200)} vs ${JSON.stringify(vb).slice(0, 200)}`);
  }
  for (const p of problems) console.error(`  ${label}: ${p}`);
  return problems.length === 0;
}

// Query words as a visitor would type them: from the documents' own text, with the characters of
// lunr's query syntax removed.
function queryWords(docs) {
  const all = [];
  const titles = [];
  const tags = [];
  for (const d of docs) {
    const text = (v) => (Array.isArray(v) ? v.map((x) => String(x ?? '')).join(' ') : v == null ? '' : String(v));
    for (const w of text(d.body).split(/\s+/)) all.push(w);
    for (const w of text(d.title).split(/\s+/)) titles.push(w);
    if (Array.isArray(d.tags)) for (const t of d.tags) tags.push(...String(t ?? '').split(/\s+/));
  }
  const clean = (w) => w.replace(/[:^~*+\\-]/g, '');
  const usable = (list) => list.map(clean).filter((w) => w.length > 0);
  return { body: usable(all), title: usable(titles), tags: usable(tags) };
}

function makeQueries(docs, count, seed) {
  const rand = rng(seed);
  const w = queryWords(docs);
  const word = () => pick(rand, w.body.length ? w.body : ['empty']);
  const titleWord = () => pick(rand, w.title.length ? w.title : w.body.length ? w.body : ['empty']);
  const tagWord = () => pick(rand, w.tags.length ? w.tags : w.body.length ? w.body : ['empty']);
  const bare = (x) => x.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || x;
  const kinds = [
    () => word(),
    () => bare(word()),
    () => `${bare(word())} ${bare(word())}`,
    () => `${bare(word()).slice(0, 2 + Math.floor(rand() * 4))}*`,
    () => `${bare(word())}~1`,
    () => `title:${bare(titleWord())}`,
    () => `tags:${bare(tagWord())}`,
    () => `body:${bare(word())} title:${bare(titleWord())}`,
    () => `+${bare(word())} -${bare(word())}`,
    () => `+${bare(titleWord())} +${bare(word())}`,
    () => `-${bare(word())}`,
    () => `${bare(word())}^3 ${bare(word())}`,
    () => bare(word()).toUpperCase(),
    () => `${bare(titleWord())}`,
    () => pick(rand, ['и', 'the', 'а', 'ещё', 'python', 'школы,', 'ёлка', 'қазақ', 'ten', '2', '']),
    // A word typed without Kazakh letters (and ё), as on a phone without a Kazakh layout.
    () => bare(word()).replace(/[ңқүұөғәіһё]/g, (c) => 'нкууогаихе'['ңқүұөғәіһё'.indexOf(c)]),
  ];
  const queries = [];
  for (let i = 0; i < count; i++) queries.push(kinds[i % kinds.length]());
  return queries;
}

function search(index, q) {
  try {
    return { results: index.search(q).map((r) => [r.ref, r.score]) };
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
}

// The shards of `dir`, each read and parsed once.
function shardLoader(dir) {
  const cache = new Map();
  return (file) => {
    if (!cache.has(file)) cache.set(file, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    return Promise.resolve(cache.get(file));
  };
}

async function searchShards(manifest, load, refs, q) {
  try {
    const sharded = LunrShards.create(lunr, manifest, load);
    const results = await sharded.search(q);
    return { results: results.map((r) => [refs[Number(r.ref)], r.score]), shards: sharded.loadedShards().length };
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
}

function sameResultsExactly(a, b) {
  if (a.error || b.error) return a.error === b.error;
  if (a.results.length !== b.results.length) return false;
  return a.results.every(([ref, score], i) => ref === b.results[i][0] && Math.abs(score - b.results[i][1]) <= 1e-9);
}

function compareResults(a, b) {
  if (a.error || b.error) return a.error === b.error;
  if (a.results.length !== b.results.length) return false;
  return a.results.every(([ref, score], i) => ref === b.results[i][0] && Math.abs(score - b.results[i][1]) <= 0.001);
}

// --- Run -------------------------------------------------------------------------------------------

let queryCount = 0;
let shardSets = 0;
let shardFiles = 0;
let shardLoads = 0;
let withResults = 0;
let identical = 0;
let builds = 0;
for (const corpus of corpora) {
  const docs = JSON.parse(fs.readFileSync(corpus.file, 'utf8'));
  for (const [setIndex, fields] of fieldSets.entries()) {
    const label = `${corpus.name} [${fields.join(' ')}]`;
    const lunrJson = JSON.stringify(buildLunrIndex(docs, { lang: args.mode, fields }));
    const out = path.join(args.work, `urker-${args.mode}-${path.basename(corpus.file, '.json')}-${setIndex}.json`);
    const toolArgs = ['--docs', corpus.file, '--lang', args.mode, '--output', out];
    for (const f of fields) toolArgs.push('--field', f);
    try {
      execFileSync(args.tool, toolArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      check(false, `${label}: urker_index_tool failed: ${e.stderr}`);
      continue;
    }
    const urkerJson = fs.readFileSync(out, 'utf8');
    builds++;
    if (urkerJson === lunrJson) identical++;
    const lunrData = JSON.parse(lunrJson);
    const urkerData = JSON.parse(urkerJson);
    check(compareStructure(lunrData, urkerData, label), `${label}: structure differs`);

    const lunrIndex = lunr.Index.load(lunrData);
    const urkerIndex = lunr.Index.load(urkerData);
    // The default field set gets the full query budget, the second one a smaller one.
    const n = setIndex === 0 ? args.queries : Math.ceil(args.queries / 3);
    const queries = makeQueries(docs, n, 7 + setIndex * 101 + corpus.name.length);
    for (const q of queries) {
      const a = search(lunrIndex, q);
      const b = search(urkerIndex, q);
      queryCount++;
      if (a.results && a.results.length) withResults++;
      check(compareResults(a, b), `${label}: query ${JSON.stringify(q)}: lunr ${JSON.stringify(a).slice(0, 300)} urker ${JSON.stringify(b).slice(0, 300)}`);
    }

    // The same documents in small shards (about 1 KB, so that queries span several).
    const shardDir = path.join(args.work, `shards-${args.mode}-${path.basename(corpus.file, '.json')}-${setIndex}`);
    fs.rmSync(shardDir, { recursive: true, force: true });
    try {
      const shardArgs = ['--docs', corpus.file, '--lang', args.mode, '--shards', shardDir, '--shard-bytes', '1024'];
      for (const f of fields) shardArgs.push('--field', f);
      execFileSync(args.tool, shardArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      check(false, `${label}: urker_index_tool --shards failed: ${e.stderr}`);
      continue;
    }
    const load = shardLoader(shardDir);
    const manifest = await load('manifest.json');
    const refs = await load('refs.json');
    shardSets++;
    const inOrder = [];
    for (let k = 0; k < manifest.shards.length; k++) {
      shardFiles++;
      const shard = await load(manifest.index.replace('{n}', String(k)));
      for (const [term] of shard.invertedIndex) inOrder.push(term);
      const terms = shard.invertedIndex.map(([term]) => term);
      const within = terms.every((t) => t >= manifest.shards[k] && (k + 1 === manifest.shards.length || t < manifest.shards[k + 1]));
      check(within, `${label}: shard ${k} holds a term outside its range`);
    }
    const lunrTerms = lunrData.invertedIndex.map(([term]) => term);
    check(JSON.stringify(inOrder) === JSON.stringify(lunrTerms), `${label}: the shards' terms are not lunr's terms in lunr's order`);
    check(manifest.shards.length > 1, `${label}: only ${manifest.shards.length} shard`);
    for (const q of queries) {
      const a = search(lunrIndex, q);
      const b = await searchShards(manifest, load, refs, q);
      if (b.shards) shardLoads += b.shards;
      check(sameResultsExactly(a, b), `${label}: sharded query ${JSON.stringify(q)}: lunr ${JSON.stringify(a).slice(0, 300)} shards ${JSON.stringify(b).slice(0, 300)}`);
    }
  }
}

for (const s of skipped) console.log(`compat ${args.mode}: skipped a corpus: ${s}`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`compat ${args.mode}: ${corpora.length} corpora, ${builds} builds (${identical} byte-identical to lunr.js), ${queryCount} queries compared (${withResults} with results)`);
console.log(`compat ${args.mode}: ${shardSets} sharded indexes (${shardFiles} shards, their terms lunr's), ` +
  `the same ${queryCount} queries over the shards (${(shardLoads / Math.max(1, queryCount)).toFixed(1)} shards loaded per query on average)`);
console.log(`compat ${args.mode}: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
