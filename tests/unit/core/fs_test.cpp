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

TEST_CASE("a link to a file inside the folder is listed where it is; links elsewhere, to folders or to nothing are refused") {
    TempFolder t;
    const fs::path outside = t.root.string() + "-outside";
    fs::create_directories(outside);
    std::ofstream(outside / "secret.txt") << "secret";
    fs::create_directory_symlink(outside, t.root / "linked-folder");
    fs::create_symlink("../a.txt", t.root / "sub" / "same-as-a.txt");       // inside: listed at its own path
    fs::create_symlink(outside / "secret.txt", t.root / "sub" / "secret.txt");  // outside, absolute
    fs::create_symlink("../../" + outside.filename().string() + "/secret.txt", t.root / "sub" / "climb.txt");  // outside, relative
    fs::create_symlink("nowhere.pdf", t.root / "gone.pdf");
    std::vector<urker::RefusedLink> refused;
    CHECK(urker::list_files(t.root, urker::HiddenFiles::skip, &refused) == std::vector<std::string>{"a.txt", "sub/b.txt", "sub/same-as-a.txt"});
    REQUIRE(refused.size() == 4);
    CHECK(refused[0].path == "gone.pdf");
    CHECK(refused[0].kind == urker::RefusedLink::Kind::broken);
    CHECK(refused[0].target == "nowhere.pdf");
    CHECK(refused[1].path == "linked-folder");
    CHECK(refused[1].kind == urker::RefusedLink::Kind::folder);
    CHECK(refused[2].path == "sub/climb.txt");
    CHECK(refused[2].kind == urker::RefusedLink::Kind::outside);
    CHECK(refused[3].path == "sub/secret.txt");
    CHECK(refused[3].kind == urker::RefusedLink::Kind::outside);
    CHECK(refused[3].target == (outside / "secret.txt").string());
    // Without a list to tell them in, the refused links are still left out.
    CHECK(urker::list_files(t.root) == std::vector<std::string>{"a.txt", "sub/b.txt", "sub/same-as-a.txt"});
    fs::remove_all(outside);
}
