// The Markdown files the last build read, by their identity on disk (size, times, inode), with
// what it learned of each that does not depend on site.yaml: where the body starts, its
// fingerprint, the key of the front matter's record (content/front_matter_cache.h) and whether
// the body has links Markdown cannot read. A rebuild takes a file whose identity is unchanged
// from here and from the front matter cache, and does not read it (core/source_text.h: it is
// read only if a message must quote it or its Markdown must be rendered again). At 10 000
// materials a rebuild read, copied and checked 172 MB of text that had not changed.
//
// An identity can hide a change: a file saved twice within one tick of a coarse clock (some file
// systems keep whole seconds) at the same size. A file modified or changed within two seconds of
// the build's start is therefore read, and not kept, as site/up_to_date.h does for the same reason.
// The file is written with the binary's key; a file of another key, or damaged, is no record.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "content/page.h"
#include "core/fingerprint.h"

namespace urker {

// Its file in the build cache.
inline constexpr const char* kKnownFilesCacheFile = "known-files.bin";

// How long before the build's start a file must have been left alone for its identity to be trusted.
inline constexpr std::int64_t kSettledNs = 2'000'000'000;

class KnownFiles {
public:
    struct Record {
        FileIdentity identity;
        Fingerprint front_matter_key, body_fingerprint;
        std::uint32_t body_offset = 0;
        std::int32_t body_line = 1;
        bool unparsed_links = false;
    };

    KnownFiles() = default;
    // The records in `file` when it was saved under `key`, else none.
    static std::unique_ptr<KnownFiles> load(const std::filesystem::path& file, const Fingerprint& key);
    // The same from the file's bytes (encode's), as the dev server keeps them between builds.
    static std::unique_ptr<KnownFiles> from_bytes(std::string bytes, const Fingerprint& key);

    // The record of `rel` (relative to content/) when the file still has that identity. Thread-safe.
    const Record* find(std::string_view rel, const FileIdentity& identity) const;
    std::size_t size() const { return records_.size(); }

    // Writes the records of `pages` (files read, or known, without a problem, and looked at by the
    // model) to `file`, unless it holds just these. False when it could not be written.
    bool save(const std::filesystem::path& file, const Fingerprint& key, const std::vector<Page>& pages) const;

    // The bytes of a file of records (exposed for tests).
    static std::string encode(const Fingerprint& key, const std::vector<Page>& pages);

private:
    std::string bytes_;  // the file as read: records_' keys are views of it
    std::unordered_map<std::string_view, Record> records_;
};

// The identity of `file` (lstat), or nullopt when it is not a regular file.
std::optional<FileIdentity> identity_of(const std::filesystem::path& file);
// Whether a file of that identity was left alone long enough before `started_ns` to be known by it.
bool settled(const FileIdentity& identity, std::int64_t started_ns);

}  // namespace urker
