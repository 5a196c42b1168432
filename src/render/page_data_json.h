// `page.data` as templates read it, made from the model's typed data (model/page_data.h) in one
// place: each reference becomes {id, title, url} of the named page in the reader's language, dates
// become ISO text. The kinds not typed yet bring their JSON (Portal::data) as it is. The page's
// lists (`page.data.related`…) are not here: render/context.cpp adds them from Portal::lists.
#pragma once

#include <string>

#include "core/json.h"

#include "model/portal.h"

namespace urker {

class ContextBuilder;

// Page i's `page.data`, without its lists. The pages' front matter is read through `context`
// (ContextBuilder::front_matter: the model's pages no longer hold it once the summaries are made).
// `brief`: for a summary, which keeps a few of the fields of some kinds (a plan's id and progress,
// not its table); the rest may then be left out.
urker::Json page_data_json(const SiteModel& model, const Portal& portal, const ContextBuilder& context, PageId i, bool brief = false);

// The school a page's data names (a material's first author's, a news item's, an event's, a
// member's), by its title in the page's language; nullptr when none.
const std::string* school_title(const SiteModel& model, const Portal& portal, PageId i);

}  // namespace urker
