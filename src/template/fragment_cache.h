// What {% cache key, … %}…{% endcache %} blocks rendered during one build, by block and keys, so
// that a fragment shown on many pages (a material's card appears on its section's pages, on every
// term page of its subject, grade, type and tags, and on the home page) is rendered once per
// language instead of once per page. Hugo's partialCached and Django's {% cache %} do the same.
//
// One cache lives as long as one build (render_site makes it), so nothing carries over to the
// next build, not even in `urker serve`. Shared by the render threads: the map is split into
// shards, each behind its own lock, and two threads that render the same fragment at once both
// render it (the same bytes), the first to finish keeping it.
#pragma once

#include <array>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace urker::tmpl {

class FragmentCache {
public:
    // Appends the fragment kept under `key` to `out`; false when there is none.
    bool append_to(const std::string& key, std::string& out) const;
    void keep(std::string key, std::string fragment);
    std::size_t size() const;

private:
    struct Shard {
        mutable std::mutex mutex;
        std::unordered_map<std::string, std::string> fragments;
    };
    std::size_t shard_of(const std::string& key) const;
    std::array<Shard, 16> shards_;
};

}  // namespace urker::tmpl
