#include "template/errors.h"

#include "core/text.h"

namespace urker::tmpl {

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best = closest_match(word, candidates);
    return best.empty() ? std::string() : "did you mean \"" + best + "\"?";
}

}  // namespace urker::tmpl
