#include "template/globals_trace.h"

#include <algorithm>
#include <charconv>
#include <unordered_set>

#include "template/value.h"

namespace urker::tmpl {

void GlobalsTrace::add(std::string path, GlobalsRead::Kind kind) {
    std::string key(1, static_cast<char>(kind));
    key += path;
    const std::size_t window = windows_.empty() ? 0 : windows_.back().reads;
    auto [it, inserted] = last_at_.try_emplace(std::move(key), recorded());
    if (!inserted) {
        // Already in the innermost window (and so in every window around it): nothing to add.
        if (it->second >= window) return;
        it->second = recorded();
    }
    closed_.open = false;
    reads_.push_back({std::move(path), kind});
}

void GlobalsTrace::add(const TraceNode& node, GlobalsRead::Kind kind) {
    std::size_t& at = node.recorded_at[static_cast<std::size_t>(kind)];
    const std::size_t window = windows_.empty() ? 0 : windows_.back().reads;
    if (at != TraceNode::kNotRecorded && at >= window && at < recorded()) return;
    // Not yet recorded through this node in the innermost window. The same path may also be in
    // the reads by way of add(path) or append() (a fragment's reads): a read twice is still one
    // read to whoever uses them, so the node skips the lookup that would find it.
    at = recorded();
    closed_.open = false;
    reads_.push_back({node.path(), kind});
}

std::vector<GlobalsRead> GlobalsTrace::reads() const {
    std::vector<GlobalsRead> all = reads_;
    for (const auto* block : blocks_) all.insert(all.end(), block->begin(), block->end());
    return all;
}

void GlobalsTrace::append(const std::vector<GlobalsRead>& reads) {
    // Once per window is enough: the same fragment twice adds nothing.
    // Looked for from the last: a card file's cards take a few read lists in turn, one after another.
    const std::size_t window = windows_.empty() ? 0 : windows_.back().blocks;
    for (std::size_t k = blocks_.size(); k > window; --k)
        if (blocks_[k - 1] == &reads) return;
    closed_.open = false;
    blocks_.push_back(&reads);
}

std::size_t GlobalsTrace::open_window() {
    windows_.push_back({recorded(), reads_.size(), blocks_.size()});
    closed_.open = false;
    return recorded();
}

std::span<const GlobalsRead> GlobalsTrace::close_window(std::size_t start, std::vector<GlobalsRead>& merged) {
    // Windows close innermost first; one left open by a body that failed is closed with it. The
    // window closed is the outermost of those popped, so its blocks start earliest.
    std::size_t first_block = blocks_.size();
    std::size_t first_own = reads_.size();
    while (!windows_.empty() && windows_.back().reads >= start) {
        first_block = windows_.back().blocks;
        first_own = windows_.back().own;
        windows_.pop_back();
    }
    closed_ = {first_own, first_block, true};
    const std::span<const GlobalsRead> own(reads_.data() + first_own, reads_.size() - first_own);
    if (first_block == blocks_.size()) return own;
    merged.assign(own.begin(), own.end());
    std::unordered_set<std::string> in_window;  // kind + path, for the blocks' reads
    for (const auto& r : merged) in_window.insert(static_cast<char>(r.kind) + r.path);
    for (std::size_t k = first_block; k < blocks_.size(); ++k)
        for (const auto& r : *blocks_[k])
            if (in_window.insert(static_cast<char>(r.kind) + r.path).second) merged.push_back(r);
    return merged;
}

void GlobalsTrace::fold_closed_window(const std::vector<GlobalsRead>& kept) {
    if (!closed_.open) return;
    closed_.open = false;
    // Their places stay taken (recorded()): a node that remembers one of them finds it inside
    // the windows around this one, which hold the block too, and outside of any later window.
    folded_ += reads_.size() - closed_.own;
    reads_.erase(reads_.begin() + static_cast<std::ptrdiff_t>(closed_.own), reads_.end());
    blocks_.erase(blocks_.begin() + static_cast<std::ptrdiff_t>(closed_.blocks), blocks_.end());
    append(kept);
}

TraceShapes::TraceShapes() {
    shapes_.push_back(std::make_unique<TraceShape>());
}

const TraceShape& TraceShapes::member(const TraceShape& parent, std::string_view name) {
    for (const auto& [member, shape] : parent.members)
        if (member == name) return *shape;
    auto shape = std::make_unique<TraceShape>();
    shape->path = trace_path(parent.path, name);
    shape->id = shapes_.size();
    TraceShape* made = shapes_.emplace_back(std::move(shape)).get();
    // Only this thread's renderers reach `parent` (of_this_thread), so no lock is needed.
    const_cast<TraceShape&>(parent).members.emplace_back(std::string(name), made);
    return *made;
}

TraceShapes& TraceShapes::of_this_thread() {
    thread_local TraceShapes shapes;
    return shapes;
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

namespace {
const std::string& list_items_path() {
    static const std::string path = trace_path("", kListItems);
    return path;
}
}  // namespace

bool is_list_item_read(std::string_view path) { return path.substr(0, list_items_path().size()) == list_items_path(); }

GlobalsRead read_in_item(const GlobalsRead& read) { return {read.path.substr(list_items_path().size()), read.kind}; }

std::optional<std::string_view> template_of_read(std::string_view path) {
    std::size_t length = 0;
    auto [end, ec] = std::from_chars(path.data(), path.data() + path.size(), length);
    const std::size_t digits = static_cast<std::size_t>(end - path.data());
    if (ec != std::errc() || digits >= path.size() || path[digits] != ':' || path.size() - digits - 1 != length) return std::nullopt;
    const std::string_view member = path.substr(digits + 1);
    if (!member.starts_with(kTemplateReads)) return std::nullopt;
    return member.substr(kTemplateReads.size());
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
