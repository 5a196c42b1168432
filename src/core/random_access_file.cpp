#include "core/random_access_file.h"

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urker {

std::shared_ptr<const RandomAccessFile> RandomAccessFile::open(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return nullptr;
    }
    return std::shared_ptr<const RandomAccessFile>(new RandomAccessFile(fd, static_cast<std::uint64_t>(st.st_size)));
}

std::shared_ptr<const RandomAccessFile> RandomAccessFile::of_bytes(std::string bytes) {
    auto file = std::shared_ptr<RandomAccessFile>(new RandomAccessFile(-1, bytes.size()));
    file->bytes_ = std::move(bytes);
    return file;
}

RandomAccessFile::~RandomAccessFile() {
    if (fd_ >= 0) ::close(fd_);
}

bool RandomAccessFile::read(std::uint64_t offset, std::size_t size, std::string& out) const {
    if (fd_ < 0) {
        if (offset > bytes_.size() || size > bytes_.size() - offset) return false;
        out.assign(bytes_, offset, size);
        return true;
    }
    out.resize(size);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd_, out.data() + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace urker
