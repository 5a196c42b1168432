// What `urker init` and `urker new` write: the texts of scaffold/ (built into the binary), their
// {{placeholders}} filled, and the files written without ever replacing one.
#pragma once

#include <ctime>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/embedded_files.h"
#include "core/scaffold_examples.h"  // resources::scaffold_files

#include "core/messages.h"

namespace urker {

// The interface languages scaffold/ has texts in.
const std::vector<std::string>& scaffold_languages();

// The day new pages are dated: SOURCE_DATE_EPOCH (seconds, for reproducible tests) or now.
std::time_t scaffold_now();

// {{today}}, {{school_year}}, {{month}}, {{next_month}}, {{event_start}}, {{event_end}} for `now`.
std::map<std::string, std::string> date_placeholders(std::time_t now);

// Replaces every {{key}} by its value. A line where a placeholder's value is empty becomes a
// comment ("author: {{author}}" with no author -> "# author: "), so an optional field left unknown
// never breaks the build. Placeholders without a value are left as they are.
std::string fill_placeholders(std::string_view text, const std::map<std::string, std::string>& values);

// A text for a double-quoted YAML string: \ and " escaped.
std::string yaml_quoted_content(std::string_view text);

// Writes `text` to `path`, creating its folders; refuses to replace an existing file.
// Returns what went wrong (a catalogue message), or an empty message when written.
Message write_new_file(const std::filesystem::path& path, std::string_view text);

}  // namespace urker
