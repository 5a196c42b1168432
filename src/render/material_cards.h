// The catalogue's cards as data, for the combined filters of the material lists (subject × grade
// × type × language, js/material-filters.js): in each language of the site, every material's
// card as the list shows it, in the list's order, in `<materials section>/cards.json`
// ({"html": "…"}, the theme's templates/materials/cards.html rendered once). A list page shows
// ten cards; a filtered view needs them all, and a static host has no server to ask.
#pragma once

#include "model/portal.h"
#include "model/site_model.h"
#include "output/output.h"
#include "render/context.h"
#include "render/render_site.h"
#include "render/theme.h"

namespace urker {

void write_material_cards(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                          Diagnostics& diags, RenderStats& stats);

}  // namespace urker
