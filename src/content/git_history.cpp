#include "content/git_history.h"

#include <git2.h>

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
using Diff = Handle<git_diff, git_diff_free>;
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

class Walk {
public:
    Walk(git_repository* repo, std::string prefix) : repo_(repo), prefix_(std::move(prefix)) {
        spec_ = prefix_ + "content/";
        spec_ptr_ = spec_.data();
        git_diff_options_init(&options_, GIT_DIFF_OPTIONS_VERSION);
        // Literal paths: a site folder named with * or [ is not a pattern.
        options_.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH | GIT_DIFF_IGNORE_SUBMODULES;
        options_.pathspec = {&spec_ptr_, 1};
    }

    // The files `old_tree` -> `new_tree` changed under content/; false on a libgit2 error.
    bool changed(git_tree* old_tree, git_tree* new_tree, const std::function<void(std::string)>& each) {
        git_diff* raw = nullptr;
        if (git_diff_tree_to_tree(&raw, repo_, old_tree, new_tree, &options_) < 0) return false;
        Diff diff(raw);
        for (std::size_t i = 0, n = git_diff_num_deltas(diff.get()); i < n; ++i) {
            const git_diff_delta* d = git_diff_get_delta(diff.get(), i);
            const char* path = d->status == GIT_DELTA_DELETED ? d->old_file.path : d->new_file.path;
            if (!path) continue;
            std::string_view p(path);
            if (!starts_with(p, prefix_)) continue;
            each(std::string(p.substr(prefix_.size())));
        }
        return true;
    }

    const std::string& prefix() const { return prefix_; }
    const std::string& spec() const { return spec_; }

private:
    git_repository* repo_;
    std::string prefix_;  // the site folder within the work tree: "" or "site/"
    std::string spec_;
    char* spec_ptr_ = nullptr;
    git_diff_options options_{};
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
            ok = walk.changed(nullptr, tree.get(), [&](std::string path) { h.before_boundary.insert(std::move(path)); });
            parent.reset();
        } else {
            ok = walk.changed(parent_tree.get(), tree.get(), [&](std::string path) { h.changes[std::move(path)].push_back(index); });
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
