// The theme's {% cache %} fragments from one build to the next (template/fragment_cache.h's
// EarlierFragments): a rebuild takes a fragment an earlier build rendered when everything it read
// reads the same now, instead of rendering it again.
//
// What this saves: a material's title edited, a material added or deleted, renders again the
// catalogue's card files (a card of every material, in each language) and the lists the material
// is on; at 10 000 materials that was 20 000 cards, over a second of a core, for one changed card.
//
// A fragment is kept with its block and keys (CacheStmt::id and the keys' values), its text, what
// it read (the globals' values, the templates, the members of the one list item it showed: a
// card's page, by its address) and the fingerprint of what those reads saw. A later build takes it
// when the same block runs with the same keys and the reads see the same, as that build's globals,
// templates and pages show them (the item by its address now), in the same language; the whole
// table is the earlier build's only under the same key (the urker binary and the interface's
// texts). The table lives beside the build cache's memo (`<memo>.fragments`), or in memory for the
// dev server, and is written again only when a build rendered a fragment to keep: a text edit's
// rebuild, which renders no card, leaves it as it was. A fragment no build used through
// kMaxUnusedSaves saves in a row is dropped (a deleted material's card, a block moved in its
// template).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/fingerprint.h"
#include "render/context.h"
#include "template/fragment_cache.h"

namespace urker {

class FragmentMemo final : public tmpl::EarlierFragments {
public:
    static constexpr std::uint8_t kMaxUnusedSaves = 8;
    // The bytes an earlier build saved, and what keeps them alive (a mapped file, a string).
    struct Bytes {
        std::shared_ptr<const void> owner;
        std::string_view bytes;
    };
    using EarlierBytes = std::function<Bytes()>;
    // `key`: what every fragment depends on beyond its reads (the urker binary, the interface's
    // texts); `earlier`: the bytes an earlier build saved (encode), asked for when a fragment is
    // first looked for.
    FragmentMemo(const ContextBuilder& ctx, const Fingerprint& key, EarlierBytes earlier);

    std::optional<Taken> take(const std::string& key, const tmpl::Value& globals, const tmpl::Locale& locale) override;
    void made(const std::string& key, std::string_view text, const std::vector<tmpl::GlobalsRead>& reads, const tmpl::Value* item,
              const tmpl::Value& globals, const tmpl::Locale& locale) override;

    // Whether this build rendered a fragment to keep: else the earlier table still holds.
    bool changed() const { return made_ > 0; }
    std::size_t taken() const { return taken_; }
    // This build's fragments (made or taken) and the earlier ones it did not use, as bytes.
    void encode(std::ostream& out);

    static Fingerprint key_for(const Fingerprint& build_key, const Fingerprint& strings);

private:
    struct Kept {
        std::string_view text;
        const std::vector<tmpl::GlobalsRead>* reads = nullptr;
        std::string item;  // the list item's address; empty: none
        Fingerprint seen;
        std::uint8_t unused = 0;  // saves in a row that did not use it
    };
    // What a list of reads sees of the globals, and which members of an item it reads: worked
    // out once per list and globals (the cards of a language read the same list).
    struct ReadsSeen {
        bool known = false;  // the globals are a page's (ContextBuilder::globals)
        Fingerprint globals;
        std::vector<std::uint64_t> members;
    };
    const ReadsSeen& reads_seen(const std::vector<tmpl::GlobalsRead>& reads, const tmpl::Value& globals);
    std::optional<Fingerprint> seen(const std::vector<tmpl::GlobalsRead>& reads, std::optional<PageId> item, const tmpl::Value& globals,
                                    const tmpl::Locale& locale);
    std::optional<PageId> page_at(std::string_view url);
    void load();
    bool decode(std::string_view bytes);

    const ContextBuilder& ctx_;
    Fingerprint key_;
    EarlierBytes earlier_bytes_source_;
    std::once_flag loaded_;
    Bytes earlier_bytes_;
    std::vector<std::vector<tmpl::GlobalsRead>> earlier_reads_;
    std::unordered_map<std::string_view, Kept> earlier_;  // views into earlier_bytes_
    std::once_flag pages_indexed_;
    std::unordered_map<std::string, PageId> page_of_url_;

    std::mutex seen_mutex_;
    struct PairHash {
        std::size_t operator()(const std::pair<const void*, const void*>& p) const {
            return std::hash<const void*>{}(p.first) * 31 + std::hash<const void*>{}(p.second);
        }
    };
    std::unordered_map<std::pair<const void*, const void*>, std::unique_ptr<ReadsSeen>, PairHash> reads_seen_;

    std::mutex current_mutex_;
    std::unordered_map<std::string, Kept> current_;  // made or taken in this build
    std::atomic<std::size_t> made_{0};
    std::atomic<std::size_t> taken_{0};
};

}  // namespace urker
