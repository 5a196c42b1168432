// The real lunr.js 2.3.9 + lunr-languages 1.22.0 from the repository's node_modules, set up the way
// a site's browser page (and urker's index writer) uses them.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
const require = createRequire(path.join(repoRoot, 'package.json'));

export const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.ru.js')(lunr);
require('lunr-languages/lunr.multi.js')(lunr);
require(path.join(repoRoot, 'src/search/lunr.fold-kk.js'))(lunr);
require(path.join(repoRoot, 'src/search/lunr.kk.js'))(lunr);
const multiEnRu = lunr.multiLanguage('en', 'ru');
// urker's multi-kk: multi with fold-kk before the stemmers (src/search/pipeline.h); a query word
// becomes its Russian and its Kazakh stem (stemmer-ru-kk, lunr.kk.js).
const multiKk = function () {
  this.use(multiEnRu);
  this.pipeline.before(lunr.stemmer, lunr.foldKazakh);
  this.searchPipeline.before(lunr.stemmer, lunr.foldKazakh);
  this.searchPipeline.after(lunr.ru.stemmer, lunr.kk.stemmerRuKk);
  this.searchPipeline.remove(lunr.ru.stemmer);
};

// A Kazakh document's pipeline in multi-kk: the builder's with stemmer-kk for stemmer-ru.
export function kazakhPipeline(pipeline) {
  const out = new lunr.Pipeline();
  for (const fn of pipeline._stack) out.add(fn === lunr.ru.stemmer ? lunr.kk.stemmer : fn);
  return out;
}

export const DEFAULT_FIELDS = ['title^10', 'tags^5', 'body'];

export function parseFieldSpec(spec) {
  const caret = spec.lastIndexOf('^');
  if (caret < 0) return { name: spec, boost: 1 };
  return { name: spec.slice(0, caret), boost: Number(spec.slice(caret + 1)) };
}

// The plugin that selects a language's pipelines.
export function languagePlugin(lang) {
  if (lang === 'en') return null;
  if (lang === 'ru') return lunr.ru;
  if (lang === 'multi') return multiEnRu;
  if (lang === 'multi-kk') return multiKk;
  throw new Error(`unknown language ${lang}`);
}

// lunr's index of `docs` (objects with `ref` and fields), as `urker index` describes it.
export function buildLunrIndex(docs, { lang = 'multi', fields = DEFAULT_FIELDS } = {}) {
  const plugin = languagePlugin(lang);
  return lunr(function () {
    if (plugin) this.use(plugin);
    this.ref('ref');
    for (const spec of fields) {
      const { name, boost } = parseFieldSpec(spec);
      this.field(name, boost === 1 ? undefined : { boost });
    }
    // multi-kk: a Kazakh document ("lang": "kk") goes through the Kazakh pipeline.
    const own = this.pipeline;
    const kazakh = lang === 'multi-kk' ? kazakhPipeline(own) : own;
    for (const doc of docs) {
      this.pipeline = doc.lang === 'kk' ? kazakh : own;
      this.add(doc, doc.__boost === undefined ? undefined : { boost: doc.__boost });
    }
    this.pipeline = own;
  });
}
