#include "template/errors.h"

#include "core/text.h"

namespace urker::tmpl {

Message did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best = closest_match(word, candidates);
    return best.empty() ? Message() : Message("template.did_you_mean", {{"name", best}});
}

}  // namespace urker::tmpl
