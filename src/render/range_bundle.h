// Many small files as a few large ones, read with HTTP range requests.
//
// A sharded search index is thousands of small parts (index shards, one store entry per
// document). As files they exceed what static hosts accept (Cloudflare Pages: 20 000 files) and
// cost a request each. So the parts are gzip members laid end to end in a few bundle files
// (search/index-0.bin …), each under kMaxBundleFileBytes (hosts cap a file's size too), and the
// browser reads a part with `Range: bytes=a-b` — several parts in one request, as a
// multipart/byteranges answer — and inflates it with DecompressionStream('gzip').
//
// Every member's length is a multiple of `unit` bytes (the gzip header's FEXTRA field pads it,
// which every inflater skips), so the table of lengths the client needs is one or two characters
// per part: `sizes` holds, per part in order, its length / unit in `width` base64url digits
// (most significant first). Offsets are the running sums, starting again at 0 in each file;
// `starts[f]` is the first part in file f.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"

#include "core/random_access_file.h"
#include "render/compression.h"

namespace urker {

constexpr std::size_t kMaxBundleFileBytes = 20 * 1024 * 1024;

// A gzip member (RFC 1952) of `data` whose length is a multiple of `unit` (≥ 8), padded in the
// header's extra field, whose subfield 'UP' starts with member_text_hash(data, level) (8 bytes,
// little-endian): a later build finds a member by its text without inflating it
// (PreviousMembers). Empty if the compressor fails.
std::string padded_gzip_member(std::string_view data, std::size_t unit, int level = kCompressionLevel);
std::uint64_t member_text_hash(std::string_view data, int level);
// What the header of a padded_gzip_member names: its text's hash (nullopt for bytes that are not
// such a member); and what its trailer says: its text's length (mod 2^32).
std::optional<std::uint64_t> member_hash(std::string_view member);
std::uint32_t member_text_size(std::string_view member);

// The members of bundles an earlier build published, by the text they hold: a rebuild takes the
// member of a text that did not change (most of a search index after a text edit) instead of
// compressing the text again. A member is taken only when its header names the text's hash, its
// trailer the text's CRC-32 and length, and its length is a multiple of the unit; the caller
// hands over bundle files only when they are still as the earlier build wrote them.
// The files are read a piece at a time: their members' headers once, through one small buffer,
// then each member taken (a rebuild's index bundles are 33 MB at 10 000 materials, of which it
// takes most, each member once: read whole first, they were that much more memory to touch).
class PreviousMembers {
public:
    using FileOpener = std::function<std::shared_ptr<const RandomAccessFile>(const std::string& name)>;
    PreviousMembers() = default;
    // `description`: the bundles' description in the earlier manifest (RangeBundleWriter::finish);
    // `open`: a bundle file as published, by its name, or null. A description or a file that does
    // not fit is left out, member by member.
    PreviousMembers(const urker::Json& description, const FileOpener& open);
    PreviousMembers(PreviousMembers&&) = delete;
    // padded_gzip_member(data, unit, level), taken from the earlier bundles when one holds it.
    // Thread-safe.
    std::string member_of(std::string_view data, std::size_t unit, int level = kCompressionLevel) const;
    // The earlier member whose header names `hash` (member_text_hash of its text), when it is of
    // `unit`; for a caller that knows the hash of the text without the text (render/shard_memo.h).
    // Thread-safe.
    std::optional<std::string> member_with_hash(std::uint64_t hash, std::size_t unit) const;
    std::size_t taken() const { return taken_; }

private:
    struct Place {
        std::uint32_t file;
        std::uint64_t offset;
        std::size_t length;
    };
    // The member at `place` whose header names `hash`; nullopt when the file no longer holds it.
    std::optional<std::string> read_member(const Place& place, std::uint64_t hash) const;
    // The bytes at `place`, through the reading thread's window of the file (below).
    bool read_place(const Place& place, std::string& out) const;

    // A rebuild takes most of the earlier members, each once, in about the order they lie in the
    // files (shards and documents are taken in number order, by all the threads together). Read a
    // member at a time, that was 17 000 system calls at 10 000 materials, 4 % of a text edit's
    // rebuild; so each thread reads kMemberWindowBytes at a time into a window of its own and takes the
    // members it holds from there. A window belongs to one PreviousMembers, named by `id_`
    // (never reused in a process, as an address could be by a later build's).
    static constexpr std::size_t kMemberWindowBytes = 256 * 1024;
    std::uint64_t id_ = 0;

    std::vector<std::shared_ptr<const RandomAccessFile>> files_;
    std::unordered_map<std::uint64_t, Place> by_hash_;
    std::size_t unit_ = 0;
    mutable std::atomic<std::size_t> taken_{0};
};

class RangeBundleWriter {
public:
    // Files are named `prefix` + number + ".bin" ("index-" → index-0.bin, index-1.bin …).
    RangeBundleWriter(std::string prefix, std::size_t unit, std::size_t max_file_bytes = kMaxBundleFileBytes);

    // Appends the next part (already a padded gzip member of this writer's unit).
    void add(std::string member);

    struct File {
        std::string name;                      // index-0.bin
        std::vector<std::string_view> pieces;  // the members, end to end (held by the writer)
        std::size_t size = 0;
        std::string joined() const;            // the file's bytes
    };
    // The files, and the description a client reads them by:
    // {"files": [...], "starts": [...], "unit": u, "width": w, "sizes": "...", "v": "<crc32>"};
    // `v` changes with the files' bytes (the client asks for file?v=… so no cache mixes builds).
    // The files' pieces are the members the writer holds: written out (OutputSink::write_pieces)
    // while it lives, never put together in memory (33 MB at 10 000 materials, a copy and as much
    // fresh memory on the search's last thread).
    std::vector<File> finish(urker::Json& description);

private:
    std::string prefix_;
    std::size_t unit_, max_file_bytes_;
    std::vector<std::string> members_;
    std::vector<File> files_;
    std::vector<std::size_t> starts_;
    std::vector<std::size_t> units_;
};

// `units` as fixed-width base64url digits (the width the largest value needs, at least 1).
std::string encode_unit_sizes(const std::vector<std::size_t>& units, std::size_t& width);
// The inverse, for tests; throws std::invalid_argument on a character outside base64url.
std::vector<std::size_t> decode_unit_sizes(std::string_view text, std::size_t width);

}  // namespace urker
