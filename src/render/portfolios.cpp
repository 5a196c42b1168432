#include "render/portfolios.h"

#include "core/thread_pool.h"
#include "render/publish_page.h"

namespace urker {

using json = urker::Json;

void render_portfolios(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                       Diagnostics& diags, RenderStats& stats) {
    const std::string name = "members/portfolio.html";
    if (!theme.engine->has_template(name)) return;
    std::vector<PageId> members;
    for (PageId i = 0; i < model.pages.size(); ++i)
        if (portal.kinds[i] == Kind::member && model.pages[i].kind == PageKind::page && portal.data[i].contains("portfolio") &&
            out.wants(model.pages[i].path + "portfolio/index.html"))
            members.push_back(i);
    std::vector<Diagnostics> local(members.size());
    std::vector<int> rendered(members.size(), 0);
    parallel_for(members.size(), [&](std::size_t k) {
        PageId i = members[k];
        const Page& p = model.pages[i];
        json page = ctx.page(i);
        // The member page's context, at the portfolio's own address; its translations are the
        // portfolios in the other languages.
        std::string member_url = model.url_of(i);
        page["member_url"] = member_url;
        page["url"] = member_url + "portfolio/";
        page["permalink"] = model.config.absolute_url(member_url + "portfolio/");
        for (auto& t : page["translations"]) t["url"] = t["url"].get<std::string>() + "portfolio/";
        page["breadcrumbs"].push_back({{"title", p.title}, {"url", member_url}});
        json context = {{"lang", p.lang}, {"page", page}};
        if (publish_page(ctx, out, p.path + "portfolio/index.html", name, context, p.lang, member_url + "portfolio/", local[k])) rendered[k] = 1;
    });
    for (std::size_t k = 0; k < members.size(); ++k) {
        diags.append(local[k]);
        stats.pages += static_cast<std::size_t>(rendered[k]);
    }
}

}  // namespace urker
