#include "render/search_index.h"

#include <zlib.h>

#include <algorithm>

#include "core/text.h"
#include "core/thread_pool.h"
#include "search/index_writer.h"

namespace urker {

using json = nlohmann::json;

std::string search_language_for(const std::vector<std::string>& langs) {
    for (const auto& l : langs)
        if (l == "ru" || l == "kk" || l == "tt" || l == "uk" || l == "be") return "multi";
    return "en";
}

std::size_t compressed_size(const std::string& data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::string buf(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(buf.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                  static_cast<uLong>(data.size()), 6) != Z_OK)
        return 0;
    return static_cast<std::size_t>(size) + 12;  // gzip's header and trailer instead of zlib's
}

namespace {

std::string excerpt(std::string_view text, std::size_t max_chars) {
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
    }
    if (chars >= max_chars) out += "…";
    return out;
}

void add_values(std::vector<std::string>& out, const json& v) {
    if (v.is_string() && !v.get<std::string>().empty()) out.push_back(v.get<std::string>());
    else if (v.is_number_integer()) out.push_back(std::to_string(v.get<long long>()));
    else if (v.is_array())
        for (const auto& x : v) add_values(out, x);
}

}  // namespace

SearchOutput write_search_files(const SiteModel& m, const Portal& portal, OutputSink& out) {
    SearchOutput result;
    std::vector<PageId> ids;
    for (PageId i = 0; i < m.pages.size(); ++i)
        if (m.pages[i].kind == PageKind::page && !m.pages[i].is_view) ids.push_back(i);  // a view repeats its file's page

    std::vector<search::SearchDocument> docs(ids.size());
    std::vector<json> store_entries(ids.size());
    parallel_for(ids.size(), [&](std::size_t k) {
        PageId i = ids[k];
        const Page& p = m.pages[i];
        const json& f = p.front_matter.value;
        const json& d = portal.data[i];
        search::SearchDocument& doc = docs[k];
        doc.ref = m.url_of(i);
        doc.fields["title"] = p.title;
        std::vector<std::string> tags;
        for (const char* key : {"tags", "subject", "subjects", "material_type", "event_type", "group_type", "qualification"})
            if (f.contains(key)) add_values(tags, f[key]);
        doc.fields["tags"] = tags;
        std::string summary = p.summary.empty() ? p.description : p.summary;
        doc.fields["summary"] = summary;
        // The body: the text, and what the page shows from its kind (a plan's items, a member's
        // school and position, a material's file names), so any word of it finds the page.
        std::string body = m.rendered[i].plain_text;
        for (const auto& a : p.attachments) body += "\n" + a.name;
        for (const char* key : {"position", "city", "district", "address", "short_title"})
            if (f.contains(key) && f[key].is_string()) body += "\n" + f[key].get<std::string>();
        if (d.contains("school") && d["school"].contains("title")) body += "\n" + d["school"]["title"].get<std::string>();
        if (d.contains("authors"))
            for (const auto& a : d["authors"]) body += "\n" + a["title"].get<std::string>();
        if (d.contains("items"))
            for (const auto& it : d["items"]) {
                body += "\n" + it.value("what", std::string());
                for (const char* key : {"participants", "goal", "result", "when"})
                    if (it.contains(key) && it[key].is_string()) body += "\n" + it[key].get<std::string>();
            }
        doc.fields["body"] = body;

        json e = {{"t", p.title}, {"k", kind_name(portal.kinds[i])}, {"l", p.content_lang}};
        if (p.date) e["d"] = p.date->iso().substr(0, 10);
        if (d.contains("start")) e["d"] = d["start"].get<std::string>().substr(0, 10);
        for (const auto& [key, short_key] : {std::pair{"subject", "s"}, {"grade", "g"}, {"material_type", "y"}, {"event_type", "y"}})
            if (f.contains(key) && !f[key].is_null()) e[short_key] = f[key];
        std::string text = summary.empty() ? m.rendered[i].plain_text : summary;
        e["e"] = excerpt(text, 220);
        store_entries[k] = std::move(e);
    });

    std::vector<search::SearchField> fields = {{"title", 10}, {"tags", 5}, {"summary", 2}, {"body", 1}};
    result.language = search_language_for(m.config.languages);
    search::Language lang = result.language == "en" ? search::Language::en : search::Language::multi;
    std::string index = search::write_lunr_index(docs, fields, lang);
    json store = json::object();
    for (std::size_t k = 0; k < ids.size(); ++k) store[docs[k].ref] = std::move(store_entries[k]);
    std::string store_text = store.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    result.documents = docs.size();
    result.index_bytes = index.size();
    result.store_bytes = store_text.size();
    result.index_gzip_bytes = compressed_size(index);
    result.store_gzip_bytes = compressed_size(store_text);
    out.write(kSearchIndexPath, index);
    out.write(kSearchStorePath, store_text);
    out.write(kLunrBundlePath, std::string(resources::lunr_bundle()));
    return result;
}

}  // namespace urker
