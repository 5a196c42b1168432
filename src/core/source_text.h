// A content file's text, shared by its page, the page's front matter and its views in other
// languages, and read when it is first asked for rather than when the page is loaded: a rebuild
// that knows a file unchanged (content/known_files.h) has what it needs of it from the build cache
// (its front matter, its rendering) and never reads it, unless a message must show one of its
// lines or the rendering must be made again. At 10 000 materials that is 172 MB not read, copied
// and checked on every rebuild.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>

namespace urker {

class SourceText {
public:
    // A text already read.
    explicit SourceText(std::string text) : text_(std::move(text)), read_(true) {}
    // The text of `file`, read (as read_text_file reads it, with at most `max_bytes`) when first
    // asked for. The caller knows the file as it was when it was last read; a file since changed
    // or gone reads as what it holds now, or as nothing (its next build reads it anew).
    SourceText(std::filesystem::path file, std::uintmax_t max_bytes) : file_(std::move(file)), max_bytes_(max_bytes) {}
    SourceText(const SourceText&) = delete;
    SourceText& operator=(const SourceText&) = delete;

    // Thread-safe: the first caller reads the file, the others wait for it.
    const std::string& str() const;
    // Whether the text is in memory (a text not read has nothing to let go of).
    bool in_memory() const;

private:
    mutable std::once_flag once_;
    mutable std::string text_;
    mutable std::atomic<bool> read_{false};
    std::filesystem::path file_;
    std::uintmax_t max_bytes_ = 0;
};

}  // namespace urker
