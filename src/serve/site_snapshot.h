// What the dev server shows: the last good build, and the state of the latest attempt. The
// watcher publishes a new state after every rebuild; request handlers read the current one and
// live-reload connections wait for the next. A failed rebuild keeps the last good files.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "output/output.h"

namespace urker::serve {

struct SiteState {
    std::uint64_t generation = 0;                // 1 after the first build, +1 per rebuild
    std::shared_ptr<const MemoryOutput> files;   // the last good build; null until one succeeded
    bool ok = false;                             // did the latest build succeed?
    std::vector<Diagnostic> problems;            // the latest build's errors and warnings
    std::string language = "en";                 // the reader's language (resolve_message_language)
};

// The JSON that live-reload clients receive: {"generation":N,"ok":true,"problems":[{file,line,…}],
// "texts":{…}}. Messages, hints and the overlay's own words are in the state's language.
std::string state_event_json(const SiteState& state);

class SiteSnapshot {
public:
    // The same as publish() below, with the reader's language for the overlay's words and messages.
    void publish(std::shared_ptr<const MemoryOutput> files, bool ok, std::vector<Diagnostic> problems, std::string language);
    // A successful build replaces the files; a failed one (files == nullptr) keeps the old ones.
    void publish(std::shared_ptr<const MemoryOutput> files, bool ok, std::vector<Diagnostic> problems);
    // Replaces the files without a new generation, so open pages do not reload: the full build
    // that follows a quick preview of the open pages, which already reloaded them.
    void replace_files_quietly(std::shared_ptr<const MemoryOutput> files);
    // The HTML pages served lately ("materials/drobi/index.html"), newest first, at most
    // kRecentPages: the pages a quick rebuild renders first. Request handlers note them.
    static constexpr std::size_t kRecentPages = 8;
    void note_page_shown(const std::string& key) const;
    std::vector<std::string> pages_shown_recently() const;
    SiteState current() const;
    // Waits until the generation is newer than `seen`, the snapshot is closed, or `timeout`
    // passes; returns the current state either way.
    SiteState wait_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const;
    // Wakes every waiter for good: the server is stopping.
    void close();
    bool closed() const;

private:
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    SiteState state_;
    bool closed_ = false;
    // A log of requests, not part of the site's state: handlers get the snapshot as const.
    mutable std::vector<std::string> recent_pages_;
};

}  // namespace urker::serve
