// The pages of reviews and certificates of publication (docs/kinds.md, "Review and
// certificates"): a printable certificate for every approved material, in the material's
// language (certificates/<number>/), with a QR code of its entry in the register; the register
// of every certificate in each language of the site (certificates/, kk/certificates/); and the
// catalogue's list of reviewed materials (materials/reviewed/). Participation certificates of
// events (model/participation.h) are pages beside them and have their own table in the register.
#pragma once

#include "model/portal.h"
#include "model/site_model.h"
#include "output/output.h"
#include "render/context.h"
#include "render/render_site.h"
#include "render/theme.h"

namespace urker {

// The address a certificate's QR code holds: its entry in the register of its language.
std::string certificate_verification_url(const SiteConfig& config, const Certificate& c);

void render_certificates(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                         Diagnostics& diags, RenderStats& stats);

}  // namespace urker
