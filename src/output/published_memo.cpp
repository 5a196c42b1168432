#include "output/published_memo.h"

#include "core/fs.h"
#include "output/output_paths.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <future>
#include <optional>

namespace urker {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHeader = "urker-published-memo 4 ";  // 4: runs of reads

// A read's place is any bytes (site.yaml's keys are the webmaster's): written as hexadecimal.
template <typename T>
void append_decimal(std::string& out, T number) {
    char text[24];
    const auto end = std::to_chars(text, text + sizeof text, number).ptr;
    out.append(text, static_cast<std::size_t>(end - text));
}

void to_hex(std::string_view bytes, std::string& out) {
    static constexpr char digits[] = "0123456789abcdef";
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
}

std::optional<std::string> from_hex(std::string_view hex) {
    if (hex.size() % 2) return std::nullopt;
    auto digit = [](char c) -> int { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
    std::string out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = digit(hex[i]), low = digit(hex[i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
    }
    return out;
}

using Identity = PublishedMemo::FileIdentity;

// The identity of a regular file (not following a symbolic link: urker never publishes one).
std::optional<Identity> identity_of(const fs::path& file) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return Identity{static_cast<std::uintmax_t>(st.st_size),
                    static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, static_cast<std::uint64_t>(st.st_ino)};
}

template <typename Number>
bool read_number(std::string_view& line, Number& value) {
    auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), value);
    if (ec != std::errc() || end == line.data() + line.size() || *end != ' ') return false;
    line.remove_prefix(static_cast<std::size_t>(end - line.data()) + 1);
    return true;
}

}  // namespace

Fingerprint PublishedMemo::program_key(std::string_view version) {
    Fingerprinter key;
    key.add(version);
    // /proc/self/exe follows to the binary itself, wherever it was started from.
    struct stat st {};
    if (::stat("/proc/self/exe", &st) == 0)
        key.add(static_cast<std::uint64_t>(st.st_size))
            .add(static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000u + static_cast<std::uint64_t>(st.st_mtim.tv_nsec))
            .add(static_cast<std::uint64_t>(st.st_ino));
    return key.finish();
}

fs::path PublishedMemo::file_for(const fs::path& cache_folder, const fs::path& output_root) {
    return cache_folder / ("published-" + cache_key_of(output_root) + ".txt");
}

PublishedMemo::PublishedMemo(const fs::path& cache_folder, fs::path output_root, const Fingerprint& build_key)
    : file_(file_for(cache_folder, output_root)), output_root_(std::move(output_root)), build_key_(build_key) {
    loading_ = std::async(std::launch::async, [this] { read_previous(); }).share();
}

void PublishedMemo::read_previous() {
    try {
        std::ifstream in(file_, std::ios::binary);
        std::string line;
        if (!in || !std::getline(in, line) || line != std::string(kHeader) + build_key_.hex()) return;
        if (load(in)) return;
    } catch (...) {  // out of memory: the build goes on without the memo, as with a damaged one
    }
    // Start afresh rather than trust part of a damaged file.
    previous_.clear();
    previous_reads_.clear();
    previous_groups_.clear();
}

bool PublishedMemo::load(std::istream& in) {
    auto damaged = [] { return false; };
    std::string line;
    ReadRuns runs;  // a page's, line after line, then copied at its size
    while (std::getline(in, line)) {
        std::string_view rest = line;
        if (rest.size() < 2 || rest[1] != ' ') return damaged();
        const char what = rest[0];
        rest.remove_prefix(2);
        if (what == 'r') {  // r KIND SEEN WHERE-IN-HEX
            Read read;
            unsigned kind = 0;
            std::optional<Fingerprint> seen;
            if (!read_number(rest, kind) || kind > 255 || rest.size() < 33 || rest[32] != ' ' || !(seen = Fingerprint::parse(rest.substr(0, 32))))
                return damaged();
            rest.remove_prefix(33);
            auto where = from_hex(rest);
            if (!where) return damaged();
            read.kind = static_cast<std::uint8_t>(kind);
            read.seen = *seen;
            read.where = std::move(*where);
            previous_reads_.push_back(std::move(read));
        } else if (what == 'p') {  // p INPUTS OWN-SEEN SIZE MTIME INODE READS PATH
            if (rest.size() < 66 || rest[32] != ' ' || rest[65] != ' ') return damaged();
            auto inputs = Fingerprint::parse(rest.substr(0, 32));
            auto own_seen = Fingerprint::parse(rest.substr(33, 32));
            rest.remove_prefix(66);
            Published p;
            if (!own_seen) return damaged();
            p.own_seen = *own_seen;
            if (!inputs || !read_number(rest, p.size) || !read_number(rest, p.mtime_ns) || !read_number(rest, p.inode)) return damaged();
            const std::size_t space = rest.find(' ');
            if (space == std::string_view::npos || space + 1 >= rest.size()) return damaged();
            std::string_view numbers = rest.substr(0, space);
            if (numbers != "-") {
                // Numbers and runs of numbers ("1-17,19,21-30", save()), kept as runs.
                runs.clear();
                auto number = [&numbers](std::uint32_t& n) {
                    auto [end, ec] = std::from_chars(numbers.data(), numbers.data() + numbers.size(), n);
                    if (ec != std::errc()) return false;
                    numbers.remove_prefix(static_cast<std::size_t>(end - numbers.data()));
                    return true;
                };
                while (!numbers.empty()) {
                    std::uint32_t first = 0, last = 0;
                    if (!number(first)) return damaged();
                    last = first;
                    if (!numbers.empty() && numbers[0] == '-') {
                        numbers.remove_prefix(1);
                        if (!number(last) || last <= first) return damaged();
                    }
                    if (last >= previous_reads_.size()) return damaged();
                    runs.push_run(first, last);
                    if (!numbers.empty() && numbers[0] == ',') numbers.remove_prefix(1);
                    else if (!numbers.empty()) return damaged();
                }
                runs.finish();
                p.reads = runs;
            }
            p.inputs = *inputs;
            previous_.emplace(std::string(rest.substr(space + 1)), std::move(p));
        } else if (what == 'g') {  // g INPUTS NAME NOTE PATH… (each in hexadecimal)
            if (rest.size() < 33 || rest[32] != ' ') return damaged();
            auto inputs = Fingerprint::parse(rest.substr(0, 32));
            if (!inputs) return damaged();
            rest.remove_prefix(33);
            std::vector<std::string> fields;
            while (!rest.empty()) {
                const std::size_t space = rest.find(' ');
                auto field = from_hex(rest.substr(0, space));
                if (!field) return damaged();
                fields.push_back(std::move(*field));
                rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
            }
            if (fields.size() < 2) return damaged();
            Group g{*inputs, {fields.begin() + 2, fields.end()}, fields[1]};
            previous_groups_[fields[0]] = std::move(g);
        } else {
            return damaged();
        }
    }
    return true;
}

std::uint32_t PublishedMemo::number_of_read(const Read& read) {
    auto [it, inserted] = current_read_numbers_.try_emplace(read, static_cast<std::uint32_t>(current_reads_.size()));
    if (inserted) current_reads_.push_back(read);
    return it->second;
}

void PublishedMemo::roll() {
    loaded();
    std::lock_guard lock(mutex_);
    previous_.clear();
    for (auto& [path, remembered] : current_) previous_[path] = Published{remembered.inputs, 0, 0, 0, std::move(remembered.reads), remembered.own_seen};
    previous_reads_ = std::move(current_reads_);
    previous_groups_ = std::move(current_groups_);
    for (auto& [name, value] : current_kept_) previous_kept_[name] = std::move(value);
    current_kept_.clear();
    current_.clear();
    current_reads_.clear();
    current_read_numbers_.clear();
    carried_.clear();
    current_groups_.clear();
    current_kept_.clear();
    reused_ = 0;
}

void PublishedMemo::forget_current() {
    std::lock_guard lock(mutex_);
    current_kept_.clear();
    current_.clear();
    current_reads_.clear();
    current_read_numbers_.clear();
    carried_.clear();
    current_groups_.clear();
    reused_ = 0;
}

std::optional<Identity> PublishedMemo::published_identity(const std::string& path) const {
    if (identities_)
        if (std::optional<std::optional<Identity>> known = identities_(path)) return *known;
    return identity_of(output_root_ / fs::path(path));
}

bool PublishedMemo::link_unchanged(OutputSink& out, const std::string& path, const Fingerprint& inputs) {
    loaded();
    auto it = previous_.find(path);
    if (it == previous_.end() || !(it->second.inputs == inputs)) return false;
    if (output_root_.empty()) return out.link_previous(path);  // in memory: nothing else can touch it
    const Published& then = it->second;
    const auto identity = published_identity(path);
    if (!identity || identity->size != then.size || identity->mtime_ns != then.mtime_ns || identity->inode != then.inode) return false;
    return out.link_previous(path, then.size);
}

std::optional<std::string> PublishedMemo::published_bytes(const OutputSink& out, const std::string& path) const {
    loaded();
    auto it = previous_.find(path);
    if (it == previous_.end()) return std::nullopt;
    if (output_root_.empty()) return out.read_previous(path);
    const Published& then = it->second;
    const fs::path file = output_root_ / fs::path(path);
    const auto identity = identity_of(file);
    if (!identity || identity->size != then.size || identity->mtime_ns != then.mtime_ns || identity->inode != then.inode) return std::nullopt;
    std::optional<std::string> bytes = read_file(file);
    if (!bytes || bytes->size() != then.size) return std::nullopt;
    return bytes;
}

std::shared_ptr<const RandomAccessFile> PublishedMemo::published_file(const OutputSink& out, const std::string& path) const {
    loaded();
    auto it = previous_.find(path);
    if (it == previous_.end()) return nullptr;
    if (output_root_.empty()) {
        std::optional<std::string> bytes = out.read_previous(path);
        return bytes ? RandomAccessFile::of_bytes(std::move(*bytes)) : nullptr;
    }
    const Published& then = it->second;
    const fs::path file = output_root_ / fs::path(path);
    const auto identity = identity_of(file);
    if (!identity || identity->size != then.size || identity->mtime_ns != then.mtime_ns || identity->inode != then.inode) return nullptr;
    auto opened = RandomAccessFile::open(file);
    if (!opened || opened->size() != then.size) return nullptr;
    return opened;
}

void PublishedMemo::keep(const std::string& name, std::shared_ptr<const void> value) {
    std::lock_guard lock(mutex_);
    current_kept_[name] = std::move(value);
}

std::shared_ptr<const void> PublishedMemo::kept(const std::string& name) const {
    std::lock_guard lock(mutex_);
    auto it = previous_kept_.find(name);
    return it == previous_kept_.end() ? nullptr : it->second;
}

std::optional<std::string> PublishedMemo::reuse_group(OutputSink& out, const std::string& name, const Fingerprint& inputs) {
    loaded();
    auto it = previous_groups_.find(name);
    if (it == previous_groups_.end() || !(it->second.inputs == inputs)) return std::nullopt;
    for (const auto& path : it->second.paths)
        if (!link_unchanged(out, path, inputs)) return std::nullopt;
    remember_group(name, inputs, it->second.paths, it->second.note);
    return it->second.note;
}

void PublishedMemo::remember_group(const std::string& name, const Fingerprint& inputs, std::vector<std::string> paths, std::string note) {
    for (const auto& path : paths) remember(path, inputs, {});
    std::lock_guard lock(mutex_);
    current_groups_[name] = Group{inputs, std::move(paths), std::move(note)};
}

bool PublishedMemo::reuse(OutputSink& out, const std::string& path, const Fingerprint& inputs, const ReadNow& now,
                          const ReadVerdicts* verdicts, const OwnReadsNow* own_now) {
    loaded();
    auto it = previous_.find(path);
    if (it == previous_.end() || !(it->second.inputs == inputs)) return false;
    const Published& then = it->second;
    std::vector<const Read*> own;
    const bool all_seen = then.reads.all_of([&](std::uint32_t n) {
        if (previous_reads_[n].kind & kPageOwnRead) {
            own.push_back(&previous_reads_[n]);
            return true;
        }
        std::atomic<std::uint8_t>* verdict = verdicts ? verdicts->at(n) : nullptr;
        if (verdict) {
            // Two threads may look at the same read at once: both find the same, either may tell.
            const std::uint8_t known = verdict->load(std::memory_order_relaxed);
            if (known == 1) return true;
            if (known == 2) return false;
        }
        const Read& read = previous_reads_[n];
        const bool same = now(read.where, read.kind) == read.seen;
        if (verdict) verdict->store(same ? 1 : 2, std::memory_order_relaxed);
        return same;
    });
    if (!all_seen) return false;
    if (!own.empty() || !(then.own_seen == Fingerprint{})) {
        if (!own_now || !((*own_now)(own) == then.own_seen)) return false;
    }
    if (!link_unchanged(out, path, inputs)) return false;
    std::lock_guard lock(mutex_);
    Remembered& r = current_[path];
    r.inputs = inputs;
    r.own_seen = then.own_seen;
    r.reads.clear();
    if (!output_root_.empty()) {
        r.identity_known = true;
        r.size = then.size;
        r.mtime_ns = then.mtime_ns;
        r.inode = then.inode;
    }
    if (carried_.size() != previous_reads_.size()) carried_.assign(previous_reads_.size(), kNotCarried);
    r.reads.reserve(then.reads.encoded_bytes() + 8);  // under the lock the render threads share: grown once, as a rule
    then.reads.for_each([&](std::uint32_t n) {
        if (carried_[n] == kNotCarried) carried_[n] = number_of_read(previous_reads_[n]);
        r.reads.push_back(carried_[n]);
    });
    r.reads.shrink_to_fit();
    ++reused_;
    return true;
}

void PublishedMemo::remember(const std::string& path, const Fingerprint& inputs, const std::vector<Read>& reads) {
    std::lock_guard lock(mutex_);
    Remembered& r = current_[path];
    r.inputs = inputs;
    r.own_seen = {};
    r.reads.clear();
    r.identity_known = false;  // written anew
    r.reads.reserve(2 * reads.size());
    for (const Read& read : reads) r.reads.push_back(number_of_read(read));
    r.reads.shrink_to_fit();
}

void PublishedMemo::remember_numbered(const std::string& path, const Fingerprint& inputs, std::vector<std::uint32_t> read_numbers,
                                      const Fingerprint& own_seen) {
    // Kept to the end of the build as runs (output/read_runs.h), made outside the lock in a list
    // each thread uses again, then copied at their size.
    thread_local ReadRuns scratch;
    scratch.clear();
    for (std::uint32_t n : read_numbers) scratch.push_back(n);
    scratch.finish();
    ReadRuns runs = scratch;
    std::lock_guard lock(mutex_);
    Remembered& r = current_[path];
    r.inputs = inputs;
    r.own_seen = own_seen;
    r.reads = std::move(runs);
    r.identity_known = false;  // written anew
}

std::uint32_t PublishedMemo::number_for(const Read& read) {
    std::lock_guard lock(mutex_);
    return number_of_read(read);
}

std::uintmax_t PublishedMemo::published_size(const std::string& path) const {
    loaded();
    auto it = previous_.find(path);
    return it == previous_.end() ? 0 : it->second.size;
}

std::size_t PublishedMemo::reused() const {
    std::lock_guard lock(mutex_);
    return reused_;
}

bool PublishedMemo::save() const {
    std::error_code ec;
    fs::create_directories(file_.parent_path(), ec);
    fs::path temporary = file_;
    temporary += ".tmp-" + std::to_string(::getpid());
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    // Written a piece at a time: the whole text is some 16 MB at 10 000 materials, made at the
    // end of the build, when its memory is at its highest.
    std::string text;
    auto flush_some = [&](bool all) {
        if (!all && text.size() < (std::size_t{1} << 20)) return;
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        text.clear();
    };
    text += kHeader;
    text += build_key_.hex();
    text += '\n';
    {
        std::lock_guard lock(mutex_);
        // Appended in place, not joined from temporaries: some 30 000 lines at 10 000 materials.
        for (const Read& read : current_reads_) {
            text += "r ";
            append_decimal(text, static_cast<unsigned>(read.kind));
            text += ' ';
            read.seen.append_hex(text);
            text += ' ';
            to_hex(read.where, text);
            text += '\n';
            flush_some(false);
        }
        for (const auto& [name, group] : current_groups_) {
            text += "g ";
            group.inputs.append_hex(text);
            text += ' ';
            to_hex(name, text);
            text += ' ';
            to_hex(group.note, text);
            for (const auto& path : group.paths) {
                text += ' ';
                to_hex(path, text);
            }
            text += '\n';
            flush_some(false);
        }
        for (const auto& [path, remembered] : current_) {
            if (path.find('\n') != std::string::npos) continue;
            const auto id = remembered.identity_known
                ? std::optional<Identity>(Identity{remembered.size, remembered.mtime_ns, remembered.inode})
                : published_identity(path);
            if (!id) continue;
            text += "p ";
            remembered.inputs.append_hex(text);
            text += ' ';
            remembered.own_seen.append_hex(text);
            text += ' ';
            append_decimal(text, id->size);
            text += ' ';
            append_decimal(text, id->mtime_ns);
            text += ' ';
            append_decimal(text, id->inode);
            text += ' ';
            // A page reads mostly what the page before it read, in the same order: runs of
            // consecutive numbers are written as "first-last" (a third of the text, not the half
            // of the file's 17 MB at 10 000 materials the numbers one by one were).
            const ReadRuns& reads = remembered.reads;
            if (reads.empty()) text += '-';
            bool first_run = true;
            reads.for_each_run([&](std::uint32_t first, std::uint32_t last) {
                if (!first_run) text += ',';
                first_run = false;
                append_decimal(text, first);
                if (last > first) {
                    text += '-';
                    append_decimal(text, last);
                }
            });
            text += ' ';
            text += path;
            text += '\n';
            flush_some(false);
        }
    }
    flush_some(true);
    out.close();
    if (!out) {
        fs::remove(temporary, ec);
        return false;
    }
    fs::rename(temporary, file_, ec);
    if (!ec) return true;
    fs::remove(temporary, ec);
    return false;
}

}  // namespace urker
