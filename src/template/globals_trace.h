// What one render read of its globals (the `site` many pages share), for the build cache
// (render/publish_page.h). A page's file can be taken from the last build when its own values and
// every globals value it read are as they were: templates have no other input, and a template that
// reads the same values takes the same path through its code and reads nothing else.
//
// Reads are followed member by member through objects, so a page that shows
// `site.taxonomies.subject.titles["физика"]` depends on that title, not on every term's count.
// Every member reached records that it exists; testing it for truth records only whether it is
// true (`site.sections.news.count` in an {% if %}: whether there is any news, not how much);
// anything else done with it (printing it, looping over it, filtering it, comparing it, taking a
// list's element) records the value whole; a missing member is recorded as missing. So a read is
// never missed, at worst recorded more coarsely than needed (which costs a re-render, never a
// wrong page).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/fingerprint.h"
#include "template/template.h"

namespace urker::tmpl {

struct GlobalsRead {
    // whole: the value itself; truth: whether it is true (an object: not empty); exists: whether
    // it is there at all (every member access records it: `is defined` reads nothing more).
    enum class Kind : std::uint8_t { whole = 0, truth = 1, exists = 2 };
    // The members from the globals' root, each written as <bytes>:<name> ("4:site8:sections4:news").
    std::string path;
    Kind kind = Kind::whole;
    bool operator==(const GlobalsRead&) const = default;
};

// Each distinct read once per window: a page that shows 10 000 cards reads the same few hundred
// values 10 000 times (1.3 million reads on the A–Z page at 10 000 materials, over 100 MB), and one
// record of each is all the build cache needs. A {% cache %} body opens a window of its own: what
// it read goes with the fragment even if the page read it before.
struct TraceNode;

class GlobalsTrace {
public:
    void add(std::string path, GlobalsRead::Kind kind);
    // The same for a node's path: a node remembers where it was last recorded, so the many reads
    // of one value (a card's `site.taxonomies…` on every card) cost a comparison, not a lookup.
    void add(const TraceNode& node, GlobalsRead::Kind kind);
    // Everything read: own_reads() and then each block's, in one list (a copy).
    std::vector<GlobalsRead> reads() const;
    // What this render read itself, and the blocks of reads it took from fragments (append()). A
    // read may be in both, or in several blocks: the reads are a set, the order means nothing.
    const std::vector<GlobalsRead>& own_reads() const { return reads_; }
    const std::vector<const std::vector<GlobalsRead>*>& blocks() const { return blocks_; }
    // Reads recorded elsewhere (a {% cache %} fragment rendered by another page), taken by
    // address: the fragment cache keeps them unchanged for as long as the build, which outlives
    // this trace. A page takes the footer's few hundred reads whole instead of one by one.
    void append(const std::vector<GlobalsRead>& reads);
    // A window for a {% cache %} body: open_window() gives its start, close_window(start) what
    // was read since (each distinct read once), and ends the window. What was read is a view of
    // this trace's own reads when the window took no fragment's (a card's reads, all made there),
    // valid until the next read is added; else the reads and the fragments' together, in `merged`.
    // A card on every list of 10 000 materials: its reads are looked at, not copied twice.
    std::size_t open_window();
    std::span<const GlobalsRead> close_window(std::size_t start, std::vector<GlobalsRead>& merged);
    // After close_window: the window's reads, as `kept` holds them all (the fragment cache's copy,
    // FragmentCache::keep), are taken as that one block instead of one by one. The catalogue's
    // card file renders 10 000 cards on a rebuild, each in a window of its own: their reads,
    // copied into this trace card after card (tens of paths a card), were a fifth of its time.
    void fold_closed_window(const std::vector<GlobalsRead>& kept);

private:
    // Where a read was recorded is its place among all the reads ever added (`recorded()`), which
    // only grows: folding a window's reads into a block takes them out of reads_ but leaves their
    // places used, so a place remembered by a node or by last_at_ is never taken by another read.
    std::size_t recorded() const { return folded_ + reads_.size(); }
    struct Window {
        std::size_t reads;   // where it starts among the reads recorded (recorded())
        std::size_t own;     // and in reads_
        std::size_t blocks;  // and in blocks_
    };
    struct Closed {  // the window closed last, until a read or a block is added
        std::size_t own = 0, blocks = 0;
        bool open = false;
    };
    std::size_t folded_ = 0;  // reads taken out of reads_ into blocks
    Closed closed_;
    std::vector<GlobalsRead> reads_;
    std::vector<const std::vector<GlobalsRead>*> blocks_;
    std::unordered_map<std::string, std::size_t> last_at_;  // kind + path -> its last place (recorded())
    std::vector<Window> windows_;                           // the open windows, innermost last
};

// A place in the globals reached by members: its path, and the members reached from it so far.
// Names only, so one tree serves every render on a thread (TraceShapes below): a page reads the
// same few hundred members of `site` as the page before it, and building their paths anew for
// each of 28 000 pages was a tenth of a first build's time at 10 000 materials.
struct TraceShape {
    std::string path;
    std::size_t id = 0;  // its place among its tree's shapes
    std::vector<std::pair<std::string, TraceShape*>> members;
};

// The tree of shapes of one thread, from the globals' root. It only grows, with the members some
// template reads (a few hundred for the default theme).
class TraceShapes {
public:
    TraceShapes();
    const TraceShape& root() const { return *shapes_.front(); }
    const TraceShape& member(const TraceShape& parent, std::string_view name);
    std::size_t size() const { return shapes_.size(); }
    static TraceShapes& of_this_thread();

private:
    std::vector<std::unique_ptr<TraceShape>> shapes_;  // by id; pointers to them stay valid
};

// An object reached from the globals by members, as a value being evaluated carries it (Val):
// its shape, and what one render recorded of it.
struct TraceNode {
    const TraceShape* shape = nullptr;
    GlobalsTrace* trace = nullptr;
    const std::string& path() const { return shape->path; }
    // By kind: where in the trace's reads this path was last recorded through this node (none:
    // not yet). Never later than where it really was last recorded, so a place inside the
    // innermost window means recorded there.
    mutable std::size_t recorded_at[3] = {kNotRecorded, kNotRecorded, kNotRecorded};
    static constexpr std::size_t kNotRecorded = static_cast<std::size_t>(-1);
};

// `path` extended by one member.
std::string trace_path(std::string_view parent, std::string_view member);

// The items of a render's shared lists (template.h's SharedList: the summaries a list page shows)
// are followed like the globals, from a root of their own: a read of `p.title` in a loop over
// `pages` is the read "@item" → "title", made once for all the items, and the build cache compares
// what it sees in every item of the page's lists (render/publish_page.h). So a list page depends on
// the members of its pages it shows, not on the rest (a material's word count, read by no list).
// "@" starts no name a template can write, and the globals have no such member.
inline constexpr std::string_view kListItems = "@item";
// Whether a read is of the lists' items, and the read as made in one item (the path after the root).
bool is_list_item_read(std::string_view path);
GlobalsRead read_in_item(const GlobalsRead& read);

// What `read` sees in `globals` now: the fingerprint the build cache compares with the last build's.
Fingerprint fingerprint_of(const Value& globals, const GlobalsRead& read);

// A template a render used (rendered, extended, included, imported, or looked for and not found)
// is recorded as a read of its own: a member of the root named "#template:" and the template's
// name, which no template can write (names are identifiers) and the globals do not have. So a
// page depends on the templates it used, whatever named them (a literal, a variable, a list of
// candidates), and an edit to one template renders again only the pages that used it
// (Engine::template_fingerprint says what such a read sees).
inline constexpr std::string_view kTemplateReads = "#template:";
// The template's name when `path` is such a read.
std::optional<std::string_view> template_of_read(std::string_view path);

}  // namespace urker::tmpl
