#include "render/material_cards.h"

#include <algorithm>
#include <functional>

#include "core/fingerprint.h"
#include "core/thread_pool.h"
#include "core/text.h"
#include "render/publish_page.h"
#include "search/js_number.h"

namespace urker {

using json = urker::Json;

void write_material_cards(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                          Diagnostics& diags, RenderStats& stats) {
    const char* name = "materials/cards.html";
    if (!theme.engine->has_template(name)) return;
    auto section = model.section_by_dir.find("materials");
    if (section == model.section_by_dir.end()) return;
    const Section& s = model.sections[section->second];
    // Each language's file is the size of the whole catalogue; from the build cache when every card
    // is as it was.
    const std::vector<std::string>& languages = model.config.languages;
    std::vector<Diagnostics> language_diags(languages.size());
    // The file is {"html": the cards' HTML}, written straight into a string of its final size: at
    // 10 000 materials each language's is some 16 MB, made at the end of the build, when its
    // memory is at its highest (through a JSON value it took twice that, and as much again while
    // it grew). Text that is not UTF-8 (which no template makes) goes the JSON library's way, with
    // its replacement characters.
    const std::function<std::string(std::string&&)> as_json = [](std::string&& html) {
        if (first_invalid_utf8(html) != std::string::npos) {
            json file = json::object();
            file["html"] = std::move(html);
            return file.dump(-1, ' ', false, json::error_handler_t::replace);
        }
        // In the HTML's own buffer, which has room for it as a rule (it grew by doubling, or was
        // reserved at the last build's size): the card files are made at the build's peak, and a
        // second string of their size there was 28 MB of a first build's peak at 10 000
        // materials (617–620 → 588–593 MB).
        search::wrap_json_string(html, "{\"html\":", "}");
        return std::move(html);
    };
    std::vector<char> made(languages.size(), 0);
    auto render_language = [&](std::size_t k) {
        const std::string& lang = languages[k];
        PageId list = model.localized(s.page, lang);
        const std::string path = model.pages[list].path + "cards.json";
        if (!out.wants(path)) return;
        std::vector<PageId> cards;
        for (PageId i : s.pages)
            if (portal.kinds[i] == Kind::material && model.is_primary(i)) cards.push_back(model.localized(i, lang));
        Fingerprinter values;
        values.add(std::string_view("cards"));
        // Which cards, in order; what the template reads of each is followed (template/globals_trace.h).
        if (ctx.memo())
            for (PageId card : cards) values.add(std::string_view(model.url_of(card)));
        // Every material's summary, shared (template.h's SharedList), not copied.
        std::vector<const json*> pages;
        pages.reserve(cards.size());
        for (PageId card : cards) pages.push_back(&ctx.summary(card));
        const tmpl::SharedLists lists = {{"", "pages", std::move(pages)}};
        auto make_context = [&] { return json{{"lang", lang}}; };
        if (publish_page_lazily(ctx, out, path, name, values.finish(), make_context, lang, model.url_of(list), language_diags[k], &as_json,
                                &lists))
            made[k] = 1;
    };
    // A rebuild whose lists came from the build cache left no {% cache %}d cards behind: a file
    // that must change (a title edited, a material added) renders every card anew, some 0.6 s of a
    // core a language at 10 000 materials (docs/benchmarks.md), near the end of the build. Then
    // the languages render at once, each on a thread. A first build's lists rendered the cards, so
    // its files only join them, one after the other: two at once were its highest memory.
    const bool languages_at_once = ctx.memo() && ctx.memo()->known() > 0;
    parallel_for(languages.size(), render_language, languages_at_once ? worker_count() : 1);
    const std::size_t written = static_cast<std::size_t>(std::count(made.begin(), made.end(), 1));
    for (auto& d : language_diags) diags.append(d);
    stats.other_files += written;
}

}  // namespace urker
