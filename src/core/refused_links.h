// What a teacher or webmaster is told about the symbolic links a listing of the site's folders
// did not take (core/fs.h list_files): each one, named where it is, in the reader's language.
#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/fs.h"

namespace urker {

// A link to a file outside the folder is an error: the build would otherwise either publish
// what it names or silently leave out a file the author meant to publish. A linked folder and a
// broken link are warnings: nothing of theirs is published. `folder` is the listed folder as the
// reader knows it ("content", "static", "themes/default/templates"); paths are shown below it.
void report_refused_links(const std::vector<RefusedLink>& refused, std::string_view folder, Diagnostics& diags);

}  // namespace urker
