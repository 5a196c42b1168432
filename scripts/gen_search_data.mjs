#!/usr/bin/env node
// Extracts the data that urker's search index writer must share with lunr.js from the installed
// npm packages (node_modules/lunr 2.3.9, node_modules/lunr-languages 1.22.0) and writes it as a
// C++ fragment, `search_data.inc`, included by src/search/search_data.h.
//
// Usage: node scripts/gen_search_data.mjs [--node-modules DIR] [--out FILE]
//
// Nothing here is copied into urker's repository: the stop word lists, the tokenizer's separator
// set, the trimmers' word characters and the pipeline labels are read from the packages at build
// time. Where possible the data is observed from the code that lunr runs rather than from its
// source text: the separator and word-character tables come from calling lunr's own regex and
// trimmer functions on every UTF-16 code unit, the stop word lists are the arrays lunr passes to
// generateStopWordFilter, and the labels are what a real builder serializes.

import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const EXPECTED_LUNR = '2.3.9';
const EXPECTED_LANGUAGES = '1.22.0';

function parseArgs(argv) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const args = { nodeModules: path.resolve(here, '..', 'node_modules'), out: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--node-modules') args.nodeModules = path.resolve(argv[++i]);
    else if (a === '--out') args.out = argv[++i];
    else {
      console.error(`gen_search_data: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return args;
}

function fail(message) {
  console.error(`gen_search_data: error: ${message}`);
  process.exit(1);
}

const args = parseArgs(process.argv.slice(2));
const lunrDir = path.join(args.nodeModules, 'lunr');
const languagesDir = path.join(args.nodeModules, 'lunr-languages');
for (const dir of [lunrDir, languagesDir]) {
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    fail(`${dir} is missing; run \`npm ci\` in the repository root first`);
  }
}
const readVersion = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
const lunrVersion = readVersion(lunrDir);
const languagesVersion = readVersion(languagesDir);
// urker's writer reproduces these exact releases (lunr-languages 1.22.0, for example, added 0-9 to
// every language trimmer); another release needs the compatibility tests re-run first.
if (lunrVersion !== EXPECTED_LUNR) fail(`lunr ${lunrVersion} found, urker is checked against ${EXPECTED_LUNR}`);
if (languagesVersion !== EXPECTED_LANGUAGES) {
  fail(`lunr-languages ${languagesVersion} found, urker is checked against ${EXPECTED_LANGUAGES}`);
}

const require = createRequire(path.join(args.nodeModules, 'gen_search_data.cjs'));
const lunr = require(path.join(lunrDir, 'lunr.js'));
require(path.join(languagesDir, 'lunr.stemmer.support.js'))(lunr);
require(path.join(languagesDir, 'lunr.ru.js'))(lunr);
require(path.join(languagesDir, 'lunr.multi.js'))(lunr);
const multiPlugin = lunr.multiLanguage('en', 'ru');

// --- Stop word lists ---------------------------------------------------------------------------
// lunr builds each filter with `stopWords.reduce(fn, {})`. Evaluating the three files in a fresh
// context whose Array.prototype.reduce records its receiver yields the exact arrays.
function captureStopWordLists() {
  const captured = [];
  const context = vm.createContext({ console });
  context.__record = (list) => captured.push(list.slice());
  vm.runInContext(`
    const originalReduce = Array.prototype.reduce;
    Array.prototype.reduce = function (fn, initial) {
      if (arguments.length > 1 && initial && typeof initial === 'object' &&
          Object.keys(initial).length === 0 && this.every((w) => typeof w === 'string')) {
        __record(this);
      }
      return originalReduce.apply(this, arguments);
    };`, context);
  const load = (file) => {
    context.module = { exports: {} };
    context.exports = context.module.exports;
    vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
    return context.module.exports;
  };
  const boxedLunr = load(path.join(lunrDir, 'lunr.js'));
  const afterLunr = captured.length;
  load(path.join(languagesDir, 'lunr.stemmer.support.js'))(boxedLunr);
  const afterSupport = captured.length;
  load(path.join(languagesDir, 'lunr.ru.js'))(boxedLunr);
  if (afterLunr !== 1 || afterSupport !== 1 || captured.length !== 2) {
    fail(`expected one stop word list in lunr.js and one in lunr.ru.js, captured ${captured.length}`);
  }
  return { en: captured[0], ru: captured[1] };
}

const stopWords = captureStopWordLists();
// Cross-check against the filters the normal modules registered.
const dropped = (filter, word) => filter(new lunr.Token(word, {})) === undefined;
for (const [name, list, filter] of [['en', stopWords.en, lunr.stopWordFilter],
                                    ['ru', stopWords.ru, lunr.ru.stopWordFilter]]) {
  for (const w of list) if (!dropped(filter, w)) fail(`${name} stop word ${JSON.stringify(w)} is not dropped by lunr`);
  for (const w of ['urker', 'школа', 'мектеп']) if (dropped(filter, w)) fail(`${name} filter drops ${w}`);
}

// --- Per-code-unit tables ----------------------------------------------------------------------
// The tokenizer tests one UTF-16 code unit at a time against lunr.tokenizer.separator; the trimmers
// strip runs of non-word code units from the ends of a token. Both are fully described by which
// code units they accept, observed here by calling lunr's functions on every code unit.
function rangesOf(predicate) {
  const ranges = [];
  for (let u = 0; u <= 0xffff; u++) {
    if (!predicate(String.fromCharCode(u))) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === u - 1) last[1] = u;
    else ranges.push([u, u]);
  }
  return ranges;
}
const keptBy = (trimmer) => (ch) => trimmer(new lunr.Token(ch, {})).toString() === ch;
const multiTrimmer = lunr.Pipeline.registeredFunctions['lunr-multi-trimmer-en-ru'];
if (!multiTrimmer) fail('lunr.multiLanguage did not register lunr-multi-trimmer-en-ru');
const tables = {
  separator: rangesOf((ch) => lunr.tokenizer.separator.test(ch)),
  en_word: rangesOf(keptBy(lunr.trimmer)),
  ru_word: rangesOf(keptBy(lunr.ru.trimmer)),
  multi_word: rangesOf(keptBy(multiTrimmer)),
};
// The tables are meaningful only if trimming is "strip non-word code units at both ends".
for (const [name, trimmer, table] of [['en', lunr.trimmer, tables.en_word], ['ru', lunr.ru.trimmer, tables.ru_word],
                                      ['multi', multiTrimmer, tables.multi_word]]) {
  const isWord = (u) => table.some(([a, b]) => u >= a && u <= b);
  const samples = ['«школа»', '(word)', '—', '2.топтардың,', '__x__', 'python,', '', 'a-b', 'ё!', '№5', '..ә..'];
  for (const s of samples) {
    let start = 0, end = s.length;
    while (start < end && !isWord(s.charCodeAt(start))) start++;
    while (end > start && !isWord(s.charCodeAt(end - 1))) end--;
    const expected = trimmer(new lunr.Token(s, {})).toString();
    if (s.slice(start, end) !== expected) fail(`${name} trimmer is not a per-code-unit strip on ${JSON.stringify(s)}`);
  }
}

// --- Lowercasing -------------------------------------------------------------------------------
// lunr lowercases with String.prototype.toLowerCase. In the root locale that is one fixed mapping
// per code point, except U+03A3 (Σ), whose lowercase depends on its neighbours (final sigma). The
// table below is this node's toLowerCase of every code point that changes, so urker lowercases with
// the same Unicode version as the lunr.js it is compared with. Check that nothing else depends on
// context, so that a per-code-point table is enough (the Σ rule itself is implemented in
// src/search/tokenizer.cpp and checked by tests/compat/stemmer_compat.mjs).
const SIGMA = 0x03a3;
const lowercase = [];
for (let c = 0; c <= 0x10ffff; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCodePoint(c);
  const lower = ch.toLowerCase();
  if (c !== SIGMA) {
    for (const [before, after] of [['X', 'x'], ['I', 'i'], ['\u0130', ''], ['\u0307', '\u0307'], ['\u{10400}', '']]) {
      if ((before + ch + after).toLowerCase() !== before.toLowerCase() + lower + after.toLowerCase()) {
        fail(`toLowerCase of U+${c.toString(16)} depends on its context`);
      }
    }
  }
  if (lower !== ch) lowercase.push([c, lower]);
}

// Final sigma looks at the Cased and Case_Ignorable properties of Σ's neighbours; take them from
// the same engine (V8's regular expressions use the ICU that toLowerCase uses).
function codePointRanges(re) {
  const ranges = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (!re.test(String.fromCodePoint(c))) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  return ranges;
}
const casedRanges = codePointRanges(/^\p{Cased}$/u);
const caseIgnorableRanges = codePointRanges(/^\p{Case_Ignorable}$/u);

// --- Pipeline labels ---------------------------------------------------------------------------
function labelsOf(plugin) {
  let labels;
  lunr(function () {
    if (plugin) this.use(plugin);
    labels = { index: this.pipeline.toJSON(), search: this.searchPipeline.toJSON() };
  });
  return labels;
}
const pipelines = { en: labelsOf(null), ru: labelsOf(lunr.ru), multi: labelsOf(multiPlugin) };

// --- Output ------------------------------------------------------------------------------------
const cString = (s) => '"' + s.replace(/[\\"]/g, (c) => '\\' + c) + '"';
const hex = (u) => '0x' + u.toString(16).toUpperCase().padStart(4, '0');
const lines = [];
lines.push(`// Generated by scripts/gen_search_data.mjs from lunr ${lunrVersion} and lunr-languages ${languagesVersion}.`);
lines.push('// Do not edit: regenerate through the build. Included by src/search/search_data.h.');
lines.push(`inline constexpr std::string_view lunr_version = ${cString(lunrVersion)};`);
lines.push(`inline constexpr std::string_view lunr_languages_version = ${cString(languagesVersion)};`);
for (const [name, ranges] of Object.entries(tables)) {
  lines.push(`inline constexpr CodeUnitRange ${name}_ranges[] = {`);
  for (let i = 0; i < ranges.length; i += 6) {
    lines.push('    ' + ranges.slice(i, i + 6).map(([a, b]) => `{${hex(a)}, ${hex(b)}}`).join(', ') + ',');
  }
  lines.push('};');
}
for (const [name, list] of Object.entries(stopWords)) {
  lines.push(`inline constexpr std::string_view ${name}_stop_words[] = {`);
  for (let i = 0; i < list.length; i += 8) lines.push('    ' + list.slice(i, i + 8).map(cString).join(', ') + ',');
  lines.push('};');
}
for (const [name, ranges] of [['cased', casedRanges], ['case_ignorable', caseIgnorableRanges]]) {
  lines.push(`inline constexpr CodePointRange ${name}_ranges[] = {`);
  for (let i = 0; i < ranges.length; i += 6) {
    lines.push('    ' + ranges.slice(i, i + 6).map(([a, b]) => `{0x${a.toString(16).toUpperCase()}, 0x${b.toString(16).toUpperCase()}}`).join(', ') + ',');
  }
  lines.push('};');
}
lines.push('inline constexpr LowercaseMapping lowercase_mappings[] = {');
const u16Literal = (str) => 'u"' + [...str].map((ch) => {
  const cp = ch.codePointAt(0);
  return cp > 0xffff ? '\\U' + cp.toString(16).toUpperCase().padStart(8, '0') : '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
}).join('') + '"';
for (let i = 0; i < lowercase.length; i += 6) {
  lines.push('    ' + lowercase.slice(i, i + 6).map(([c, l]) => `{0x${c.toString(16).toUpperCase()}, ${u16Literal(l)}}`).join(', ') + ',');
}
lines.push('};');
for (const [name, p] of Object.entries(pipelines)) {
  lines.push(`inline constexpr std::string_view ${name}_index_pipeline[] = {${p.index.map(cString).join(', ')}};`);
  lines.push(`inline constexpr std::string_view ${name}_search_pipeline[] = {${p.search.map(cString).join(', ')}};`);
}
const text = lines.join('\n') + '\n';
if (args.out) {
  // Write only when the content changes, so a re-run does not trigger a rebuild.
  const old = fs.existsSync(args.out) ? fs.readFileSync(args.out, 'utf8') : null;
  if (old !== text) {
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    fs.writeFileSync(args.out, text);
  }
} else {
  process.stdout.write(text);
}
