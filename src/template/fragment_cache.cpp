#include "template/fragment_cache.h"

#include <functional>

namespace urker::tmpl {

std::size_t FragmentCache::shard_of(const std::string& key) const {
    return std::hash<std::string>{}(key) % shards_.size();
}

std::optional<FragmentCache::Hit> FragmentCache::append_to(const std::string& key, std::string& out, GlobalsTrace* trace) const {
    const Shard& shard = shards_[shard_of(key)];
    std::lock_guard lock(shard.mutex);
    auto it = shard.fragments.find(key);
    if (it == shard.fragments.end()) return std::nullopt;
    if (trace) {
        if (!it->second.reads) return std::nullopt;
        trace->append(*it->second.reads);
    }
    out += it->second.text;
    return Hit{it->second.recorded && it->second.reads, it->second.item};
}

std::size_t FragmentCache::ReadsHash::operator()(std::span<const GlobalsRead> reads) const {
    std::size_t h = reads.size();
    for (const GlobalsRead& r : reads) h = h * 1000003u ^ (std::hash<std::string>{}(r.path) + static_cast<std::size_t>(r.kind));
    return h;
}

const std::vector<GlobalsRead>* FragmentCache::intern(std::span<const GlobalsRead> reads) {
    std::lock_guard lock(read_sets_mutex_);
    // Elements of an unordered_set stay where they are.
    if (auto it = read_sets_.find(reads); it != read_sets_.end()) return &*it;
    return &*read_sets_.emplace(reads.begin(), reads.end()).first;
}

FragmentCache::Kept FragmentCache::keep(std::string key, std::string fragment, std::optional<std::span<const GlobalsRead>> reads,
                                        bool recorded, const Value* item) {
    // Kept for the whole build (a card for every list it is on): without the slack it grew with,
    // a third of its size on average (some 15 MB at 10 000 materials).
    fragment.shrink_to_fit();
    return store(std::move(key), std::move(fragment), {}, reads, recorded, item);
}

FragmentCache::Kept FragmentCache::keep_taken(std::string key, std::string_view text, std::span<const GlobalsRead> reads, bool recorded,
                                              const Value* item) {
    return store(std::move(key), std::string(), text, reads, recorded, item);
}

FragmentCache::Kept FragmentCache::store(std::string key, std::string owned, std::string_view text,
                                         std::optional<std::span<const GlobalsRead>> reads, bool recorded, const Value* item) {
    const std::vector<GlobalsRead>* shared = reads ? intern(*reads) : nullptr;
    const bool is_owned = text.data() == nullptr;  // keep() passes no view: the text is `owned`
    Shard& shard = shards_[shard_of(key)];
    std::lock_guard lock(shard.mutex);
    auto [it, inserted] = shard.fragments.try_emplace(std::move(key), Fragment{std::move(owned), text, shared, recorded && shared, item});
    Fragment& f = it->second;
    // The view of its own text, made where the text now lies (the map's node, which stays put).
    if (inserted && is_owned) f.text = f.owned;
    // The same bytes (the key says so), now with what they read.
    if (!inserted && !f.reads && shared) f.reads = shared;
    if (!inserted && !f.recorded && recorded && shared && f.reads == shared) {
        f.recorded = true;
        f.item = item;
    }
    // Elements of an unordered_map stay where they are: the text outlives the lock.
    return {shared, f.text};
}

std::size_t FragmentCache::size() const {
    std::size_t n = 0;
    for (const Shard& shard : shards_) {
        std::lock_guard lock(shard.mutex);
        n += shard.fragments.size();
    }
    return n;
}

}  // namespace urker::tmpl
