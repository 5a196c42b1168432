#include "render/shard_memo.h"

#include <doctest/doctest.h>

using namespace urker;

TEST_CASE("the shard table round-trips under its key, and any other key or damage gives an empty table") {
    const Fingerprint key{1, 2};
    const std::vector<ShardMemo::Entry> entries{{{10, 11}, 0xabcdef}, {{20, 21}, 42}};
    const std::string bytes = ShardMemo::encode(key, entries);
    const ShardMemo memo = ShardMemo::decode(bytes, key);
    CHECK(memo.size() == 2);
    CHECK(memo.find({10, 11}) == std::optional<std::uint64_t>(0xabcdef));
    CHECK(memo.find({20, 21}) == std::optional<std::uint64_t>(42));
    CHECK_FALSE(memo.find({10, 12}));

    CHECK(ShardMemo::decode(bytes, Fingerprint{1, 3}).size() == 0);            // another binary or index
    CHECK(ShardMemo::decode(bytes.substr(0, bytes.size() - 1), key).size() == 0);  // cut short
    CHECK(ShardMemo::decode("urker-search-shards 2\n" + bytes.substr(22), key).size() == 0);
    CHECK(ShardMemo::decode("", key).size() == 0);
    CHECK(ShardMemo(entries).find({20, 21}) == std::optional<std::uint64_t>(42));
}
