// An open-addressing hash table that gives each distinct UTF-16 string a dense id (0, 1, 2, … in
// order of first insertion) and stores the strings back to back. The index writer looks up every
// token of every document in one of these (about ten million lookups for 10k materials), which is
// where std::unordered_map<std::u16string, …> spent most of its time allocating nodes.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace urker::search {

class StringInterner {
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFF;

    StringInterner() { slots_.assign(1024, Slot{}); }

    // The id of `s`, inserting it if new; `.second` is true when it was inserted.
    std::pair<std::uint32_t, bool> intern(std::u16string_view s) { return lookup(s, true); }
    // The id of `s`, or npos.
    std::uint32_t find(std::u16string_view s) const {
        return const_cast<StringInterner*>(this)->lookup(s, false).first;
    }

    std::u16string_view at(std::uint32_t id) const {
        return std::u16string_view(chars_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]);
    }
    std::uint32_t size() const { return static_cast<std::uint32_t>(offsets_.size() - 1); }

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t id = npos;
    };

    static std::uint64_t hash_of(std::u16string_view s) {
        // Multiply-xorshift over 4 code units at a time; good enough spread for a power-of-two table.
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
        return h | 1;  // 0 never occurs, so an empty slot needs no separate flag
    }

    std::pair<std::uint32_t, bool> lookup(std::u16string_view s, bool insert) {
        const std::uint64_t h = hash_of(s);
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            Slot& slot = slots_[i];
            if (slot.id == npos) {
                if (!insert) return {npos, false};
                const auto id = size();
                chars_.insert(chars_.end(), s.begin(), s.end());
                offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
                slot = Slot{h, id};
                if (offsets_.size() * 2 > slots_.size()) grow();
                return {id, true};
            }
            if (slot.hash == h && at(slot.id) == s) return {slot.id, false};
        }
    }

    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        const std::size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.id == npos) continue;
            std::size_t i = s.hash & mask;
            while (slots_[i].id != npos) i = (i + 1) & mask;
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;
    std::vector<char16_t> chars_;
    std::vector<std::uint32_t> offsets_{0};
};

}  // namespace urker::search
