// Watches a site's sources with inotify: site.yaml in the site folder, and content/, static/
// and themes/ recursively (new subfolders are picked up as they appear). Output folders such as
// public/ sit beside them and are never watched. Editors' temporary and backup files (".a.md.swp",
// "a.md~", "#a.md#", vim's "4913", `sed -i`'s "sedbgXX5N") are ignored, so saving a file gives one
// rebuild, and so is a file that came and went within one batch of changes: a tool's temporary
// file of a name not known here, written and renamed over the file it edits.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/messages.h"

namespace urker::serve {

// True for names editors write while saving, which must not trigger a rebuild.
bool is_editor_temporary(std::string_view file_name);

class SourceWatcher {
public:
    explicit SourceWatcher(std::filesystem::path site_root);
    ~SourceWatcher();
    SourceWatcher(const SourceWatcher&) = delete;
    SourceWatcher& operator=(const SourceWatcher&) = delete;

    // Empty when watching works; otherwise why not (in English, and as a catalogue message).
    const std::string& error() const { return error_; }
    const Message& problem() const { return problem_; }

    struct Changes {
        std::set<std::string> paths;  // relative to the site folder, '/' separators, sorted
        bool stopped = false;         // `stop_fd` became readable
    };
    // Blocks until something changed and then `quiet` passed without another change (so an
    // editor's several writes make one rebuild), or until `stop_fd` (e.g. a signalfd) is readable.
    Changes wait_for_changes(int stop_fd, std::chrono::milliseconds quiet);

private:
    void watch_tree(const std::filesystem::path& dir, const std::string& relative);
    void watch_folder(const std::filesystem::path& dir, const std::string& relative);
    // `created`: the paths created in this batch, so that one gone again before it ends is dropped.
    void read_events(std::set<std::string>& changed, std::set<std::string>& created);

    std::filesystem::path root_;
    int fd_ = -1;
    std::map<int, std::string> folders_;  // watch descriptor -> folder relative to root ("" = root)
    std::string error_;
    Message problem_;
    void fail(Message problem);
};

}  // namespace urker::serve
