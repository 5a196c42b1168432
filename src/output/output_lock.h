// One build at a time per output folder. A build holds an flock on `.X.urker-lock` beside the
// output from before it touches the staging folder until its site is in place, so two builds
// (a scheduled rebuild and a webmaster) never publish a mix of each other's files: the second
// waits for the first. The lock file is removed on release; a waiter that locked a file which
// was removed meanwhile notices and locks the new one.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace urker {

class OutputLock {
public:
    OutputLock() = default;
    OutputLock(OutputLock&& other) noexcept;
    OutputLock& operator=(OutputLock&& other) noexcept;
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;
    ~OutputLock();

    // Takes the lock at `lock_file`, creating the file. When another build holds it, calls
    // `on_wait` once and then waits (wait = true) or gives up (wait = false). On failure returns
    // a lock that is not held and fills `error`.
    static OutputLock acquire(const std::filesystem::path& lock_file, bool wait, const std::function<void()>& on_wait,
                              std::string& error);

    bool held() const { return fd_ >= 0; }
    void release();

private:
    int fd_ = -1;
    std::filesystem::path path_;
};

}  // namespace urker
