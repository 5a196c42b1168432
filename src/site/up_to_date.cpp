#include "site/up_to_date.h"

#include "core/binary_record.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "content/attachment_cache.h"
#include "core/fs.h"
#include "core/mapped_file.h"
#include "core/thread_pool.h"
#include "output/output_folder.h"
#include "output/output_paths.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHeader = "urker-up-to-date 1";

std::int64_t nanoseconds(const struct timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec; }

bool ends_with(const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

using ListedEntry = TreeListing::Entry;
using ListedFolder = TreeListing::Folder;

TreeListing::Identity identity_of(const struct stat& st) {
    return {static_cast<std::uint32_t>(st.st_mode), static_cast<std::uint64_t>(st.st_size), static_cast<std::uint64_t>(st.st_ino),
            nanoseconds(st.st_mtim), nanoseconds(st.st_ctim)};
}

// Lists the folder at `folder.prefix` below the open root `root_fd`; `left_out` are names not
// listed. The path is opened from the root: its folders were each seen by lstat to be folders,
// not links, and the last is opened without following a link.
void list_folder(int root_fd, ListedFolder& folder, const std::vector<std::string>& left_out) {
    const int fd = folder.prefix.empty()
        ? ::fcntl(root_fd, F_DUPFD_CLOEXEC, 0)
        : ::openat(root_fd, folder.prefix.substr(0, folder.prefix.size() - 1).c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    DIR* dir = fd >= 0 ? ::fdopendir(fd) : nullptr;
    if (!dir) {
        if (fd >= 0) ::close(fd);
        folder.opened = false;
        return;
    }
    while (const dirent* e = ::readdir(dir)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        if (std::find(left_out.begin(), left_out.end(), name) != left_out.end()) continue;
        folder.entries.push_back({std::move(name)});
    }
    std::sort(folder.entries.begin(), folder.entries.end(), [](const ListedEntry& x, const ListedEntry& y) { return x.name < y.name; });
    for (ListedEntry& entry : folder.entries) {
        struct stat st {};
        entry.seen = ::fstatat(::dirfd(dir), entry.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
        if (entry.seen) entry.id = identity_of(st);
        if (!entry.seen) folder.readable = false;
    }
    ::closedir(dir);
}

// An earlier listing's folders by prefix, with the time before which a folder's times show
// that its names are still the same (TreeListing's list_tree).
struct EarlierListing {
    const TreeListing* listing = nullptr;
    std::unordered_map<std::string_view, std::size_t> by_prefix;
    std::int64_t settled_before_ns = INT64_MIN;

    explicit EarlierListing(const TreeListing* previous) : listing(previous) {
        if (!previous) return;
        by_prefix.reserve(previous->folders.size());
        for (std::size_t i = 0; i < previous->folders.size(); ++i) by_prefix.emplace(previous->folders[i].prefix, i);
        settled_before_ns = previous->listed_at_ns - 2'000'000'000;
    }
    // The earlier folder whose names `folder` (its prefix and own identity known) still holds.
    const ListedFolder* same_names(const ListedFolder& folder) const {
        if (!listing) return nullptr;
        const auto it = by_prefix.find(folder.prefix);
        if (it == by_prefix.end()) return nullptr;
        const ListedFolder& before = listing->folders[it->second];
        const TreeListing::Identity& a = before.self;
        const TreeListing::Identity& b = folder.self;
        const bool same = a.mode == b.mode && a.size == b.size && a.inode == b.inode && a.modified_ns == b.modified_ns && a.changed_ns == b.changed_ns;
        if (!same || !S_ISDIR(b.mode) || !before.opened || !before.readable) return nullptr;
        if (b.modified_ns >= settled_before_ns || b.changed_ns >= settled_before_ns) return nullptr;
        return &before;
    }
};

// The folder's entries with the names `before` holds, each looked at through the root.
void relook_folder(int root_fd, ListedFolder& folder, const ListedFolder& before, const std::vector<std::string>& left_out) {
    folder.entries.reserve(before.entries.size());
    for (const ListedEntry& e : before.entries)
        if (std::find(left_out.begin(), left_out.end(), e.name) == left_out.end()) folder.entries.push_back({e.name});
    std::string path;
    for (ListedEntry& entry : folder.entries) {
        path.assign(folder.prefix).append(entry.name);
        struct stat st {};
        entry.seen = ::fstatat(root_fd, path.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
        if (entry.seen) entry.id = identity_of(st);
        if (!entry.seen) folder.readable = false;
    }
}

// Lists the folders of `level` (indices into `folders`), then their subfolders, a level at a
// time, the folders of a level in parallel: a published site of 10 000 materials is 57 000
// entries in 28 000 folders, and each folder costs system calls (open, read its names, lstat
// each) that the cores can make side by side. `on_folder(index)`: each folder added. `earlier`:
// a folder it vouches for is not opened, its names taken from there (`reused` counts them).
template <typename OnFolder>
void list_levels(int root_fd, std::vector<ListedFolder>& folders, std::vector<std::size_t> level, const std::vector<std::string>& left_out,
                 OnFolder&& on_folder, const EarlierListing* earlier = nullptr, std::atomic<std::size_t>* reused = nullptr) {
    while (!level.empty()) {
        parallel_for(level.size(), [&](std::size_t i) {
            ListedFolder& folder = folders[level[i]];
            const std::vector<std::string>& names_left_out = level[i] == 0 ? left_out : std::vector<std::string>{};
            if (const ListedFolder* before = earlier ? earlier->same_names(folder) : nullptr) {
                relook_folder(root_fd, folder, *before, names_left_out);
                if (reused) ++*reused;
            } else {
                list_folder(root_fd, folder, names_left_out);
            }
        }, level.size() < 64 ? 1u : worker_count());
        std::vector<std::size_t> next;
        for (std::size_t index : level) {
            for (std::size_t k = 0; k < folders[index].entries.size(); ++k) {
                const ListedEntry& entry = folders[index].entries[k];
                if (!entry.seen || !S_ISDIR(entry.id.mode)) continue;
                std::string prefix = folders[index].prefix + entry.name + "/";
                const TreeListing::Identity self = entry.id;
                next.push_back(folders.size());
                folders[index].entries[k].folder = folders.size();
                ListedFolder& added = folders.emplace_back();
                added.prefix = std::move(prefix);
                added.self = self;
                on_folder(folders.size() - 1);
            }
        }
        level = std::move(next);
    }
}

// Stamps the listed folders in the order of a depth-first walk: each entry, then, for a folder,
// its own entries.
struct Stamper {
    const std::vector<ListedFolder>& folders;
    std::int64_t recent_after_ns;
    Fingerprinter f;
    TreeStamp stamp;

    void add(const ListedFolder& folder) {
        if (!folder.readable) stamp.readable = false;
        for (const ListedEntry& entry : folder.entries) {
            if (!entry.seen) continue;
            const TreeListing::Identity& id = entry.id;
            ++stamp.entries;
            const std::string path = folder.prefix + entry.name;
            f.add(std::string_view(path))
                .add(static_cast<std::uint64_t>(id.mode))
                .add(id.size)
                .add(static_cast<std::uint64_t>(id.modified_ns))
                .add(static_cast<std::uint64_t>(id.changed_ns))
                .add(id.inode);
            if (S_ISREG(id.mode) && std::max(id.modified_ns, id.changed_ns) > recent_after_ns) stamp.recent.push_back(path);
            if (S_ISLNK(id.mode)) stamp.has_symlink = true;
            if (entry.folder == SIZE_MAX) continue;
            const ListedFolder& child = folders[entry.folder];
            if (!child.opened) {
                stamp.readable = false;
                continue;
            }
            add(child);
        }
    }
};

std::string parent_path_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

}  // namespace

ListedFiles::ListedFiles(const TreeListing& listing) : listing_(listing) {
    folder_of_prefix_.reserve(listing.folders.size());
    for (std::size_t f = 0; f < listing.folders.size(); ++f) folder_of_prefix_.emplace(listing.folders[f].prefix, f);
}

std::optional<ListedFiles::Found> ListedFiles::find(std::string_view path) const {
    const std::size_t slash = path.rfind('/');
    const std::string_view prefix = slash == std::string_view::npos ? std::string_view() : path.substr(0, slash + 1);
    const std::string_view name = path.substr(prefix.size());
    auto folder = folder_of_prefix_.find(prefix);
    if (folder == folder_of_prefix_.end()) {
        // A folder the walk listed has each subfolder listed too: a path under none is not there.
        return std::nullopt;
    }
    const TreeListing::Folder& listed = listing_.folders[folder->second];
    if (!listed.opened || !listed.readable) return std::nullopt;
    auto it = std::lower_bound(listed.entries.begin(), listed.entries.end(), name,
                               [](const TreeListing::Entry& e, std::string_view n) { return std::string_view(e.name) < n; });
    if (it == listed.entries.end() || it->name != name) return Found{};  // no such file
    if (!it->seen) return std::nullopt;
    return Found{S_ISREG(it->id.mode), it->id};
}

TreeListing list_tree(const fs::path& root, const std::vector<std::string>& left_out, const TreeListing* previous) {
    TreeListing listing;
    listing.listed_at_ns = wall_clock_ns();
    listing.folders.resize(1);
    const int root_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    struct stat st {};
    if (root_fd < 0 || ::fstat(root_fd, &st) != 0) {
        if (root_fd >= 0) ::close(root_fd);
        listing.folders[0].opened = false;
        return listing;
    }
    listing.folders[0].self = identity_of(st);
    const EarlierListing earlier(previous);
    std::atomic<std::size_t> reused{0};
    list_levels(root_fd, listing.folders, {0}, left_out, [](std::size_t) {}, &earlier, &reused);
    listing.folders_reused = reused;
    ::close(root_fd);
    return listing;
}

TreeListing listing_of_swapped_site(const fs::path& root, const SwappedSite& site) {
    TreeListing listing;
    listing.listed_at_ns = site.swapped_at_ns;
    // The folders by prefix, each with its entries' names; a folder's subfolders are entries of it.
    std::unordered_map<std::string, std::vector<std::string>> names{{"", {}}};
    auto parent_and_name = [](const std::string& path) -> std::pair<std::string, std::string> {
        const std::size_t slash = path.rfind('/');
        if (slash == std::string::npos) return {"", path};
        return {path.substr(0, slash + 1), path.substr(slash + 1)};
    };
    for (const std::string& folder : site.folders) names.try_emplace(folder + "/");
    for (const std::string& folder : site.folders) {
        auto [parent, name] = parent_and_name(folder);
        names[parent].push_back(std::move(name));
    }
    for (const std::string& file : site.files) {
        auto [parent, name] = parent_and_name(file);
        names[parent].push_back(std::move(name));
    }
    // In the order list_tree adds them: a level at a time, each folder's subfolders in name order.
    listing.folders.resize(1);
    std::vector<std::size_t> level{0};
    while (!level.empty()) {
        std::vector<std::size_t> next;
        for (std::size_t index : level) {
            std::vector<std::string>& own = names[listing.folders[index].prefix];
            std::sort(own.begin(), own.end());
            own.erase(std::unique(own.begin(), own.end()), own.end());
            listing.folders[index].entries.reserve(own.size());
            for (std::string& name : own) listing.folders[index].entries.push_back({std::move(name)});
            for (std::size_t k = 0; k < listing.folders[index].entries.size(); ++k) {
                const std::string prefix = listing.folders[index].prefix + listing.folders[index].entries[k].name + "/";
                if (!names.count(prefix)) continue;
                listing.folders[index].entries[k].folder = listing.folders.size();
                next.push_back(listing.folders.size());
                listing.folders.emplace_back().prefix = prefix;
            }
        }
        level = std::move(next);
    }
    // What each entry is: a file the build wrote, as it was when written; a folder (its times
    // changed with its last entry) or a file linked or copied, looked at now.
    const int root_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    struct stat st {};
    if (root_fd < 0 || ::fstat(root_fd, &st) != 0) {
        if (root_fd >= 0) ::close(root_fd);
        listing.folders.resize(1);
        listing.folders[0] = {};
        listing.folders[0].opened = false;
        return listing;
    }
    listing.folders[0].self = identity_of(st);
    parallel_for(listing.folders.size(), [&](std::size_t f) {
        ListedFolder& folder = listing.folders[f];
        std::string path;
        for (ListedEntry& entry : folder.entries) {
            path.assign(folder.prefix).append(entry.name);
            const auto written = entry.folder == SIZE_MAX ? site.written.find(path) : site.written.end();
            if (written != site.written.end()) {
                const WrittenFileStat& w = written->second;
                entry.id = {w.mode, w.size, w.inode, w.modified_ns, w.changed_ns};
                entry.seen = true;
                continue;
            }
            struct stat entry_stat {};
            entry.seen = ::fstatat(root_fd, path.c_str(), &entry_stat, AT_SYMLINK_NOFOLLOW) == 0;
            if (entry.seen) entry.id = identity_of(entry_stat);
            else folder.readable = false;
        }
    }, listing.folders.size() < 64 ? 1u : worker_count());
    ::close(root_fd);
    for (const ListedFolder& folder : listing.folders)
        for (const ListedEntry& entry : folder.entries)
            if (entry.folder != SIZE_MAX) listing.folders[entry.folder].self = entry.id;
    return listing;
}

namespace {

constexpr std::string_view kListingMagic = "urker-tree-listing 1\n";

void append_identity(std::string& out, const TreeListing::Identity& id) {
    append_number(out, id.mode);
    append_number(out, id.size);
    append_number(out, id.inode);
    append_number(out, id.modified_ns);
    append_number(out, id.changed_ns);
}

bool take_identity(BinaryReader& in, TreeListing::Identity& id) {
    return in.take(id.mode) && in.take(id.size) && in.take(id.inode) && in.take(id.modified_ns) && in.take(id.changed_ns);
}

void append_text(std::string& out, std::string_view text) {
    append_number(out, static_cast<std::uint32_t>(text.size()));
    out.append(text);
}

bool take_text(BinaryReader& in, std::string& text) {
    std::uint32_t size = 0;
    std::string_view run;
    if (!in.take(size) || !in.take(size, run)) return false;
    text.assign(run);
    return true;
}

}  // namespace

std::string encode_listing(const TreeListing& listing) {
    std::string out(kListingMagic);
    append_number(out, listing.listed_at_ns);
    append_number(out, static_cast<std::uint64_t>(listing.folders.size()));
    for (const ListedFolder& folder : listing.folders) {
        append_text(out, folder.prefix);
        append_number(out, static_cast<std::uint8_t>((folder.opened ? 1 : 0) | (folder.readable ? 2 : 0)));
        append_identity(out, folder.self);
        append_number(out, static_cast<std::uint64_t>(folder.entries.size()));
        for (const ListedEntry& entry : folder.entries) {
            append_text(out, entry.name);
            append_number(out, static_cast<std::uint8_t>(entry.seen ? 1 : 0));
            append_identity(out, entry.id);
            append_number(out, static_cast<std::uint64_t>(entry.folder));
        }
    }
    return out;
}

std::optional<TreeListing> decode_listing(std::string_view bytes) {
    if (bytes.substr(0, kListingMagic.size()) != kListingMagic) return std::nullopt;
    BinaryReader in{bytes, kListingMagic.size()};
    TreeListing listing;
    std::uint64_t folders = 0;
    if (!in.take(listing.listed_at_ns) || !in.take(folders) || folders == 0 || folders > bytes.size()) return std::nullopt;
    listing.folders.resize(folders);
    for (ListedFolder& folder : listing.folders) {
        std::uint8_t flags = 0;
        std::uint64_t entries = 0;
        if (!take_text(in, folder.prefix) || !in.take(flags) || !take_identity(in, folder.self) || !in.take(entries) ||
            entries > bytes.size())
            return std::nullopt;
        folder.opened = flags & 1;
        folder.readable = flags & 2;
        folder.entries.resize(entries);
        for (ListedEntry& entry : folder.entries) {
            std::uint8_t seen = 0;
            std::uint64_t index = 0;
            if (!take_text(in, entry.name) || !in.take(seen) || !take_identity(in, entry.id) || !in.take(index)) return std::nullopt;
            entry.seen = seen == 1;
            entry.folder = static_cast<std::size_t>(index);
            if (entry.folder != SIZE_MAX && (entry.folder == 0 || entry.folder >= folders)) return std::nullopt;
        }
    }
    if (in.at != bytes.size()) return std::nullopt;
    return listing;
}

TreeStamp stamp_listing(const TreeListing& listing, std::int64_t recent_after_ns) {
    Stamper stamper{listing.folders, recent_after_ns, Fingerprinter(), TreeStamp()};
    if (listing.folders.empty() || !listing.folders[0].opened) {
        stamper.stamp.readable = false;
        return stamper.stamp;
    }
    stamper.add(listing.folders[0]);
    stamper.f.add(static_cast<std::uint64_t>(stamper.stamp.entries));
    stamper.stamp.fingerprint = stamper.f.finish();
    return stamper.stamp;
}

TreeStamp stamp_tree(const fs::path& root, const std::vector<std::string>& left_out, std::int64_t recent_after_ns) {
    return stamp_listing(list_tree(root, left_out), recent_after_ns);
}

void relist(TreeListing& listing, const fs::path& root, const std::vector<std::string>& paths) {
    if (listing.folders.empty() || !listing.folders[0].opened) {
        listing = list_tree(root);
        return;
    }
    // Every path with the folders above it, the shallower first: a folder is known (or listed
    // whole, when new) before what is inside it is looked at.
    std::set<std::string> all;
    for (const std::string& path : paths)
        for (std::string p = path; !p.empty() && all.insert(p).second; p = parent_path_of(p)) {}
    std::vector<std::string> order(all.begin(), all.end());
    auto depth = [](const std::string& p) { return std::count(p.begin(), p.end(), '/'); };
    std::stable_sort(order.begin(), order.end(), [&](const std::string& x, const std::string& y) { return depth(x) < depth(y); });

    std::unordered_map<std::string, std::size_t> folder_at;
    for (std::size_t i = 0; i < listing.folders.size(); ++i) folder_at[listing.folders[i].prefix] = i;
    const int root_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root_fd < 0) {
        listing.folders[0].opened = false;
        return;
    }
    auto drop_folder = [&](ListedEntry& entry) {
        if (entry.folder == SIZE_MAX) return;
        folder_at.erase(listing.folders[entry.folder].prefix);
        entry.folder = SIZE_MAX;
    };
    for (const std::string& path : order) {
        const std::string parent = parent_path_of(path);
        const auto at = folder_at.find(parent.empty() ? std::string() : parent + "/");
        if (at == folder_at.end()) continue;  // inside a folder that is gone
        const std::size_t index = at->second;
        const std::string name = parent.empty() ? path : path.substr(parent.size() + 1);
        auto& entries = listing.folders[index].entries;
        auto it = std::lower_bound(entries.begin(), entries.end(), name, [](const ListedEntry& e, const std::string& n) { return e.name < n; });
        const bool listed = it != entries.end() && it->name == name;
        struct stat st {};
        if (::fstatat(root_fd, path.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (listed) {
                drop_folder(*it);
                entries.erase(it);
            }
            continue;
        }
        if (!listed) it = entries.insert(it, ListedEntry{name});
        it->id = identity_of(st);
        it->seen = true;
        if (!S_ISDIR(st.st_mode)) {
            drop_folder(*it);
            continue;
        }
        if (it->folder != SIZE_MAX) continue;  // a folder listed before: its changed entries are in `order`
        const std::size_t added = listing.folders.size();
        it->folder = added;  // `it` is not used after the folders grow
        listing.folders.emplace_back().prefix = path + "/";
        folder_at[path + "/"] = added;
        list_levels(root_fd, listing.folders, {added}, {}, [&](std::size_t i) { folder_at[listing.folders[i].prefix] = i; });
    }
    ::close(root_fd);
}

bool is_build_side_name(const std::string& name) {
    return ends_with(name, ".urker-new") || ends_with(name, ".urker-old") || ends_with(name, ".urker-lock") ||
           name.find(".urker-backup-") != std::string::npos;
}

std::vector<std::string> names_beside_inputs(const fs::path& source, const fs::path& output) {
    std::vector<std::string> names{kCacheFolder, ".git", kDefaultOutput, kDefaultDraftsOutput};
    std::error_code ec;
    const fs::path site = fs::weakly_canonical(fs::absolute(source, ec), ec);
    const fs::path out = fs::weakly_canonical(fs::absolute(output, ec), ec);
    if (out.parent_path() == site) names.push_back(out.filename().string());
    // The build's own names beside the output folders (found by reading the folder's names once).
    const int fd = ::open(site.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (DIR* dir = fd >= 0 ? ::fdopendir(fd) : nullptr) {
        while (const dirent* e = ::readdir(dir))
            if (std::string name = e->d_name; is_build_side_name(name)) names.push_back(name);
        ::closedir(dir);
    } else if (fd >= 0) {
        ::close(fd);
    }
    return names;
}

std::optional<Fingerprint> content_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    Fingerprinter f;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) f.add(std::string_view(buffer, static_cast<std::size_t>(in.gcount())));
    if (in.bad()) return std::nullopt;
    return f.finish();
}

std::int64_t wall_clock_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

UpToDate::UpToDate(const fs::path& cache_folder, const fs::path& output_root)
    : file_(cache_folder / ("up-to-date-" + cache_key_of(output_root) + ".txt")), output_root_(output_root) {}

std::optional<UpToDateRecord> UpToDate::matching(const Fingerprint& inputs, const fs::path& source) const {
    return check(inputs, source).up_to_date;
}

UpToDate::Check UpToDate::check(const std::optional<Fingerprint>& inputs, const fs::path& source) const {
    return check([&inputs] { return inputs; }, source);
}

UpToDate::Check UpToDate::check(const std::function<std::optional<Fingerprint>()>& stamp_inputs, const fs::path& source) const {
    std::ifstream in(file_, std::ios::binary);
    std::string line;
    if (!in || !std::getline(in, line) || line != kHeader) return {};
    UpToDateRecord r;
    auto field = [&](std::string_view name) -> std::optional<std::string> {
        if (!std::getline(in, line) || line.compare(0, name.size() + 1, std::string(name) + " ") != 0) return {};
        return line.substr(name.size() + 1);
    };
    auto number = [&](std::string_view name, std::size_t& to) {
        auto text = field(name);
        if (!text || text->empty() || text->find_first_not_of("0123456789") != std::string::npos || text->size() > 18) return false;
        to = std::stoull(*text);
        return true;
    };
    auto text = [&](std::string_view name, std::string& to) {
        auto value = field(name);
        if (value) to = *value;
        return value.has_value();
    };
    auto stamp = [&](std::string_view name, Fingerprint& to) {
        auto text = field(name);
        auto parsed = text ? Fingerprint::parse(*text) : std::nullopt;
        if (!parsed) return false;
        to = *parsed;
        return true;
    };
    std::size_t message_bytes = 0, recent = 0;
    if (!stamp("inputs", r.inputs) || !stamp("output", r.output) || !number("pages", r.pages) || !number("files", r.files) ||
        !number("warnings", r.warnings) || !text("language", r.language) || !number("messages", message_bytes) || message_bytes > (64u << 20))
        return {};
    r.messages.resize(message_bytes);
    if (!in.read(r.messages.data(), static_cast<std::streamsize>(message_bytes))) return {};
    if (!number("recent", recent) || recent > 1000000) return {};
    for (std::size_t k = 0; k < recent; ++k) {
        auto entry = field("file");
        if (!entry || entry->size() < 34 || (*entry)[32] != ' ') return {};
        auto held = Fingerprint::parse(entry->substr(0, 32));
        if (!held) return {};
        r.recent.emplace_back(entry->substr(33), *held);
    }
    if (!std::getline(in, line) || line != "end") return {};
    Check result;
    // The output as the last record's walk listed it: its folders unchanged since are not read again.
    std::optional<TreeListing> earlier;
    // Mapped, not read (core/mapped_file.h): 5.5 MB at 10 000 materials, decoded once, on the
    // path of every rebuild and of a build with nothing to do.
    if (std::shared_ptr<const MappedFile> mapped = MappedFile::open(listing_file())) earlier = decode_listing(mapped->bytes());
    result.output = list_tree(output_root_, {}, earlier ? &*earlier : nullptr);
    const TreeStamp now = stamp_listing(result.output);
    result.output_as_left = now.readable && !now.has_symlink && now.fingerprint == r.output;
    if (!result.output_as_left) return result;
    const std::optional<Fingerprint> inputs = stamp_inputs();
    if (!inputs || !(r.inputs == *inputs)) return result;
    for (const auto& [path, held] : r.recent) {  // read again: their times cannot be trusted
        auto now_held = content_of(source / path);
        if (!now_held || !(*now_held == held)) return result;
    }
    result.up_to_date = std::move(r);
    return result;
}

void UpToDate::forget() const {
    std::error_code ec;
    fs::remove(file_, ec);
}

void UpToDate::save(UpToDateRecord record, TreeListing* output_before, const std::vector<std::string>* changed) const {
    forget();
    for (const auto& [path, held] : record.recent)
        if (path.find('\n') != std::string::npos) return;  // a name the record cannot hold: no record
    TreeStamp output;
    TreeListing walked;
    const TreeListing* listing = output_before;
    if (output_before) {
        if (changed) relist(*output_before, output_root_, *changed);
    } else {
        walked = list_tree(output_root_);
        listing = &walked;
    }
    output = stamp_listing(*listing);
    if (!output.readable || output.has_symlink) return;
    replace_file(listing_file(), encode_listing(*listing));
    record.output = output.fingerprint;
    std::ostringstream text;
    text << kHeader << '\n'
         << "inputs " << record.inputs.hex() << '\n'
         << "output " << record.output.hex() << '\n'
         << "pages " << record.pages << '\n'
         << "files " << record.files << '\n'
         << "warnings " << record.warnings << '\n'
         << "language " << record.language << '\n'
         << "messages " << record.messages.size() << '\n'
         << record.messages << "recent " << record.recent.size() << '\n';
    for (const auto& [path, held] : record.recent) text << "file " << held.hex() << ' ' << path << '\n';
    text << "end\n";
    replace_file(file_, text.str());
}

}  // namespace urker
