// Splitting a content file into its YAML front matter and its Markdown body.
#pragma once

#include <optional>
#include <string_view>

#include "core/diagnostic.h"

namespace urker {

struct SplitFile {
    std::string_view front_matter;  // YAML text between the --- lines (may be empty)
    std::string_view body;          // the rest
    int front_matter_line = 0;      // file line of the first YAML line (2 when the file starts with ---)
    int body_line = 1;              // file line where the body starts
};

// A file without a leading "---" line has no front matter (it is all body). A "---" that is never
// closed is an error at line 1.
std::optional<SplitFile> split_front_matter(std::string_view text, const std::string& file, Diagnostics& diags);

}  // namespace urker
