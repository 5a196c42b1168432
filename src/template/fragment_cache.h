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

#include <algorithm>
#include <array>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "template/globals_trace.h"

namespace urker::tmpl {

class FragmentCache {
public:
    // Appends the fragment kept under `key` to `out`; false when there is none. With `trace`, a
    // render that records what it reads of the globals (globals_trace.h): the fragment's reads are
    // added to it, and a fragment kept by a render that did not record them is not used.
    bool append_to(const std::string& key, std::string& out, GlobalsTrace* trace = nullptr) const;
    // `reads`: what rendering the fragment read of the globals; nullopt when that was not recorded.
    // Copied only when no fragment kept the same reads before (the cards of 10 000 materials
    // read the same members: one list for all). Returns the kept list of the reads (null without
    // them), which stays as long as the cache.
    const std::vector<GlobalsRead>* keep(std::string key, std::string fragment, std::optional<std::span<const GlobalsRead>> reads = std::nullopt);
    std::size_t size() const;

private:
    struct Fragment {
        std::string text;
        // One of read_sets_ (null: not recorded). Never freed before the cache is: traces hold
        // them by address (GlobalsTrace::append).
        const std::vector<GlobalsRead>* reads = nullptr;
    };
    // The fragments' reads, each list once: the cards of 10 000 materials read the same members
    // (of `site`, of their entry), so they share one list instead of holding 20 000 copies (some
    // 120 MB), and a page's check of a card's reads is made once for all the cards.
    // Looked up by a view of the reads, so that a list already kept is not copied to be found.
    struct ReadsHash {
        using is_transparent = void;
        std::size_t operator()(std::span<const GlobalsRead> reads) const;
        std::size_t operator()(const std::vector<GlobalsRead>& reads) const { return (*this)(std::span<const GlobalsRead>(reads)); }
    };
    struct ReadsEqual {
        using is_transparent = void;
        bool operator()(std::span<const GlobalsRead> a, std::span<const GlobalsRead> b) const {
            return std::equal(a.begin(), a.end(), b.begin(), b.end());
        }
    };
    const std::vector<GlobalsRead>* intern(std::span<const GlobalsRead> reads);
    std::mutex read_sets_mutex_;
    std::unordered_set<std::vector<GlobalsRead>, ReadsHash, ReadsEqual> read_sets_;
    struct Shard {
        mutable std::mutex mutex;
        std::unordered_map<std::string, Fragment> fragments;
    };
    std::size_t shard_of(const std::string& key) const;
    std::array<Shard, 16> shards_;
};

}  // namespace urker::tmpl
