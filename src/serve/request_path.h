// Which file of the built site a request asks for. The site lives in memory, keyed by clean
// relative paths, so a request can only ever name one of those keys; anything that tries to
// climb out (`..`, `%2e%2e`, an encoded slash, a backslash, a NUL, an empty segment as in
// `//etc/passwd`) is refused before the lookup, so it never reaches a file by accident.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace urker::serve {

// `url_path` is the request's path after percent-decoding ("/materials/drobi/"). Returns the
// output key to look up ("materials/drobi/index.html"; "/" gives "index.html"), or nullopt when
// the path is not a clean path inside the site.
std::optional<std::string> output_key_for(std::string_view url_path);

}  // namespace urker::serve
