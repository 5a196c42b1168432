// Front matter as an earlier build parsed it, by its text, kept in the build cache
// (.urker-cache/front-matter.bin): yaml-cpp reads some 16 MB a second, so parsing the front matter
// of 11 760 files took about 0.37 s of CPU on every rebuild at 10 000 materials, the same texts
// every time. A parse is a pure function of the text, its first line's place in the file and the
// parser (the urker binary, in the file's key), so a record found is always right. Only parses
// that reported nothing are kept: a text with a problem is parsed, and reported, every time.
//
// The file is written again only when this build parsed a text it did not hold, or no longer uses
// some of its records; a missing, foreign or damaged file is an empty cache.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "config/yaml_document.h"
#include "core/fingerprint.h"

namespace urker {

// Its file in the build cache.
inline constexpr const char* kFrontMatterCacheFile = "front-matter.bin";

class FrontMatterCache {
public:
    FrontMatterCache() = default;
    // The cache in `file` when it was saved under `key`, else an empty one.
    static std::unique_ptr<FrontMatterCache> load(const std::filesystem::path& file, const Fingerprint& key);
    // The same from the file's bytes (bytes()'), as the dev server keeps them between builds.
    static std::unique_ptr<FrontMatterCache> from_bytes(std::string bytes, const Fingerprint& key);

    // What a front matter's record is found by: its text and where it starts in its file.
    static Fingerprint text_key(std::string_view yaml, int line_offset);
    // The document parsed from the text of `text_key` in `file` (whose whole text is `whole_file`),
    // as parse_yaml_in_file made it, when a record holds it. Thread-safe.
    std::optional<YamlDocument> find(const Fingerprint& text, const std::string& file, std::shared_ptr<const SourceText> whole_file);
    // A document parse_yaml_in_file made without reporting anything. Thread-safe.
    void record(const Fingerprint& text, const YamlDocument& document);

    // Writes the records this build used to `file`, when they are not what it holds already.
    bool save(const std::filesystem::path& file, const Fingerprint& key) const;
    // The bytes save() writes: the records this build used.
    std::string bytes(const Fingerprint& key) const;
    std::size_t found() const;

private:
    struct FingerprintHash {
        std::size_t operator()(const Fingerprint& f) const { return static_cast<std::size_t>(f.low); }
    };
    std::string file_bytes_;  // the file as read: previous_'s records are views of it
    std::unordered_map<Fingerprint, std::string_view, FingerprintHash> previous_;  // encoded records from the file
    mutable std::mutex mutex_;
    std::unordered_set<Fingerprint, FingerprintHash> used_;                  // of previous_, this build
    std::unordered_map<Fingerprint, std::string, FingerprintHash> added_;    // parsed in this build
};

// A record's bytes (exposed for tests): the value with its number types, then each position's JSON
// pointer, line and column. Nullopt for bytes that do not hold a whole record.
std::string encode_front_matter(const YamlDocument& document);
std::optional<YamlDocument> decode_front_matter(std::string_view bytes, const std::string& file);

}  // namespace urker
