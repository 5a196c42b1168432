#include "render/material_cards.h"

#include <atomic>
#include <functional>

#include "core/fingerprint.h"
#include "core/thread_pool.h"
#include "render/publish_page.h"

namespace urker {

using json = nlohmann::json;

void write_material_cards(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                          Diagnostics& diags, RenderStats& stats) {
    const char* name = "materials/cards.html";
    if (!theme.engine->has_template(name)) return;
    auto section = model.section_by_dir.find("materials");
    if (section == model.section_by_dir.end()) return;
    const Section& s = model.sections[section->second];
    // Each language's file on a core of its own; from the build cache when every card is as it was.
    const std::vector<std::string>& languages = model.config.languages;
    std::vector<Diagnostics> language_diags(languages.size());
    std::atomic<std::size_t> written{0};
    // The cards' HTML is moved into the JSON, not copied: at 10 000 materials it is some 16 MB a
    // language, made at the end of the build, when its memory is at its highest.
    const std::function<std::string(std::string&&)> as_json = [](std::string&& html) {
        json file = json::object();
        file["html"] = std::move(html);
        return file.dump(-1, ' ', false, json::error_handler_t::replace);
    };
    parallel_for(languages.size(), [&](std::size_t k) {
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
            ++written;
    });
    for (auto& d : language_diags) diags.append(d);
    stats.other_files += written;
}

}  // namespace urker
