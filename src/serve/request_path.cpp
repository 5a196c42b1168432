#include "serve/request_path.h"

#include "output/output.h"

namespace urker::serve {

std::optional<std::string> output_key_for(std::string_view url_path) {
    if (url_path.empty() || url_path.front() != '/') return std::nullopt;  // "*", "http://host/…"
    std::string key(url_path.substr(1));
    if (key.empty() || key.back() == '/') key += "index.html";
    // The same rule the write path applies to every file it publishes: no "..", ".", empty
    // segments, absolute paths, backslashes or NUL.
    if (!is_safe_output_path(key)) return std::nullopt;
    return key;
}

}  // namespace urker::serve
