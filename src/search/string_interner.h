// An open-addressing hash table that gives each distinct UTF-16 string a dense id (0, 1, 2, … in
// order of first insertion) and stores the strings back to back. The index writer looks up every
// token of every document in one of these (about ten million lookups for 10k materials), and the
// table is far larger than the caches, so the layout is about cache misses: a slot is 8 bytes
// (part of the hash and where the entry lives), an entry keeps its id, its length and its code
// units together, and callers can prefetch both a few tokens ahead (see Worker::index_field).
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace urker::search {

class StringInterner {
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFF;

    StringInterner() : slots_(1024) {}

    static std::uint64_t hash_of(std::u16string_view s) {
        // Multiply-xorshift over 4 code units at a time, then a final avalanche.
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xC2B2AE3D27D4EB4Full);
        std::size_t i = 0;
        for (; i + 4 <= s.size(); i += 4) {
            const std::uint64_t chunk = std::uint64_t{s[i]} | std::uint64_t{s[i + 1]} << 16 |
                                        std::uint64_t{s[i + 2]} << 32 | std::uint64_t{s[i + 3]} << 48;
            h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        for (; i < s.size(); ++i) {
            h = (h ^ s[i]) * 0xC4CEB9FE1A85EC53ull;
            h ^= h >> 29;
        }
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        return h;
    }

    // The id of `s`, inserting it if new; `.second` is true when it was inserted.
    std::pair<std::uint32_t, bool> intern(std::u16string_view s) {
        const Entry e = insert(s, hash_of(s));
        return {e.id, e.inserted};
    }

    // An entry found or inserted by `insert`. Each entry also holds a 32-bit value for the caller
    // (initially 0), kept next to the key so that reading it costs no extra cache miss.
    struct Entry {
        std::uint32_t id;
        bool inserted;
        std::uint32_t position;  // valid until the next insertion
    };
    Entry insert(std::u16string_view s, std::uint64_t hash) {
        const std::uint32_t tag = tag_of(hash);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
            Slot& slot = slots_[i];
            if (slot.entry == 0) {
                const std::uint32_t id = size();
                const std::uint32_t position = append(s, id);
                slot = Slot{tag, position};
                if (std::size_t{id + 1} * 4 > slots_.size() * 3) grow();
                return {id, true, position};
            }
            if (slot.tag == tag && key_at(slot.entry) == s) return {id_at(slot.entry), false, slot.entry};
        }
    }
    std::uint32_t value(const Entry& e) const {
        const char16_t* entry = entry_at(e.position);
        return entry[4] | std::uint32_t{entry[5]} << 16;
    }
    void set_value(const Entry& e, std::uint32_t v) {
        char16_t* entry = entry_at(e.position);
        entry[4] = static_cast<char16_t>(v & 0xFFFF);
        entry[5] = static_cast<char16_t>(v >> 16);
    }

    // The id of `s`, or npos when it was never interned.
    std::uint32_t find(std::u16string_view s) const {
        const std::uint32_t tag = tag_of(hash_of(s));
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
            const Slot& slot = slots_[i];
            if (slot.entry == 0) return npos;
            if (slot.tag == tag && key_at(slot.entry) == s) return id_at(slot.entry);
        }
    }

    // Hints for a lookup of `hash` a little later: load its first slot, and the entry that slot
    // points to (which needs the slot, so call this one a few lookups after prefetch_slot).
    void prefetch_slot(std::uint64_t hash) const { __builtin_prefetch(&slots_[tag_of(hash) & (slots_.size() - 1)]); }
    void prefetch_entry(std::uint64_t hash) const {
        const Slot& slot = slots_[tag_of(hash) & (slots_.size() - 1)];
        if (slot.entry != 0) __builtin_prefetch(entry_at(slot.entry));
    }

    std::u16string_view at(std::uint32_t id) const { return key_at(entries_[id]); }
    std::uint32_t size() const { return static_cast<std::uint32_t>(entries_.size()); }

private:
    // An entry at position p: id (2 units), length (2 units), value (2 units), then the code
    // units. Entries are written into blocks of a fixed size, never moved: a table that grew by
    // doubling one array would hold up to twice its entries' size, and three times while it
    // copies (at 1 000 materials the tokens' tables were the largest part of a build's peak).
    // A position is the block's number in the high bits and the offset in it in the low bits; an
    // entry longer than a block gets a block of its own.
    // The high half of the hash (the "tag") both picks the slot (its low bits) and, stored in
    // the slot, filters out most non-matching entries without reading them; growing the table
    // needs neither the keys nor their hashes. The table grows when three quarters of its slots
    // are taken: a lookup reads a few neighbouring slots, mostly in one cache line.
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t entry = 0;  // position of the entry; 0 = empty slot
    };
    static constexpr unsigned block_bits = 15;
    static constexpr std::size_t block_units = std::size_t{1} << block_bits;
    static constexpr std::size_t header_units = 6;

    static std::uint32_t tag_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

    char16_t* entry_at(std::uint32_t pos) const { return blocks_[pos >> block_bits].get() + (pos & (block_units - 1)); }

    std::uint32_t append(std::u16string_view s, std::uint32_t id) {
        if (blocks_.empty()) {
            blocks_.push_back(std::make_unique_for_overwrite<char16_t[]>(block_units));
            used_ = 1;  // position 0 is never an entry, so 0 can mean "empty slot"
        }
        const std::size_t need = header_units + s.size();
        if (used_ + need > block_units) {
            // An entry longer than a block gets one of its own, which is then full.
            blocks_.push_back(std::make_unique_for_overwrite<char16_t[]>(std::max(need, block_units)));
            used_ = 0;
        }
        const auto pos = static_cast<std::uint32_t>(((blocks_.size() - 1) << block_bits) | used_);
        used_ = need > block_units ? block_units : used_ + need;
        char16_t* e = entry_at(pos);
        const auto len = static_cast<std::uint32_t>(s.size());
        e[0] = static_cast<char16_t>(id & 0xFFFF);
        e[1] = static_cast<char16_t>(id >> 16);
        e[2] = static_cast<char16_t>(len & 0xFFFF);
        e[3] = static_cast<char16_t>(len >> 16);
        e[4] = 0;
        e[5] = 0;
        std::copy(s.begin(), s.end(), e + header_units);
        entries_.push_back(pos);
        return pos;
    }
    std::uint32_t id_at(std::uint32_t pos) const {
        const char16_t* e = entry_at(pos);
        return e[0] | std::uint32_t{e[1]} << 16;
    }
    std::u16string_view key_at(std::uint32_t pos) const {
        const char16_t* e = entry_at(pos);
        const std::uint32_t len = e[2] | std::uint32_t{e[3]} << 16;
        return std::u16string_view(e + header_units, len);
    }

    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        const std::size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.entry == 0) continue;
            std::size_t i = s.tag & mask;
            while (slots_[i].entry != 0) i = (i + 1) & mask;
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;
    std::vector<std::unique_ptr<char16_t[]>> blocks_;
    std::size_t used_ = 0;                // units taken in the last block
    std::vector<std::uint32_t> entries_;  // id -> position
};

}  // namespace urker::search
