// Reading the text files teachers write (Markdown pages, site.yaml, CSV tables): the size is
// checked before anything is read, the encoding after, and each problem is a Diagnostic that
// names the file and says how to fix it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace urker {

// The largest text file read when site.yaml says nothing, and the most it may allow.
inline constexpr std::uintmax_t kDefaultMaxTextFileBytes = 10u << 20;
inline constexpr std::uintmax_t kHardMaxTextFileBytes = 100u << 20;

// The file's text, or nullopt after adding an error at `display` (the name the reader knows,
// e.g. "content/materials/drobi/index.md") when it is missing, not a regular file, larger than
// `max_bytes` (said without reading it) or not UTF-8. A UTF-8 byte-order mark and CRLF line ends
// are kept for the parsers, which accept them.
std::optional<std::string> read_text_file(const std::filesystem::path& path, const std::string& display, std::uintmax_t max_bytes,
                                          Diagnostics& diags);

// Whether `text` is UTF-8. If not, adds an error at the first byte that is not, naming
// Windows-1251 or UTF-16 when the text looks like it, with how to save the file as UTF-8.
bool check_utf8(std::string_view text, const std::string& display, Diagnostics& diags);

// "10 MB", "2.5 MB": sizes in messages.
std::string megabytes(std::uintmax_t bytes);
// The figure alone ("10", "2.5"), for a catalogue message that writes the unit in its language.
std::string megabytes_figure(std::uintmax_t bytes);

}  // namespace urker
