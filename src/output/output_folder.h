// Choosing, checking and taking hold of the output folder before a build writes anything.
// urker replaces the whole output folder with each build, so it refuses every folder whose
// replacement would destroy work: the site's own folder, a folder inside it other than public/
// (public-drafts/), a folder that contains it, the file system root, the home folder, a file, and
// a folder holding files urker did not write. With --force such a folder is moved aside to
// OUTPUT.urker-backup-… (never deleted) and the build publishes into a fresh one.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "output/output_lock.h"
#include "output/output_paths.h"

namespace urker {

// The output folders a site may have inside its own folder.
inline constexpr const char* kDefaultOutput = "public";
inline constexpr const char* kDefaultDraftsOutput = "public-drafts";

// Refusals no option lifts: where the output stands relative to the site (and the root, the home
// folder, a file). `shown` is the output as the user wrote it, for the message's location.
std::optional<Diagnostic> check_output_location(const std::filesystem::path& source, const std::filesystem::path& output,
                                                const std::string& shown);

// The same check as a message ("" when the folder is fine), for callers without diagnostics.
std::string check_output_folder(const std::filesystem::path& source_root, const std::filesystem::path& output_dir);

struct OutputRequest {
    std::filesystem::path source;
    std::filesystem::path output;
    bool force = false;     // adopt a folder holding files urker did not write, by moving them aside
    bool wait = true;       // wait for another build into the same folder (else refuse)
    std::string message_language = {};  // --lang, for the "waiting" line ("" = URKER_LANG, then the locale)
    // Asked once the folder is locked, with the output's path: true when the folder is exactly as
    // urker's last build into it left it (site/up_to_date.h compares every entry's identity with
    // the record that build saved). Then the folder is urker's without walking it again for files
    // of someone else's: a published site is some 57 000 entries at 10 000 materials, and the two
    // walks were most of a build with nothing to do.
    std::function<bool(const std::filesystem::path& output)> as_last_left = {};
};

// The output folder, checked, locked against other builds and cleaned of what killed builds left.
class OutputFolder {
public:
    // Returns nothing, with a located error in `diags`, when the folder must not be used. Writes
    // a line to `err` when it has to wait for another build.
    static std::unique_ptr<OutputFolder> open(const OutputRequest& request, std::ostream& err, Diagnostics& diags);

    const OutputPaths& paths() const { return paths_; }
    // A site urker published stands at the output: a failed build leaves it there.
    bool had_site() const { return had_site_; }
    // Where --force moved the folder's previous contents, or empty.
    const std::filesystem::path& moved_aside() const { return moved_aside_; }
    // After a failed build: put the folder --force moved aside back where it was.
    void put_back_moved_aside();
    // What opening did that the user should know (recoveries, moves), in English; the same as
    // catalogue messages for showing in the reader's language.
    const std::vector<std::string>& notes() const { return notes_; }
    const std::vector<Message>& note_messages() const { return note_messages_; }

private:
    OutputPaths paths_;
    OutputLock lock_;
    bool had_site_ = false;
    std::filesystem::path moved_aside_;
    std::vector<std::string> notes_;
    std::vector<Message> note_messages_;
    void note(Message message);
};

}  // namespace urker
