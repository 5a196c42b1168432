#include "serve/live_reload.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/messages.h"

namespace urker::serve {

namespace {

// Kept small and dependency-free: it runs on every page of the site while it is served.
constexpr std::string_view kScript = R"JS(// urker serve: reload after a rebuild, show build errors over the page and warnings beside it.
(() => {
  'use strict';
  const OVERLAY = 'urker-build-errors';
  const WARNINGS = 'urker-build-warnings';
  const DISMISSED = 'urker-warnings-dismissed';
  const me = document.currentScript;
  let seen = me ? Number(new URL(me.src).searchParams.get('generation')) : null;

  // The panels are the preview's, not the page's: a page printed or saved as PDF from the
  // preview (a plan, a portfolio) has neither. A constructed style sheet, as a <style> element
  // would be refused by a strict Content-Security-Policy.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { #${OVERLAY}, #${WARNINGS} { display: none !important; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch (e) { /* an old browser shows them in print too */ }

  function el(tag, text, css) {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    Object.assign(e.style, css || {});
    return e;
  }

  function hideErrors() {
    const old = document.getElementById(OVERLAY);
    if (old) old.remove();
  }

  function showErrors(problems, texts) {
    texts = texts || {};
    hideErrors();
    const box = el('div', '', {
      position: 'fixed', left: '0', right: '0', bottom: '0', maxHeight: '60vh', overflow: 'auto',
      zIndex: '2147483647', background: '#fff4f4', color: '#3b0a0a', borderTop: '4px solid #c62828',
      padding: '1rem 1.25rem', font: '15px/1.45 system-ui, sans-serif', boxShadow: '0 -4px 16px rgba(0,0,0,.2)',
    });
    box.id = OVERLAY;
    box.setAttribute('role', 'alert');
    const close = el('button', '\u00d7', { float: 'right', font: 'inherit', fontSize: '1.4rem', border: '0', background: 'none', cursor: 'pointer' });
    close.type = 'button';
    close.setAttribute('aria-label', texts.close || 'Close');
    close.addEventListener('click', hideErrors);
    box.append(close);
    const errors = problems.filter((p) => p.severity === 'error');
    box.append(el('strong', texts.heading || `The site could not be rebuilt (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}). ` +
      'The page shows the last good build; it reloads by itself when the problem is fixed.'));
    for (const p of errors) {
      const item = el('div', '', { marginTop: '.75rem' });
      item.className = 'urker-build-error';
      let where = p.file || '';
      if (p.line) where += `:${p.line}` + (p.column ? `:${p.column}` : '');
      item.append(el('div', (where ? `${where}: ` : '') + p.message, { fontWeight: '600' }));
      if (p.source_line) item.append(el('pre', p.source_line, { margin: '.25rem 0', padding: '.25rem .5rem', background: '#fff', whiteSpace: 'pre-wrap' }));
      if (p.hint) item.append(el('div', `${texts.hint || 'hint'}: ${p.hint}`));
      box.append(item);
    }
    (document.body || document.documentElement).append(box);
  }

  function hideWarnings() {
    const old = document.getElementById(WARNINGS);
    if (old) old.remove();
  }

  // A build that succeeded with warnings: a small panel in a corner, not over the page, which the
  // reader may close; closed, it stays closed on the other pages until the next build.
  function showWarnings(state) {
    hideWarnings();
    const texts = state.texts || {};
    const warnings = (state.problems || []).filter((p) => p.severity === 'warning');
    let dismissed = null;
    try { dismissed = sessionStorage.getItem(DISMISSED); } catch (e) { /* storage may be off */ }
    if (!warnings.length || dismissed === String(state.generation)) return;
    const box = el('div', '', {
      position: 'fixed', right: '1rem', bottom: '1rem', maxWidth: 'min(32rem, calc(100vw - 2rem))', maxHeight: '40vh',
      overflow: 'auto', zIndex: '2147483646', background: '#fffbea', color: '#3d2f00', border: '1px solid #e0b400',
      borderLeft: '4px solid #e0b400', borderRadius: '4px', padding: '.5rem .75rem', font: '13px/1.4 system-ui, sans-serif',
      boxShadow: '0 2px 8px rgba(0,0,0,.15)',
    });
    box.id = WARNINGS;
    box.setAttribute('role', 'status');
    const close = el('button', '\u00d7', { float: 'right', font: 'inherit', fontSize: '1.2rem', lineHeight: '1', border: '0', background: 'none', cursor: 'pointer', color: 'inherit' });
    close.type = 'button';
    close.setAttribute('aria-label', texts.close || 'Close');
    close.addEventListener('click', () => {
      try { sessionStorage.setItem(DISMISSED, String(state.generation)); } catch (e) { /* storage may be off */ }
      hideWarnings();
    });
    box.append(close);
    box.append(el('strong', texts.warnings_heading || `Built with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`));
    const list = el('ul', '', { margin: '.25rem 0 0', paddingLeft: '1.1rem' });
    for (const p of warnings) {
      let where = p.file || '';
      if (p.line) where += `:${p.line}` + (p.column ? `:${p.column}` : '');
      const item = el('li', (where ? `${where}: ` : '') + p.message);
      item.className = 'urker-build-warning';
      if (p.hint) item.append(el('div', `${texts.hint || 'hint'}: ${p.hint}`, { opacity: '.8' }));
      list.append(item);
    }
    box.append(list);
    (document.body || document.documentElement).append(box);
  }

  function onBuild(state) {
    if (state.ok && seen !== null && state.generation !== seen) {
      location.reload();
      return;
    }
    seen = state.generation;
    if (state.ok) {
      hideErrors();
      showWarnings(state);
    } else {
      hideWarnings();
      showErrors(state.problems, state.texts);
    }
  }

  const events = new EventSource('/__urker/events');
  events.addEventListener('build', (e) => onBuild(JSON.parse(e.data)));
})();
)JS";

// The last "</body" in `html`, ignoring case; npos when there is none.
std::size_t find_body_end(std::string_view html) {
    constexpr std::string_view tag = "</body";
    if (html.size() < tag.size()) return std::string_view::npos;
    for (std::size_t i = html.size() - tag.size() + 1; i-- > 0;) {
        bool match = true;
        for (std::size_t k = 0; k < tag.size() && match; ++k)
            match = std::tolower(static_cast<unsigned char>(html[i + k])) == tag[k];
        if (match) return i;
    }
    return std::string_view::npos;
}

}  // namespace

std::string inject_live_reload(std::string_view html, std::uint64_t generation) {
    std::string tag = "<script src=\"" + std::string(kLiveScriptPath) + "?generation=" + std::to_string(generation) + "\"></script>";
    std::size_t at = find_body_end(html);
    if (at == std::string_view::npos) at = html.size();
    std::string result;
    result.reserve(html.size() + tag.size());
    result.append(html.substr(0, at)).append(tag).append(html.substr(at));
    return result;
}

std::string_view live_reload_script() { return kScript; }

std::string no_site_yet_page(std::uint64_t generation, std::string_view language) {
    const std::string lang = language == "ru" || language == "kk" ? std::string(language) : "en";
    return inject_live_reload("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" +
                                  render_message(Message("serve.no_site_title"), lang) + "</title></head>\n<body><h1>" +
                                  render_message(Message("serve.no_site_heading"), lang) + "</h1>\n<p>" +
                                  render_message(Message("serve.no_site_text"), lang) + "</p>\n</body></html>\n",
                              generation);
}

}  // namespace urker::serve
