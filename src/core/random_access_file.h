// A file read a piece at a time, at any offset (pread), for the build cache's files that hold
// something the build needs again only now and then: the Markdown renderings' HTML, read back when
// each page is rendered, stays in the system's file cache instead of in the build's memory (some
// 170 MB at 10 000 materials).
//
// Reads see the file as it is on disk, through the same open file: it may still grow, and a file
// put in its place later (the cache's files are rewritten through a new file and a rename) does
// not change what this one reads. The same reads may also be of bytes in memory (of_bytes: what
// the dev server kept of its last build's files), for a caller that takes either.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace urker {

class RandomAccessFile {
public:
    // Null when the file cannot be opened.
    static std::shared_ptr<const RandomAccessFile> open(const std::filesystem::path& path);
    // Reads of `bytes` instead of a file.
    static std::shared_ptr<const RandomAccessFile> of_bytes(std::string bytes);
    ~RandomAccessFile();
    RandomAccessFile(const RandomAccessFile&) = delete;
    RandomAccessFile& operator=(const RandomAccessFile&) = delete;

    // `size` bytes from `offset` into `out` (replacing what it held); false when the file does not
    // hold them all.
    bool read(std::uint64_t offset, std::size_t size, std::string& out) const;
    // The file's size when it was opened (of_bytes: the bytes').
    std::uint64_t size() const { return size_; }
    // Whether the reads are of bytes in memory (of_bytes): a read then costs no system call.
    bool in_memory() const { return fd_ < 0; }

private:
    RandomAccessFile(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
    int fd_ = -1;  // -1: the reads are of bytes_
    std::uint64_t size_ = 0;
    std::string bytes_;
};

}  // namespace urker
