#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "core/fs.h"

namespace fs = std::filesystem;

namespace {

struct TempFolder {
    fs::path root = fs::temp_directory_path() / ("urker-fs-test-" + std::to_string(::getpid()));
    TempFolder() {
        fs::remove_all(root);
        for (const char* f : {"a.txt", ".htaccess", ".well-known/security.txt", ".git/config", "sub/.git", "sub/b.txt", ".DS_Store"}) {
            fs::create_directories((root / f).parent_path());
            std::ofstream(root / f) << "x";
        }
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
};

}  // namespace

TEST_CASE("hidden files are skipped by default") {
    TempFolder t;
    CHECK(urker::list_files(t.root) == std::vector<std::string>{"a.txt", "sub/b.txt"});
}

TEST_CASE("hidden files can be listed, but never .git") {
    TempFolder t;
    CHECK(urker::list_files(t.root, urker::HiddenFiles::include) ==
          std::vector<std::string>{".DS_Store", ".htaccess", ".well-known/security.txt", "a.txt", "sub/b.txt"});
}
