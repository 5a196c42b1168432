// The printable portfolio of every member (docs/kinds.md, "Portfolio for attestation"):
// members/<id>/portfolio/ in each language of the site, beside the member's page, through the
// theme's `members/portfolio.html` (a theme without it gets none). Its data is the member page's
// own (`page.data.portfolio`, model/portfolio.h).
#pragma once

#include "model/portal.h"
#include "model/site_model.h"
#include "output/output.h"
#include "render/context.h"
#include "render/render_site.h"
#include "render/theme.h"

namespace urker {

void render_portfolios(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                       Diagnostics& diags, RenderStats& stats);

}  // namespace urker
