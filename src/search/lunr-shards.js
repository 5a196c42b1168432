/*
 * urker: a lunr 2.3.9 index written as shards (src/search/sharded_index.h),
 * loaded on demand and queried with lunr's own code.
 *
 * Each shard holds a range of the terms (in lunr's sort order) and their
 * postings, where each entry is what lunr.Builder makes the term's weight in
 * that field of that document from: [tf, field length(, document boost)]
 * (0: no weight, an earlier document of a repeated ref). The weights are made
 * here, with lunr's formula and rounding and the manifest's document count and
 * average field lengths; the loaded terms are numbered in lunr's order (each
 * term comes with the document that introduced it and how many terms that
 * document had introduced before) and the field vectors built from the weights. lunr scores a document as the sum
 * over fields of dot(query vector, field vector) / |query vector|, and both
 * vectors meet only at the terms the query matched. So an index merged from
 * the shards that hold every term a query touches answers that query as the
 * whole index does: same documents, same order, same scores.
 *
 * Before a query runs, its clauses are worked out as lunr would (the search
 * pipeline, wildcards, fuzzy terms) and the shards they need are loaded: for a
 * term, the shard whose range holds it; for `pre*`, the shards whose ranges
 * meet the terms starting with `pre`; for a fuzzy term or a leading wildcard,
 * the shards of the terms that match it in the list of all terms (terms.json,
 * loaded only then).
 *
 *   const sharded = UrkerLunrShards.create(lunr, manifest, (path) => fetchJson(base + path));
 *   // or, with the shards in bundle files (src/render/range_bundle.h), several in one request:
 *   UrkerLunrShards.create(lunr, manifest, loadJson, { loadShards: (numbers) => Promise of their JSON })
 *   await sharded.prepare((q) => { q.term('урок') });   // loads what the query needs
 *   sharded.index().query((q) => { q.term('урок') });   // lunr.Index over the loaded shards
 *   await sharded.search('урок*');                      // the same for a query string
 *
 * Refs are document numbers as strings ("0", "1", …).
 * Works in browsers (window.UrkerLunrShards) and in node (module.exports).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.UrkerLunrShards = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  function create(lunr, manifest, loadJson, options) {
    const loadShards = options && options.loadShards;
    const fields = manifest.fields;
    const firsts = manifest.shards;
    const pipeline = lunr.Pipeline.load(manifest.pipeline);
    const postings = Object.create(null); // term -> lunr posting without `_index`, over the loaded shards
    const weights = Object.create(null); // term -> ["field/number", weight, …]
    const places = Object.create(null); // term -> [document that introduced it, terms it introduced before]
    const boosts = manifest.fieldBoosts;
    const averages = manifest.averageFieldLength;
    const documentCount = manifest.documentCount;
    const builder = new lunr.Builder(); // for its BM25 parameters k1 and b
    const k1 = builder._k1;
    const b = builder._b;
    const loaded = new Map(); // shard number -> Promise
    let allTerms = null; // Promise of {terms, tokenSet}
    let current = null; // lunr.Index over the loaded shards, rebuilt after a load

    const shardPath = (n) => String(manifest.index).replace('{n}', String(n));

    // The shard whose range holds `term` (-1 if the term sorts before every shard).
    function shardOf(term) {
      let lo = 0;
      let hi = firsts.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (firsts[mid] <= term) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    }

    // The shards that may hold a term starting with `prefix`.
    function shardsOfPrefix(prefix) {
      const out = [];
      const first = Math.max(0, shardOf(prefix));
      out.push(first);
      for (let k = first + 1; k < firsts.length && firsts[k].startsWith(prefix); k++) out.push(k);
      return out;
    }

    function loadTerms() {
      if (!allTerms) {
        allTerms = Promise.resolve(loadJson(manifest.terms)).then((terms) => ({
          terms,
          tokenSet: lunr.TokenSet.fromArray(terms),
        }));
        allTerms.catch(() => {
          allTerms = null;
        });
      }
      return allTerms;
    }

    // lunr's clauses of a query: what Index.prototype.query would look up.
    function clausesOf(fn) {
      const query = new lunr.Query(fields);
      fn.call(query, query);
      const out = [];
      for (const clause of query.clauses) {
        const terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
        for (const term of terms) out.push(Object.assign({}, clause, { term }));
      }
      return out;
    }

    async function shardsFor(clauses) {
      const need = new Set();
      const viaTerms = [];
      for (const clause of clauses) {
        const term = clause.term;
        const star = term.indexOf('*');
        if ('editDistance' in clause || star === 0) viaTerms.push(clause);
        else if (star > 0) for (const k of shardsOfPrefix(term.slice(0, star))) need.add(k);
        else {
          const k = shardOf(term);
          if (k >= 0) need.add(k);
        }
      }
      if (viaTerms.length) {
        const { tokenSet } = await loadTerms();
        for (const clause of viaTerms) {
          for (const term of tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray()) need.add(shardOf(term));
        }
      }
      return [...need].sort((a, b) => a - b);
    }

    // A shard's terms as lunr postings, and their weights as lunr.Builder#createFieldVectors
    // makes them (lunr.js 2.3.9, operation by operation).
    function addShard(json) {
      for (const [term, introducedBy, before, entries] of json.invertedIndex) {
        const posting = {};
        for (const field of fields) posting[field] = Object.create(null);
        for (const field in entries) for (const n in entries[field]) posting[field][n] = {};
        const idf = lunr.idf(posting, documentCount);
        const made = [];
        for (let f = 0; f < fields.length; f++) {
          const field = fields[f];
          const of = entries[field];
          if (!of) continue;
          const fieldBoost = boosts[f];
          for (const n in of) {
            const v = of[n];
            if (!Array.isArray(v)) continue;
            const tf = v[0];
            const fieldLength = v[1];
            const documentBoost = v.length > 2 ? v[2] : 1;
            let score = idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (fieldLength / averages[f])) + tf);
            score *= fieldBoost;
            score *= documentBoost;
            made.push(field + '/' + n, Math.round(score * 1000) / 1000);
          }
        }
        postings[term] = posting;
        weights[term] = made;
        places[term] = [introducedBy, before];
      }
      current = null;
    }

    function loadShard(k) {
      let p = loaded.get(k);
      if (!p) {
        p = Promise.resolve(loadJson(shardPath(k))).then(addShard);
        loaded.set(k, p);
        p.catch(() => loaded.delete(k));
      }
      return p;
    }

    // Several shards with one call of `loadShards` (one request for a bundle).
    function loadBatch(numbers) {
      const missing = numbers.filter((k) => !loaded.has(k));
      if (missing.length) {
        const batch = Promise.resolve(loadShards(missing)).then((shards) => shards.forEach(addShard));
        for (const k of missing) {
          loaded.set(k, batch);
          batch.catch(() => loaded.delete(k));
        }
      }
      return Promise.all(numbers.map((k) => loaded.get(k)));
    }

    // Loads every shard the query built by `fn` needs.
    async function prepare(fn) {
      const shards = await shardsFor(clausesOf(fn));
      if (loadShards) await loadBatch(shards);
      else await Promise.all(shards.map(loadShard));
      return shards;
    }

    // lunr.Index over the loaded shards. The terms are numbered in lunr's order (so a vector's
    // products are added up in lunr's order), and every (document, field) gets a vector (empty
    // when no loaded term is in it), in lunr's order, so a negated query lists documents as lunr
    // does.
    function index() {
      if (current) return current;
      const terms = Object.keys(postings).sort();
      const tokenSet = lunr.TokenSet.fromArray(terms);
      terms.sort((x, y) => places[x][0] - places[y][0] || places[x][1] - places[y][1]);
      // Each index gets postings of its own: an index handed out before a load keeps its numbers.
      const invertedIndex = Object.create(null);
      const elements = new Map(); // "field/number" -> [index, weight, …] by index
      for (let i = 0; i < terms.length; i++) {
        invertedIndex[terms[i]] = Object.assign({ _index: i }, postings[terms[i]]);
        const made = weights[terms[i]];
        for (let j = 0; j < made.length; j += 2) {
          const list = elements.get(made[j]);
          if (list) list.push(i, made[j + 1]);
          else elements.set(made[j], [i, made[j + 1]]);
        }
      }
      const fieldVectors = {};
      const count = manifest.documents;
      for (let i = 0; i < count; i++) {
        const n = manifest.addOrder ? manifest.addOrder[i] : i;
        for (const field of fields) {
          const ref = field + '/' + n;
          fieldVectors[ref] = new lunr.Vector(elements.get(ref) || []);
        }
      }
      current = new lunr.Index({ invertedIndex, fieldVectors, tokenSet, fields, pipeline });
      return current;
    }

    // lunr.Index#search over the shards: loads what the query string needs, then searches.
    async function search(queryString) {
      await prepare((q) => new lunr.QueryParser(queryString, q).parse());
      return index().search(queryString);
    }

    return {
      prepare, index, search, pipeline, shardsFor, clausesOf,
      loadedShards: () => [...loaded.keys()],
      // How many shards the terms starting with `prefix` may be in (a caller may leave out a
      // prefix so common that expanding it would load much of the index).
      prefixShards: (prefix) => shardsOfPrefix(prefix).length,
    };
  }

  return { create };
});
