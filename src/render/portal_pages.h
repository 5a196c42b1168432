// Pages that no content file asks for, made from the assembled portal: taxonomy and term lists,
// the alphabetical index of materials, the monitoring page with its charts, news feeds and
// calendars. Each exists in every language of the site.
#pragma once

#include "model/portal.h"
#include "model/site_model.h"
#include "output/output.h"
#include "render/context.h"
#include "render/render_site.h"
#include "render/theme.h"

namespace urker {

void render_portal_pages(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                         Diagnostics& diags, RenderStats& stats);

}  // namespace urker
