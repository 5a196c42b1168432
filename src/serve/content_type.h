// The Content-Type for a file of the built site, by its extension; text types say UTF-8,
// the only encoding urker writes.
#pragma once

#include <string>
#include <string_view>

namespace urker::serve {

std::string content_type_for(std::string_view path);

// True for HTML pages, the only responses the dev server adds its live-reload script to.
bool is_html(std::string_view path);

}  // namespace urker::serve
