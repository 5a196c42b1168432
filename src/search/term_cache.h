// Each document's terms as the tokenizer and the pipeline made them, kept between builds by the
// fingerprint of the document's fields: a rebuild after a text edit runs only the edited documents
// through them. Tokenizing and stemming every document is the costliest part of writing the index
// (about four CPU seconds at 10 000 materials).
//
// The cache holds a dictionary (each distinct term's text once, by number) and, per document, its
// terms as numbers into it. Taking a document's terms from here is then a read of numbers: the
// rebuild's one pass over the terms of every unchanged document (millions of them at 10 000
// materials) neither hashes nor compares text; only each distinct number is looked up once, when
// collect_terms gives the terms lunr's numbering.
//
// A record is a pure function of the document's field values, its language (a Kazakh document has
// its own pipeline), and what the cache's `key` covers (the index language, the fields in order,
// the urker binary), so a record found is always right, whatever else changed. The file lives in
// the build cache (.urker-cache/); a missing, foreign or damaged file is an empty cache.
//
// On disk the cache is a log, like the Markdown renderings' (markdown/render_cache.h): a build
// appends the terms new to the dictionary and the records it made, and rewrites the file (with a
// dictionary of the terms still used, renumbered) only when most of its records are no longer
// used. After a text edit that is a few terms and one record, not the whole file (some 24 MB at
// 10 000 materials).
#pragma once

#include "core/fingerprint.h"
#include "search/index_writer.h"

#include <atomic>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace urker::search {

// One document's record: per field in order, its length (lunr's fieldLength) and its distinct
// terms in order of first appearance, each as its number in the dictionary and its count.
//   per field: length, term count; per term: number, count (each a LEB128 varint)
class TermRecordWriter {
public:
    void begin_field(std::uint32_t length, std::uint32_t terms);
    void add_term(std::uint32_t number, std::uint32_t count);
    std::string take() {
        bytes_.shrink_to_fit();  // kept for every document until the cache is written
        return std::move(bytes_);
    }

private:
    std::string bytes_;
};

class TermRecordReader {
public:
    explicit TermRecordReader(std::string_view bytes) : bytes_(bytes) {}
    // False at a record that does not hold what is asked (a damaged file).
    bool field(std::uint32_t& length, std::uint32_t& terms);
    bool term(std::uint32_t& number, std::uint32_t& count);
    bool at_end() const { return at_ == bytes_.size(); }

private:
    bool take(std::uint32_t& n);
    std::string_view bytes_;
    std::size_t at_ = 0;
};

// Texts of terms end to end, by number (the terms a build adds to the dictionary).
class TermTexts {
public:
    void add(std::u16string_view term) {
        units_ += term;
        ends_.push_back(units_.size());
    }
    std::u16string_view at(std::size_t i) const {
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::u16string_view(units_).substr(begin, ends_[i] - begin);
    }
    std::size_t size() const { return ends_.size(); }
    // Room for `terms` more terms of `units` code units in all.
    void reserve_more(std::size_t terms, std::size_t units) {
        ends_.reserve(ends_.size() + terms);
        units_.reserve(units_.size() + units);
    }

private:
    std::u16string units_;
    std::vector<std::size_t> ends_;
};

struct TermReuse;

class TermCache {
public:
    TermCache() = default;
    // The cache in `file` if it was saved under `key`, else an empty one.
    static TermCache load(const std::filesystem::path& file, const Fingerprint& key);
    // The cache in `file` under whatever key it was saved (key()), for a build that reads it
    // before it knows the key it needs (site/build.cpp reads it while the content loads: at the
    // end of a rebuild's search it was some 0.15 s at 10 000 materials). Empty when the file is
    // missing or not a cache.
    static TermCache load_any(const std::filesystem::path& file);
    // The cache if it was saved under `key`, else an empty one.
    static TermCache if_saved_under(TermCache cache, const Fingerprint& key) { return cache.key_ == key ? std::move(cache) : TermCache(); }
    const Fingerprint& key() const { return key_; }
    // The records of a build's documents, in memory (the dev server keeps it between builds;
    // nothing in it points into `reuse` or its previous cache).
    static TermCache of(const TermReuse& reuse);
    // The record of a document whose fields have this fingerprint, or null.
    const std::string_view* find(const Fingerprint& document) const;
    std::size_t size() const { return records_.size(); }
    // The dictionary: the number of terms in it, and the text of term `number` (< term_count()).
    std::uint32_t term_count() const { return static_cast<std::uint32_t>(terms_.size()); }
    std::u16string_view term(std::uint32_t number) const { return terms_[number]; }

    TermCache(TermCache&&) = default;
    TermCache& operator=(TermCache&&) = default;

    struct Hash {  // fingerprints are hashes already
        std::size_t operator()(const Fingerprint& f) const { return static_cast<std::size_t>(f.low); }
    };

private:
    friend bool save_term_cache(const std::filesystem::path& file, const Fingerprint& key, const TermReuse& reuse);
    // Reads the frames of `bytes` (the file's, after its head) into records_ and terms_; returns
    // where the last whole frame ends (a damaged frame ends the cache there).
    std::size_t read_frames(std::string_view bytes, std::size_t from);

    // What records_ and terms_ point into: the file of load(), mapped (core/mapped_file.h), or
    // the bytes of of().
    std::shared_ptr<const void> storage_;
    std::unordered_map<Fingerprint, std::string_view, Hash> records_;
    std::vector<std::u16string_view> terms_;  // the dictionary, by number, in term_texts_
    std::deque<std::u16string> term_texts_;   // the texts of each frame of terms (a deque: they stay put)
    // For load(): the file and key it was read under, and where its last whole record ends (a
    // build stopped while appending leaves a record cut short, which the next append replaces).
    std::filesystem::path file_;
    Fingerprint key_;
    std::uint64_t whole_bytes_ = 0;
};

// What collect_terms does with a cache: per document, the fingerprint of its fields (filled in),
// and its record, taken from `previous` or made this time. The records made this time number
// their terms in `previous`'s dictionary followed by `new_terms` (numbers from
// previous->term_count() on, or from 0 without a previous cache).
struct TermReuse {
    const TermCache* previous = nullptr;  // may be null: every document is tokenized
    std::vector<Fingerprint> keys;         // per document
    std::vector<std::string> fresh;        // per document: the record made this time, "" when taken
    TermTexts new_terms;
    std::atomic<std::size_t> taken{0};
};

// The fingerprint of a document's fields (in `fields`' order) and language.
Fingerprint document_terms_key(const SearchDocument& document, std::span<const std::string_view> fields);

// Keeps the records of this build's documents (each document once) in `file` under `key`: when
// reuse.previous was loaded from that file under that key, appends the new terms and the records
// it lacks (or, when more than half of its records are no longer used, rewrites it); else writes
// it anew, with a dictionary of the terms its records use. A new file
// is written through a temporary file and a rename. False when it could not be written (the next
// build is then slower, nothing else).
bool save_term_cache(const std::filesystem::path& file, const Fingerprint& key, const TermReuse& reuse);

}  // namespace urker::search
