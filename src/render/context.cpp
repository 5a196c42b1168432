#include <charconv>
#include <algorithm>
#include "render/context.h"

#include "render/page_data_json.h"


#include "core/json_in_order.h"
#include "core/text.h"
#include "core/thread_pool.h"
#include "render/term_titles.h"
#include "template/globals_trace.h"

namespace urker {

namespace {

// A member's name as a number (64 bits: a summary's names are a few dozen).
std::uint64_t member_name_hash(std::string_view name) { return Fingerprinter().add(name).finish().low; }

// The member of an item's summary that a read inside a list item reaches: the first name after
// the items' root ("5:@item4:data6:grades" → data), by its hash. Nothing for the root itself,
// which reaches the whole summary.
std::optional<std::uint64_t> item_member_hash(const tmpl::GlobalsRead& read) {
    const std::string rest = tmpl::read_in_item(read).path;
    const std::size_t colon = rest.find(':');
    std::size_t length = 0;
    if (colon == std::string::npos || std::from_chars(rest.data(), rest.data() + colon, length).ec != std::errc() ||
        rest.size() - colon - 1 < length)
        return std::nullopt;
    return member_name_hash(std::string_view(rest).substr(colon + 1, length));
}

void sort_unique(std::vector<std::uint64_t>& hashes) {
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
}

// Site params may hold per-language values ({ru: …, kk: …}); templates get the one for the page.
urker::Json resolve_languages(const urker::Json& v, const std::string& lang, const std::string& fallback,
                                 const std::vector<std::string>& languages) {
    if (v.is_object() && !v.empty()) {
        bool all_langs = true;
        for (auto& [k, x] : v.items())
            if (std::find(languages.begin(), languages.end(), k) == languages.end() && k != "en") all_langs = false;
        if (all_langs) {
            if (v.contains(lang)) return v[lang];
            if (v.contains(fallback)) return v[fallback];
            return v.begin().value();
        }
        urker::Json out = urker::Json::object();
        for (auto& [k, x] : v.items()) out[k] = resolve_languages(x, lang, fallback, languages);
        return out;
    }
    if (v.is_array()) {
        urker::Json out = urker::Json::array();
        for (const auto& x : v) out.push_back(resolve_languages(x, lang, fallback, languages));
        return out;
    }
    return v;
}

// What lists show of a page's kind data: enough for a card, without the long lists a member's
// or a school's own page has.
// Whether a summary (what lists show of a page) has all of the page's data: not a member's, a
// school's or a plan's, whose cards show a few of their fields (brief_data).
bool summary_has_all_data(Kind kind) { return kind != Kind::member && kind != Kind::school && kind != Kind::plan; }

// Takes the page's data made for the summary alone, so its members are moved, never copied (a
// material's data whole, copied, was a quarter of the summaries' time).
urker::Json brief_data(Kind kind, urker::Json data) {
    auto some_of = [&data](std::initializer_list<const char*> keys) {
        urker::Json out = urker::Json::object();
        for (const char* key : keys)
            if (auto it = data.find(key); it != data.end()) out[key] = std::move(*it);
        return out;
    };
    switch (kind) {
        case Kind::member:
        case Kind::school:
            return some_of({"id", "kind", "school", "counts", "groups"});
        case Kind::plan:
            return some_of({"id", "kind", "progress"});
        default:
            return data;  // whole (summary_has_all_data)
    }
}

// `page.history` (model/page_history.h): first is "" when the history known does not reach the
// page's first commit, and then revisions counts only the commits known.
urker::Json history_json(const FileHistory& h) {
    const auto* first = h.first();
    const auto* last = h.last();
    return JsonInOrder(7)
        .add("complete", h.complete)
        .add("first", first ? first->date : "")
        .add("first_commit", first ? first->commit : "")
        .add("last", last->date)
        .add("last_commit", last->commit)
        .add("revisions", h.revisions.size())
        .add("uncommitted", h.uncommitted)
        .take();
}

}  // namespace

urker::Json toc_tree(const std::vector<Heading>& headings) {
    // Nest each heading under the nearest earlier heading of a smaller level.
    urker::Json root = urker::Json::array();
    std::vector<std::pair<int, urker::Json*>> stack;
    for (const auto& h : headings) {
        urker::Json entry = JsonInOrder(4).add("children", urker::Json::array()).add("id", h.id).add("level", h.level).add("title", h.title).take();
        while (!stack.empty() && stack.back().first >= h.level) stack.pop_back();
        urker::Json& into = stack.empty() ? root : (*stack.back().second)["children"];
        into.push_back(std::move(entry));
        stack.emplace_back(h.level, &into.back());
    }
    return root;
}

ContextBuilder::ContextBuilder(SiteModel& model, const Portal& portal, const Theme& theme, std::string generator, PublishedMemo* memo)
    : model_(model), portal_(portal), theme_(theme), generator_(std::move(generator)), memo_(memo) {
    const SiteConfig& cfg = model.config;
    const std::string build_date = portal.build_date.iso();
    feeds_ = feed_pages(model, portal);
    const urker::Json feeds = feeds_json(cfg, feeds_);
    for (const auto& lang : cfg.languages) {
        urker::Json site = {
            {"title", cfg.title.in(lang, cfg.language)},
            {"description", cfg.description.in(lang, cfg.language)},
            {"base_url", cfg.base_url},
            {"base_path", cfg.base_path},
            {"language", cfg.language},
            {"languages", cfg.languages},
            {"params", resolve_languages(cfg.params, lang, cfg.language, cfg.languages)},
            {"build_date", build_date},
            {"generator", generator_},
        };
        // Home of this language: "/" or "/kk/".
        site["home_url"] = cfg.site_url("/" + cfg.language_folder(lang));
        urker::Json sections = urker::Json::object();
        for (const auto& s : model.sections) {
            if (s.dir.empty() || s.dir.find('/') != std::string::npos) continue;
            PageId id = model.localized(s.page, lang);
            sections[s.dir] = {{"title", model.pages[id].title}, {"url", model.url_of(id)}, {"count", s.pages.size()}};
        }
        site["sections"] = std::move(sections);
        site["feeds"] = feeds;
        // Taxonomies with their terms and counts, for the catalogue's filter navigation, and each
        // value's title in this language (`titles`, by the value as written).
        urker::Json taxonomies = urker::Json::object();
        std::string prefix = "/" + cfg.language_folder(lang);
        for (const auto& t : portal.taxonomies) {
            urker::Json terms = urker::Json::array();
            urker::Json titles = urker::Json::object();
            urker::Json urls = urker::Json::object();  // by key: templates look a term up, never scan `terms`
            for (const auto& term : t.terms) {
                std::string title = term_title(t.name, term, lang, theme_);
                std::string url = cfg.site_url(prefix + t.name + "/" + term.slug + "/");
                terms.push_back({{"key", term.key}, {"title", title}, {"url", url}, {"count", term.pages.size()}});
                titles[term.key] = title;
                urls[term.key] = std::move(url);
            }
            taxonomies[t.name] = {{"name", t.name}, {"url", cfg.site_url(prefix + t.name + "/")}, {"terms", std::move(terms)},
                                  {"titles", std::move(titles)}, {"urls", std::move(urls)}};
        }
        site["taxonomies"] = std::move(taxonomies);
        if (cfg.comments) {
            const CommentsConfig& c = *cfg.comments;
            site["comments"] = {{"provider", c.provider}, {"load", c.load}, {"host", c.host}, {"options", c.options}};
        }
        if (portal.forum.contains(lang)) site["forum"] = portal.forum[lang];
        site_by_lang_[lang] = std::move(site);
    }
    for (PageId i = 0; i < model.pages.size(); ++i) page_urls_.insert(model.url_of(i));
    summaries_.resize(model.pages.size());
    parallel_for(model.pages.size(), [&](std::size_t i) { summaries_[i] = make_summary(i); });
    // Only once every summary is made: making one reads other pages' front matter (a material's
    // authors' positions).
    parallel_for(model.pages.size(), [&](std::size_t i) { summaries_[i]["params"] = std::move(model.pages[i].front_matter.value); });
    front_matter_taken_ = true;
    // The build cache identifies a page by what it is made of; a summary is part of many.
    if (memo_) {
        item_fingerprints_.resize(portal.items.size());
        parallel_for(portal.items.size(), [&](std::size_t i) { item_fingerprints_[i] = Fingerprinter().add(portal.items[i]).finish(); });
        summary_fingerprints_.resize(model.pages.size());
        member_fingerprints_.resize(model.pages.size());
        parallel_for(model.pages.size(), [&](std::size_t i) {
            // The summary's fingerprint is made of its members' (in name order, as the object keeps them).
            Fingerprinter whole;
            whole.add(std::string_view("summary"));
            auto& members = member_fingerprints_[i];
            members.reserve(summaries_[i].size());
            for (auto it = summaries_[i].begin(); it != summaries_[i].end(); ++it) {
                const Fingerprint f = Fingerprinter().add(it.value()).finish();
                members.emplace_back(member_name_hash(it.key()), f);
                whole.add(std::string_view(it.key())).add(f);
            }
            std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            summary_fingerprints_[i] = whole.finish();
        });
    }
}

const urker::Json& ContextBuilder::front_matter(PageId id) const {
    return front_matter_taken_ ? summaries_[id]["params"] : model_.pages[id].front_matter.value;
}

const urker::Json& ContextBuilder::site(const std::string& lang) const {
    auto it = site_by_lang_.find(lang);
    return it != site_by_lang_.end() ? it->second : site_by_lang_.at(model_.config.language);
}

urker::Json ContextBuilder::menus_for(const std::string& lang, const std::string& url) const {
    const SiteConfig& cfg = model_.config;
    urker::Json menus = urker::Json::object();
    for (const auto& [name, items] : cfg.menus) {
        urker::Json list = urker::Json::array();
        for (const auto& item : items) {
            std::string target = cfg.site_url(item.url);
            // A menu item in another language's part of the site points to that language's version.
            if (!cfg.is_default_language(lang) && starts_with(item.url, "/") && item.url.find("://") == std::string::npos) {
                std::string localized = cfg.site_url("/" + lang + item.url);
                if (page_urls_.count(localized)) target = localized;
            }
            bool active = target == url || (target != cfg.base_path && starts_with(url, target) && target.find("://") == std::string::npos);
            list.push_back({{"name", item.name.in(lang, cfg.language)}, {"url", target}, {"weight", item.weight}, {"active", active}});
        }
        menus[name] = std::move(list);
    }
    return menus;
}

const ContextBuilder::Globals& ContextBuilder::globals(const std::string& lang, const std::string& url) const {
    urker::Json menus = menus_for(lang, url);
    std::string key = lang + "|";
    for (auto& [name, items] : menus.items())
        for (const auto& item : items) key += item["active"].get<bool>() ? '1' : '0';
    std::lock_guard lock(globals_mutex_);
    auto& slot = globals_[key];
    if (!slot) {
        slot = std::make_unique<Globals>();
        slot->engine = theme_.engine.get();
        slot->value = {{"site", site(lang)}};
        slot->value["site"]["menus"] = std::move(menus);
    }
    return *slot;
}

Fingerprint ContextBuilder::Globals::read(const std::string& where, std::uint8_t kind) const {
    std::string key(1, static_cast<char>(kind));
    key += where;
    {
        std::lock_guard lock(mutex_);
        if (auto it = seen_.find(key); it != seen_.end()) return it->second;
    }
    const std::optional<std::string_view> template_name = tmpl::template_of_read(where);
    const Fingerprint seen = template_name && engine ? engine->template_fingerprint(*template_name)
                                                     : tmpl::fingerprint_of(value, {where, static_cast<tmpl::GlobalsRead::Kind>(kind)});
    std::lock_guard lock(mutex_);
    return seen_.emplace(std::move(key), seen).first->second;
}

std::uint32_t ContextBuilder::Globals::number_of(PublishedMemo& memo, const tmpl::GlobalsRead& r) const {
    const auto kind = static_cast<std::uint8_t>(r.kind);
    {
        std::shared_lock lock(numbers_mutex_);
        if (auto it = numbers_.find(ReadKey{kind, r.path}); it != numbers_.end()) return it->second;
    }
    const std::uint32_t n = memo.number_for({r.path, kind, read(r.path, kind)});
    std::string key(1, static_cast<char>(kind));
    key += r.path;
    std::unique_lock lock(numbers_mutex_);
    numbers_.emplace(std::move(key), n);
    return n;
}

void ContextBuilder::Globals::number_reads(PublishedMemo& memo, const tmpl::GlobalsTrace& trace, std::vector<std::uint32_t>& numbers,
                                           std::vector<const tmpl::GlobalsRead*>& item_reads) const {
    numbers.clear();
    item_reads.clear();
    const std::vector<tmpl::GlobalsRead>& own = trace.own_reads();
    numbers.reserve(own.size());
    std::vector<const tmpl::GlobalsRead*> new_reads;
    {
        // One lock for the page's reads: nearly all of them are known after the first pages.
        std::shared_lock lock(numbers_mutex_);
        for (const tmpl::GlobalsRead& r : own) {
            if (tmpl::is_list_item_read(r.path))
                item_reads.push_back(&r);
            else if (auto it = numbers_.find(ReadKey{static_cast<std::uint8_t>(r.kind), r.path}); it != numbers_.end())
                numbers.push_back(it->second);
            else
                new_reads.push_back(&r);
        }
    }
    for (const tmpl::GlobalsRead* r : new_reads) numbers.push_back(number_of(memo, *r));
    for (const std::vector<tmpl::GlobalsRead>* block : trace.blocks()) {
        const BlockNumbers* known = nullptr;
        {
            std::shared_lock lock(numbers_mutex_);
            if (auto it = block_numbers_.find(block); it != block_numbers_.end()) known = &it->second;
        }
        if (!known) {
            BlockNumbers made;
            made.numbers.reserve(block->size());
            for (const tmpl::GlobalsRead& r : *block) {
                if (tmpl::is_list_item_read(r.path)) made.item_reads.push_back(&r);
                else made.numbers.push_back(number_of(memo, r));
            }
            std::unique_lock lock(numbers_mutex_);
            // Elements of an unordered_map stay where they are: the pointer outlives the lock.
            known = &block_numbers_.emplace(block, std::move(made)).first->second;
        }
        numbers.insert(numbers.end(), known->numbers.begin(), known->numbers.end());
        item_reads.insert(item_reads.end(), known->item_reads.begin(), known->item_reads.end());
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
}

const ContextBuilder::Globals* ContextBuilder::globals_of(const urker::Json& value) const {
    std::lock_guard lock(globals_mutex_);
    for (const auto& [key, globals] : globals_)
        if (&globals->value == &value) return globals.get();
    return nullptr;
}

std::optional<PageId> ContextBuilder::summary_id(const urker::Json* item) const {
    if (summaries_.empty() || item < summaries_.data() || item >= summaries_.data() + summaries_.size()) return std::nullopt;
    return static_cast<PageId>(item - summaries_.data());
}

std::vector<std::uint64_t> ContextBuilder::item_members_read(const std::vector<tmpl::GlobalsRead>& reads) {
    std::vector<std::uint64_t> hashes;
    for (const tmpl::GlobalsRead& r : reads)
        if (tmpl::is_list_item_read(r.path)) hashes.push_back(item_member_hash(r).value_or(0));  // 0: the item itself, seen whole
    sort_unique(hashes);
    return hashes;
}

Fingerprint ContextBuilder::item_members_seen(PageId id, const std::vector<std::uint64_t>& members) const {
    Fingerprinter f;
    f.add(std::string_view("item"));
    if (id >= member_fingerprints_.size() || id >= summary_fingerprints_.size()) {
        f.add(summaries_[id]);
        return f.finish();
    }
    if (!members.empty() && members.front() == 0) return f.add(summary_fingerprints_[id]).finish();
    // Both in hash order: one pass.
    const auto& known = member_fingerprints_[id];
    auto at = known.begin();
    for (std::uint64_t h : members) {
        while (at != known.end() && at->first < h) ++at;
        f.add(h);
        if (at != known.end() && at->first == h) f.add(at->second);
        else f.add(std::string_view("missing"));
    }
    return f.finish();
}

Fingerprint ContextBuilder::items_seen(const tmpl::SharedLists* lists, const std::vector<ItemRead>& reads) const {
    // The members reached (item_member_hash); the root itself reaches the whole summary.
    std::vector<std::uint64_t> hashes;
    bool whole = false;
    for (const auto& [kind, path] : reads) {
        if (auto h = item_member_hash({std::string(path), static_cast<tmpl::GlobalsRead::Kind>(kind)})) hashes.push_back(*h);
        else whole = true;
    }
    sort_unique(hashes);
    Fingerprinter f;
    f.add(std::string_view("items")).add(static_cast<std::uint64_t>(whole));
    for (std::uint64_t h : hashes) f.add(h);
    if (!lists) return f.finish();
    for (const tmpl::SharedList& list : *lists) {
        f.add(std::string_view(list.object)).add(std::string_view(list.name)).add(static_cast<std::uint64_t>(list.element));
        f.add(static_cast<std::uint64_t>(list.items.size()));
        for (const urker::Json* item : list.items) {
            // A summary of this build (the lists hold nothing else); anything else is seen whole.
            const std::size_t id = static_cast<std::size_t>(item - summaries_.data());
            if (item < summaries_.data() || id >= summaries_.size() || id >= member_fingerprints_.size()) {
                f.add(*item);
                continue;
            }
            if (whole) {
                f.add(summary_fingerprints_[id]);
                continue;
            }
            // Both in hash order: one pass.
            const auto& known = member_fingerprints_[id];
            auto at = known.begin();
            for (std::uint64_t h : hashes) {
                while (at != known.end() && at->first < h) ++at;
                if (at != known.end() && at->first == h) f.add(at->second);
                else f.add(std::string_view("missing"));
            }
        }
    }
    return f.finish();
}

const PublishedMemo::ReadVerdicts& ContextBuilder::Globals::verdicts(const PublishedMemo& memo) const {
    std::call_once(verdicts_made_, [&] { verdicts_ = std::make_unique<PublishedMemo::ReadVerdicts>(memo.previous_read_count()); });
    return *verdicts_;
}

urker::Json ContextBuilder::make_summary(PageId id) const {
    const Page& p = model_.pages[id];
    const SiteConfig& cfg = model_.config;
    const PageMarkdown& r = model_.rendered[id];
    const char* kind = p.kind == PageKind::home ? "home" : p.kind == PageKind::section ? "section" : "page";
    std::string url = model_.url_of(id);
    urker::Json attachments = urker::Json::array();
    for (const auto& a : p.attachments)
        attachments.push_back(JsonInOrder(5)
                                  .add("ext", a.ext)
                                  .add("name", a.name)
                                  .add("size", a.size)
                                  .add("size_human", human_size(a.size, p.lang))
                                  .add("url", cfg.site_url("/" + a.output_path))
                                  .take());
    // The same content in the other languages' parts of the site (the language switcher), and the
    // page whose interface is in its text's language (the canonical address of a view).
    urker::Json translations = urker::Json::array();
    std::string canonical = url;
    if (auto it = model_.translations.find(p.translation_key); it != model_.translations.end())
        for (PageId other : it->second) {
            const Page& o = model_.pages[other];
            if (other != id)
                translations.push_back(JsonInOrder(5)
                                           .add("content_lang", o.content_lang)
                                           .add("lang", o.lang)
                                           .add("native", o.content_lang == o.lang)
                                           .add("title", o.title)
                                           .add("url", model_.url_of(other))
                                           .take());
            if (p.content_lang != p.lang && o.content_lang == o.lang && o.content_lang == p.content_lang) canonical = model_.url_of(other);
        }
    std::size_t minutes = (r.word_count() + 179) / 180;  // about 180 words a minute for study texts
    // Members in key order (core/json_in_order.h).
    JsonInOrder summary(25);
    summary.add("attachments", std::move(attachments))
        .add("canonical", cfg.absolute_url(canonical))
        .add("comments", comments_for(id))
        .add("content_lang", p.content_lang)
        .add("data", brief_data(portal_.kinds[id], page_data_json(model_, portal_, *this, id, /*brief=*/true)))
        .add("date", p.date ? p.date->iso() : "")
        .add("description", p.description)
        .add("draft", p.draft);
    if (id < model_.history.size() && model_.history[id].tracked()) summary.add("history", history_json(model_.history[id]));
    summary.add("kind", kind)
        .add("lang", p.lang)
        .add("params", nullptr)  // the front matter, moved here once every summary is made (front_matter)
        .add("path", p.path)
        .add("permalink", cfg.absolute_url(url))
        .add("reading_time", minutes)
        .add("section", p.section)
        .add("source", p.source)
        .add("summary", model_.summary_html(id))
        .add("title", p.title)
        .add("translations", std::move(translations))
        .add("type", kind_name(portal_.kinds[id]))
        .add("updated", p.updated ? p.updated->iso() : "")
        .add("url", url)
        .add("weight", p.weight)
        .add("word_count", r.word_count());
    return summary.take();
}

// Whether the page has a comment thread, and the thread's key: the page's path from the site
// root, so the thread survives rebuilds and a change of base_url.
urker::Json ContextBuilder::comments_for(PageId id) const {
    const SiteConfig& cfg = model_.config;
    const Page& p = model_.pages[id];
    bool enabled = false;
    if (cfg.comments && p.kind == PageKind::page) {
        const auto& secs = cfg.comments->sections;
        enabled = std::find(secs.begin(), secs.end(), p.section) != secs.end();
        const auto& fm = p.front_matter.value;
        if (fm.contains("comments") && fm["comments"].is_boolean()) enabled = fm["comments"].get<bool>();
    }
    return JsonInOrder(2).add("enabled", enabled).add("key", "/" + p.path).take();
}

urker::Json ContextBuilder::page(PageId id) const {
    urker::Json p = summaries_[id];
    urker::Json own = page_own(id);
    for (auto& [key, value] : own.items()) p[key] = std::move(value);
    return p;
}

urker::Json ContextBuilder::page_own(PageId id) const {
    urker::Json p = urker::Json::object();
    urker::Json& data = p["data"] = page_data_json(model_, portal_, *this, id);
    // The page's lists of other pages, each entry the one the model made for that page.
    for (const auto& [name, pages] : portal_.lists[id]) {
        urker::Json entries = urker::Json::array();
        entries.get_ref<urker::Json::array_t&>().reserve(pages.size());
        for (PageId listed : pages) entries.push_back(portal_.items[listed]);
        data[name] = std::move(entries);
    }
    p["content"] = model_.rendered[id].html();
    p["toc"] = toc_tree(model_.rendered[id].headings());
    p["breadcrumbs"] = breadcrumbs(id);
    return p;
}

Fingerprint ContextBuilder::page_fingerprint(PageId id) const {
    // Exactly what page() is made of, read where it lies instead of copied together.
    Fingerprinter f;
    f.add(std::string_view("page")).add(summary_fingerprint(id));
    // The data, unless the summary has it whole (brief_data keeps all of most kinds').
    if (std::holds_alternative<std::monostate>(portal_.kind_data[id])) f.add(portal_.data[id]);
    else if (!summary_has_all_data(portal_.kinds[id])) f.add(page_data_json(model_, portal_, *this, id));
    model_.rendered[id].add_html_to(f);
    for (const auto& [name, pages] : portal_.lists[id]) {
        f.add(std::string_view(name)).add(static_cast<std::uint64_t>(pages.size()));
        for (PageId listed : pages) {
            if (listed < item_fingerprints_.size()) f.add(item_fingerprints_[listed]);
            else f.add(portal_.items[listed]);
        }
    }
    for (const auto& h : model_.rendered[id].headings())
        f.add(static_cast<std::uint64_t>(h.level)).add(std::string_view(h.id)).add(std::string_view(h.title));
    return f.add(breadcrumbs(id)).finish();
}

Fingerprint ContextBuilder::summary_fingerprint(PageId id) const {
    return summary_fingerprints_.empty() ? Fingerprinter().add(summaries_[id]).finish() : summary_fingerprints_[id];
}

urker::Json ContextBuilder::breadcrumbs(PageId id) const {
    // The sections above this page, home first.
    const Page& page = model_.pages[id];
    urker::Json crumbs = urker::Json::array();
    if (page.kind != PageKind::home) {
        std::string dir = page.content_path.substr(0, page.content_path.rfind('/') == std::string::npos ? 0 : page.content_path.rfind('/'));
        if (page.is_bundle || page.kind == PageKind::section) dir = dir.substr(0, dir.rfind('/') == std::string::npos ? 0 : dir.rfind('/'));
        std::vector<std::string> dirs{""};
        for (std::size_t pos = 0; !dir.empty() && pos != std::string::npos;) {
            pos = dir.find('/', pos + 1);
            dirs.push_back(dir.substr(0, pos));
        }
        for (const auto& d : dirs) {
            auto it = model_.section_by_dir.find(d);
            if (it == model_.section_by_dir.end()) continue;
            PageId sid = model_.localized(model_.sections[it->second].page, page.lang);
            crumbs.push_back(JsonInOrder(2).add("title", model_.pages[sid].title).add("url", model_.url_of(sid)).take());
        }
    }
    return crumbs;
}

}  // namespace urker
