// A fresh folder under the system's temporary folder for one test, removed with it.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

namespace urker::testing {

class TempFolder {
public:
    explicit TempFolder(const std::string& prefix) {
        static std::atomic<int> counter{0};
        root_ = std::filesystem::temp_directory_path() / (prefix + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(root_);
        std::filesystem::create_directories(root_);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& root() const { return root_; }
    // Writes `text` to `path` (relative to the folder), making its folders.
    void write(const std::string& path, const std::string& text) const {
        std::filesystem::create_directories((root_ / path).parent_path());
        std::ofstream(root_ / path, std::ios::binary | std::ios::trunc) << text;
    }

private:
    std::filesystem::path root_;
};

}  // namespace urker::testing
