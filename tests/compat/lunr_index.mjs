#!/usr/bin/env node
// Builds a search index with the real lunr.js, with the same command line as `urker index`:
//   node tests/compat/lunr_index.mjs --docs DOCS.json [--lang en|ru|multi] [--field NAME[^BOOST]]... [--output FILE]
// Prints the build time (ms, JSON.parse of DOCS.json excluded) on stderr when --time is given.
import fs from 'node:fs';
import { buildLunrIndex, DEFAULT_FIELDS } from './lunr_env.mjs';

const args = { lang: 'multi', fields: [], output: '', docs: '', time: false };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--docs') args.docs = argv[++i];
  else if (a === '--lang') args.lang = argv[++i];
  else if (a === '--field') args.fields.push(argv[++i]);
  else if (a === '--output') args.output = argv[++i];
  else if (a === '--time') args.time = true;
  else {
    console.error(`usage: lunr_index.mjs --docs DOCS.json [--lang L] [--field F]... [--output FILE] [--time]`);
    process.exit(2);
  }
}
const docs = JSON.parse(fs.readFileSync(args.docs, 'utf8'));
const start = process.hrtime.bigint();
const idx = buildLunrIndex(docs, { lang: args.lang, fields: args.fields.length ? args.fields : DEFAULT_FIELDS });
const json = JSON.stringify(idx);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (args.output) fs.writeFileSync(args.output, json);
else process.stdout.write(json);
if (args.time) console.error(`lunr.js: ${ms.toFixed(0)} ms`);
