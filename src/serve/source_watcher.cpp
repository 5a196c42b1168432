#include "serve/source_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace urker::serve {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 3> kWatchedFolders{"content", "static", "themes"};
constexpr std::string_view kSiteFile = "site.yaml";
constexpr uint32_t kFolderEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO;

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string join(const std::string& folder, std::string_view name) {
    return folder.empty() ? std::string(name) : folder + "/" + std::string(name);
}

}  // namespace

bool is_editor_temporary(std::string_view name) {
    if (name.empty() || name.front() == '.' || name.front() == '#') return true;  // vim swap, emacs lock/autosave
    if (name.back() == '~') return true;                                          // backups
    if (name == "4913") return true;                                              // vim's write test
    // GNU sed -i's file (mkstemp's "sedXXXXXX": six letters or digits, no extension).
    if (name.size() == 9 && name.starts_with("sed") &&
        std::all_of(name.begin() + 3, name.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
        return true;
    for (std::string_view tail : {".swp", ".swx", ".swo", ".tmp", ".kate-swp", ".part", ".crdownload"})
        if (ends_with(name, tail)) return true;
    return false;
}

SourceWatcher::SourceWatcher(fs::path site_root) : root_(std::move(site_root)) {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) {
        fail(Message("serve.watch_unavailable", {{"detail", std::strerror(errno)}}));
        return;
    }
    // The site folder itself, for site.yaml and for content/, static/ or themes/ created later.
    int wd = inotify_add_watch(fd_, root_.c_str(), kFolderEvents | IN_ONLYDIR);
    if (wd < 0) {
        fail(Message("serve.watch_folder_failed", {{"folder", root_.string()}, {"detail", std::strerror(errno)}}));
        return;
    }
    folders_[wd] = "";
    for (std::string_view folder : kWatchedFolders) watch_tree(root_ / folder, std::string(folder));
}

void SourceWatcher::fail(Message problem) {
    error_ = render_message(problem, "en");
    problem_ = std::move(problem);
}

SourceWatcher::~SourceWatcher() {
    if (fd_ >= 0) close(fd_);
}

void SourceWatcher::watch_folder(const fs::path& dir, const std::string& relative) {
    int wd = inotify_add_watch(fd_, dir.c_str(), kFolderEvents | IN_ONLYDIR);
    if (wd >= 0) {
        folders_[wd] = relative;
    } else if (errno == ENOSPC && error_.empty()) {
        fail(Message("serve.watch_too_many"));
    }
}

void SourceWatcher::watch_tree(const fs::path& dir, const std::string& relative) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    watch_folder(dir, relative);
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!it->is_directory(ec)) continue;
        if (name.front() == '.') {  // .git and other hidden folders
            it.disable_recursion_pending();
            continue;
        }
        watch_folder(it->path(), relative + "/" + it->path().lexically_relative(dir).generic_string());
    }
}

void SourceWatcher::read_events(std::set<std::string>& changed, std::set<std::string>& created) {
    alignas(inotify_event) char buffer[16384];
    for (;;) {
        ssize_t n = read(fd_, buffer, sizeof buffer);
        if (n <= 0) return;  // EAGAIN: nothing more for now
        for (ssize_t at = 0; at < n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            if (event->mask & IN_IGNORED) {
                folders_.erase(event->wd);
                continue;
            }
            if (event->mask & IN_Q_OVERFLOW) {  // events were lost: rebuild anyway
                changed.insert("(many files)");
                continue;
            }
            auto folder = folders_.find(event->wd);
            if (folder == folders_.end() || event->len == 0) continue;
            std::string_view name(event->name);
            if (is_editor_temporary(name)) continue;
            const bool is_root = folder->second.empty();
            const bool is_dir = event->mask & IN_ISDIR;
            if (is_root) {
                bool watched_folder = false;
                for (std::string_view f : kWatchedFolders) watched_folder = watched_folder || (is_dir && name == f);
                if (name != kSiteFile && !watched_folder) continue;  // public/, README.md, .git…
            }
            std::string relative = join(folder->second, name);
            if (is_dir && (event->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(root_ / relative, relative);
            if (!is_dir && (event->mask & (IN_DELETE | IN_MOVED_FROM)) && created.erase(relative)) {
                changed.erase(relative);  // came and went within this batch: nothing to rebuild for it
                continue;
            }
            if (!is_dir && (event->mask & IN_CREATE) && !changed.count(relative)) created.insert(relative);
            changed.insert(relative);
        }
    }
}

SourceWatcher::Changes SourceWatcher::wait_for_changes(int stop_fd, std::chrono::milliseconds quiet) {
    Changes result;
    if (fd_ < 0) {
        // Without inotify there is nothing to wait for but the stop signal.
        pollfd p{stop_fd, POLLIN, 0};
        while (poll(&p, 1, -1) < 0 && errno == EINTR) {
        }
        result.stopped = true;
        return result;
    }
    std::set<std::string> created;
    int timeout = -1;  // wait for the first change as long as it takes, then for quiet
    for (;;) {
        std::array<pollfd, 2> fds{pollfd{fd_, POLLIN, 0}, pollfd{stop_fd, POLLIN, 0}};
        int ready = poll(fds.data(), stop_fd >= 0 ? 2 : 1, timeout);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) {  // cannot wait any more: stop rather than spin
            result.stopped = true;
            return result;
        }
        if (stop_fd >= 0 && (fds[1].revents & POLLIN)) {
            result.stopped = true;
            return result;
        }
        if (ready <= 0) {
            if (!result.paths.empty()) return result;  // quiet for long enough
            timeout = -1;
            created.clear();
            continue;
        }
        read_events(result.paths, created);
        if (!result.paths.empty()) timeout = static_cast<int>(quiet.count());
    }
}

}  // namespace urker::serve
