// Which files in an output folder urker wrote. Every site urker publishes carries a marker file,
// `.urker-output`, that lists each file of that build; a folder without it, or a file it does not
// list, belongs to someone else, and urker never deletes it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace urker {

// The marker's text for a build that wrote `paths` (relative, '/'-separated; sorted here).
std::string output_marker_text(std::vector<std::string> paths);

// The paths a marker lists, or nothing when `text` is not a marker.
bool parse_output_marker(const std::string& text, std::vector<std::string>& paths);

struct FolderInspection {
    enum class Owner {
        missing,   // nothing there yet
        empty,     // an empty folder: nothing to lose
        urker,     // a site urker published, holding only files it wrote
        foreign,   // holds files urker did not write (see `foreign_files`)
        not_folder // a file (or something else) that is not a folder
    };
    Owner owner = Owner::missing;
    bool has_marker = false;                  // urker published here, even if files were added since
    std::vector<std::string> foreign_files;   // the first few, relative, for messages
    std::size_t foreign_count = 0;
};

// Looks at what stands at `folder` without changing anything. A folder from before markers
// existed counts as urker's when its index.html names urker as its generator.
FolderInspection inspect_output_folder(const std::filesystem::path& folder);

}  // namespace urker
