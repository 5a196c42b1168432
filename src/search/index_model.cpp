#include "search/index_model.h"

#include "search/js_keys.h"
#include "search/js_number.h"
#include "search/utf16.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace urker::search::detail {

// `x || 1` for a number.
double boost_or_one(double boost) { return boost == 0 || std::isnan(boost) ? 1 : boost; }

// Text as it is written into the index: invalid UTF-8 (which only a caller's bug can produce)
// becomes U+FFFD, as a browser would decode it, so the file stays valid JSON.
std::string valid_text(std::string_view s) { return is_valid_utf8(s) ? std::string(s) : to_utf8(to_utf16(s)); }

std::string json_string(std::string_view utf8) {
    std::string out;
    append_json_string(out, valid_text(utf8));
    return out;
}

std::vector<FieldPlan> plan_fields(const std::vector<SearchField>& fields) {
    std::vector<std::string_view> names;
    std::vector<double> boosts;
    for (const SearchField& f : fields) {
        auto it = std::find(names.begin(), names.end(), f.name);
        if (it == names.end()) {
            names.push_back(f.name);
            boosts.push_back(f.boost);
        } else {
            boosts[static_cast<std::size_t>(it - names.begin())] = f.boost;
        }
    }
    std::vector<FieldPlan> plan;
    for (std::size_t i : js_property_order(names)) {
        plan.push_back({names[i], boost_or_one(boosts[i]), valid_text(names[i]), json_string(names[i])});
    }
    return plan;
}

Refs assign_slots(const std::vector<SearchDocument>& documents) {
    Refs refs;
    std::unordered_map<std::string_view, std::uint32_t> slot_of_ref;
    slot_of_ref.reserve(documents.size());
    for (std::uint32_t d = 0; d < documents.size(); ++d) {
        auto [it, inserted] = slot_of_ref.emplace(documents[d].ref, static_cast<std::uint32_t>(refs.size()));
        if (inserted) {
            refs.first_document.push_back(d);
            refs.last_document.push_back(d);
            refs.times_added.push_back(1);
            refs.text.push_back(valid_text(documents[d].ref));
            refs.json.push_back(json_string(documents[d].ref));
            refs.posting_entry.push_back("," + refs.json.back() + ":{}");
            if (auto index = js_array_index(documents[d].ref)) {
                refs.key_rank.push_back(*index);
                refs.has_array_index_refs = true;
            } else {
                refs.key_rank.push_back((std::uint64_t{1} << 32) + it->second);
            }
        } else {
            refs.last_document[it->second] = d;
            ++refs.times_added[it->second];
        }
        refs.slot_of_document.push_back(it->second);
    }
    return refs;
}

Postings build_postings(CollectedTerms& collected, const Refs& refs, std::size_t document_count,
                        std::size_t field_count, bool with_slots) {
    const std::size_t term_count = collected.dictionary().size();
    Postings postings;
    postings.start.assign(term_count * field_count + 1, 0);
    // A repeated ref adds only the terms its earlier documents did not.
    std::unordered_map<std::uint32_t, std::unordered_set<std::uint64_t>> posted;
    for (std::size_t d = 0; d < document_count; ++d) {
        const std::uint32_t slot = refs.slot_of_document[d];
        const bool repeated = refs.times_added[slot] > 1;
        for (std::size_t f = 0; f < field_count; ++f) {
            for (TermCount& p : collected.terms(d, f)) {
                if (repeated && !posted[slot].insert(std::uint64_t{p.term} * field_count + f).second) {
                    p.count |= already_posted;
                    continue;
                }
                ++postings.start[std::size_t{p.term} * field_count + f + 1];
            }
        }
    }
    for (std::size_t i = 1; i < postings.start.size(); ++i) postings.start[i] += postings.start[i - 1];
    if (!with_slots) return postings;
    postings.slots.resize(postings.start.back());
    std::vector<std::uint32_t> cursor(postings.start.begin(), postings.start.end() - 1);
    for (std::size_t d = 0; d < document_count; ++d) {
        for (std::size_t f = 0; f < field_count; ++f) {
            for (const TermCount& p : collected.terms(d, f)) {
                if (p.count & already_posted) continue;
                postings.slots[cursor[std::size_t{p.term} * field_count + f]++] = refs.slot_of_document[d];
            }
        }
    }
    return postings;
}

// lunr.idf: log(1 + |(N - n + 0.5) / (n + 0.5)|) with N the number of add() calls and n the sum of
// the term's posting sizes over the fields (a ref with the term in two fields counts twice).
std::vector<double> compute_idf(const Postings& postings, std::size_t term_count, std::size_t field_count,
                                std::size_t document_count) {
    std::vector<double> idf(term_count);
    const double total = static_cast<double>(document_count);
    for (std::size_t t = 0; t < term_count; ++t) {
        const double n = postings.start[(t + 1) * field_count] - postings.start[t * field_count];
        idf[t] = js_log(1 + std::fabs((total - n + 0.5) / (n + 0.5)));
    }
    return idf;
}

// Terms in UTF-16 code unit order (JavaScript's default sort, which lunr.Index.load requires).
std::vector<std::uint32_t> sort_terms(const StringInterner& dictionary) {
    // The first eight code units, packed, order most pairs without reading the strings (with the
    // first four only, the 190 000 terms of 10 000 materials, many of one stem, took twice as
    // long); zero padding keeps the packed order consistent with the full comparison, which
    // breaks ties.
    struct SortKey {
        std::uint64_t first, second;
        std::uint32_t term;
    };
    std::vector<SortKey> keys(dictionary.size());
    for (std::uint32_t t = 0; t < dictionary.size(); ++t) {
        const std::u16string_view s = dictionary.at(t);
        std::uint64_t first = 0, second = 0;
        for (std::size_t i = 0; i < 4; ++i) first = first << 16 | (i < s.size() ? s[i] : 0);
        for (std::size_t i = 4; i < 8; ++i) second = second << 16 | (i < s.size() ? s[i] : 0);
        keys[t] = {first, second, t};
    }
    std::sort(keys.begin(), keys.end(), [&](const SortKey& a, const SortKey& b) {
        if (a.first != b.first) return a.first < b.first;
        if (a.second != b.second) return a.second < b.second;
        return dictionary.at(a.term) < dictionary.at(b.term);
    });
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].term;
    return order;
}

PreparedIndex prepare_index(const std::vector<SearchDocument>& documents, const std::vector<SearchField>& fields,
                            Language language, unsigned threads, IndexWriterStats& stats, Lap& lap, TermReuse* reuse,
                            bool with_slots) {
    PreparedIndex index;
    index.fields = plan_fields(fields);
    std::vector<std::string_view> field_names;
    for (const FieldPlan& f : index.fields) field_names.push_back(f.name);
    const std::size_t field_count = index.fields.size();

    index.collected = collect_terms(documents, field_names, language, threads, reuse);
    stats.tokenize = lap.next();

    index.refs = assign_slots(documents);
    const std::size_t term_count = index.collected.dictionary().size();
    index.postings = build_postings(index.collected, index.refs, documents.size(), field_count, with_slots);
    index.idf = compute_idf(index.postings, term_count, field_count, documents.size());
    // Average field length over distinct refs, each ref's last document counting.
    index.average_length.assign(field_count, 0);
    for (std::size_t f = 0; f < field_count; ++f) {
        double total = 0;
        for (std::size_t s = 0; s < index.refs.size(); ++s) total += index.collected.length(index.refs.last_document[s], f);
        index.average_length[f] = total / static_cast<double>(index.refs.size());
    }
    stats.postings = lap.next();
    stats.term_count = term_count;
    stats.posting_count = index.postings.start.back();
    return index;
}

}  // namespace urker::search::detail
