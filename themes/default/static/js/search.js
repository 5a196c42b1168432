/*
 * urker default theme: site search. Loaded only by the search page
 * (templates/search.html), with <script src defer>; no other page runs it.
 *
 * lunr.js, the index and the store are fetched only when the visitor starts
 * searching: types in the box, clicks or taps into it, or arrives with ?q=.
 * The page's own focus on the box does not count.
 *
 * The index is usually in shards (src/search/sharded_index.h). The search then
 * loads one script, engine.js: lunr, urker's additions and the manifest. Each
 * query loads the index shards its words need (lunr-shards.js merges them so
 * that scores are exactly lunr's), then the store entries of the results on
 * screen; both are gzip members in bundle files, read with one range request
 * each (range-bundle.js). So a first query is three requests. The manifest
 * carries every document's kind, language and translations, which the kind
 * counts and the choice of results need; the subject, grade and type of every
 * document (filters.json) load only once the visitor filters by one of them.
 * With `search.mode: single`, index.json is one lunr index and store.json the
 * store.
 *
 * Query: the words of the box, split and trimmed as lunr's tokenizer does,
 * lunr's operators (: ^ ~ * + -) removed, stop words dropped. Each word is
 * searched through lunr's query API (never the query-string parser, so no
 * input can make it throw) as its stems (the index's search pipeline gives
 * a word's Russian stem and its Kazakh stem, stemmer-ru-kk in lunr.kk.js:
 * Kazakh pages are indexed with urker's Kazakh stemmer, others with the
 * Russian one), as a prefix (results while typing) and, for Kazakh words,
 * as the prefix of its root with the case, plural and possessive endings
 * taken off (catching forms the stemmer leaves whole). Kazakh letters match their Russian look-alikes («Шанырак»
 * finds «Шаңырақ»): the index folds them (fold-kk, in the lunr bundle). A page must match every word. When nothing matches, the
 * words are retried with typos allowed (word~1, word~2 for long words) and
 * root prefixes, then with any word instead of all, and the page says which
 * words the results are for.
 *
 * Results are built with DOM nodes and text; nothing from the store is ever
 * parsed as HTML. Matched words are wrapped in <mark>.
 */
(() => {
  'use strict';

  const byId = (id) => document.getElementById(id);
  const app = byId('search-app');
  const form = byId('search-form');
  const input = byId('search-q');
  const stringsEl = byId('search-strings');
  if (!app || !form || !input || !stringsEl) return;

  let S;
  try {
    S = JSON.parse(stringsEl.textContent);
  } catch (e) {
    return;
  }

  const LANG = app.dataset.lang || document.documentElement.lang || 'ru';
  const PAGE_SIZE = 20;
  const DEBOUNCE_MS = 150;
  const KINDS = ['material', 'member', 'school', 'group', 'plan', 'news', 'event', 'page'];
  const SECTION_KIND = {
    materials: 'material', members: 'member', schools: 'school', groups: 'group',
    plans: 'plan', news: 'news', events: 'event',
  };
  const SELECTS = ['subject', 'grade', 'type', 'lang'];

  const statusEl = byId('search-status');
  const noteEl = byId('search-note');
  const list = byId('search-results');
  const moreWrap = byId('search-more-wrap');
  const moreBtn = byId('search-more');
  const shownEl = byId('search-shown');
  const filtersEl = byId('search-filters');
  const filtersCount = byId('search-filters-count');
  const kindsEl = byId('search-kinds');
  const clearFiltersBtn = byId('search-clear-filters');
  const browseEl = byId('search-browse');
  const hintEl = byId('search-hint');
  const selects = {
    subject: byId('search-subject'), grade: byId('search-grade'), type: byId('search-type'), lang: byId('search-lang'),
  };

  const state = { kinds: new Set(), subject: '', grade: '', type: '', lang: '' };
  let idx = null;
  let store = null;
  let sharded = null; // the shards' loader, when the index is in shards
  let manifest = null;
  let storeBundle = null; // the store entries' reader (range-bundle.js)
  const storeLoads = new Map(); // document number -> Promise of its store entry
  let filterValues = null; // Promise: subject, grade and type of every document (filters.json)
  let loading = null;
  let timer = 0;
  let shown = PAGE_SIZE;
  let current = null; // the last search: {q, words, mode, results, suggestion}
  let autoFocusing = false;
  const baseTitle = document.title;

  const plural = (() => {
    try {
      return new Intl.PluralRules(LANG);
    } catch (e) {
      return new Intl.PluralRules('en');
    }
  })();
  const collator = (() => {
    try {
      return new Intl.Collator(LANG);
    } catch (e) {
      return new Intl.Collator();
    }
  })();

  const fmt = (tpl, vars) => String(tpl || '').replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));

  // Text of a template with {key} replaced by a DOM node.
  function fmtNodes(tpl, key, node) {
    const mark = '{' + key + '}';
    const at = tpl.indexOf(mark);
    if (at < 0) return [tpl];
    return [tpl.slice(0, at), node, tpl.slice(at + mark.length)];
  }

  function make(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  // ---- state from the address -------------------------------------------
  const params = new URLSearchParams(location.search);
  const initialQuery = params.get('q') || '';
  for (const k of params.getAll('kind')) if (KINDS.includes(k)) state.kinds.add(k);
  for (const s of params.getAll('section')) if (SECTION_KIND[s]) state.kinds.add(SECTION_KIND[s]);
  for (const name of SELECTS) state[name] = params.get(name) || '';

  // ---- loading ------------------------------------------------------------
  function loadScript(src, again = false) {
    return new Promise((resolve, reject) => {
      if (window.lunr && !again) {
        resolve();
        return;
      }
      const s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('cannot load ' + src));
      document.head.appendChild(s);
    });
  }

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.json();
    });
  }

  function ensureLoaded() {
    if (!loading) {
      list.setAttribute('aria-busy', 'true');
      const storeUrl = app.dataset.storeUrl;
      const indexUrl = app.dataset.indexUrl;
      loading = Promise.all([
        // Loaded again past any cache after a failed search (reloadEngine).
        engineReloaded ? loadScript(app.dataset.lunrUrl + '?r=' + Date.now(), true) : loadScript(app.dataset.lunrUrl),
        indexUrl ? fetchJson(indexUrl) : null,
        storeUrl ? fetchJson(storeUrl) : null,
      ]).then(([, indexJson, storeJson]) => {
        if (!indexJson && window.UrkerSearchManifest) indexJson = window.UrkerSearchManifest;
        if (indexJson && indexJson.format === 'urker-lunr-shards' && window.UrkerLunrShards) {
          manifest = indexJson;
          const indexBundle = window.UrkerRangeBundle.create(manifest.index, searchUrl);
          storeBundle = window.UrkerRangeBundle.create(manifest.store, searchUrl);
          sharded = window.UrkerLunrShards.create(window.lunr, manifest, (p) => fetchJson(searchUrl(p)), {
            loadShards: (numbers) => indexBundle.read(numbers),
          });
          store = facetStore(manifest);
        } else {
          idx = window.lunr.Index.load(indexJson);
          store = storeJson || {};
        }
        buildFilters();
      }).catch((err) => {
        loading = null;
        statusEl.textContent = S.loadError;
        throw err;
      }).finally(() => {
        list.removeAttribute('aria-busy');
      });
    }
    return loading;
  }

  // After the site is rebuilt, a browser may still hold the old engine.js, whose manifest does not
  // match the new bundles: their pieces then fail to inflate. So when a search fails, engine.js is
  // loaded once more, past any cache, and the search runs again; a second failure is reported.
  let engineReloaded = false;
  function reloadEngine() {
    engineReloaded = true;
    loading = null;
    sharded = null;
    manifest = null;
    storeBundle = null;
    filterValues = null;
    storeLoads.clear();
    delete window.UrkerSearchManifest;
    return ensureLoaded();
  }

  // The search's files are beside the script that loaded it (search/engine.js).
  const searchUrl = (p) => new URL(p, new URL(app.dataset.lunrUrl, location.href)).href;

  // Per document number, the values listed for it in a table of codes (the manifest's `facets`:
  // kind, language, translations; filters.json: subject, grade, type), added to its store entry.
  function addCodes(target, table, keys) {
    const values = (table && table.values) || [];
    ((table && table.docs) || []).forEach((codes, n) => {
      const doc = target[String(n)] || (target[String(n)] = {});
      keys.forEach((key, i) => {
        if (codes[i] != null && codes[i] >= 0) doc[key] = values[codes[i]];
      });
    });
    return target;
  }

  const facetStore = (m) => addCodes({}, m.facets, ['k', 'l', 'x']);

  // The subject, grade and type of every document, once a filter by one of them is chosen.
  function ensureFilterValues() {
    if (!manifest || !manifest.filters || !(state.subject || state.grade || state.type)) return Promise.resolve();
    if (!filterValues) {
      filterValues = fetchJson(searchUrl(manifest.filters)).then((table) => {
        addCodes(store, table, ['s', 'g', 'y']);
      });
      filterValues.catch(() => {
        filterValues = null;
      });
    }
    return filterValues;
  }

  // Loads the store entries (title, excerpt, address) of these refs: one range request.
  function ensureStore(refs) {
    if (!sharded) return Promise.resolve();
    const need = [...new Set(refs)].filter((ref) => store[ref] && store[ref].u === undefined && !storeLoads.has(ref));
    if (need.length) {
      const batch = storeBundle.read(need.map(Number)).then((entries) => {
        entries.forEach((e, i) => Object.assign(store[need[i]], e));
      });
      for (const ref of need) {
        storeLoads.set(ref, batch);
        batch.catch(() => storeLoads.delete(ref));
      }
    }
    return Promise.all(refs.map((ref) => storeLoads.get(ref)));
  }

  // ---- query --------------------------------------------------------------
  // Words as lunr's tokenizer cuts them (white space and hyphens), lower-cased,
  // without lunr's operators, trimmed of punctuation at both ends.
  function splitWords(q) {
    const out = [];
    for (let part of q.toLowerCase().split(/[\s\-]+/)) {
      part = part.replace(/[:^~*+]/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (part && !out.includes(part)) out.push(part);
    }
    return out;
  }

  function isStopWord(word) {
    const L = window.lunr;
    const token = new L.Token(word, {});
    if (typeof L.stopWordFilter === 'function' && L.stopWordFilter(token) === undefined) return true;
    if (L.ru && typeof L.ru.stopWordFilter === 'function' && L.ru.stopWordFilter(token) === undefined) return true;
    if (L.kk && typeof L.kk.stopWordFilter === 'function' && L.kk.stopWordFilter(token) === undefined) return true;
    return false;
  }

  const stems = (word) => {
    try {
      return (sharded ? sharded.pipeline : idx.pipeline).runString(word).map(String);
    } catch (e) {
      return [word];
    }
  };

  // Kazakh endings, longest first: plural, cases, possessives. The root is
  // searched as a prefix, so cutting too much only widens the search a bit.
  const KK_LETTERS = /[әғқңөұүһі]/;
  const KK_ENDINGS = [
    'ндағы', 'ндегі', 'ымыз', 'іміз', 'ыңыз', 'іңіз', 'ндан', 'нден', 'дағы', 'дегі', 'тағы', 'тегі',
    'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
    'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'нда', 'нде', 'мыз', 'міз', 'ңыз', 'ңіз',
    'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'да', 'де', 'та', 'те',
    'сы', 'сі', 'ым', 'ім', 'ың', 'ің', 'ын', 'ін',
    'а', 'е', 'ы', 'і', 'н', 'м', 'ң',
  ];
  function kazakhRoot(word) {
    let root = word;
    for (let round = 0; round < 3; round++) {
      const end = KK_ENDINGS.find((e) => root.endsWith(e) && root.length - e.length >= (e.length === 1 ? 4 : 3));
      if (!end) break;
      root = root.slice(0, -end.length);
    }
    return root !== word ? root : '';
  }

  // Text as the index's terms spell it: when its pipeline folds Kazakh letters (fold-kk, urker's
  // multi-kk), «шаңырақ» is «шанырак». Prefix clauses skip the pipeline, so they need this.
  function asIndexed(text) {
    const L = window.lunr;
    const pipeline = sharded ? sharded.pipeline : idx && idx.pipeline;
    if (!L.foldKazakhText || !pipeline || !pipeline._stack.includes(L.foldKazakh)) return text;
    return L.foldKazakhText(text);
  }

  // The lunr query clauses of one word.
  // With shards, a prefix is expanded only while its terms lie in a few shards: «по» would load a
  // good part of a large site's index at the second letter typed. The word itself (its stems) is
  // always searched.
  const MAX_PREFIX_SHARDS = 3;
  const expandable = (prefix) => !sharded || sharded.prefixShards(prefix) <= MAX_PREFIX_SHARDS;

  // `typing`: the word is the last of the query, the one the visitor may still be typing. As in
  // Algolia's "prefixLast", only that word is also searched as a prefix; the words before it are
  // finished (and, with shards, each prefix may cost a shard). When nothing matches, the relaxed
  // pass takes every word as a prefix.
  function wordClauses(q, word, relaxed, typing = true) {
    const W = window.lunr.Query.wildcard;
    const n = word.length;
    const root = relaxed || LANG === 'kk' || KK_LETTERS.test(word) ? kazakhRoot(word) : '';
    q.term(word, { boost: 10 });
    if (n >= 2 && (typing || relaxed) && expandable(asIndexed(word))) {
      q.term(asIndexed(word), { usePipeline: false, wildcard: W.TRAILING, boost: 3 });
    }
    if (root && expandable(asIndexed(root))) q.term(asIndexed(root), { usePipeline: false, wildcard: W.TRAILING, boost: 1 });
    if (relaxed && n >= 4) q.term(word, { editDistance: n >= 8 ? 2 : 1, boost: 1 });
  }

  // With shards: loads those the words' clauses need.
  async function prepareWords(words, relaxed) {
    if (!sharded) return;
    await sharded.prepare((q) => {
      words.forEach((w, i) => wordClauses(q, w, relaxed, i === words.length - 1));
    });
    idx = sharded.index();
  }

  // One word against the index: {ref -> {score, terms}}.
  function queryWord(word, relaxed, typing) {
    let results = [];
    try {
      results = idx.query((q) => wordClauses(q, word, relaxed, typing));
    } catch (e) {
      results = [];
    }
    const map = new Map();
    for (const r of results) {
      const meta = r.matchData.metadata;
      // Whether the word matched only inside the attachments (the index's `files` field): then the
      // result says in which file, since nothing on the card shows the word.
      const fieldsOf = (t) => Object.keys(meta[t] || {});
      const inFiles = Object.keys(meta).length > 0 && Object.keys(meta).every((t) => fieldsOf(t).every((f) => f === 'files'));
      map.set(r.ref, { score: r.score, terms: Object.keys(meta), inFiles });
    }
    return map;
  }

  function combine(words, relaxed, anyWord) {
    const maps = words.map((w, i) => queryWord(w, relaxed, i === words.length - 1));
    const acc = new Map();
    maps.forEach((m) => {
      for (const [ref, r] of m) {
        let a = acc.get(ref);
        if (!a) {
          a = { ref, score: 0, hits: 0, terms: new Set(), inFiles: false };
          acc.set(ref, a);
        }
        a.score += r.score;
        a.hits += 1;
        a.inFiles = a.inFiles || r.inFiles;
        for (const t of r.terms) a.terms.add(t);
      }
    });
    let results = [...acc.values()];
    if (!anyWord) results = results.filter((a) => a.hits === words.length);
    results.sort((a, b) => b.hits - a.hits || b.score - a.score || collator.compare(a.ref, b.ref));
    return { results, maps };
  }

  // The word of the results' text that stands for an index term (the term
  // itself is a stem: "учител" is shown as "учителя").
  function surfaceFor(term, results) {
    const counts = new Map();
    for (const r of results.slice(0, 20)) {
      const doc = store[r.ref] || {};
      const text = (doc.t || '') + ' ' + (doc.e || '');
      for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const w = m[0].toLowerCase();
        if (w === term || stems(w).includes(term)) counts.set(w, (counts.get(w) || 0) + 1);
      }
    }
    let best = '';
    let bestCount = 0;
    for (const [w, c] of counts) if (c > bestCount) [best, bestCount] = [w, c];
    return best;
  }

  function suggestionFor(words, maps, results) {
    const out = [];
    words.forEach((w, i) => {
      const weight = new Map();
      for (const r of maps[i].values()) for (const t of r.terms) weight.set(t, (weight.get(t) || 0) + r.score);
      if (!weight.size) return;
      const best = [...weight].sort((a, b) => b[1] - a[1])[0][0];
      out.push(stems(w).includes(best) ? w : surfaceFor(best, results) || best);
    });
    return out.join(' ');
  }

  async function search(q) {
    const all = splitWords(q);
    const words = all.filter((w) => !isStopWord(w));
    const base = { q, words, results: [], mode: 'none', suggestion: '' };
    if (!words.length) return base;
    await prepareWords(words, false);
    let r = combine(words, false, false);
    if (r.results.length) return { ...base, results: r.results, mode: 'exact' };
    await prepareWords(words, true);
    r = combine(words, true, false);
    let mode = 'corrected';
    if (!r.results.length && words.length > 1) {
      r = combine(words, true, true);
      mode = 'any';
    }
    if (!r.results.length) return base;
    await ensureStore(r.results.slice(0, 20).map((x) => x.ref));
    return { ...base, results: r.results, mode, suggestion: suggestionFor(words, r.maps, r.results) };
  }

  // ---- filters --------------------------------------------------------------
  // A subject is text; a list is taken too, in case a store writes one.
  const subjectValues = (s) => [].concat(s == null ? [] : s).filter((x) => typeof x === 'string' && x);
  const gradeValues = (g) => (g == null || g === '' ? [] : Array.isArray(g) ? g.map(String) : [String(g)]);

  function gradeLabel(g) {
    if (g === 'preschool') return S.gradePreschool;
    if (g === 'all') return S.gradeAll;
    return /^\d+$/.test(g) ? fmt(S.gradeN, { n: g }) : g;
  }

  function gradesText(g) {
    const v = gradeValues(g);
    if (v.length > 1 && v.every((x) => /^\d+$/.test(x))) return fmt(S.gradesN || S.gradeN, { n: v.join(', ') });
    return v.map(gradeLabel).join(', ');
  }

  const typeLabel = (code) => (S.types && S.types[code]) || code;
  const langLabel = (code) => (S.languages && S.languages[code]) || code;
  const capitalize = (s) => s.charAt(0).toLocaleUpperCase(LANG) + s.slice(1);

  function matches(doc, skip) {
    // A page whose translation into this page's language is indexed too shows as that translation.
    if (doc.x && doc.x.includes(LANG) && doc.l !== LANG && state.lang !== doc.l) return false;
    if (skip !== 'kind' && state.kinds.size && !state.kinds.has(doc.k)) return false;
    if (skip !== 'subject' && state.subject && !subjectValues(doc.s).includes(state.subject)) return false;
    if (skip !== 'grade' && state.grade) {
      const g = gradeValues(doc.g);
      if (!g.includes(state.grade) && !(g.includes('all') && state.grade !== 'preschool')) return false;
    }
    if (skip !== 'type' && state.type && doc.y !== state.type) return false;
    if (skip !== 'lang' && state.lang && doc.l !== state.lang) return false;
    return true;
  }

  const activeFilters = () => state.kinds.size + SELECTS.filter((n) => state[n]).length;

  function addOption(parent, value, label) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    parent.appendChild(o);
  }

  function buildFilters() {
    const docs = Object.values(store);
    const kinds = KINDS.filter((k) => docs.some((d) => d.k === k));
    // With shards, the manifest lists the subject, grade and type options (the documents' own
    // values load only once one is chosen); with one index, the store has them.
    const options = manifest && manifest.filterOptions;
    const subjects = [...new Set(options ? options.s : docs.flatMap((d) => subjectValues(d.s)))].sort(collator.compare);
    const grades = [...new Set(options ? options.g : docs.flatMap((d) => gradeValues(d.g)))];
    const rank = (g) => (g === 'preschool' ? -1 : /^\d+$/.test(g) ? Number(g) : g === 'all' ? 1000 : 999);
    grades.sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
    const materialTypes = new Set(options ? options.ym : []);
    const eventTypes = new Set(options ? options.ye : []);
    for (const d of options ? [] : docs) {
      if (typeof d.y !== 'string' || !d.y) continue;
      (d.k === 'event' ? eventTypes : materialTypes).add(d.y);
    }
    const langs = [...new Set(docs.map((d) => d.l).filter(Boolean))];

    kindsEl.textContent = '';
    // Built again after engine.js is reloaded: the options of the last build go first.
    for (const sel of Object.values(selects)) sel.querySelectorAll('optgroup, option:not(:first-child)').forEach((o) => o.remove());
    for (const k of kinds) {
      const li = make('li');
      const label = make('label');
      const box = make('input');
      box.type = 'checkbox';
      box.name = 'kind';
      box.value = k;
      box.checked = state.kinds.has(k);
      label.append(box, make('span', 'search-kind-name', (S.kinds && S.kinds[k]) || k), make('span', 'search-kind-count'));
      li.appendChild(label);
      kindsEl.appendChild(li);
    }
    for (const k of [...state.kinds]) if (!kinds.includes(k)) state.kinds.delete(k);
    kindsEl.closest('fieldset').hidden = kinds.length < 2;

    for (const v of subjects) addOption(selects.subject, v, capitalize(v));
    for (const v of grades) addOption(selects.grade, v, gradeLabel(v));
    const addTypes = (set, label) => {
      if (!set.size) return;
      const group = document.createElement('optgroup');
      group.label = label;
      [...set].sort((a, b) => collator.compare(typeLabel(a), typeLabel(b))).forEach((v) => addOption(group, v, typeLabel(v)));
      selects.type.appendChild(group);
    };
    addTypes(materialTypes, S.materialTypes);
    addTypes(eventTypes, S.eventTypes);
    langs.sort((a, b) => (a === LANG ? -1 : b === LANG ? 1 : collator.compare(langLabel(a), langLabel(b))));
    for (const v of langs) addOption(selects.lang, v, langLabel(v));

    const counts = { subject: subjects.length, grade: grades.length, type: materialTypes.size + eventTypes.size, lang: langs.length };
    for (const name of SELECTS) {
      const sel = selects[name];
      const known = [...sel.options].some((o) => o.value === state[name]);
      if (!known) state[name] = '';
      sel.value = state[name];
      sel.closest('.search-facet').hidden = counts[name] < 2;
    }
    if (window.matchMedia('(min-width: 56em)').matches || activeFilters()) filtersEl.open = true;
  }

  function syncFilterSummary() {
    const n = activeFilters();
    filtersCount.textContent = n ? ' · ' + n : '';
    clearFiltersBtn.hidden = !n;
  }

  // ---- rendering ----------------------------------------------------------
  function highlighter(words, terms) {
    const cache = new Map();
    const prefixes = words.filter((w) => w.length >= 2).map(asIndexed);
    return (word) => {
      const w = word.toLowerCase();
      let hit = cache.get(w);
      if (hit === undefined) {
        hit = prefixes.some((p) => asIndexed(w).startsWith(p)) || stems(w).some((t) => terms.has(t));
        cache.set(w, hit);
      }
      return hit;
    };
  }

  function appendHighlighted(node, value, isHit) {
    const text = String(value);
    let last = 0;
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!isHit(m[0])) continue;
      if (m.index > last) node.append(text.slice(last, m.index));
      node.appendChild(make('mark', '', m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) node.append(text.slice(last));
  }

  // Dates as the rest of the site writes them: the page carries the 23rd of each month of 2001
  // formatted by the build's `date` filter; year and day are put in their place. (Browsers'
  // Intl data often lacks Kazakh month names.)
  function formatDate(d) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d || '');
    const sample = m && Array.isArray(S.dates) ? S.dates[Number(m[2]) - 1] : '';
    if (!sample || !sample.includes('2001') || !sample.includes('23')) return d;
    return sample.replace('2001', m[1]).replace('23', String(Number(m[3])));
  }

  function resultItem(r, words) {
    const doc = store[r.ref] || { t: r.ref, k: 'page' };
    const kind = KINDS.includes(doc.k) ? doc.k : 'page';
    const isHit = highlighter(words, r.terms);
    const li = make('li', 'search-result');
    const card = make('article', 'card search-card search-card-' + kind);
    const h = make('h2', 'card-title');
    const a = make('a');
    // The page in this search page's interface: its translation or its view (/kk/… on /kk/search/).
    a.href = (doc.o && doc.o[LANG]) || doc.u || r.ref;
    appendHighlighted(a, doc.t || r.ref, isHit);
    h.appendChild(a);
    if (doc.l && doc.l !== LANG) h.lang = doc.l;
    card.appendChild(h);

    const meta = make('p', 'search-meta');
    meta.appendChild(make('span', 'badge search-kind search-kind-' + kind, (S.kinds && S.kinds[kind]) || kind));
    const facts = [];
    if (doc.y) facts.push(typeLabel(doc.y));
    if (subjectValues(doc.s).length) facts.push(subjectValues(doc.s).join(', '));
    if (doc.g != null && doc.g !== '') facts.push(gradesText(doc.g));
    if (doc.l && doc.l !== LANG) facts.push(langLabel(doc.l));
    for (const f of facts) meta.appendChild(make('span', 'search-fact', f));
    if (doc.d) {
      const time = make('time', 'search-fact', formatDate(doc.d));
      time.dateTime = doc.d;
      meta.appendChild(time);
    }
    card.appendChild(meta);

    if (doc.e) {
      const p = make('p', 'card-summary search-excerpt');
      if (doc.l && doc.l !== LANG) p.lang = doc.l;
      appendHighlighted(p, doc.e, isHit);
      card.appendChild(p);
    }
    // The files whose text holds the words: «найдено в файле plan.docx».
    if (r.inFiles && Array.isArray(doc.a) && doc.a.length) {
      const template = (doc.a.length === 1 ? S.foundInFile : S.foundInFiles) || '{files}';
      const [before, after] = template.split('{files}');
      const p = make('p', 'search-found-in');
      p.append(before || '');
      doc.a.forEach((name, i) => {
        if (i) p.append(', ');
        p.appendChild(make('span', 'search-file', name));
      });
      p.append(after || '');
      card.appendChild(p);
    }
    li.appendChild(card);
    return li;
  }

  function clearNote() {
    noteEl.textContent = '';
    noteEl.hidden = true;
  }

  function note(...blocks) {
    noteEl.textContent = '';
    for (const b of blocks) noteEl.appendChild(b);
    noteEl.hidden = false;
  }

  function para(...parts) {
    const p = make('p');
    p.append(...parts.filter((x) => x !== ''));
    return p;
  }

  function suggestionLink(text) {
    const a = make('a', 'search-suggestion', text);
    a.href = '?q=' + encodeURIComponent(text);
    a.addEventListener('click', (e) => {
      e.preventDefault();
      input.value = text;
      run();
      input.focus();
    });
    return a;
  }

  function clearFiltersButton() {
    const b = make('button', 'button button-secondary', S.clearFilters);
    b.type = 'button';
    b.addEventListener('click', () => {
      clearFilters();
      input.focus();
    });
    return b;
  }

  function render() {
    // What is on screen, for scripts and tests: the query and how it matched.
    app.dataset.query = current ? current.q : '';
    app.dataset.mode = current ? current.mode : '';
    app.dataset.renders = String(Number(app.dataset.renders || 0) + 1);
    list.textContent = '';
    statusEl.classList.remove('is-quiet');
    clearNote();
    moreWrap.hidden = true;
    syncFilterSummary();
    if (!current) {
      statusEl.textContent = '';
      filtersEl.hidden = true;
      app.classList.remove('has-filters');
      if (browseEl) browseEl.hidden = false;
      return;
    }
    filtersEl.hidden = false;
    app.classList.add('has-filters');

    const all = current.results;
    const visible = all.filter((r) => matches(store[r.ref] || {}));
    updateKindCounts(all);

    if (current.mode === 'none') {
      filtersEl.hidden = true;
      app.classList.remove('has-filters');
      statusEl.textContent = fmt(S.nothing, { q: current.q.trim() });
      statusEl.classList.add('is-quiet');
      const tips = para(S.tips);
      note(para(make('strong', '', fmt(S.nothing, { q: current.q.trim() }))), tips);
      if (activeFilters()) noteEl.appendChild(clearFiltersButton());
      if (browseEl) browseEl.hidden = false;
      return;
    }
    if (browseEl) browseEl.hidden = visible.length > 0;

    if (current.mode === 'corrected' || current.mode === 'any') {
      const blocks = [];
      if (current.mode === 'corrected') blocks.push(para(make('strong', '', fmt(S.nothing, { q: current.q.trim() }))));
      else blocks.push(para(S.anyWord));
      if (current.suggestion && current.suggestion !== current.words.join(' ')) {
        blocks.push(para(...fmtNodes(S.showingFor, 'q', suggestionLink(current.suggestion))));
      }
      note(...blocks);
    }

    if (!visible.length) {
      statusEl.textContent = S.filteredOut;
      statusEl.classList.add('is-quiet');
      const p = para(S.filteredOut);
      if (noteEl.hidden) note(p, clearFiltersButton());
      else noteEl.append(p, clearFiltersButton());
      return;
    }

    statusEl.textContent = fmt((S.found && (S.found[plural.select(visible.length)] || S.found.other)) || '{n}', { n: visible.length });
    const frag = document.createDocumentFragment();
    for (const r of visible.slice(0, shown)) frag.appendChild(resultItem(r, current.words));
    list.appendChild(frag);
    if (visible.length > shown) {
      moreWrap.hidden = false;
      shownEl.textContent = fmt(S.shown, { n: Math.min(shown, visible.length), m: visible.length });
    }
  }

  function updateKindCounts(all) {
    for (const label of kindsEl.querySelectorAll('label')) {
      const k = label.querySelector('input').value;
      const n = all.reduce((c, r) => {
        const d = store[r.ref] || {};
        return c + (d.k === k && matches(d, 'kind') ? 1 : 0);
      }, 0);
      label.querySelector('.search-kind-count').textContent = String(n);
      label.classList.toggle('is-empty', n === 0);
    }
  }

  // ---- running ------------------------------------------------------------
  function updateUrl() {
    const p = new URLSearchParams();
    const q = input.value.trim();
    if (q) p.set('q', q);
    for (const k of KINDS) if (state.kinds.has(k)) p.append('kind', k);
    for (const name of SELECTS) if (state[name]) p.set(name, state[name]);
    const s = p.toString();
    const url = location.pathname + (s ? '?' + s : '') + location.hash;
    if (url !== location.pathname + location.search + location.hash) {
      try {
        history.replaceState(history.state, '', url);
      } catch (e) {
        /* file:// pages may refuse; the search still works */
      }
    }
    document.title = q ? '«' + q + '» — ' + baseTitle : baseTitle;
  }

  function run() {
    clearTimeout(timer);
    timer = 0;
    const q = input.value;
    updateUrl();
    if (!q.trim()) {
      current = null;
      render();
      return;
    }
    if (!idx && !sharded) statusEl.textContent = S.loading;
    ensureLoaded().then(() => {
      if (input.value !== q) return undefined; // a newer run is on its way
      return Promise.all([search(q), ensureFilterValues()]).then(([result]) => {
        if (input.value !== q) return undefined;
        shown = PAGE_SIZE;
        current = result;
        updateUrl(); // filters from the address that the store does not know are gone now
        return show();
      }, (err) => {
        if (sharded && !engineReloaded) {
          reloadEngine().then(() => {
            if (input.value === q) run();
          }, () => {});
          return;
        }
        statusEl.textContent = S.loadError;
        console.error(err); // for whoever looks into why
      });
    }, () => {});
  }

  // Renders the current results once the store shards of those on screen are here.
  function show() {
    if (!current) {
      render();
      return Promise.resolve();
    }
    const visible = current.results.filter((r) => matches(store[r.ref] || {})).slice(0, shown);
    const rendered = current;
    return ensureStore(visible.map((r) => r.ref)).then(() => {
      if (current === rendered) render();
    }, () => {
      statusEl.textContent = S.loadError;
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  }

  function rerender() {
    updateUrl();
    shown = PAGE_SIZE;
    if (!current) {
      syncFilterSummary();
      return;
    }
    const rendered = current;
    list.setAttribute('aria-busy', 'true');
    ensureFilterValues().then(() => {
      if (current === rendered) return show();
      return undefined;
    }, () => {
      statusEl.textContent = S.loadError;
    }).finally(() => list.removeAttribute('aria-busy'));
  }

  function clearFilters() {
    state.kinds.clear();
    for (const box of kindsEl.querySelectorAll('input')) box.checked = false;
    for (const name of SELECTS) {
      state[name] = '';
      selects[name].value = '';
    }
    rerender();
  }

  function clearSearch() {
    input.value = '';
    run();
    input.focus();
  }

  const resultLinks = () => [...list.querySelectorAll('.card-title a')];

  // Shows the next page; resolves to the number of results shown before.
  function showMore() {
    shown += PAGE_SIZE;
    const before = resultLinks().length;
    return show().then(() => before);
  }

  // ---- events -------------------------------------------------------------
  input.addEventListener('input', () => {
    ensureLoaded().catch(() => {});
    schedule();
  });
  const warm = () => {
    if (!autoFocusing) ensureLoaded().catch(() => {});
  };
  input.addEventListener('focus', warm);
  input.addEventListener('pointerdown', warm);

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      if (timer) run();
      const first = resultLinks()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      clearSearch();
    }
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
    if (window.matchMedia('(pointer: coarse)').matches) input.blur();
  });

  list.addEventListener('keydown', (e) => {
    const links = resultLinks();
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (i + 1 < links.length) links[i + 1].focus();
      else if (!moreWrap.hidden) {
        showMore().then(() => {
          const next = resultLinks()[i + 1];
          if (next) next.focus();
        });
      }
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i > 0) links[i - 1].focus();
      else input.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      links[e.key === 'Home' ? 0 : links.length - 1].focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      clearSearch();
    }
  });

  moreBtn.addEventListener('click', () => {
    showMore().then((before) => {
      const next = resultLinks()[before];
      if (next) next.focus();
    });
  });

  kindsEl.addEventListener('change', (e) => {
    const box = e.target;
    if (!(box instanceof HTMLInputElement)) return;
    if (box.checked) state.kinds.add(box.value);
    else state.kinds.delete(box.value);
    rerender();
  });
  for (const name of SELECTS) {
    selects[name].addEventListener('change', () => {
      state[name] = selects[name].value;
      rerender();
    });
  }
  clearFiltersBtn.addEventListener('click', () => clearFilters());

  // ---- start --------------------------------------------------------------
  app.hidden = false;
  if (hintEl) hintEl.hidden = false;
  if (initialQuery) input.value = initialQuery;
  autoFocusing = true;
  input.focus({ preventScroll: true });
  autoFocusing = false;
  try {
    const end = input.value.length;
    input.setSelectionRange(end, end);
  } catch (e) {
    /* not every input type allows a selection */
  }
  if (initialQuery.trim()) run();
  else render();
})();
