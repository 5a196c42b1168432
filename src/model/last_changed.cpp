#include "model/last_changed.h"

namespace urker {

std::optional<Date> last_changed(const Page& page) {
    if (page.updated) return page.updated;
    const auto& fm = page.front_matter.value;
    if (fm.is_object() && fm.contains("lastmod") && fm["lastmod"].is_string())
        if (auto d = parse_date(fm["lastmod"].get<std::string>()).date) return d;
    return page.date;
}

}  // namespace urker
