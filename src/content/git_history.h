// The site's history from Git (docs/history.md): when each file under content/ was first
// committed, last changed and how many commits changed it, read with libgit2, read-only.
// The only code that sees libgit2; the rest of urker gets the plain records below, so nothing of
// libgit2 crosses a thread or a stage.
//
// One walk for the whole site: from HEAD along first parents (the history as the branch saw it;
// merged side branches count as the merge commit), each commit's tree compared with its parent's
// under content/ only. The work is linear in the commits walked and the files they changed,
// whatever the number of files, and bounded by `max_commits`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"

namespace urker {

struct GitCommit {
    std::string id;           // 40 hex digits
    std::int64_t time = 0;    // the author's time, seconds since the epoch
    int offset_minutes = 0;   // the author's time zone, east of UTC
    std::string author;       // the author's name
    // The author's calendar date in the author's own time zone: "2026-09-12".
    std::string date() const;
};

enum class GitHistoryState {
    off,       // site.yaml says history: off
    outside,   // the site is not in a Git work tree (or the repository could not be read)
    empty,     // a repository without commits
    complete,  // every commit from HEAD back to the first
    partial,   // a shallow clone, or more than max_commits: older commits are not known
};
const char* git_history_state_name(GitHistoryState s);

struct GitHistory {
    GitHistoryState state = GitHistoryState::outside;
    std::vector<GitCommit> commits;  // newest first, as walked
    // Path from the site folder ("content/materials/drobi/index.md") -> the commits that changed
    // it (added, modified or deleted it), as indexes into `commits`, newest first.
    std::map<std::string, std::vector<std::uint32_t>> changes;
    // In a partial history: the files already there at the oldest commit known. When they were
    // first committed is not known, nor how many commits changed them before.
    std::set<std::string> before_boundary;
    // Files under content/ whose work tree or index differs from HEAD (changed, new or deleted).
    std::set<std::string> uncommitted;
};

struct GitHistoryOptions {
    std::size_t max_commits = 20000;  // older commits make the history partial
    bool read_status = true;          // look for uncommitted changes
};

// The history of SITE_ROOT's content/ in the repository that holds it. Never throws: a site
// outside Git gives `outside` quietly; a repository that cannot be read is a warning (the build
// goes on without history).
GitHistory read_git_history(const std::filesystem::path& site_root, Diagnostics& diags, const GitHistoryOptions& options = {});

// What the history of SITE_ROOT depends on besides the files in the site's folder: the
// repository that holds it, its HEAD commit and the identity of its index (size, times, inode),
// as text; "" outside Git. Another commit, a branch switched or a file staged changes it, so a
// build that finds it as it was can trust the history it read (site/up_to_date.h). A few
// milliseconds: no commit is read.
std::string git_state_key(const std::filesystem::path& site_root);

// The history of a set of files taken together (a material: its Markdown files in each language
// and its attachments).
struct FileHistory {
    struct Revision {
        std::string commit;  // 40 hex digits
        std::string date;    // "2026-09-12", the author's date
        std::string author;
    };
    std::vector<Revision> revisions;  // every commit that changed one of the files, newest first
    bool complete = true;             // false: the files are older than the history known
    bool uncommitted = false;         // one of them has changes not committed yet
    bool tracked() const { return !revisions.empty(); }
    // The first commit (when `complete`), the last one.
    const Revision* first() const { return complete && tracked() ? &revisions.back() : nullptr; }
    const Revision* last() const { return tracked() ? &revisions.front() : nullptr; }
    // The newest revision on or before `day` (the version that stood then): the commit of an approved version.
    const Revision* as_of(const Date& day) const;
};

// `paths`: files ("content/materials/a.md") or folders ending in '/' ("content/materials/drobi/":
// every file below it), relative to the site folder.
FileHistory history_of(const GitHistory& history, const std::vector<std::string>& paths);

}  // namespace urker
