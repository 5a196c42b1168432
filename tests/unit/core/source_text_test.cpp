#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "core/source_text.h"
#include "../../support/temp_folder.h"

using namespace urker;
namespace fs = std::filesystem;

namespace {

struct Folder : testing::TempFolder {
    Folder() : TempFolder("urker-source-text-") {}
};

}  // namespace

TEST_CASE("a text given is in memory; a file's is read when first asked for, once") {
    SourceText given(std::string("---\ntitle: Дроби\n---\nТекст.\n"));
    CHECK(given.in_memory());
    CHECK(given.str() == "---\ntitle: Дроби\n---\nТекст.\n");

    Folder folder;
    folder.write("a.md", "---\ntitle: Дроби\n---\nТекст урока.\n");
    SourceText lazy(folder.root() / "a.md", 1u << 20);
    CHECK_FALSE(lazy.in_memory());
    // Changed after the page was loaded but before anything asked: what the file holds when read.
    folder.write("a.md", "---\ntitle: Дроби\n---\nТекст урока, исправленный.\n");
    CHECK(lazy.str() == "---\ntitle: Дроби\n---\nТекст урока, исправленный.\n");
    CHECK(lazy.in_memory());
    folder.write("a.md", "другое");
    CHECK(lazy.str() == "---\ntitle: Дроби\n---\nТекст урока, исправленный.\n");  // read once
}

TEST_CASE("threads asking at once all get the one text; a file gone, too large or not UTF-8 reads as nothing") {
    Folder folder;
    std::string text;
    for (int k = 0; k < 2000; ++k) text += "Строка " + std::to_string(k) + " текста урока.\n";
    folder.write("long.md", text);
    SourceText lazy(folder.root() / "long.md", 1u << 20);
    std::vector<const std::string*> seen(8, nullptr);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t) threads.emplace_back([&, t] { seen[t] = &lazy.str(); });
    for (auto& t : threads) t.join();
    for (const std::string* s : seen) {
        CHECK(s == seen[0]);
        CHECK(*s == text);
    }

    CHECK(SourceText(folder.root() / "missing.md", 1u << 20).str().empty());
    CHECK(SourceText(folder.root() / "long.md", 100).str().empty());
    folder.write("cp1251.md", std::string("\xcf\xf0\xe8\xe2\xe5\xf2\n"));
    CHECK(SourceText(folder.root() / "cp1251.md", 1u << 20).str().empty());
}
