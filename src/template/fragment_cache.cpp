#include "template/fragment_cache.h"

#include <functional>

namespace urker::tmpl {

std::size_t FragmentCache::shard_of(const std::string& key) const {
    return std::hash<std::string>{}(key) % shards_.size();
}

bool FragmentCache::append_to(const std::string& key, std::string& out) const {
    const Shard& shard = shards_[shard_of(key)];
    std::lock_guard lock(shard.mutex);
    auto it = shard.fragments.find(key);
    if (it == shard.fragments.end()) return false;
    out += it->second;
    return true;
}

void FragmentCache::keep(std::string key, std::string fragment) {
    Shard& shard = shards_[shard_of(key)];
    std::lock_guard lock(shard.mutex);
    shard.fragments.emplace(std::move(key), std::move(fragment));
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
