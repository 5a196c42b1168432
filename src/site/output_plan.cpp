#include "site/output_plan.h"

#include <algorithm>
#include <tuple>

#include "core/text.h"

namespace urker {

namespace fs = std::filesystem;
using Kind = OutputOrigin::Kind;

namespace {

bool is_copied(Kind k) { return k == Kind::theme_file || k == Kind::site_static || k == Kind::content_file; }

// Files urker writes only as a default: the site's static/ may hold its own.
bool is_replaceable_default(const std::string& path) { return path == "robots.txt"; }

// What else claims an address, as the catalogue's other_kind and other (site.same_address).
std::pair<const char*, std::string> describe(const OutputOrigin& o) {
    switch (o.kind) {
        case Kind::generated: return {"generated", ""};
        case Kind::theme_file: return {"theme_file", o.source};
        case Kind::section_list: return {"section_list", o.source};
        case Kind::page: return {"page", o.source};
        case Kind::site_static:
        case Kind::content_file: return {"file", o.source};
    }
    return {"file", o.source};
}

Message hint_for(Kind located, Kind other) {
    switch (located) {
        case Kind::content_file: return Message("site.hint_content_file");
        case Kind::site_static: return Message(other == Kind::generated ? "site.hint_static_generated" : "site.hint_static_page");
        case Kind::page: return Message("site.hint_page");
        default: return Message("site.hint_rename");
    }
}

}  // namespace

const std::pair<const std::string, OutputPlan::Entry>* OutputPlan::folder_conflict(const std::string& path) const {
    for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
        if (auto it = entries_.find(path.substr(0, slash)); it != entries_.end()) return &*it;
    const std::string folder = path + "/";
    if (auto it = entries_.lower_bound(folder); it != entries_.end() && starts_with(it->first, folder)) return &*it;
    return nullptr;
}

void OutputPlan::claim(const std::string& path, OutputOrigin origin, fs::path file) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!entries_.count(path)) {
        if (const auto* other = folder_conflict(path)) {
            collided_claims_.insert(path);
            collided_claims_.insert(other->first);
            collisions_.push_back({path, std::move(origin), other->second.origin, other->first});
            return;
        }
    }
    auto [it, inserted] = entries_.try_emplace(path, Entry{origin, file, false});
    if (inserted) return;
    Entry& e = it->second;
    if (e.origin.kind == Kind::theme_file && origin.kind == Kind::site_static) {
        e = Entry{std::move(origin), std::move(file), false};  // the site overrides its theme
        return;
    }
    // Two content files at one address are the loader's to report ("the same address as …").
    if (e.origin.kind == Kind::page && origin.kind == Kind::page) return;
    collided_claims_.insert(path);
    collisions_.push_back({path, e.origin, std::move(origin), {}});
}

bool OutputPlan::admit(const std::string& path, const OutputOrigin& writer, const fs::path* copied_file) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!entries_.count(path)) {
        if (const auto* other = folder_conflict(path); other && other->second.origin.kind != Kind::generated) {
            if (collided_claims_.count(path) || collided_claims_.count(other->first)) return false;  // told at the claims
            collisions_.push_back({path, writer, other->second.origin, other->first});
            return false;
        }
    }
    auto [it, inserted] = entries_.try_emplace(path, Entry{writer, copied_file ? *copied_file : fs::path(), true});
    if (inserted) return true;
    Entry& e = it->second;
    const bool owner = copied_file ? is_copied(e.origin.kind) && e.file == *copied_file
                                   : e.origin.kind == Kind::page || e.origin.kind == Kind::section_list ||
                                         (e.origin.kind == Kind::theme_file && e.file.empty());
    if (owner && !e.written) {
        e.written = true;
        return true;
    }
    if (!copied_file && e.origin.kind == Kind::site_static && is_replaceable_default(path)) return false;
    // Two of urker's own files: the render stage's business, not a user's file to point at.
    if (e.origin.kind == Kind::generated && writer.kind == Kind::generated) return true;
    if (collided_claims_.count(path)) return false;  // the claims' collision is told already, at the file of the user's making
    collisions_.push_back({path, e.origin, writer, {}});
    return false;
}

void OutputPlan::write(const std::string& path, std::string_view data) {
    if (admit(path, OutputOrigin{}, nullptr)) inner_.write(path, data);
}

void OutputPlan::write_pieces(const std::string& path, std::span<const std::string_view> pieces) {
    if (admit(path, OutputOrigin{}, nullptr)) inner_.write_pieces(path, pieces);
}

bool OutputPlan::link_previous(const std::string& path, std::optional<std::uintmax_t> size) {
    // Admitted as a write of the same path would be; a refused one counts as taken (the build fails).
    return !admit(path, OutputOrigin{}, nullptr) || inner_.link_previous(path, size);
}

void OutputPlan::copy(const fs::path& source_file, const std::string& path) {
    if (admit(path, OutputOrigin{Kind::generated, source_file.string()}, &source_file)) inner_.copy(source_file, path);
}

void OutputPlan::report(Diagnostics& diags) const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<Collision> found = collisions_;
    std::sort(found.begin(), found.end(), [](const Collision& a, const Collision& b) {
        return std::tie(a.path, a.first.source, a.second.source) < std::tie(b.path, b.first.source, b.second.source);
    });
    for (const Collision& c : found) {
        // Reported at the file most of the user's own making, naming the other.
        const bool second_located = c.second.kind >= c.first.kind;
        const OutputOrigin& at = second_located ? c.second : c.first;
        const OutputOrigin& other = second_located ? c.first : c.second;
        if (at.kind == Kind::generated) continue;
        const char* subject = at.kind == Kind::page || at.kind == Kind::section_list ? "page" : "file";
        const auto described = describe(other);
        if (c.second_path.empty()) {
            diags.error({at.source, 0, 0},
                        Message("site.same_address",
                                {{"subject", subject}, {"path", c.path}, {"other_kind", described.first}, {"other", described.second}}),
                        hint_for(at.kind, other.kind));
            continue;
        }
        // One path is the other's folder: say which file needs which as a folder.
        const std::string& at_path = second_located ? c.second_path : c.path;
        const std::string& other_path = second_located ? c.path : c.second_path;
        const bool at_is_folder = starts_with(other_path, at_path + "/");
        diags.error({at.source, 0, 0},
                    Message("site.folder_conflict", {{"subject", subject},
                                                     {"path", at_path},
                                                     {"other_kind", described.first},
                                                     {"other", described.second},
                                                     {"other_path", other_path},
                                                     {"at_is_folder", at_is_folder ? "yes" : "no"}}),
                    hint_for(at.kind, other.kind));
    }
}

void claim_site_output(OutputPlan& plan, const fs::path& source_root, const SiteModel& model,
                       const std::vector<StaticAsset>& static_files) {
    std::string root = source_root.lexically_normal().generic_string();
    if (root == ".") root.clear();
    if (!root.empty() && root.back() != '/') root += '/';
    auto shown = [&](const std::string& file) {
        std::string f = fs::path(file).lexically_normal().generic_string();
        return !root.empty() && starts_with(f, root) ? f.substr(root.size()) : f;
    };
    for (const Page& p : model.pages) {
        // A folder without _index.md gets a list page that no file stands for.
        if (p.kind != PageKind::page && p.file_text().empty()) {
            const std::string folder = p.content_path.substr(0, p.content_path.rfind('/') + 1);  // npos + 1 == 0
            plan.claim(p.path + "index.html", {Kind::section_list, "content/" + folder});
        } else {
            plan.claim(p.path + "index.html", {Kind::page, p.source});
        }
    }
    for (const StaticAsset& f : static_files) {
        std::string s = shown(f.source);
        // A built-in theme file has no file on disk: it is written from memory, so its claim has none.
        const bool builtin = starts_with(f.source, "(the built-in theme)");
        plan.claim(f.output_path, {starts_with(s, "static/") ? Kind::site_static : Kind::theme_file, s},
                   builtin ? fs::path() : fs::path(f.source));
    }
    for (const StaticAsset& a : model.assets) plan.claim(a.output_path, {Kind::content_file, shown(a.source)}, a.source);
}

}  // namespace urker
