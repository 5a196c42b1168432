// A page's template values become its file here: rendered through the theme, or, when the build
// cache (output/published_memo.h) knows the file the last build published at that path from the
// very same values, that file is linked into the new site and the template is not run at all.
//
// "The very same values" is a fingerprint of everything a template can see: the theme (every
// template's text and the interface strings, Theme::fingerprint), which template, the page's
// language, the globals (`site` with its menus) and the page's own context. Templates have no other
// input (no clock, no file access, no host functions), so an equal fingerprint means equal bytes;
// what the urker binary itself does is covered by the memo's build key.
#pragma once

#include <functional>
#include <string>

#include "core/json.h"

#include "core/diagnostic.h"
#include "output/output.h"
#include "render/context.h"
#include "template/template.h"

namespace urker {

// Renders `template_name` with `context` (and the globals of `lang` at `url`) into `path`. False
// when the template failed: its errors are in `diags` and nothing was written. A page whose
// rendering reported anything (a warning too) is not remembered, so the next build renders it
// again and reports it again.
bool publish_page(const ContextBuilder& ctx, OutputSink& out, const std::string& path, const std::string& template_name,
                  const urker::Json& context, const std::string& lang, const std::string& url, Diagnostics& diags);

// The same for a page whose context is costly to make: `values` is a fingerprint of everything
// `make_context` makes it from (each caller its own kind of fingerprint, tagged, so two kinds
// never meet), and the context is made only when the page has to be rendered.
// `wrap`, when given, makes the file's bytes from the template's output (the catalogue's cards go
// out as JSON); it must depend on nothing else. `lists`, when given, are lists of the context that
// `make_context` fills in beside it rather than copying them into it (the summaries a list page
// shows: template.h's SharedList); `values` covers them.
bool publish_page_lazily(const ContextBuilder& ctx, OutputSink& out, const std::string& path, const std::string& template_name,
                         const Fingerprint& values, const std::function<urker::Json()>& make_context, const std::string& lang,
                         const std::string& url, Diagnostics& diags, const std::function<std::string(std::string&&)>* wrap = nullptr,
                         const tmpl::SharedLists* lists = nullptr);

}  // namespace urker
