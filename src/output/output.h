// The single write path. Every file urker publishes goes through an OutputSink. The directory
// sink writes into a fresh folder beside the real output and swaps it in only when the whole
// build succeeded, so a failed build leaves the previous site exactly as it was. Nothing is
// written or deleted outside the output folder (and its temporary twin).
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "core/diagnostic.h"

namespace urker {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    // `path` is relative to the output root, with '/' separators ("materials/drobi/index.html").
    // Safe to call from several threads at once.
    virtual void write(const std::string& path, std::string_view data) = 0;
    virtual void copy(const std::filesystem::path& source_file, const std::string& path) = 0;
    virtual std::size_t file_count() const = 0;
    virtual std::uintmax_t byte_count() const = 0;
};

// For tests and the dev server: files kept in memory.
class MemoryOutput : public OutputSink {
public:
    void write(const std::string& path, std::string_view data) override;
    void copy(const std::filesystem::path& source_file, const std::string& path) override;
    std::size_t file_count() const override;
    std::uintmax_t byte_count() const override;
    const std::map<std::string, std::string>& files() const { return files_; }
    bool has(const std::string& path) const { return files_.count(path) > 0; }
    const std::string& at(const std::string& path) const { return files_.at(path); }

private:
    mutable std::mutex mutex_;
    std::map<std::string, std::string> files_;
};

class DirectoryOutput : public OutputSink {
public:
    // Prepares OUTPUT's temporary twin (".OUTPUTNAME.urker-new" in the same parent folder).
    explicit DirectoryOutput(std::filesystem::path output_dir);
    ~DirectoryOutput() override;  // removes the temporary folder unless committed

    void write(const std::string& path, std::string_view data) override;
    void copy(const std::filesystem::path& source_file, const std::string& path) override;
    std::size_t file_count() const override;
    std::uintmax_t byte_count() const override;

    // Replaces the output folder with what was written. On failure the old output stays.
    bool commit(Diagnostics& diags);
    // Throws away what was written.
    void abandon();
    bool failed() const { return failed_; }
    const std::string& failure() const { return failure_; }

private:
    std::filesystem::path prepare(const std::string& path);
    std::filesystem::path output_;
    std::filesystem::path staging_;
    mutable std::mutex mutex_;
    std::size_t files_ = 0;
    std::uintmax_t bytes_ = 0;
    bool committed_ = false;
    bool failed_ = false;
    std::string failure_;
};

// Refuses output folders that would put the site's own files at risk: the source folder itself,
// a folder that contains it, the file system root or the home folder. Returns an error message or "".
std::string check_output_folder(const std::filesystem::path& source_root, const std::filesystem::path& output_dir);

// True when `path` is a clean relative path that stays inside its root.
bool is_safe_output_path(std::string_view path);

}  // namespace urker
