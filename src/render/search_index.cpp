#include "render/search_index.h"

#include "render/page_data_json.h"

#include <bit>
#include <mutex>

#include "core/fingerprint.h"
#include "core/fs.h"
#include "output/published_memo.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <map>
#include <set>

#include "core/text.h"
#include "core/thread_pool.h"
#include "render/range_bundle.h"
#include "render/shard_memo.h"
#include "search/index_writer.h"
#include "search/sharded_index.h"
#include "search/term_cache.h"

namespace urker {

using json = urker::Json;

std::string search_language_for(const std::vector<std::string>& langs) {
    for (const auto& l : langs)
        if (l == "ru" || l == "kk" || l == "tt" || l == "uk" || l == "be") return "multi-kk";
    return "en";
}

namespace {

// The text's first `max_chars` characters, its runs of white space as one space; `*read` is
// set to how many bytes of `text` that took, or to -1 when it took all of `text`.
std::string excerpt(std::string_view text, std::size_t max_chars, std::size_t* read = nullptr) {
    std::string out;
    std::size_t chars = 0;
    bool space = false;
    for (std::size_t i = 0; i < text.size() && chars < max_chars;) {
        char32_t cp;
        std::size_t len = decode_utf8(text, i, cp);
        if (cp == U'\n' || cp == U'\t' || cp == U' ') {
            space = !out.empty();
        } else {
            if (space) {
                out += ' ';
                ++chars;
                space = false;
            }
            out.append(text.substr(i, len));
            ++chars;
        }
        i += len;
        if (read) *read = i;
    }
    if (read && chars < max_chars) *read = std::size_t(-1);
    if (chars >= max_chars) out += "…";
    return out;
}

// The excerpt of a page's words, from the start of them kept in memory when that is enough (it
// is, but for a text that opens with a great deal of white space): the whole is not read back.
std::string words_excerpt(const PageMarkdown& words, std::size_t max_chars) {
    std::string buffer;
    const std::string_view start = words.plain_text_start(RenderedMarkdown::kPlainTextStart, buffer);
    if (start.size() == words.plain_text_size()) return excerpt(start, max_chars);
    std::size_t read = 0;
    std::string out = excerpt(start, max_chars, &read);
    // Ended well inside the start (no character cut at its end): the whole would give the same.
    if (read != std::size_t(-1) && read + 4 <= start.size()) return out;
    return excerpt(words.plain_text(buffer), max_chars);
}

void add_values(std::vector<std::string>& out, const json& v) {
    if (v.is_string() && !v.get<std::string>().empty()) out.push_back(v.get<std::string>());
    else if (v.is_number_integer()) out.push_back(std::to_string(v.get<long long>()));
    else if (v.is_array())
        for (const auto& x : v) add_values(out, x);
}

// Writes a search file and its .gz sibling, and counts them in the build summary.
class SearchFileWriter {
public:
    SearchFileWriter(OutputSink& out, SearchOutput& result) : out_(out), result_(result) {}
    enum Kind { index, store, library };
    // `gz`: the text's gzip, when it was compressed already (on another thread).
    void write(const std::string& path, const std::string& text, Kind kind, std::optional<std::string> compressed = std::nullopt) {
        const std::string gz = compressed ? std::move(*compressed) : gzip_compress(text);
        if (kind != library) {
            (kind == index ? result_.index_bytes : result_.store_bytes) += text.size();
            (kind == index ? result_.index_gzip_bytes : result_.store_gzip_bytes) += gz.size();
        }
        out_.write(path, text);
        if (!gz.empty()) out_.write(path + ".gz", gz);
    }

private:
    OutputSink& out_;
    SearchOutput& result_;
};

// What every result needs before its store entry arrives, in the manifest: a table of the
// distinct values and, per document (by number), [kind, language, languages it is translated
// into] as positions in it (-1: none; trailing -1s left out). The kind counts and which results a
// language's search page shows depend on them. `keys` picks the fields; the subject, grade and
// type filters get the same shape in filters.json, loaded only once a visitor uses one of them.
json document_codes(const std::vector<std::size_t>& document_of_number, const std::vector<json>& entries,
                    std::initializer_list<const char*> keys) {
    json values = json::array();
    std::map<std::string, int> position;
    auto code = [&](const json& entry, const char* key) {
        if (!entry.contains(key) || entry[key].is_null()) return -1;
        const std::string text = entry[key].dump(-1, ' ', false, urker::Json::error_handler_t::replace);
        auto [it, added] = position.emplace(text, static_cast<int>(values.size()));
        if (added) values.push_back(entry[key]);
        return it->second;
    };
    json docs = json::array();
    for (std::size_t k : document_of_number) {
        std::vector<int> codes;
        for (const char* key : keys) codes.push_back(code(entries[k], key));
        while (!codes.empty() && codes.back() < 0) codes.pop_back();
        docs.push_back(codes);
    }
    return {{"values", std::move(values)}, {"docs", std::move(docs)}};
}

// The options of the subject, grade and type filters (their distinct values; types apart for
// materials and events), so the filters can be offered before filters.json is loaded.
json filter_options(const std::vector<json>& entries) {
    std::set<std::string> subjects, grades, material_types, event_types;
    auto add = [](std::set<std::string>& to, const json& v) {
        if (v.is_string() && !v.get<std::string>().empty()) to.insert(v.get<std::string>());
        else if (v.is_number_integer()) to.insert(std::to_string(v.get<long long>()));
    };
    for (const json& e : entries) {
        for (const char* key : {"s", "g"}) {
            if (!e.contains(key)) continue;
            std::set<std::string>& to = std::string(key) == "s" ? subjects : grades;
            if (e[key].is_array())
                for (const auto& v : e[key]) add(to, v);
            else add(to, e[key]);
        }
        if (e.contains("y") && e["y"].is_string()) add(e.value("k", "") == "event" ? event_types : material_types, e["y"]);
    }
    return {{"s", subjects}, {"g", grades}, {"ym", material_types}, {"ye", event_types}};
}

// Passes every write on, noting which files were written (for the build cache).
class RecordingSink : public OutputSink {
public:
    explicit RecordingSink(OutputSink& inner) : inner_(inner) {}
    void write(const std::string& path, std::string_view data) override {
        inner_.write(path, data);
        std::lock_guard lock(mutex_);
        paths_.push_back(path);
    }
    void write_pieces(const std::string& path, std::span<const std::string_view> pieces) override {
        inner_.write_pieces(path, pieces);
        std::lock_guard lock(mutex_);
        paths_.push_back(path);
    }
    void copy(const std::filesystem::path& source_file, const std::string& path) override {
        inner_.copy(source_file, path);
        std::lock_guard lock(mutex_);
        paths_.push_back(path);
    }
    std::size_t file_count() const override { return inner_.file_count(); }
    std::uintmax_t byte_count() const override { return inner_.byte_count(); }
    bool wants(std::string_view path) const override { return inner_.wants(path); }
    bool wants_all() const override { return inner_.wants_all(); }
    bool link_previous(const std::string& path, std::optional<std::uintmax_t> size) override {
        if (!inner_.link_previous(path, size)) return false;
        std::lock_guard lock(mutex_);
        paths_.push_back(path);
        return true;
    }
    std::optional<std::string> read_previous(const std::string& path) const override { return inner_.read_previous(path); }
    std::vector<std::string> paths() const {
        std::lock_guard lock(mutex_);
        return paths_;
    }

private:
    OutputSink& inner_;
    mutable std::mutex mutex_;
    std::vector<std::string> paths_;
};

json output_note(const SearchOutput& r) {
    return {{"documents", r.documents}, {"shards", r.shards}, {"index_bytes", r.index_bytes}, {"index_gzip_bytes", r.index_gzip_bytes},
            {"store_bytes", r.store_bytes}, {"store_gzip_bytes", r.store_gzip_bytes}, {"language", r.language}};
}

std::optional<SearchOutput> output_from_note(const std::string& note) {
    json j = json::parse(note, nullptr, false);
    if (!j.is_object()) return std::nullopt;
    SearchOutput r;
    try {
        r.documents = j.at("documents").get<std::size_t>();
        r.shards = j.at("shards").get<std::size_t>();
        r.index_bytes = j.at("index_bytes").get<std::size_t>();
        r.index_gzip_bytes = j.at("index_gzip_bytes").get<std::size_t>();
        r.store_bytes = j.at("store_bytes").get<std::size_t>();
        r.store_gzip_bytes = j.at("store_gzip_bytes").get<std::size_t>();
        r.language = j.at("language").get<std::string>();
    } catch (const json::exception&) {
        return std::nullopt;
    }
    return r;
}

SearchOutput write_index_files(const SiteModel& m, OutputSink& out, std::vector<search::SearchDocument>& docs, std::vector<json>& store_entries,
                               const std::vector<search::SearchField>& fields, const std::string& language,
                               PublishedMemo* memo, std::future<search::TermCache>* opening_terms);

}  // namespace

namespace {
bool indexed(const Page& p) { return p.kind == PageKind::page && !p.is_view; }  // a view repeats its file's page
}  // namespace

std::vector<SearchFrontMatter> search_front_matter(const SiteModel& m) {
    std::vector<SearchFrontMatter> all(m.pages.size());
    parallel_for(m.pages.size(), [&](std::size_t i) {
        const Page& p = m.pages[i];
        if (!indexed(p)) return;
        const json& f = p.front_matter.value;
        std::vector<std::string> tags;
        for (const char* key : {"tags", "subject", "subjects", "material_type", "event_type", "group_type", "qualification"})
            if (f.contains(key)) add_values(tags, f[key]);
        // As one text, not a list: lunr keeps each element of a list as one token, so the subject
        // «История Казахстана» would be found only by both words exactly as they are, never by
        // «Казахстана» (or by «истории»).
        for (const auto& t : tags) all[i].tags += (all[i].tags.empty() ? "" : "\n") + t;
        for (const char* key : {"position", "city", "district", "address", "short_title"})
            if (f.contains(key) && f[key].is_string()) all[i].body.push_back(f[key].get<std::string>());
        for (const auto& [key, short_key] : {std::pair{"subject", "s"}, {"grade", "g"}, {"material_type", "y"}, {"event_type", "y"}})
            if (f.contains(key) && !f[key].is_null()) all[i].shown[short_key] = f[key];
    });
    return all;
}

SearchOutput write_search_files(const SiteModel& m, const Portal& portal, const std::vector<SearchFrontMatter>& front_matter,
                                OutputSink& out, const AttachmentTexts* attachments, PublishedMemo* memo,
                                std::future<search::TermCache>* opening_terms) {
    SearchOutput result;
    const bool with_files = attachments && !attachments->text_of.empty();
    std::vector<PageId> ids;
    for (PageId i = 0; i < m.pages.size(); ++i)
        if (indexed(m.pages[i])) ids.push_back(i);
    // The documents go into the index in the order of their dates: pages without one first
    // (members, schools, sections), in the model's order, then dated ones, the earliest first. A
    // document's number is its place in this order, and every posting of a later document holds
    // its number, so a document put in between renumbers all after it and changes nearly every
    // shard: a new material at 10 000 materials rewrote all 6 000 of them. In date order a new
    // material or news item, written today, goes last and renumbers nothing; the shards that
    // change are those of its own words, as after a text edit. (A deleted or re-dated page still
    // renumbers those after it.) The order is the documents' own, so a clean build makes the same.
    std::vector<long long> when(m.pages.size(), 0);
    for (PageId i : ids)
        if (m.pages[i].date) when[i] = m.pages[i].date->epoch_seconds();
    std::stable_sort(ids.begin(), ids.end(), [&](PageId a, PageId b) {
        const bool dated_a = m.pages[a].date.has_value(), dated_b = m.pages[b].date.has_value();
        if (dated_a != dated_b) return dated_b;
        return when[a] < when[b];
    });

    std::vector<search::SearchDocument> docs(ids.size());
    std::vector<json> store_entries(ids.size());
    parallel_for(ids.size(), [&](std::size_t k) {
        PageId i = ids[k];
        const Page& p = m.pages[i];
        const SearchFrontMatter& f = front_matter.at(i);
        search::SearchDocument& doc = docs[k];
        doc.ref = m.url_of(i);
        doc.language = p.content_lang;  // a Kazakh page gets the Kazakh stemmer (search/pipeline.h)
        doc.fields["title"] = p.title;
        doc.fields["tags"] = f.tags;
        std::string summary = p.summary.empty() ? p.description : p.summary;
        doc.fields["summary"] = summary;
        // The body: the text, and what the page shows from its kind (a plan's items, a member's
        // school and position, a material's file names), so any word of it finds the page. As
        // views of the model's text, not a copy of it (130 MB at 10 000 materials).
        search::TextPieces body;
        // The words first, read only when the document is tokenized (a first build keeps them in
        // the build cache's file, markdown/markdown.h).
        body.deferred = search::TextPieces::Deferred{
            0, m.rendered[i].plain_text_fingerprint(), [&r = m.rendered[i]](std::string& buffer) { return r.plain_text(buffer); }};
        for (const auto& a : p.attachments) body.pieces.push_back(a.name);
        for (const std::string& words : f.body) body.pieces.push_back(words);
        if (const std::string* school = school_title(m, portal, i)) body.pieces.push_back(*school);
        if (const auto* material = std::get_if<MaterialData>(&portal.kind_data[i]))
            for (const MaterialAuthor& a : material->authors) body.pieces.push_back(link_title(m, a.member, p.lang));
        if (const auto* plan = std::get_if<PlanData>(&portal.kind_data[i]))
            for (const PlanItem& it : plan->items) {
                body.pieces.push_back(it.what);
                for (const char* key : {"participants", "goal", "result", "form", "note"})
                    for (const auto& [name, text] : it.texts)
                        if (name == key) body.pieces.push_back(text);
                for (const auto& column : it.own_columns) body.pieces.push_back(column.second);
                body.pieces.push_back(it.when);
            }
        doc.fields["body"] = std::move(body);
        // The words inside the attachments, in a field of their own (a lower boost than the
        // text's), and which files they are, for the result to say where the words were found.
        std::vector<std::string> with_text;
        if (with_files) {
            std::string files;
            for (const auto& a : p.attachments)
                if (auto it = attachments->text_of.find(a.source); it != attachments->text_of.end()) {
                    files += it->second;
                    files += '\n';
                    with_text.push_back(a.name);
                }
            doc.fields["files"] = std::move(files);
        }

        json e = {{"t", p.title}, {"k", kind_name(portal.kinds[i])}, {"l", p.content_lang}};
        // One index serves every language's search page, and a result must open in the searcher's
        // interface: "o" is the page's address in each other language (its translation or its
        // view), "x" the languages whose own translation is indexed too (the search page of such a
        // language shows that translation instead of this page, so no result appears twice).
        json other = json::object(), translated = json::array();
        for (const auto& lang : m.config.languages) {
            if (lang == p.lang) continue;
            PageId there = m.localized(i, lang);
            other[lang] = m.url_of(there);
            if (there != i && !m.pages[there].is_view) translated.push_back(lang);
        }
        if (!other.empty()) e["o"] = std::move(other);
        if (!translated.empty()) e["x"] = std::move(translated);
        if (p.date) e["d"] = p.date->iso().substr(0, 10);
        if (const auto* event = std::get_if<EventData>(&portal.kind_data[i]); event && event->start) e["d"] = event->start->iso().substr(0, 10);
        if (f.shown.is_object())
            for (const auto& [key, value] : f.shown.items()) e[key] = value;
        e["e"] = summary.empty() ? words_excerpt(m.rendered[i], 220) : excerpt(summary, 220);
        if (!with_text.empty()) e["a"] = with_text;
        store_entries[k] = std::move(e);
    });

    std::vector<search::SearchField> fields = {{"title", 10}, {"tags", 5}, {"summary", 2}, {"body", 1}};
    if (with_files) fields.push_back({"files", 0.5});  // a word in an attachment counts half a word of the text
    const std::string language = search_language_for(m.config.languages);
    if (!memo) return write_index_files(m, out, docs, store_entries, fields, language, nullptr, nullptr);

    // Everything the files are made of (the binary's own constants are in the memo's build key).
    Fingerprinter f;
    f.add(std::string_view(language)).add(static_cast<std::uint64_t>(m.config.search.single_index ? 1 : 0));
    for (const auto& field : fields) f.add(std::string_view(field.name)).add(std::bit_cast<std::uint64_t>(field.boost));
    for (std::size_t k = 0; k < docs.size(); ++k) {
        f.add(std::string_view(docs[k].ref)).add(std::string_view(docs[k].language)).add(static_cast<std::uint64_t>(docs[k].fields.size()));
        for (const auto& [name, value] : docs[k].fields) {
            f.add(std::string_view(name));
            if (const auto* text = std::get_if<std::string>(&value)) {
                f.add(std::string_view(*text));
            } else if (const auto* pieces = std::get_if<search::TextPieces>(&value)) {
                pieces->add_to(f);
            } else {
                for (const auto& item : std::get<std::vector<std::string>>(value)) f.add(std::string_view(item));
            }
        }
        f.add(store_entries[k]);
    }
    const Fingerprint inputs = f.finish();
    if (auto note = memo->reuse_group(out, "search", inputs))
        if (auto reused = output_from_note(*note)) return *reused;
    auto recorded = std::make_shared<RecordingSink>(out);
    result = write_index_files(m, *recorded, docs, store_entries, fields, language, memo, opening_terms);
    if (!result.terms_pending.valid()) {
        memo->remember_group("search", inputs, recorded->paths(), output_note(result).dump());
        return result;
    }
    // The files are remembered once the term list, the last of them, is written (it writes
    // through `recorded`, which this keeps alive until then).
    SearchOutput noted = result;
    noted.terms_pending = {};
    result.terms_pending = std::async(std::launch::async, [pending = result.terms_pending, recorded, memo, inputs, noted]() mutable {
                               const std::size_t gzip_bytes = pending.get();
                               noted.index_gzip_bytes += gzip_bytes;
                               memo->remember_group("search", inputs, recorded->paths(), output_note(noted).dump());
                               return gzip_bytes;
                           }).share();
    return result;
}

namespace {

SearchOutput write_index_files(const SiteModel& m, OutputSink& out, std::vector<search::SearchDocument>& docs, std::vector<json>& store_entries,
                               const std::vector<search::SearchField>& fields, const std::string& language,
                               PublishedMemo* memo, std::future<search::TermCache>* opening_terms) {
    SearchOutput result;
    result.language = language;
    search::Language lang = *search::parse_language(result.language);
    result.documents = docs.size();
    // Each file with its .gz sibling, which a static host can serve as it is (nginx gzip_static,
    // Apache MultiViews, most object stores given Content-Encoding).
    SearchFileWriter files(out, result);
    files.write(kLunrBundlePath, std::string(resources::lunr_bundle()), SearchFileWriter::library);
    if (m.config.search.single_index) {
        json store = json::object();
        for (std::size_t k = 0; k < docs.size(); ++k) store[docs[k].ref] = std::move(store_entries[k]);
        files.write(kSearchIndexPath, search::write_lunr_index(docs, fields, lang), SearchFileWriter::index);
        files.write(kSearchStorePath, store.dump(-1, ' ', false, urker::Json::error_handler_t::replace), SearchFileWriter::store);
        return result;
    }
    // The last build's bundles, as published (when the build cache knows them still as written): a
    // shard or a store entry whose text did not change keeps its compressed bytes. After a text
    // edit that is nearly all of them; compressing is half of the search's work.
    json last_manifest;
    if (memo)
        if (auto text = memo->published_bytes(out, kSearchIndexPath)) last_manifest = json::parse(*text, nullptr, false);
    auto last_members = [&](const char* key) {
        if (!last_manifest.is_object() || !last_manifest.contains(key) || last_manifest.value("formatVersion", 0) != 3)
            return std::make_unique<PreviousMembers>();
        return std::make_unique<PreviousMembers>(last_manifest[key], [&](const std::string& name) {
            return memo->published_file(out, std::string(kSearchFolder) + name);
        });
    };
    const auto last_index = last_members("index");
    search::ShardedIndexOptions options;
    options.max_shards = kMaxIndexShards;
    // Each shard becomes a gzip member (render/range_bundle.h) on the thread that wrote it.
    std::atomic<std::uintmax_t> index_bytes{0};
    options.finish_shard = [&index_bytes, &last_index](std::size_t, std::string shard) {
        index_bytes += shard.size();
        return last_index->member_of(shard, kIndexUnit, kIndexCompressionLevel);
    };
    // The shards made of the same inputs in the last build (render/shard_memo.h): with each
    // document's words known, a shard whose terms and documents are as they were is taken whole
    // from the last build's bundles, its text not written again. Beside the memo, or in memory
    // for the dev server.
    std::filesystem::path shards_file;
    Fingerprint shards_key;
    ShardMemo last_shards;
    if (memo) {
        Fingerprinter k;
        k.add(memo->build_key()).add(std::string_view("search-shards")).add(std::string_view(language));
        for (const auto& field : fields) k.add(std::string_view(field.name)).add(std::bit_cast<std::uint64_t>(field.boost));
        k.add(static_cast<std::uint64_t>(kIndexUnit)).add(static_cast<std::uint64_t>(kIndexCompressionLevel));
        k.add(static_cast<std::uint64_t>(kMaxIndexShards));
        shards_key = k.finish();
        std::optional<std::string> bytes;
        if (!memo->file().empty()) {
            shards_file = memo->file();
            shards_file += ".shards";
            bytes = read_file(shards_file);
        } else if (auto kept = std::static_pointer_cast<const std::string>(memo->kept("search-shards"))) {
            bytes = *kept;
        }
        if (bytes) last_shards = ShardMemo::decode(*bytes, shards_key);
        options.reuse_shard = [&index_bytes, &last_index, &last_shards](std::size_t, const Fingerprint& inputs) -> std::optional<std::string> {
            const auto hash = last_shards.find(inputs);
            if (!hash) return std::nullopt;
            auto member = last_index->member_with_hash(*hash, kIndexUnit);
            if (member) index_bytes += member_text_size(*member);
            return member;
        };
    }
    // Each document's words as the last build found them (search/term_cache.h), beside the
    // memo: only documents whose fields changed go through the tokenizer and the stemmers.
    // The dev server keeps them in memory instead, with the key they were made under.
    struct KeptTerms {
        Fingerprint key;
        search::TermCache terms;
    };
    std::filesystem::path terms_file;
    Fingerprint terms_key;
    search::TermCache last_terms;
    std::shared_ptr<const KeptTerms> kept_terms;
    search::TermReuse term_reuse;
    std::future<void> keeping_terms;  // joined once the shards are made (below)
    if (memo) {
        Fingerprinter k;
        k.add(memo->build_key()).add(std::string_view(language));
        for (const auto& field : fields) k.add(std::string_view(field.name));
        terms_key = k.finish();
        if (!memo->file().empty()) {
            terms_file = memo->file();
            terms_file += ".terms";
            last_terms = opening_terms && opening_terms->valid() ? search::TermCache::if_saved_under(opening_terms->get(), terms_key)
                                                                 : search::TermCache::load(terms_file, terms_key);
            term_reuse.previous = &last_terms;
        } else {
            kept_terms = std::static_pointer_cast<const KeptTerms>(memo->kept("search-terms"));
            if (kept_terms && kept_terms->key == terms_key) term_reuse.previous = &kept_terms->terms;
        }
        options.term_reuse = &term_reuse;
        // The records are kept as soon as they are complete, on a thread of their own while the
        // shards are made (writing some 24 MB at 10 000 materials: on one core, it held up the
        // first build by a few tenths of a second), and let go when kept.
        options.terms_collected = [&] {
            result.documents_kept = term_reuse.taken;
            keeping_terms = std::async(std::launch::async, [&] {
                // Nothing new to keep when every document was found and none is gone.
                const std::size_t had = term_reuse.previous ? term_reuse.previous->size() : 0;
                if (term_reuse.taken != docs.size() || had != docs.size()) {
                    if (!terms_file.empty()) search::save_term_cache(terms_file, terms_key, term_reuse);
                    else memo->keep("search-terms", std::make_shared<const KeptTerms>(KeptTerms{terms_key, search::TermCache::of(term_reuse)}));
                }
                term_reuse.previous = nullptr;
                last_terms = search::TermCache();
                kept_terms.reset();
                std::vector<std::string>().swap(term_reuse.fresh);
                term_reuse.new_terms = search::TermTexts();
            });
        };
    }
    search::ShardedIndex sharded = search::write_sharded_lunr_index(docs, fields, lang, options);
    if (keeping_terms.valid()) keeping_terms.get();
    // The terms' table (1.8 MB at 1 000 materials) is compressed on a thread of its own while the
    // bundles are laid out and the store entries made: on the search's one thread it was a tenth
    // of a first build's search at 1 000. It changes only when a word is new to the site or gone
    // from it: after most edits it is the last build's, and so is its gzip, taken as published.
    std::optional<std::string> last_terms_gzip;
    const std::string terms_path = std::string(kSearchFolder) + "terms.json";
    if (memo)
        if (auto last = memo->published_bytes(out, terms_path); last && *last == sharded.terms)
            last_terms_gzip = memo->published_bytes(out, terms_path + ".gz");
    if (!last_terms_gzip) {
        result.index_bytes += sharded.terms.size();
        result.terms_pending = std::async(std::launch::async, [&out, terms_path, terms = std::move(sharded.terms)] {
                                   const std::string gz = gzip_compress(terms);
                                   out.write(terms_path, terms);
                                   out.write(terms_path + ".gz", gz);
                                   return gz.size();
                               }).share();
    }
    json manifest = std::move(sharded.manifest);
    result.shards = sharded.shards.size();
    result.index_bytes += index_bytes;

    if (memo && !sharded.shard_inputs.empty()) {
        std::vector<ShardMemo::Entry> entries;
        entries.reserve(sharded.shards.size());
        for (std::size_t k = 0; k < sharded.shards.size(); ++k)
            if (auto hash = member_hash(sharded.shards[k])) entries.push_back({sharded.shard_inputs[k], *hash});
        std::string table = ShardMemo::encode(shards_key, entries);
        if (!shards_file.empty()) static_cast<void>(replace_file(shards_file, table));  // else the next build writes every shard
        else memo->keep("search-shards", std::make_shared<const std::string>(std::move(table)));
    }
    // The members end to end in a few bundle files read by range, in order.
    RangeBundleWriter index_bundle("index-", kIndexUnit);
    for (std::string& member : sharded.shards) {
        result.index_gzip_bytes += member.size();
        index_bundle.add(std::move(member));
    }
    json index_description;
    for (auto& f : index_bundle.finish(index_description)) out.write_pieces(std::string(kSearchFolder) + f.name, f.pieces);

    // The store by document number, one member each: what a result shows.
    const auto last_store = last_members("store");
    const std::size_t count = sharded.document_of_number.size();
    std::vector<std::string> entries(count);
    std::vector<std::size_t> raw_sizes(count);
    parallel_for(count, [&](std::size_t n) {
        const std::size_t k = sharded.document_of_number[n];
        const json& e = store_entries[k];
        json shown = {{"u", docs[k].ref}, {"t", e["t"]}, {"e", e["e"]}};
        for (const char* key : {"d", "o", "a", "s", "g", "y"})
            if (e.contains(key)) shown[key] = e[key];
        const std::string text = shown.dump(-1, ' ', false, urker::Json::error_handler_t::replace);
        raw_sizes[n] = text.size();
        entries[n] = last_store->member_of(text, kStoreUnit);
    });
    RangeBundleWriter store_bundle("store-", kStoreUnit);
    for (std::size_t n = 0; n < count; ++n) {
        result.store_bytes += raw_sizes[n];
        result.store_gzip_bytes += entries[n].size();
        store_bundle.add(std::move(entries[n]));
    }
    result.parts = result.shards + count;
    result.parts_kept = last_index->taken() + last_store->taken();
    json store_description;
    for (auto& f : store_bundle.finish(store_description)) out.write_pieces(std::string(kSearchFolder) + f.name, f.pieces);
    if (last_terms_gzip) files.write(terms_path, sharded.terms, SearchFileWriter::index, std::move(last_terms_gzip));

    // Addresses relative to the manifest's own (search/index.json).
    manifest["index"] = std::move(index_description);
    manifest["store"] = std::move(store_description);
    manifest["formatVersion"] = 3;  // 3: weights made in the browser; shards and store in range-read bundles
    manifest["terms"] = "terms.json";
    manifest["filters"] = "filters.json";
    manifest["facets"] = document_codes(sharded.document_of_number, store_entries, {"k", "l", "x"});
    manifest["filterOptions"] = filter_options(store_entries);
    files.write(std::string(kSearchFolder) + "filters.json",
                document_codes(sharded.document_of_number, store_entries, {"s", "g", "y"}).dump(-1, ' ', false, urker::Json::error_handler_t::replace),
                SearchFileWriter::store);
    const std::string manifest_text = manifest.dump(-1, ' ', false, urker::Json::error_handler_t::replace);
    files.write(kSearchIndexPath, manifest_text, SearchFileWriter::index);
    // The search page's one script: lunr, urker's additions and the manifest, so that the first
    // query costs this file, one range request for its index shards and one for its results.
    files.write(kSearchEnginePath, std::string(resources::lunr_bundle()) + "\nself.UrkerSearchManifest = " + manifest_text + ";\n",
                SearchFileWriter::library);
    return result;
}

}  // namespace

}  // namespace urker
