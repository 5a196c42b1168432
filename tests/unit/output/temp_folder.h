// A fresh folder under /tmp for one test, removed afterwards.
#pragma once

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace urker::testing {

class TempFolder {
public:
    TempFolder() {
        static std::atomic<int> counter{0};
        root_ = std::filesystem::temp_directory_path() /
                ("urker-output-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(root_);
        std::filesystem::create_directories(root_);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path operator/(const std::string& rel) const { return root_ / rel; }
    void write(const std::string& rel, const std::string& text) const {
        std::filesystem::path p = root_ / rel;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
    }
    // Names directly inside the folder, sorted, for "nothing else appeared" checks.
    std::string listing() const {
        std::vector<std::string> names;
        for (const auto& e : std::filesystem::directory_iterator(root_)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        std::string all;
        for (const auto& n : names) all += n + ' ';
        return all;
    }

private:
    std::filesystem::path root_;
};

}  // namespace urker::testing
