#include "render/shard_memo.h"

#include <cstring>

namespace urker {

namespace {

constexpr std::string_view kMagic = "urker-search-shards 1\n";

void put64(std::string& out, std::uint64_t v) {
    for (int k = 0; k < 8; ++k) out += static_cast<char>((v >> (8 * k)) & 0xff);
}

std::uint64_t get64(std::string_view bytes, std::size_t at) {
    std::uint64_t v = 0;
    for (int k = 8; k-- > 0;) v = v << 8 | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(k)]);
    return v;
}

}  // namespace

ShardMemo::ShardMemo(const std::vector<Entry>& entries) {
    by_inputs_.reserve(entries.size());
    for (const Entry& e : entries) by_inputs_[e.inputs] = e.member_hash;
}

std::string ShardMemo::encode(const Fingerprint& key, const std::vector<Entry>& entries) {
    std::string out(kMagic);
    put64(out, key.high);
    put64(out, key.low);
    put64(out, entries.size());
    for (const Entry& e : entries) {
        put64(out, e.inputs.high);
        put64(out, e.inputs.low);
        put64(out, e.member_hash);
    }
    return out;
}

ShardMemo ShardMemo::decode(std::string_view bytes, const Fingerprint& key) {
    const std::size_t head = kMagic.size() + 24;
    if (bytes.size() < head || bytes.substr(0, kMagic.size()) != kMagic) return {};
    if (get64(bytes, kMagic.size()) != key.high || get64(bytes, kMagic.size() + 8) != key.low) return {};
    const std::uint64_t count = get64(bytes, kMagic.size() + 16);
    if (count != (bytes.size() - head) / 24 || (bytes.size() - head) % 24 != 0) return {};
    ShardMemo memo;
    memo.by_inputs_.reserve(count);
    for (std::size_t at = head; at < bytes.size(); at += 24)
        memo.by_inputs_[Fingerprint{get64(bytes, at), get64(bytes, at + 8)}] = get64(bytes, at + 16);
    return memo;
}

std::optional<std::uint64_t> ShardMemo::find(const Fingerprint& inputs) const {
    auto it = by_inputs_.find(inputs);
    if (it == by_inputs_.end()) return std::nullopt;
    return it->second;
}

}  // namespace urker
