// Pages -> HTML through the theme's templates, in parallel, plus the files every site has
// (404 page, sitemap.xml, robots.txt) and the static files.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "model/portal.h"
#include "model/site_model.h"
#include "output/output.h"
#include "render/page_times.h"
#include "render/theme.h"
#include "template/template_clock.h"

namespace urker {

class PublishedMemo;

struct RenderStats {
    std::size_t pages = 0;       // HTML pages written (list pages included)
    std::size_t other_files = 0; // sitemap, feeds, copies
    std::vector<Message> notes;  // lines for the build summary
    PageTimes* page_times = nullptr;  // --profile: each page's time by template (null: not measured)
    tmpl::TemplateClock* template_clock = nullptr;  // --profile: each template's and macro's own time
};

// A render job: one output file made from one page (a list page may make several).
struct RenderJob {
    PageId page = 0;
    int list_page = 0;  // 1-based page of a paginated list; 0 = not a list
};

// `memo`: the build cache of what the last build published into the same output (render/publish_page.h);
// null renders every page.
// `leave_to_exit`: the pages' values are not freed at the end (BuildOptions::leave_memory_to_exit).
// The model's pages are left without their front matter: the pages' summaries take it
// (ContextBuilder::front_matter).
void render_site(SiteModel& model, const Portal& portal, const Theme& theme, const std::string& generator, OutputSink& out,
                 Diagnostics& diags, RenderStats& stats, PublishedMemo* memo = nullptr, bool leave_to_exit = false);

}  // namespace urker
