#include "core/refused_links.h"

#include <string>

#include "core/url.h"

namespace urker {

void report_refused_links(const std::vector<RefusedLink>& refused, std::string_view folder, Diagnostics& diags) {
    for (const RefusedLink& link : refused) {
        const SourceLocation at{std::string(folder) + "/" + link.path, 0, 0};
        const std::string target = shorten_for_message(link.target, 120);
        switch (link.kind) {
            case RefusedLink::Kind::outside:
                diags.error(at, Message("content.link_outside", {{"target", target}, {"folder", folder}}), Message("content.link_outside_hint"));
                break;
            case RefusedLink::Kind::folder:
                diags.warning(at, Message("content.link_folder", {{"target", target}}), Message("content.link_folder_hint"));
                break;
            case RefusedLink::Kind::broken:
                diags.warning(at, Message("content.link_broken", {{"target", target}}), Message("content.link_broken_hint"));
                break;
        }
    }
}

}  // namespace urker
