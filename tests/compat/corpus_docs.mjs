#!/usr/bin/env node
// Turns a corpus written by gen_corpus.py (Markdown files with YAML front matter under
// content/<kind>/) into the DOCS.json that `urker index` reads: one document per file with
// `ref` (the page's URL), `title`, `tags` (a list), `body` (the Markdown reduced to its text,
// roughly what a page shows) and `lang` (the front matter's `language`).
//   node tests/compat/corpus_docs.mjs CORPUS_DIR > DOCS.json
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The front matter gen_corpus.py writes: `key: value` lines, values plain, "quoted" or [lists];
// plans add an `items:` list whose `what`, `when` and `participants` are indexed as body text.
function parseFrontMatter(text) {
  const meta = {};
  const itemsText = [];
  for (const line of text.split('\n')) {
    const item = /^\s+-?\s*(what|when|participants):\s*(.*)$/.exec(line);
    if (item) {
      itemsText.push(parseValue(item[2]));
      continue;
    }
    const m = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (m) meta[m[1]] = parseValue(m[2]);
  }
  return { meta, itemsText };
}

function parseValue(raw) {
  const v = raw.trim();
  if (v.startsWith('"') || v.startsWith('[')) {
    try {
      return JSON.parse(v);
    } catch {
      if (v.startsWith('[')) return v.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean);
    }
  }
  return v;
}

function markdownText(md) {
  return md
    .split('\n')
    .filter((line) => !/^\s*\|[\s:|-]+\|\s*$/.test(line)) // table alignment rows
    .map((line) =>
      line
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
        .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/, '') // heading, quote and list markers
        .replace(/\*\*|~~|(?<!\w)\*|\*(?!\w)/g, '') // emphasis
        .replace(/\|/g, ' '))
    .join('\n')
    .trim();
}

export function corpusToDocs(dir) {
  const docs = [];
  const content = path.join(dir, 'content');
  for (const kind of fs.readdirSync(content).sort()) {
    const kindDir = path.join(content, kind);
    if (!fs.statSync(kindDir).isDirectory()) continue;
    for (const file of fs.readdirSync(kindDir).filter((f) => f.endsWith('.md')).sort()) {
      const text = fs.readFileSync(path.join(kindDir, file), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      const { meta, itemsText } = m ? parseFrontMatter(m[1]) : { meta: {}, itemsText: [] };
      const body = [markdownText(m ? m[2] : text), ...itemsText].filter(Boolean).join('\n');
      const doc = { ref: `/${kind}/${file.replace(/\.md$/, '')}/`, title: String(meta.title ?? '') };
      if (Array.isArray(meta.tags)) doc.tags = meta.tags.map(String);
      else if (Array.isArray(meta.subjects)) doc.tags = meta.subjects.map(String);
      doc.body = body;
      // The page's language: a Kazakh page has its own pipeline in multi-kk (src/search/pipeline.h).
      if (typeof meta.language === 'string' && meta.language) doc.lang = meta.language;
      docs.push(doc);
    }
  }
  return docs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.length !== 3) {
    console.error('usage: corpus_docs.mjs CORPUS_DIR > DOCS.json');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(corpusToDocs(process.argv[2])));
}
