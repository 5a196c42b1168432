// What {% cache key, … %}…{% endcache %} blocks rendered during one build, by block and keys, so
// that a fragment shown on many pages (a material's card appears on its section's pages, on every
// term page of its subject, grade, type and tags, and on the home page) is rendered once per
// language instead of once per page. Hugo's partialCached and Django's {% cache %} do the same.
//
// One cache lives as long as one build (render_site makes it). What carries over to the next
// build goes through EarlierFragments (below). Shared by the render threads: the map is split into
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

struct Locale;

// The fragments an earlier build rendered, for a later build to take instead of rendering them
// again (render/fragment_memo.h keeps them in the build cache). A rebuild after a material's
// title changed renders the catalogue's card files and the lists it is on again: with this, the
// other cards on them (20 000 at 10 000 materials) are taken as they were.
//
// A fragment is taken when its block (CacheStmt::id) and keys are the same and everything it read
// reads the same now: each value of the globals (as this render's globals show it), each template
// it used, each member of the one list item it showed (a card's page), the interface's texts and
// the language. So only a fragment whose reads were all recorded is kept: one that read no
// variable from outside its block except the globals, the items of shared lists, macros and the
// variables its keys are made of (the Renderer follows this), and the members of at most one item.
class EarlierFragments {
public:
    virtual ~EarlierFragments() = default;
    struct Taken {
        std::string_view text;                    // valid for the build
        const std::vector<GlobalsRead>* reads;    // the same
        const Value* item = nullptr;              // the list item it showed, as this build has it
    };
    // The fragment kept under `key` (the block's id and the keys' values) when a render with
    // `globals` and `locale` would read what it read then. Thread-safe.
    virtual std::optional<Taken> take(const std::string& key, const Value& globals, const Locale& locale) = 0;
    // A fragment this build rendered, with everything it read: `item` the list item whose members
    // it read (null: none). `text` and `reads` last as long as the build's FragmentCache.
    // Thread-safe.
    virtual void made(const std::string& key, std::string_view text, const std::vector<GlobalsRead>& reads, const Value* item,
                      const Value& globals, const Locale& locale) = 0;
};

class FragmentCache {
public:
    // What append_to found. `recorded`: the render that kept the fragment followed everything it
    // read (EarlierFragments' rule), its reads being those of the globals and of `item`, the one
    // list item it showed (null: none). A {% cache %} body around this one can then be kept too:
    // its own reads hold this one's (a catalogue's list entry that shows a card kept from a
    // section's list).
    struct Hit {
        bool recorded = false;
        const Value* item = nullptr;
    };
    // Appends the fragment kept under `key` to `out`; nullopt when there is none. With `trace`, a
    // render that records what it reads of the globals (globals_trace.h): the fragment's reads are
    // added to it, and a fragment kept by a render that did not record them is not used.
    std::optional<Hit> append_to(const std::string& key, std::string& out, GlobalsTrace* trace = nullptr) const;
    // `reads`: what rendering the fragment read of the globals; nullopt when that was not recorded.
    // Copied only when no fragment kept the same reads before (the cards of 10 000 materials
    // read the same members: one list for all). Returns the kept list of the reads (null
    // without them) and the kept text, which stay as long as the cache.
    struct Kept {
        const std::vector<GlobalsRead>* reads = nullptr;
        std::string_view text;
    };
    // `recorded` and `item` as in Hit.
    Kept keep(std::string key, std::string fragment, std::optional<std::span<const GlobalsRead>> reads = std::nullopt,
              bool recorded = false, const Value* item = nullptr);
    // A fragment an earlier build kept (EarlierFragments::Taken), held as the view it was taken
    // as, not copied: it is valid for the build, as the cache is.
    Kept keep_taken(std::string key, std::string_view text, std::span<const GlobalsRead> reads, bool recorded, const Value* item);
    std::size_t size() const;

    // The earlier build's fragments, for the blocks this cache does not have yet (null: none).
    void set_earlier(EarlierFragments* earlier) { earlier_ = earlier; }
    EarlierFragments* earlier() const { return earlier_; }

private:
    struct Fragment {
        std::string owned;      // the text, when this build rendered it
        std::string_view text;  // `owned`, or an earlier build's text
        // One of read_sets_ (null: not recorded). Never freed before the cache is: traces hold
        // them by address (GlobalsTrace::append).
        const std::vector<GlobalsRead>* reads = nullptr;
        bool recorded = false;
        const Value* item = nullptr;
    };
    EarlierFragments* earlier_ = nullptr;
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
    // keep's and keep_taken's one way in: `owned` the text, or `text` a view of it.
    Kept store(std::string key, std::string owned, std::string_view text, std::optional<std::span<const GlobalsRead>> reads,
               bool recorded, const Value* item);
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
