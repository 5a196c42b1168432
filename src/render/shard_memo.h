// Which compressed shard each search index shard's inputs made, from one build to the next.
//
// A shard's text is a function of what write_sharded_lunr_index fingerprints for it (its terms and
// the documents that hold them: search/sharded_index.h's reuse_shard). After a text edit nearly
// every shard's inputs are as they were; the last build's member for them (render/range_bundle.h,
// named by the hash of its text) is taken as it is, without writing the shard's JSON again.
//
// The table is saved beside the build cache's memo (`<memo>.shards`) under a key that covers what
// else a shard depends on (the urker binary, the index's language and fields, the compression);
// a missing, foreign or damaged file is an empty table: every shard is written.
#pragma once

#include "core/fingerprint.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace urker {

class ShardMemo {
public:
    struct Entry {
        Fingerprint inputs;
        std::uint64_t member_hash = 0;  // member_text_hash of the shard's text
    };

    ShardMemo() = default;
    explicit ShardMemo(const std::vector<Entry>& entries);
    // The table in `bytes` (as encode wrote it) if it was saved under `key`, else an empty one.
    static ShardMemo decode(std::string_view bytes, const Fingerprint& key);
    static std::string encode(const Fingerprint& key, const std::vector<Entry>& entries);

    std::optional<std::uint64_t> find(const Fingerprint& inputs) const;
    std::size_t size() const { return by_inputs_.size(); }

private:
    struct Hash {  // fingerprints are hashes already
        std::size_t operator()(const Fingerprint& f) const { return static_cast<std::size_t>(f.low); }
    };
    std::unordered_map<Fingerprint, std::uint64_t, Hash> by_inputs_;
};

}  // namespace urker
