#include "serve/site_snapshot.h"

#include "core/json.h"

namespace urker::serve {

std::string state_event_json(const SiteState& state) {
    const std::string& lang = state.language;
    urker::Json problems = urker::Json::array();
    std::size_t errors = 0;
    for (const Diagnostic& d : state.problems) {
        errors += d.severity == Severity::error;
        problems.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                            {"file", d.where.file},
                            {"line", d.where.line},
                            {"column", d.where.column},
                            {"message", d.message_id.empty() ? d.message : render_message(d.message_id, lang)},
                            {"hint", d.hint_id.empty() ? d.hint : render_message(d.hint_id, lang)},
                            {"source_line", d.source_line}});
    }
    // The overlay's own words, so the script needs no catalogue of its own.
    // Before any build succeeded there is no last good build to show, and the heading says so.
    const char* heading = state.files ? "serve.overlay_heading" : "serve.overlay_heading_no_site";
    urker::Json texts{{"heading", render_message(Message(heading, {{"count", errors}}), lang)},
                      {"warnings_heading", render_message(Message("serve.warnings_heading", {{"count", state.problems.size() - errors}}), lang)},
                         {"hint", render_message(Message("label.hint"), lang)},
                         {"close", render_message(Message("serve.overlay_close"), lang)}};
    urker::Json j{{"generation", state.generation}, {"ok", state.ok}, {"problems", std::move(problems)}, {"texts", std::move(texts)}};
    // Replace invalid UTF-8 rather than throw: a message may quote a broken file's bytes.
    return j.dump(-1, ' ', false, urker::Json::error_handler_t::replace);
}

void SiteSnapshot::publish(std::shared_ptr<const MemoryOutput> files, bool ok, std::vector<Diagnostic> problems) {
    publish(std::move(files), ok, std::move(problems), "en");
}

void SiteSnapshot::publish(std::shared_ptr<const MemoryOutput> files, bool ok, std::vector<Diagnostic> problems, std::string language) {
    {
        std::lock_guard lock(mutex_);
        ++state_.generation;
        if (ok && files) state_.files = std::move(files);
        state_.ok = ok;
        state_.problems = std::move(problems);
        state_.language = std::move(language);
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
