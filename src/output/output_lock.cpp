#include "output/output_lock.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urker {

OutputLock::OutputLock(OutputLock&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)) { other.fd_ = -1; }

OutputLock& OutputLock::operator=(OutputLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = other.fd_;
        path_ = std::move(other.path_);
        other.fd_ = -1;
    }
    return *this;
}

OutputLock::~OutputLock() { release(); }

OutputLock OutputLock::acquire(const std::filesystem::path& lock_file, bool wait, const std::function<void()>& on_wait,
                               std::string& error) {
    bool told = false;
    for (;;) {
        int fd = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0) {
            error = "cannot create the lock file " + lock_file.string() + ": " + std::strerror(errno);
            return {};
        }
        int rc = ::flock(fd, LOCK_EX | LOCK_NB);
        if (rc != 0 && errno == EWOULDBLOCK) {
            if (!told && on_wait) on_wait();
            told = true;
            if (!wait) {
                ::close(fd);
                error = "another urker build is publishing into this folder";
                return {};
            }
            do rc = ::flock(fd, LOCK_EX); while (rc != 0 && errno == EINTR);
        }
        if (rc != 0) {
            error = "cannot lock " + lock_file.string() + ": " + std::strerror(errno);
            ::close(fd);
            return {};
        }
        // The holder before us removes the file as it releases it: if the file we locked is no
        // longer the one at the path, lock the new one instead.
        struct stat locked{}, current{};
        if (::fstat(fd, &locked) == 0 && ::stat(lock_file.c_str(), &current) == 0 && locked.st_dev == current.st_dev &&
            locked.st_ino == current.st_ino) {
            OutputLock lock;
            lock.fd_ = fd;
            lock.path_ = lock_file;
            return lock;
        }
        ::close(fd);
    }
}

void OutputLock::release() {
    if (fd_ < 0) return;
    // Unlink while still holding the lock, so no one can lock this file after we let go.
    ::unlink(path_.c_str());
    ::close(fd_);
    fd_ = -1;
}

}  // namespace urker
