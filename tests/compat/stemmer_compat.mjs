#!/usr/bin/env node
// Stemmer and pipeline compatibility with lunr.js over large word lists.
//
//   node tests/compat/stemmer_compat.mjs --tool PATH/urker_stem_tool --work DIR [--limit N]
//
// Word lists (built once into DIR): Russian and Kazakh word forms expanded from Debian's hunspell
// dictionaries with `unmunch` (hunspell-ru, hunspell-kk, hunspell-tools; kk_KZ.dic has a
// byte-order mark and CRLF line ends, which unmunch does not accept, so a cleaned copy is used),
// and English: /usr/share/dict/american-english (wamerican) plus hunspell-en-us expanded.
// For each list it compares, word by word, urker (urker_stem_tool) and lunr.js on:
//   * the stemmer alone (`stemmer-ru` for Russian and Kazakh, `stemmer` for English), applied to
//     each word after lunr's own tokenizer and trimmer;
//   * the whole indexing pipeline (tokenizer, trimmer, stop words, stemmer) of the word's
//     language and of the multi (en+ru) pipeline: Kazakh goes through the ru pipeline, which is
//     what the site's ru/multi index uses for it.
// Then 200 000 random strings for each stemmer and 50 000 random texts per pipeline (see fuzz below).
// Prints one line per comparison and `compat stemmers: P passed, F failed`; exits 1 on any
// difference, 77 (skipped) when no word list can be built.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { lunr, languagePlugin } from './lunr_env.mjs';

const args = { tool: '', work: '', limit: 0 };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--tool') args.tool = process.argv[++i];
  else if (a === '--work') args.work = process.argv[++i];
  else if (a === '--limit') args.limit = Number(process.argv[++i]);
  else {
    console.error(`stemmer_compat: unknown argument ${a}`);
    process.exit(2);
  }
}
if (!args.tool || !args.work) {
  console.error('usage: stemmer_compat.mjs --tool urker_stem_tool --work DIR [--limit N]');
  process.exit(2);
}
fs.mkdirSync(args.work, { recursive: true });

const HUNSPELL = '/usr/share/hunspell';

function unmunch(dic, aff) {
  const r = spawnSync('unmunch', [dic, aff], { maxBuffer: 1 << 30 });
  if (r.error || r.status !== 0) return null;
  return r.stdout.toString('utf8').split('\n');
}

// Distinct non-empty lines, in first-seen order; cached as DIR/NAME.words.
function wordList(name, build) {
  const file = path.join(args.work, `${name}.words`);
  if (!fs.existsSync(file)) {
    const lines = build();
    if (!lines) return null;
    const words = [...new Set(lines.map((l) => l.replace(/\r$/, '')).filter((l) => l.length > 0))];
    fs.writeFileSync(file, words.join('\n') + '\n');
  }
  const words = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
  return args.limit ? words.slice(0, args.limit) : words;
}

const lists = {
  ru: wordList('ru', () => unmunch(`${HUNSPELL}/ru_RU.dic`, `${HUNSPELL}/ru_RU.aff`)),
  kk: wordList('kk', () => {
    const src = `${HUNSPELL}/kk_KZ.dic`;
    if (!fs.existsSync(src)) return null;
    const cleaned = path.join(os.tmpdir(), `urker-kk_KZ-${process.pid}.dic`);
    fs.writeFileSync(cleaned, fs.readFileSync(src, 'utf8').replace(/^\ufeff/, '').replace(/\r/g, ''));
    try {
      return unmunch(cleaned, `${HUNSPELL}/kk_KZ.aff`);
    } finally {
      fs.rmSync(cleaned, { force: true });
    }
  }),
  en: wordList('en', () => {
    const dict = '/usr/share/dict/american-english';
    const lines = fs.existsSync(dict) ? fs.readFileSync(dict, 'utf8').split('\n') : [];
    const forms = unmunch(`${HUNSPELL}/en_US.dic`, `${HUNSPELL}/en_US.aff`) || [];
    return lines.length + forms.length ? lines.concat(forms) : null;
  }),
};

function runTool(mode, lines, json = false) {
  const input = (json ? lines.map((l) => JSON.stringify(l)) : lines).join('\n') + '\n';
  const r = spawnSync(args.tool, json ? [mode, '--json'] : [mode], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`urker_stem_tool ${mode} failed: ${r.stderr}`);
  const out = r.stdout.toString('utf8').split('\n');
  out.pop();
  return json ? out.map((l) => JSON.parse(l)) : out;
}

const pipelineOf = (lang) => {
  let p;
  lunr(function () {
    const plugin = languagePlugin(lang);
    if (plugin) this.use(plugin);
    p = this.pipeline;
  });
  return p;
};
const pipelines = { en: pipelineOf('en'), ru: pipelineOf('ru'), multi: pipelineOf('multi'), 'multi-kk': pipelineOf('multi-kk') };
const trimmers = { en: lunr.trimmer, ru: lunr.ru.trimmer, kk: lunr.ru.trimmer };
const stemmers = { en: lunr.stemmer, ru: lunr.ru.stemmer, kk: lunr.kk.stemmer };

// lunr's view of a line through a whole pipeline: its terms, "-" for a removed stop word.
function lunrPipelineLine(pipeline, line) {
  return lunr.tokenizer(line).map((t) => {
    const out = pipeline.run([t]);
    return out.length ? out[0].toString() : '-';
  }).join(' ');
}

let passed = 0;
let failed = 0;
function compare(label, inputs, expected, actual) {
  let diffs = 0;
  const examples = [];
  for (let i = 0; i < inputs.length; i++) {
    if (expected[i] !== actual[i]) {
      diffs++;
      if (examples.length < 10) examples.push(`${JSON.stringify(inputs[i])}: lunr ${JSON.stringify(expected[i])}, urker ${JSON.stringify(actual[i])}`);
    }
  }
  if (actual.length !== expected.length) diffs += Math.abs(actual.length - expected.length);
  console.log(`stemmers ${label}: ${inputs.length} words compared, ${diffs} differences`);
  for (const e of examples) console.log(`  ${e}`);
  if (diffs === 0) passed++;
  else failed++;
}

const plan = [
  // [list, stemmer language, own pipeline]
  ['ru', 'ru', 'ru'],
  ['kk', 'ru', 'ru'],
  // urker's own Kazakh stemmer (src/search/kazakh_stemmer.cpp) against its twin, lunr.kk.js.
  ['kk', 'kk', null],
  ['ru', 'kk', null],
  ['en', 'en', 'en'],
];
let any = false;
for (const [list, stemLang, pipeLang] of plan) {
  const words = lists[list];
  if (!words) {
    console.log(`stemmers ${list}: skipped, word list not available`);
    continue;
  }
  any = true;
  // The stemmer alone, on lunr's own lowercased and trimmed tokens.
  const tokens = [];
  for (const w of words) {
    for (const t of lunr.tokenizer(w)) tokens.push(trimmers[stemLang](t).toString());
  }
  const stemInput = tokens.filter((t) => t.length > 0);
  const lunrStems = stemInput.map((t) => stemmers[stemLang](new lunr.Token(t, {})).toString());
  compare(`${list} stemmer-${stemLang}`, stemInput, lunrStems, runTool(`stemmer-${stemLang}`, stemInput));
  // multi-kk (urker's fold-kk, src/search/lunr.fold-kk.js) on the Cyrillic lists.
  if (!pipeLang) continue;
  for (const lang of [pipeLang, 'multi', ...(list === 'en' ? [] : ['multi-kk'])]) {
    compare(`${list} pipeline-${lang}`, words, words.map((w) => lunrPipelineLine(pipelines[lang], w)),
            runTool(`pipeline-${lang}`, words));
  }
}

// Random strings aimed at the rules' corners: line terminators (which lunr's `.` does not match),
// characters outside the BMP (two code units), an initial y, ё and private-use code points next
// to Russian suffixes, every separator and case-mapping oddity for the tokenizer.
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
function fuzz(seed, count, alphabet, suffixes, maxLength) {
  const rand = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let n = 1 + Math.floor(rand() * maxLength); n > 0; n--) s += alphabet[Math.floor(rand() * alphabet.length)];
    if (rand() < 0.6) s += suffixes[Math.floor(rand() * suffixes.length)];
    out.push(s);
  }
  return out;
}
const enAlphabet = [...'aeiouyyslltzbcdgmnrpwx', 'Y', '\n', '\r', '\u2028', '\u2029', 'я', '😀', 'ё', '1', "'", '_'];
const enSuffixes = ['ational', 'tional', 'enci', 'anci', 'izer', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization',
  'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative',
  'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment',
  'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'sion', 'tion', 'e', 'll', 'sses', 'ies', 's', 'ss', 'eed',
  'ed', 'ing', 'y', 'at', 'bl', 'iz', 'hop', 'fil'];
const ruAlphabet = [...'аеиоуыэюяёбвгджзйклмнпрстфхцчшщъьәғқңөұүһі', '\ue000', '\ue001', 'a', 'e', '1', '😀', '\u0301'];
const ruSuffixes = ['ившись', 'ывшись', 'вшись', 'ающий', 'ующей', 'ение', 'ость', 'ейший', 'нн', 'ь', 'ёй', 'ём', 'ённый',
  'ами', 'ями', 'ого', 'его', 'ться', 'ешь', 'ите', 'ия', 'ий', 'ов', 'ев', 'ость', 'ост', 'ейш', 'ул', 'ёт'];
const textAlphabet = [...'aZy-–—_.,;:!?«»()"\'№ 09ΑΣσςʹ΄', '\u00ad', '\u0345', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b',
  'İ', 'Σ', 'σ', 'ς', 'ẞ', 'ǅ', 'Ё', 'ё', 'Ә', 'Қ', 'ҚАЗАҚ', 'Школа', 'THE', 'and', 'и', '😀', '𝔸', '\u0301', 'ﬁ'];
const fuzzPlan = [
  ['fuzz en', 'stemmer-en', fuzz(1, 200000, enAlphabet, enSuffixes, 10), (w) => lunr.stemmer(new lunr.Token(w, {})).toString()],
  ['fuzz ru', 'stemmer-ru', fuzz(2, 200000, ruAlphabet, ruSuffixes, 9), (w) => lunr.ru.stemmer(new lunr.Token(w, {})).toString()],
];
const kkAlphabet = [...'аеиоуыэюяёбвгджзйклмнпрстфхцчшщъьәғқңөұүһі', 'a', '1', '😀', '\u0301', 'Ә', '-'];
const kkSuffixes = ['лар', 'лер', 'дар', 'тер', 'ның', 'дің', 'тың', 'ға', 'ке', 'қа', 'на', 'не', 'да', 'те', 'нда', 'ндегі',
  'тағы', 'дан', 'тен', 'нан', 'ндан', 'ны', 'ді', 'ты', 'н', 'мен', 'бенен', 'пен', 'ым', 'ің', 'ы', 'і', 'сы', 'сі',
  'ымыз', 'міз', 'ңыз', 'іңіз', 'мын', 'бін', 'пын', 'сыңдар', 'сіздер', 'стан', 'ғы', 'бы', 'шы', 'лары', 'ларының'];
fuzzPlan.push(['fuzz kk', 'stemmer-kk', fuzz(4, 200000, kkAlphabet, kkSuffixes, 7), (w) => lunr.kk.stemmer(new lunr.Token(w, {})).toString()]);
for (const lang of ['en', 'ru', 'multi', 'multi-kk']) {
  fuzzPlan.push([`fuzz text`, `pipeline-${lang}`, fuzz(3, 50000, textAlphabet, enSuffixes.concat(ruSuffixes), 14),
    (w) => lunrPipelineLine(pipelines[lang], w)]);
}
// JavaScript's toLowerCase of every code point that has a case mapping or case property (every
// BMP code point), alone and next to letters and Σ (whose final form depends on its neighbours).
const lowerInputs = [];
for (let c = 0; c <= 0x10ffff; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCodePoint(c);
  if (c > 0xffff && ch.toLowerCase() === ch && ch.toUpperCase() === ch && !/\p{Cased}|\p{Case_Ignorable}/u.test(ch)) continue;
  lowerInputs.push(ch, `A${ch}a`, `ΑΣ${ch}`, `${ch}Σ`, `Α${ch}Σ${ch}`);
}
fuzzPlan.push(['all code points', 'lower', lowerInputs, (w) => w.toLowerCase()]);
for (const [label, mode, inputs, expect] of fuzzPlan) {
  compare(`${label} ${mode}`, inputs, inputs.map(expect), runTool(mode, inputs, true));
}

console.log(`compat stemmers: ${passed} passed, ${failed} failed`);
process.exit(!any ? 77 : failed === 0 ? 0 : 1);
