#include "render/material_cards.h"

namespace urker {

using json = nlohmann::json;

void write_material_cards(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                          Diagnostics& diags, RenderStats& stats) {
    const char* name = "materials/cards.html";
    if (!theme.engine->has_template(name)) return;
    auto section = model.section_by_dir.find("materials");
    if (section == model.section_by_dir.end()) return;
    const Section& s = model.sections[section->second];
    for (const auto& lang : model.config.languages) {
        PageId list = model.localized(s.page, lang);
        const std::string path = model.pages[list].path + "cards.json";
        if (!out.wants(path)) continue;
        json pages = json::array();
        for (PageId i : s.pages)
            if (portal.kinds[i] == Kind::material && model.is_primary(i)) pages.push_back(ctx.summary(model.localized(i, lang)));
        json context = {{"lang", lang}, {"pages", std::move(pages)}};
        tmpl::Locale locale{lang, &theme.strings_for(lang)};
        auto html = theme.engine->render(name, context, ctx.globals_for(lang, model.url_of(list)), locale, diags, ctx.fragments());
        if (!html) continue;
        out.write(path, json{{"html", *html}}.dump(-1, ' ', false, json::error_handler_t::replace));
        ++stats.other_files;
    }
}

}  // namespace urker
