#include "content/git_history.h"

#include <git2.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <memory>

#include "core/text.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

// libgit2 keeps a reference count of its users: each read holds one for as long as it runs, so
// no global state is ours and reads on several threads (serve's previews) are safe.
struct LibraryUse {
    LibraryUse() { git_libgit2_init(); }
    ~LibraryUse() { git_libgit2_shutdown(); }
    LibraryUse(const LibraryUse&) = delete;
    LibraryUse& operator=(const LibraryUse&) = delete;
};

template <class T, void (*Free)(T*)>
struct Free_ {
    void operator()(T* p) const {
        if (p) Free(p);
    }
};
template <class T, void (*Free)(T*)>
using Handle = std::unique_ptr<T, Free_<T, Free>>;
using Repository = Handle<git_repository, git_repository_free>;
using Commit = Handle<git_commit, git_commit_free>;
using Tree = Handle<git_tree, git_tree_free>;
using StatusList = Handle<git_status_list, git_status_list_free>;

std::string last_error() {
    const git_error* e = git_error_last();
    return e && e->message ? std::string(e->message) : std::string("unknown error");
}

std::string oid_text(const git_oid* oid) {
    char text[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(text, sizeof text, oid);
    return text;
}

// The commits a shallow clone stops at (.git/shallow): their parents are not in the repository,
// and what they changed is not known. libgit2 1.5 has no grafts, so we read the list ourselves.
std::set<std::string> shallow_boundary(git_repository* repo) {
    std::set<std::string> out;
    if (git_repository_is_shallow(repo) != 1) return out;
    std::ifstream in(fs::path(git_repository_path(repo)) / "shallow");
    for (std::string line; std::getline(in, line);)
        if (line.size() >= GIT_OID_HEXSZ) out.insert(line.substr(0, GIT_OID_HEXSZ));
    return out;
}

// Compares the content/ folders of two commits' trees and names the files that differ. Our own
// merge of the two sorted tree listings, as git's tree-diff does, rather than git_diff_tree_to_tree:
// libgit2's diff runs its iterators over every entry of a changed folder with a path and a pathspec
// check each, 50 ms a commit with 10 000 materials in one folder; this compares two object ids per
// entry and descends only into folders whose id differs. Trees read for one commit's parent are
// kept for the next commit, whose own tree they are.
class Walk {
public:
    using Each = std::function<void(const std::string&)>;

    Walk(git_repository* repo, std::string prefix) : repo_(repo), prefix_(std::move(prefix)) { spec_ = prefix_ + "content/"; }

    // The files below content/ that differ between two commits' trees (`old_root` null: every
    // file of `new_root`), named from the site folder; false on a libgit2 error.
    bool changed(git_tree* old_root, git_tree* new_root, const Each& each) {
        git_oid a, b;
        bool has_a = old_root && content_id(old_root, a), has_b = new_root && content_id(new_root, b);
        std::string path = "content/";
        bool ok = diff(has_a ? &a : nullptr, has_b ? &b : nullptr, path, each);
        previous_.swap(current_);
        current_.clear();
        return ok;
    }

    const std::string& prefix() const { return prefix_; }
    const std::string& spec() const { return spec_; }

private:
    git_repository* repo_;
    std::string prefix_;  // the site folder within the work tree: "" or "site/"
    std::string spec_;    // its content folder: "content/" or "site/content/"
    std::map<std::string, Tree> previous_, current_;  // by raw object id

    bool content_id(git_tree* root, git_oid& out) const {
        git_tree_entry* e = nullptr;
        std::string folder = spec_.substr(0, spec_.size() - 1);
        if (git_tree_entry_bypath(&e, root, folder.c_str()) < 0) return false;
        bool is_tree = git_tree_entry_type(e) == GIT_OBJECT_TREE;
        if (is_tree) git_oid_cpy(&out, git_tree_entry_id(e));
        git_tree_entry_free(e);
        return is_tree;
    }

    const git_tree* tree(const git_oid* id) {
        std::string key(reinterpret_cast<const char*>(id->id), GIT_OID_RAWSZ);
        if (auto it = current_.find(key); it != current_.end()) return it->second.get();
        if (auto it = previous_.find(key); it != previous_.end()) return current_.emplace(key, std::move(it->second)).first->second.get();
        git_tree* raw = nullptr;
        if (git_tree_lookup(&raw, repo_, id) < 0) return nullptr;
        return current_.emplace(key, Tree(raw)).first->second.get();
    }

    bool diff(const git_oid* old_id, const git_oid* new_id, std::string& path, const Each& each) {
        if (old_id && new_id && git_oid_equal(old_id, new_id)) return true;
        const git_tree* a = old_id ? tree(old_id) : nullptr;
        const git_tree* b = new_id ? tree(new_id) : nullptr;
        if ((old_id && !a) || (new_id && !b)) return false;
        std::size_t na = a ? git_tree_entrycount(a) : 0, nb = b ? git_tree_entrycount(b) : 0;
        for (std::size_t i = 0, j = 0; i < na || j < nb;) {
            const git_tree_entry* ea = i < na ? git_tree_entry_byindex(a, i) : nullptr;
            const git_tree_entry* eb = j < nb ? git_tree_entry_byindex(b, j) : nullptr;
            // Tree order: a folder sorts as its name with '/', so a file and a folder of one name differ.
            int order = !ea ? 1 : !eb ? -1 : git_tree_entry_cmp(ea, eb);
            if (order < 0) eb = nullptr, ++i;
            else if (order > 0) ea = nullptr, ++j;
            else ++i, ++j;
            if (ea && eb && git_oid_equal(git_tree_entry_id(ea), git_tree_entry_id(eb)) &&
                git_tree_entry_filemode(ea) == git_tree_entry_filemode(eb))
                continue;
            std::size_t len = path.size();
            path += git_tree_entry_name(ea ? ea : eb);
            auto kind = [](const git_tree_entry* e) { return e ? git_tree_entry_type(e) : GIT_OBJECT_INVALID; };
            bool ok = true;
            if (kind(ea) == GIT_OBJECT_TREE || kind(eb) == GIT_OBJECT_TREE) {
                path += '/';
                ok = diff(kind(ea) == GIT_OBJECT_TREE ? git_tree_entry_id(ea) : nullptr,
                          kind(eb) == GIT_OBJECT_TREE ? git_tree_entry_id(eb) : nullptr, path, each);
            } else if (kind(ea) == GIT_OBJECT_BLOB || kind(eb) == GIT_OBJECT_BLOB) {
                each(path);  // submodules (commits) are not the site's files
            }
            path.resize(len);
            if (!ok) return false;
        }
        return true;
    }
};

GitCommit commit_record(const git_commit* c) {
    GitCommit out;
    out.id = oid_text(git_commit_id(c));
    const git_signature* author = git_commit_author(c);
    if (author) {
        out.time = author->when.time;
        out.offset_minutes = author->when.offset;
        out.author = author->name ? author->name : "";
    } else {
        out.time = git_commit_time(c);
        out.offset_minutes = git_commit_time_offset(c);
    }
    return out;
}

void read_status(git_repository* repo, const Walk& walk, GitHistory& h) {
    git_status_options so;
    git_status_options_init(&so, GIT_STATUS_OPTIONS_VERSION);
    so.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    so.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS | GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH |
               GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    std::string spec = walk.spec();
    char* spec_ptr = spec.data();
    so.pathspec = {&spec_ptr, 1};
    git_status_list* raw = nullptr;
    if (git_status_list_new(&raw, repo, &so) < 0) return;  // the history stands without it
    StatusList list(raw);
    for (std::size_t i = 0, n = git_status_list_entrycount(list.get()); i < n; ++i) {
        const git_status_entry* e = git_status_byindex(list.get(), i);
        if (!e || e->status == GIT_STATUS_CURRENT || (e->status & GIT_STATUS_IGNORED)) continue;
        for (const git_diff_delta* d : {e->head_to_index, e->index_to_workdir}) {
            if (!d) continue;
            for (const char* path : {d->old_file.path, d->new_file.path})
                if (path && starts_with(std::string_view(path), walk.prefix())) h.uncommitted.insert(std::string(path).substr(walk.prefix().size()));
        }
    }
}

}  // namespace

std::string GitCommit::date() const {
    using namespace std::chrono;
    std::int64_t local = time + static_cast<std::int64_t>(offset_minutes) * 60;
    std::int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    year_month_day ymd{sys_days{std::chrono::days{days}}};
    Date d;
    d.year = static_cast<int>(ymd.year());
    d.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    d.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    return d.iso();
}

const char* git_history_state_name(GitHistoryState s) {
    switch (s) {
        case GitHistoryState::off: return "off";
        case GitHistoryState::outside: return "outside";
        case GitHistoryState::empty: return "empty";
        case GitHistoryState::complete: return "complete";
        case GitHistoryState::partial: return "partial";
    }
    return "outside";
}

std::string git_state_key(const std::filesystem::path& site_root) {
    LibraryUse library;
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(fs::absolute(site_root, ec), ec);
    git_repository* raw = nullptr;
    if (git_repository_open_ext(&raw, root.c_str(), 0, nullptr) < 0) return "";
    Repository repo(raw);
    std::string key = git_repository_path(repo.get());
    git_oid head;
    key += git_reference_name_to_id(&head, repo.get(), "HEAD") == 0 ? " " + oid_text(&head) : " unborn";
    // The index: `git add` and `git rm --cached` change what counts as uncommitted.
    struct stat st {};
    if (::stat((fs::path(git_repository_path(repo.get())) / "index").c_str(), &st) == 0)
        key += " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + " " +
               std::to_string(st.st_ctim.tv_sec) + "." + std::to_string(st.st_ctim.tv_nsec) + " " + std::to_string(st.st_ino);
    return key;
}

GitHistory read_git_history(const fs::path& site_root, Diagnostics& diags, const GitHistoryOptions& options) {
    GitHistory h;
    LibraryUse library;
    std::error_code ec;
    fs::path root = fs::weakly_canonical(fs::absolute(site_root, ec), ec);
    auto unreadable = [&](const std::string& where, const std::string& error) {
        diags.warning({where}, Message("history.unreadable", {{"error", error}}), Message("history.unreadable_hint"));
        return GitHistory{};
    };

    git_repository* raw = nullptr;
    int rc = git_repository_open_ext(&raw, root.c_str(), 0, nullptr);
    Repository repo(raw);
    if (rc == GIT_ENOTFOUND) return h;  // not in Git: the site builds as before
    if (rc < 0) return unreadable(".git", last_error());
    const char* workdir = git_repository_workdir(repo.get());
    if (!workdir) return h;  // a bare repository has no files to be the site's
    fs::path work = fs::weakly_canonical(workdir, ec);
    fs::path relative = root.lexically_relative(work);
    if (relative.empty() || *relative.begin() == "..") return h;
    std::string prefix = relative == "." ? "" : relative.generic_string() + "/";
    Walk walk(repo.get(), prefix);

    int unborn = git_repository_head_unborn(repo.get());
    if (unborn == 1) {
        h.state = GitHistoryState::empty;
        if (options.read_status) read_status(repo.get(), walk, h);
        return h;
    }
    git_oid head;
    git_commit* first = nullptr;
    if (unborn < 0 || git_reference_name_to_id(&head, repo.get(), "HEAD") < 0 || git_commit_lookup(&first, repo.get(), &head) < 0)
        return unreadable(git_repository_path(repo.get()), last_error());
    const std::set<std::string> shallow = shallow_boundary(repo.get());

    h.state = GitHistoryState::complete;
    Commit current(first);
    git_tree* tree_raw = nullptr;
    if (git_commit_tree(&tree_raw, current.get()) < 0) return unreadable(git_repository_path(repo.get()), last_error());
    Tree tree(tree_raw);
    while (current) {
        auto index = static_cast<std::uint32_t>(h.commits.size());
        h.commits.push_back(commit_record(current.get()));
        // Follow the first parent; a missing one (a shallow clone's boundary, a damaged
        // repository) ends the history known here.
        Commit parent;
        Tree parent_tree;
        bool boundary = shallow.count(h.commits.back().id) > 0;
        if (!boundary && git_commit_parentcount(current.get()) > 0) {
            git_commit* p = nullptr;
            git_tree* pt = nullptr;
            if (git_commit_parent(&p, current.get(), 0) < 0 || (parent.reset(p), git_commit_tree(&pt, parent.get()) < 0)) boundary = true;
            parent_tree.reset(pt);
        }
        if (!boundary && parent && h.commits.size() >= options.max_commits) boundary = true;
        bool ok;
        if (boundary) {
            // What this commit changed is not known: the files it holds are older than the history.
            h.state = GitHistoryState::partial;
            ok = walk.changed(nullptr, tree.get(), [&](const std::string& path) { h.before_boundary.insert(path); });
            parent.reset();
        } else {
            ok = walk.changed(parent_tree.get(), tree.get(), [&](const std::string& path) { h.changes[path].push_back(index); });
        }
        if (!ok) {
            diags.warning({git_repository_path(repo.get())}, Message("history.walk_failed", {{"commit", h.commits.back().id}, {"error", last_error()}}),
                          Message("history.unreadable_hint"));
            h.state = GitHistoryState::partial;
            break;
        }
        current = std::move(parent);
        tree = std::move(parent_tree);
    }
    if (options.read_status) read_status(repo.get(), walk, h);
    return h;
}

const FileHistory::Revision* FileHistory::as_of(const Date& day) const {
    const std::string limit = day.iso().substr(0, 10);
    for (const auto& r : revisions)
        if (r.date <= limit) return &r;
    return nullptr;
}

FileHistory history_of(const GitHistory& history, const std::vector<std::string>& paths) {
    FileHistory out;
    std::vector<std::uint32_t> commits;
    auto take = [&](const std::string& path) {
        if (history.before_boundary.count(path)) out.complete = false;
        if (history.uncommitted.count(path)) out.uncommitted = true;
    };
    for (const auto& p : paths) {
        if (!p.empty() && p.back() == '/') {
            for (auto it = history.changes.lower_bound(p); it != history.changes.end() && starts_with(it->first, p); ++it)
                commits.insert(commits.end(), it->second.begin(), it->second.end());
            for (auto it = history.before_boundary.lower_bound(p); it != history.before_boundary.end() && starts_with(*it, p); ++it) take(*it);
            for (auto it = history.uncommitted.lower_bound(p); it != history.uncommitted.end() && starts_with(*it, p); ++it) take(*it);
        } else {
            if (auto it = history.changes.find(p); it != history.changes.end()) commits.insert(commits.end(), it->second.begin(), it->second.end());
            take(p);
        }
    }
    // Indexes are in walk order, newest first; one commit that changed several files counts once.
    std::sort(commits.begin(), commits.end());
    commits.erase(std::unique(commits.begin(), commits.end()), commits.end());
    out.revisions.reserve(commits.size());
    for (auto i : commits) {
        const GitCommit& c = history.commits[i];
        out.revisions.push_back({c.id, c.date(), c.author});
    }
    return out;
}

}  // namespace urker
