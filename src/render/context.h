// What templates see: the site, the page and, for lists, the pages on this page of the list.
// Every value is JSON; documented in docs/theme-reference.md.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/json.h"

#include "core/fingerprint.h"
#include "output/published_memo.h"
#include "template/globals_trace.h"
#include "model/portal.h"
#include "model/site_model.h"
#include "render/feed_pages.h"
#include "render/theme.h"
#include "template/fragment_cache.h"
#include "template/template_clock.h"

namespace urker {

class PublishedMemo;

class ContextBuilder {
public:
    // `memo`: the build cache of the pages the last build published (render/publish_page.h);
    // null renders every page.
    // Takes the model's pages' front matter (front_matter below).
    ContextBuilder(SiteModel& model, const Portal& portal, const Theme& theme, std::string generator, PublishedMemo* memo = nullptr);

    // `site` as seen from a page in `lang` (titles resolved to that language).
    const urker::Json& site(const std::string& lang) const;
    // The page with its content (for its own page).
    urker::Json page(PageId id) const;
    // What page(id) adds to the page's summary: its data whole, content, table of contents and
    // breadcrumbs. A render reads the rest from summary(id) (tmpl::SharedList::base_of), which
    // spares a copy of the summary per page (5 % of a first build's CPU at 10 000 materials).
    urker::Json page_own(PageId id) const;
    // A fingerprint of everything page(id) is made of, without making it (for the build cache).
    Fingerprint page_fingerprint(PageId id) const;
    // A fingerprint of summary(id), worked out once per build when there is a build cache.
    Fingerprint summary_fingerprint(PageId id) const;
    // The page without content and table of contents (for lists). Prepared once per page.
    const urker::Json& summary(PageId id) const { return summaries_[id]; }
    // The pages of the site's feeds, which tell the feeds there are (`site.feeds`).
    const SiteFeeds& feeds() const { return feeds_; }
    // The page's front matter as written. Once the summaries are made, each page's front matter
    // is moved into its summary's `params` instead of copied there (one copy less of every page's:
    // some 30 MB less peak memory at 10 000 materials): the model's pages are left without it, and
    // the render stage reads it here.
    const urker::Json& front_matter(PageId id) const;
    // site.menus with `active` set for the page at `url`.
    urker::Json menus_for(const std::string& lang, const std::string& url) const;
    // {"site": …} for a page in `lang` at `url`, menus included: the engine's globals. There are only
    // as many versions as menu states, so pages share them instead of copying the site each.
    const urker::Json& globals_for(const std::string& lang, const std::string& url) const { return globals(lang, url).value; }
    // The same, with what the build cache needs of it: what a page's read of it sees
    // (template/globals_trace.h), worked out once per read for all the pages that make it.
    struct Globals {
        urker::Json value;
        const tmpl::Engine* engine = nullptr;  // what a read of a template sees (globals_trace.h's kTemplateReads)
        Fingerprint read(const std::string& where, std::uint8_t kind) const;
        // What the last build's reads see in these values, for all the pages that share them.
        const PublishedMemo::ReadVerdicts& verdicts(const PublishedMemo& memo) const;
        // Everything a render read of these values (its trace), as `memo`'s numbers for the reads
        // (PublishedMemo::number_for), each once, in `numbers`. A distinct read is looked at once
        // and a fragment's reads once for the build: some 28 000 pages read the same few hundred
        // values at 10 000 materials, and numbering them read by read, under the memo's lock, was a
        // tenth of a first build's CPU. One memo per Globals. Thread-safe.
        // The reads of the shared lists' items (template/globals_trace.h's kListItems) are not of
        // these values: they go to `item_reads`, for the page to number with what its items show.
        void number_reads(PublishedMemo& memo, const tmpl::GlobalsTrace& trace, std::vector<std::uint32_t>& numbers,
                          std::vector<const tmpl::GlobalsRead*>& item_reads) const;

    private:
        // A read as a key: its kind, then where ("\x01" "4:site5:title"), looked up without a copy.
        struct ReadKey {
            std::uint8_t kind;
            std::string_view where;
        };
        struct ReadKeyHash {
            using is_transparent = void;
            std::size_t operator()(const ReadKey& k) const { return std::hash<std::string_view>{}(k.where) * 3 + k.kind; }
            std::size_t operator()(const std::string& k) const {
                return (*this)(ReadKey{static_cast<std::uint8_t>(k[0]), std::string_view(k).substr(1)});
            }
        };
        struct ReadKeyEqual {
            using is_transparent = void;
            static bool same(const ReadKey& a, const std::string& b) {
                return b.size() == a.where.size() + 1 && static_cast<std::uint8_t>(b[0]) == a.kind && std::string_view(b).substr(1) == a.where;
            }
            bool operator()(const std::string& a, const std::string& b) const { return a == b; }
            bool operator()(const ReadKey& a, const std::string& b) const { return same(a, b); }
            bool operator()(const std::string& a, const ReadKey& b) const { return same(b, a); }
        };
        std::uint32_t number_of(PublishedMemo& memo, const tmpl::GlobalsRead& read) const;

        mutable std::mutex mutex_;
        mutable std::unordered_map<std::string, Fingerprint> seen_;  // by kind, then where
        mutable std::shared_mutex numbers_mutex_;
        mutable std::unordered_map<std::string, std::uint32_t, ReadKeyHash, ReadKeyEqual> numbers_;  // as ReadKey
        struct BlockNumbers {
            std::vector<std::uint32_t> numbers;               // of the reads of these values
            std::vector<const tmpl::GlobalsRead*> item_reads;  // the others
        };
        mutable std::unordered_map<const void*, BlockNumbers> block_numbers_;
        mutable std::once_flag verdicts_made_;
        mutable std::unique_ptr<PublishedMemo::ReadVerdicts> verdicts_;
    };
    const Globals& globals(const std::string& lang, const std::string& url) const;
    // What reads of the shared lists' items (template/globals_trace.h's kListItems) see in `lists`,
    // all together, `reads` being (kind, path), sorted, each once. Seen by the summary's members
    // they reach (a read of `p.data.grades` sees all of `p.data`; of `p` itself, all of it), whose
    // fingerprints are worked out once per build: a check looks at no JSON. Thread-safe.
    using ItemRead = std::pair<std::uint8_t, std::string_view>;
    Fingerprint items_seen(const tmpl::SharedLists* lists, const std::vector<ItemRead>& reads) const;
    const Theme& theme() const { return theme_; }
    PublishedMemo* memo() const { return memo_; }
    const SiteModel& model() const { return model_; }

    // For the {% cache %} fragments one build keeps for the next (render/fragment_memo.h):
    // the Globals whose `value` is `value` (null: none of these);
    const Globals* globals_of(const urker::Json& value) const;
    // the page whose summary `item` is (nullopt: not a summary of this build);
    std::optional<PageId> summary_id(const urker::Json* item) const;
    // the members of a summary that reads of list items reach (as items_seen: the first name
    // after the items' root), as hashes, sorted, each once; and what they are in a page's summary.
    static std::vector<std::uint64_t> item_members_read(const std::vector<tmpl::GlobalsRead>& reads);
    Fingerprint item_members_seen(PageId id, const std::vector<std::uint64_t>& members) const;
    // What the theme's {% cache %} blocks kept during this build (a card shown on many lists).
    tmpl::FragmentCache* fragments() const { return &fragments_; }
    // `urker build --profile`: what each template and macro took (null: not timed).
    tmpl::TemplateClock* template_clock() const { return template_clock_; }
    void time_templates(tmpl::TemplateClock* clock) { template_clock_ = clock; }

private:
    urker::Json make_summary(PageId id) const;
    urker::Json breadcrumbs(PageId id) const;
    urker::Json comments_for(PageId id) const;
    const SiteModel& model_;
    const Portal& portal_;
    const Theme& theme_;
    SiteFeeds feeds_;
    std::string generator_;
    tmpl::TemplateClock* template_clock_ = nullptr;
    std::map<std::string, urker::Json> site_by_lang_;
    std::vector<urker::Json> summaries_;
    bool front_matter_taken_ = false;  // moved from the model's pages into the summaries
    std::vector<Fingerprint> summary_fingerprints_;  // with a build cache only
    std::vector<Fingerprint> item_fingerprints_;     // of portal.items, with a build cache only (a page lists a few of them)
    std::set<std::string> page_urls_;  // every page's address, to know where a menu link can go
    mutable std::mutex globals_mutex_;
    mutable std::map<std::string, std::unique_ptr<Globals>> globals_;
    PublishedMemo* memo_ = nullptr;
    mutable tmpl::FragmentCache fragments_;
    // Per summary, each member's fingerprint by a hash of its name, in hash order: what a list's
    // reads of its items see is made of them (items_seen), matched by numbers, not names.
    std::vector<std::vector<std::pair<std::uint64_t, Fingerprint>>> member_fingerprints_;  // with a build cache only
};

urker::Json toc_tree(const std::vector<Heading>& headings);

}  // namespace urker
