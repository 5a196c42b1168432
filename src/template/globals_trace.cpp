#include "template/globals_trace.h"

#include <algorithm>
#include <charconv>

#include "template/value.h"

namespace urker::tmpl {

void GlobalsTrace::add(std::string path, GlobalsRead::Kind kind) {
    std::string key(1, static_cast<char>(kind));
    key += path;
    const std::size_t window = windows_.empty() ? 0 : windows_.back();
    auto [it, inserted] = last_at_.try_emplace(std::move(key), reads_.size());
    if (!inserted) {
        // Already in the innermost window (and so in every window around it): nothing to add.
        if (it->second >= window) return;
        it->second = reads_.size();
    }
    reads_.push_back({std::move(path), kind});
}

void GlobalsTrace::add(const TraceNode& node, GlobalsRead::Kind kind) {
    std::size_t& at = node.recorded_at[static_cast<std::size_t>(kind)];
    const std::size_t window = windows_.empty() ? 0 : windows_.back();
    if (at != TraceNode::kNotRecorded && at >= window && at < reads_.size()) return;
    add(node.path, kind);
    // Where it lies now: just added, or found in the innermost window.
    at = last_at_.find(static_cast<char>(kind) + node.path)->second;
}

void GlobalsTrace::append(const std::vector<GlobalsRead>& reads) {
    for (const auto& r : reads) add(r.path, r.kind);
}

std::size_t GlobalsTrace::open_window() {
    windows_.push_back(reads_.size());
    return reads_.size();
}

std::vector<GlobalsRead> GlobalsTrace::close_window(std::size_t start) {
    // Windows close innermost first; one left open by a body that failed is closed with it.
    while (!windows_.empty() && windows_.back() >= start) windows_.pop_back();
    return {reads_.begin() + static_cast<std::ptrdiff_t>(std::min(start, reads_.size())), reads_.end()};
}

std::string trace_path(std::string_view parent, std::string_view member) {
    std::string path;
    path.reserve(parent.size() + member.size() + 4);
    path += parent;
    path += std::to_string(member.size());
    path += ':';
    path += member;
    return path;
}

Fingerprint fingerprint_of(const Value& globals, const GlobalsRead& read) {
    // Walk the path as the renderer did: member by member, through objects only.
    const Value* at = &globals;
    std::string_view rest = read.path;
    while (at && !rest.empty()) {
        std::size_t length = 0;
        auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), length);
        const std::size_t digits = static_cast<std::size_t>(end - rest.data());
        if (ec != std::errc() || digits >= rest.size() || rest[digits] != ':' || rest.size() - digits - 1 < length) {
            at = nullptr;  // not a path this code wrote: never equal to what was seen
            break;
        }
        at = find_member(*at, rest.substr(digits + 1, length));
        rest.remove_prefix(digits + 1 + length);
    }
    Fingerprinter f;
    f.add(static_cast<std::uint64_t>(read.kind));
    if (!at) return f.add(std::string_view("missing")).finish();
    if (read.kind == GlobalsRead::Kind::exists) return f.add(std::string_view("present")).finish();
    if (read.kind == GlobalsRead::Kind::truth) return f.add(static_cast<std::uint64_t>(truthy(*at) ? 1 : 0)).finish();
    return f.add(*at).finish();
}

}  // namespace urker::tmpl
