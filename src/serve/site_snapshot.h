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
};

}  // namespace urker::serve
