/*
 * urker default theme: combined filters of the material lists (subject ×
 * grade × type × language) on /materials/ and the term pages of those
 * taxonomies (templates/partials/material-filters.html).
 *
 * A list page holds one page of cards; a filtered view needs them all. The
 * build writes every card, as the list shows it, to cards.json beside the
 * materials list; it is fetched once, when the visitor first chooses a filter
 * or arrives with one in the address. Without JavaScript (or when the file
 * cannot be loaded) the form stays hidden and the list, its pages and the term
 * links work as before.
 *
 * The choice lives in the address (?subject=fizika&grade=8: the last part of
 * the term page's address), so a filtered view can be shared and survives a
 * reload. The count of matching materials is announced (role="status").
 * Cards come from the site's own build output and are parsed as an inert
 * document (DOMParser runs no script); nothing from the address is ever
 * inserted as HTML.
 */
(() => {
  'use strict';

  const form = document.getElementById('material-filters');
  const stringsEl = document.getElementById('material-filters-strings');
  if (!form || !stringsEl || !window.fetch || !window.DOMParser) return;
  let S;
  try {
    S = JSON.parse(stringsEl.textContent);
  } catch (e) {
    return;
  }

  const LANG = form.dataset.lang || document.documentElement.lang || 'ru';
  const fixed = form.dataset.fixed || '';
  const selects = Array.from(form.querySelectorAll('select'));
  const countEl = document.getElementById('material-filters-count');
  const resetBtn = document.getElementById('material-filters-reset');
  const main = document.querySelector('main') || document.body;
  // What the page shows without filters: its cards, its pages, its "N materials".
  const serverList = main.querySelector('.card-list');
  const serverEmpty = main.querySelector('.empty');
  const pagination = main.querySelector('.pagination');
  const facetGroups = Array.from(main.querySelectorAll('.facet-nav .facet-group'));
  const plural = (() => {
    try {
      return new Intl.PluralRules(LANG);
    } catch (e) {
      return new Intl.PluralRules('en');
    }
  })();

  const slugOf = (url) => url.split('/').filter(Boolean).pop() || '';
  let cards = null; // [{terms: Set of term addresses, node}]
  let loading = null;
  let results = null; // the filtered list, made when first needed

  function loadCards() {
    if (!loading) {
      loading = fetch(form.dataset.cards, { credentials: 'same-origin' })
        .then((r) => {
          if (!r.ok) throw new Error(form.dataset.cards + ': HTTP ' + r.status);
          return r.json();
        })
        .then((data) => {
          const doc = new DOMParser().parseFromString(String(data.html || ''), 'text/html');
          cards = Array.from(doc.querySelectorAll('li[data-terms]')).map((li) => ({
            terms: new Set(li.dataset.terms.split(/\s+/).filter(Boolean)),
            node: document.importNode(li, true),
          }));
          cards.forEach((c) => c.node.removeAttribute('data-terms'));
        });
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  }

  const chosen = () => selects.filter((s) => s.value).map((s) => s.value);

  // The selects from the address: ?subject=fizika → the option whose term page ends in fizika/.
  function readAddress() {
    const params = new URLSearchParams(location.search);
    for (const s of selects) {
      const want = params.get(s.name) || '';
      const option = want ? Array.from(s.options).find((o) => o.value && slugOf(o.value) === want) : null;
      s.value = option ? option.value : '';
    }
  }

  function writeAddress() {
    const params = new URLSearchParams(location.search);
    for (const s of selects) {
      if (s.value) params.set(s.name, slugOf(s.value));
      else params.delete(s.name);
    }
    const q = params.toString();
    const url = location.pathname + (q ? '?' + q : '') + location.hash;
    if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
  }

  function showServerList(show) {
    for (const el of [serverList, serverEmpty, pagination]) if (el) el.hidden = !show;
    if (results) results.hidden = show;
  }

  function render() {
    const want = chosen();
    resetBtn.hidden = want.length === 0;
    if (!want.length) {
      showServerList(true);
      countEl.textContent = '';
      return;
    }
    if (fixed) want.push(fixed);
    const matching = cards.filter((c) => want.every((t) => c.terms.has(t)));
    if (!results) {
      results = document.createElement('ul');
      results.className = 'card-list material-filters-results';
      results.id = 'material-filters-results';
      // Where the page's own list stands (after the catalogue's links), else under the form.
      (serverList || serverEmpty || form).insertAdjacentElement(serverList || serverEmpty ? 'beforebegin' : 'afterend', results);
    }
    results.replaceChildren(...matching.map((c) => c.node));
    showServerList(false);
    const n = matching.length;
    countEl.textContent = n ? (S.found[plural.select(n)] || S.found.other).replace('{n}', String(n)) : S.none;
  }

  function update() {
    writeAddress();
    if (!chosen().length) {
      render();
      return;
    }
    form.setAttribute('aria-busy', 'true');
    loadCards()
      .then(render, () => {
        countEl.textContent = S.loadError;
      })
      .finally(() => form.removeAttribute('aria-busy'));
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  resetBtn.addEventListener('click', () => {
    for (const s of selects) s.value = '';
    update();
    (selects[0] || form).focus();
  });
  window.addEventListener('popstate', () => {
    readAddress();
    update();
  });

  // The selects replace the chips of the catalogue's filter navigation (kept without JavaScript).
  form.hidden = false;
  for (const g of facetGroups) g.hidden = true;
  const navTitle = main.querySelector('.facet-nav-title');
  if (navTitle && facetGroups.length) navTitle.classList.add('visually-hidden'); // the legend says it
  if (navTitle) navTitle.closest('.facet-nav').classList.add('is-filtered-by-form');
  readAddress();
  if (chosen().length) update();
})();
