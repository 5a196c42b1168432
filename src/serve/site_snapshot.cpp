#include "serve/site_snapshot.h"

#include <nlohmann/json.hpp>

namespace urker::serve {

std::string state_event_json(const SiteState& state) {
    nlohmann::json problems = nlohmann::json::array();
    for (const Diagnostic& d : state.problems) {
        problems.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                            {"file", d.where.file},
                            {"line", d.where.line},
                            {"column", d.where.column},
                            {"message", d.message},
                            {"hint", d.hint},
                            {"source_line", d.source_line}});
    }
    nlohmann::json j{{"generation", state.generation}, {"ok", state.ok}, {"problems", std::move(problems)}};
    // Replace invalid UTF-8 rather than throw: a message may quote a broken file's bytes.
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void SiteSnapshot::publish(std::shared_ptr<const MemoryOutput> files, bool ok, std::vector<Diagnostic> problems) {
    {
        std::lock_guard lock(mutex_);
        ++state_.generation;
        if (ok && files) state_.files = std::move(files);
        state_.ok = ok;
        state_.problems = std::move(problems);
    }
    changed_.notify_all();
}

void SiteSnapshot::replace_files_quietly(std::shared_ptr<const MemoryOutput> files) {
    std::lock_guard lock(mutex_);
    if (files) state_.files = std::move(files);
}

void SiteSnapshot::note_page_shown(const std::string& key) const {
    std::lock_guard lock(mutex_);
    std::erase(recent_pages_, key);
    recent_pages_.insert(recent_pages_.begin(), key);
    if (recent_pages_.size() > kRecentPages) recent_pages_.resize(kRecentPages);
}

std::vector<std::string> SiteSnapshot::pages_shown_recently() const {
    std::lock_guard lock(mutex_);
    return recent_pages_;
}

SiteState SiteSnapshot::current() const {
    std::lock_guard lock(mutex_);
    return state_;
}

SiteState SiteSnapshot::wait_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return closed_ || state_.generation > seen; });
    return state_;
}

void SiteSnapshot::close() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
    }
    changed_.notify_all();
}

bool SiteSnapshot::closed() const {
    std::lock_guard lock(mutex_);
    return closed_;
}

}  // namespace urker::serve
