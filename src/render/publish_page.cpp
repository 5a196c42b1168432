#include "render/publish_page.h"

#include "output/published_memo.h"

namespace urker {

bool publish_page(const ContextBuilder& ctx, OutputSink& out, const std::string& path, const std::string& template_name,
                  const nlohmann::json& context, const std::string& lang, const std::string& url, Diagnostics& diags) {
    const Theme& theme = ctx.theme();
    const ContextBuilder::Globals& globals = ctx.globals(lang, url);
    PublishedMemo* memo = ctx.memo();
    Fingerprint inputs;
    if (memo) {
        inputs = Fingerprinter().add(theme.fingerprint).add(std::string_view(template_name)).add(std::string_view(lang))
                     .add(globals.fingerprint).add(context).finish();
        if (memo->reuse(out, path, inputs)) return true;
    }
    const std::size_t reported = diags.items().size();
    tmpl::Locale locale{lang, &theme.strings_for(lang)};
    auto html = theme.engine->render(template_name, context, globals.value, locale, diags, ctx.fragments());
    if (!html) return false;
    out.write(path, *html);
    if (memo && diags.items().size() == reported) memo->remember(path, inputs);
    return true;
}

}  // namespace urker
