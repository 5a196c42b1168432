#include "render/fragment_memo.h"

#include "core/binary_record.h"

namespace urker {

namespace {

// 2: the texts after the table of entries, not among them (below).
constexpr std::string_view kMagic = "urker-fragments 2\n";

void append_text(std::string& out, std::string_view text) {
    append_number(out, static_cast<std::uint32_t>(text.size()));
    out += text;
}

bool take_text(BinaryReader& in, std::string_view& text) {
    std::uint32_t size = 0;
    return in.take(size) && in.take(size, text);
}

}  // namespace

Fingerprint FragmentMemo::key_for(const Fingerprint& build_key, const Fingerprint& strings) {
    return Fingerprinter().add(std::string_view("fragments")).add(build_key).add(strings).finish();
}

FragmentMemo::FragmentMemo(const ContextBuilder& ctx, const Fingerprint& key, EarlierBytes earlier)
    : ctx_(ctx), key_(key), earlier_bytes_source_(std::move(earlier)) {}

void FragmentMemo::load() {
    std::call_once(loaded_, [&] {
        if (earlier_bytes_source_) earlier_bytes_ = earlier_bytes_source_();
        if (earlier_bytes_.owner && !decode(earlier_bytes_.bytes)) {
            earlier_.clear();
            earlier_reads_.clear();
        }
    });
}

bool FragmentMemo::decode(std::string_view bytes) {
    if (bytes.substr(0, kMagic.size()) != kMagic) return false;
    BinaryReader in{bytes, kMagic.size()};
    Fingerprint key;
    if (!in.take(key.high) || !in.take(key.low) || !(key == key_)) return false;
    std::uint32_t sets = 0;
    if (!in.take(sets) || sets > in.remaining()) return false;
    earlier_reads_.resize(sets);
    for (auto& reads : earlier_reads_) {
        std::uint32_t count = 0;
        if (!in.take(count) || count > in.remaining()) return false;
        reads.resize(count);
        for (tmpl::GlobalsRead& r : reads) {
            std::uint8_t kind = 0;
            std::string_view path;
            if (!in.take(kind) || kind > static_cast<std::uint8_t>(tmpl::GlobalsRead::Kind::exists) || !take_text(in, path)) return false;
            r.kind = static_cast<tmpl::GlobalsRead::Kind>(kind);
            r.path = std::string(path);
        }
    }
    std::uint32_t entries = 0;
    if (!in.take(entries) || entries > in.remaining()) return false;
    // The texts follow the table, end to end in its order: only the table is read here (a few
    // MB), a text's pages only when its fragment is taken. Read among the entries, every text's
    // pages were touched to find the next entry: at 10 000 materials 72 MB of a mapped file for a
    // text edit's rebuild that takes two fragments, on the VMs of docs/benchmarks.md some 5 µs a
    // page the first time, with every render thread waiting for the table.
    struct Entry {
        std::string_view key;
        Kept kept;
        std::uint32_t size = 0;
    };
    std::vector<Entry> table(entries);
    std::uint64_t texts = 0;
    for (Entry& e : table) {
        std::string_view item;
        std::uint32_t set = 0;
        if (!take_text(in, e.key) || !in.take(e.size) || !in.take(set) || set >= earlier_reads_.size() || !take_text(in, item) ||
            !in.take(e.kept.seen.high) || !in.take(e.kept.seen.low) || !in.take(e.kept.unused))
            return false;
        e.kept.reads = &earlier_reads_[set];
        e.kept.item = std::string(item);
        texts += e.size;
    }
    std::string_view all;
    if (texts != in.remaining() || !in.take(static_cast<std::size_t>(texts), all)) return false;
    earlier_.reserve(entries);
    std::size_t at = 0;
    for (Entry& e : table) {
        e.kept.text = all.substr(at, e.size);
        at += e.size;
        earlier_.emplace(e.key, std::move(e.kept));
    }
    return true;
}

std::optional<PageId> FragmentMemo::page_at(std::string_view url) {
    std::call_once(pages_indexed_, [&] {
        const SiteModel& model = ctx_.model();
        page_of_url_.reserve(model.pages.size());
        for (PageId i = 0; i < model.pages.size(); ++i) page_of_url_.emplace(model.url_of(i), i);
    });
    auto it = page_of_url_.find(std::string(url));
    if (it == page_of_url_.end()) return std::nullopt;
    return it->second;
}

const FragmentMemo::ReadsSeen& FragmentMemo::reads_seen(const std::vector<tmpl::GlobalsRead>& reads, const tmpl::Value& globals) {
    const std::pair<const void*, const void*> id{&reads, &globals};
    {
        std::lock_guard lock(seen_mutex_);
        if (auto it = reads_seen_.find(id); it != reads_seen_.end()) return *it->second;
    }
    auto made = std::make_unique<ReadsSeen>();
    if (const ContextBuilder::Globals* g = ctx_.globals_of(globals)) {
        made->known = true;
        Fingerprinter f;
        f.add(std::string_view("globals"));
        for (const tmpl::GlobalsRead& r : reads) {
            if (tmpl::is_list_item_read(r.path)) continue;
            const auto kind = static_cast<std::uint8_t>(r.kind);
            f.add(std::string_view(r.path)).add(static_cast<std::uint64_t>(kind)).add(g->read(r.path, kind));
        }
        made->globals = f.finish();
        made->members = ContextBuilder::item_members_read(reads);
    }
    std::lock_guard lock(seen_mutex_);
    return *reads_seen_.try_emplace(id, std::move(made)).first->second;
}

std::optional<Fingerprint> FragmentMemo::seen(const std::vector<tmpl::GlobalsRead>& reads, std::optional<PageId> item,
                                              const tmpl::Value& globals, const tmpl::Locale& locale) {
    const ReadsSeen& known = reads_seen(reads, globals);
    if (!known.known) return std::nullopt;
    Fingerprinter f;
    f.add(known.globals).add(std::string_view(locale.language));
    if (item) f.add(ctx_.item_members_seen(*item, known.members));
    else f.add(std::string_view("no item"));
    return f.finish();
}

std::optional<tmpl::EarlierFragments::Taken> FragmentMemo::take(const std::string& key, const tmpl::Value& globals, const tmpl::Locale& locale) {
    load();
    auto it = earlier_.find(key);
    if (it == earlier_.end()) return std::nullopt;
    const Kept& earlier = it->second;
    std::optional<PageId> item;
    if (!earlier.item.empty()) {
        item = page_at(earlier.item);
        if (!item) return std::nullopt;
    }
    const std::optional<Fingerprint> now = seen(*earlier.reads, item, globals, locale);
    if (!now || !(*now == earlier.seen)) return std::nullopt;
    {
        std::lock_guard lock(current_mutex_);
        current_.try_emplace(key, Kept{earlier.text, earlier.reads, earlier.item, earlier.seen, 0});
    }
    ++taken_;
    return Taken{earlier.text, earlier.reads, item ? &ctx_.summary(*item) : nullptr};
}

void FragmentMemo::made(const std::string& key, std::string_view text, const std::vector<tmpl::GlobalsRead>& reads, const tmpl::Value* item,
                        const tmpl::Value& globals, const tmpl::Locale& locale) {
    std::optional<PageId> page;
    if (item) {
        page = ctx_.summary_id(item);
        if (!page) return;  // not a page's summary: which item it was is not known to a later build
    }
    const std::optional<Fingerprint> now = seen(reads, page, globals, locale);
    if (!now) return;
    Kept kept{text, &reads, page ? ctx_.model().url_of(*page) : std::string(), *now, 0};
    std::lock_guard lock(current_mutex_);
    current_.insert_or_assign(key, std::move(kept));
    ++made_;
}

void FragmentMemo::encode(std::ostream& out) {
    load();
    // The lists of reads, each once, numbered in the order met.
    std::unordered_map<const std::vector<tmpl::GlobalsRead>*, std::uint32_t> set_of;
    std::vector<const std::vector<tmpl::GlobalsRead>*> sets;
    auto number = [&](const std::vector<tmpl::GlobalsRead>* reads) {
        auto [it, inserted] = set_of.try_emplace(reads, static_cast<std::uint32_t>(sets.size()));
        if (inserted) sets.push_back(reads);
        return it->second;
    };
    std::vector<std::pair<std::string_view, const Kept*>> entries;
    entries.reserve(current_.size() + earlier_.size());
    for (const auto& [key, kept] : current_) entries.emplace_back(key, &kept);
    std::vector<Kept> aged;
    aged.reserve(earlier_.size());
    for (const auto& [key, kept] : earlier_) {
        if (current_.count(std::string(key)) || kept.unused + 1 > kMaxUnusedSaves) continue;
        aged.push_back(kept);
        ++aged.back().unused;
        entries.emplace_back(key, &aged.back());
    }
    std::vector<std::uint32_t> entry_sets;
    entry_sets.reserve(entries.size());
    for (const auto& [key, kept] : entries) entry_sets.push_back(number(kept->reads));

    std::string bytes(kMagic);
    append_number(bytes, key_.high);
    append_number(bytes, key_.low);
    append_number(bytes, static_cast<std::uint32_t>(sets.size()));
    for (const auto* reads : sets) {
        append_number(bytes, static_cast<std::uint32_t>(reads->size()));
        for (const tmpl::GlobalsRead& r : *reads) {
            append_number(bytes, static_cast<std::uint8_t>(r.kind));
            append_text(bytes, r.path);
        }
    }
    append_number(bytes, static_cast<std::uint32_t>(entries.size()));
    // The table, then the texts in its order (decode reads only the table). Written a piece at a
    // time: the texts are some 70 MB at 10 000 materials.
    auto flush = [&](std::size_t above) {
        if (bytes.size() < above) return;
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.clear();
    };
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const auto& [key, kept] = entries[k];
        append_text(bytes, key);
        append_number(bytes, static_cast<std::uint32_t>(kept->text.size()));
        append_number(bytes, entry_sets[k]);
        append_text(bytes, kept->item);
        append_number(bytes, kept->seen.high);
        append_number(bytes, kept->seen.low);
        append_number(bytes, kept->unused);
        flush(1u << 20);
    }
    for (const auto& [key, kept] : entries) {
        bytes += kept->text;
        flush(1u << 20);
    }
    flush(0);
}

}  // namespace urker
