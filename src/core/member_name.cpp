#include "core/member_name.h"

#include <functional>
#include <mutex>
#include <shared_mutex>
#include <unordered_set>

namespace urker {
namespace {

struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
};

struct Shard {
    std::shared_mutex mutex;
    std::unordered_set<std::string, NameHash, std::equal_to<>> names;  // nodes: a name never moves
};

constexpr std::size_t kShards = 16;

// Never destroyed: a name may be read until the very end of the process (a JSON value held by a
// static, a thread still finishing), and nothing needs the memory back then.
Shard* shards() {
    static Shard* all = new Shard[kShards];
    return all;
}

}  // namespace

const std::string& MemberName::intern(std::string_view name) {
    const std::size_t hash = NameHash{}(name);
    // The names a thread made last, by hash: most members are made with the few names of the
    // objects being built, so most names are found here, without a lock.
    thread_local const std::string* recent[256] = {};
    const std::string*& slot = recent[(hash >> 4) & 255];
    if (slot && std::string_view(*slot) == name) return *slot;
    Shard& shard = shards()[hash % kShards];
    {
        std::shared_lock lock(shard.mutex);
        if (auto it = shard.names.find(name); it != shard.names.end()) {
            slot = &*it;
            return *it;
        }
    }
    std::unique_lock lock(shard.mutex);
    const std::string& kept = *shard.names.emplace(name).first;
    slot = &kept;
    return kept;
}

}  // namespace urker
