// Text files are checked for size and encoding, and each problem names the file and the fix.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "core/guard.h"
#include "core/text_file.h"

#include "core/json.h"

using namespace urker;
namespace fs = std::filesystem;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

struct TempFile {
    fs::path path;
    explicit TempFile(const std::string& bytes) {
        static int counter = 0;
        path = fs::temp_directory_path() / ("urker-text-file-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~TempFile() {
        std::error_code ec;
        fs::remove(path, ec);
    }
};
}  // namespace

TEST_CASE("a Windows-1251 file is named as such, at its first Cyrillic letter, with how to save it as UTF-8") {
    // "title,when\nСеминар,октябрь" in Windows-1251.
    std::string cp1251 = "what,when\n\xD1\xE5\xEC\xE8\xED\xE0\xF0,\xEE\xEA\xF2\xFF\xE1\xF0\xFC\n";
    Diagnostics d;
    CHECK_FALSE(check_utf8(cp1251, "content/plans/plan.csv", d));
    REQUIRE(d.items().size() == 1);
    std::string m = format_diagnostic(d.items()[0]);
    CHECK(has(m, "content/plans/plan.csv:2:1: error: this file is not in UTF-8: it looks like Windows-1251"));
    CHECK(has(m, "    Семинар,октябрь\n"));  // the line as the teacher's editor shows it
    CHECK(has(m, "hint: save it as UTF-8: in Excel «Сохранить как → CSV UTF-8», in Notepad «Кодировка: UTF-8»"));
}

TEST_CASE("a page or site.yaml in Windows-1251 is told how to save a text file as UTF-8, not a table") {
    // "title: Новость" in Windows-1251.
    const std::string cp1251 = "---\ntitle: \xCD\xEE\xE2\xEE\xF1\xF2\xFC\n---\n";
    for (const char* file : {"content/news/first.md", "site.yaml", "content/about.MD"}) {
        CAPTURE(file);
        Diagnostics d;
        CHECK_FALSE(check_utf8(cp1251, file, d));
        REQUIRE(d.items().size() == 1);
        const std::string ru = format_diagnostic(d.items()[0], "ru");
        CHECK(has(ru, "похоже, это Windows-1251"));
        CHECK(has(ru, "подсказка: сохраните его заново в UTF-8: в Блокноте — «Файл → Сохранить как…», затем «Кодировка: UTF-8»"));
        CHECK_FALSE(has(ru, "Excel"));
        CHECK_FALSE(has(ru, "CSV"));
        CHECK(has(format_diagnostic(d.items()[0], "kk"), "Блокнотта «Файл → Басқаша сақтау…», содан кейін «Кодтау: UTF-8»"));
    }
    // A table keeps Excel's way, whatever the case of its extension.
    Diagnostics d;
    CHECK_FALSE(check_utf8(cp1251, "content/plans/PLAN.CSV", d));
    CHECK(has(format_diagnostic(d.items()[0], "ru"), "в Excel — «Сохранить как → CSV UTF-8»"));
    // UTF-16 ("Unicode" in Notepad) gets the text file's way too.
    CHECK_FALSE(check_utf8(std::string("\xFF\xFEt\0i\0", 6), "content/news/first.md", d));
    CHECK(has(format_diagnostic(d.items()[1], "ru"), "в Блокноте"));
    CHECK_FALSE(has(format_diagnostic(d.items()[1], "ru"), "Excel"));
}

TEST_CASE("quotes, dashes and № of a Windows-1251 line are shown as the editor shows them") {
    Diagnostics d;
    CHECK_FALSE(check_utf8("\xAB\xD2\xE5\xEC\xE0 \xF3\xF0\xEE\xEA\xE0\xBB \x97 \xB9 5\n", "a.csv", d));
    CHECK(d.items()[0].source_line == "«Тема урока» — № 5");
}

TEST_CASE("UTF-16 and stray bytes are named too; UTF-8 with a byte-order mark passes") {
    Diagnostics d;
    CHECK_FALSE(check_utf8(std::string("\xFF\xFEt\0i\0", 6), "site.yaml", d));
    CHECK(has(d.items()[0].message, "UTF-16"));
    CHECK_FALSE(check_utf8("ok\nab\x80z\n", "x.md", d));
    CHECK(d.items()[1].where.line == 2);
    CHECK(d.items()[1].where.column == 3);
    CHECK(check_utf8("\xEF\xBB\xBFтекст\r\n", "x.md", d));
    CHECK(d.items().size() == 2);
}

TEST_CASE("a file over the limit is refused without reading it, naming the size and the setting") {
    TempFile f(std::string(3u << 20, 'a'));
    Diagnostics d;
    CHECK_FALSE(read_text_file(f.path, "content/big.md", 1u << 20, d));
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].where.file == "content/big.md");
    CHECK(d.items()[0].message == "this file is 3 MB, more than the 1 MB a text file may have");
    CHECK(has(d.items()[0].hint, "limits: {max_text_file_mb: 4}"));
    CHECK(read_text_file(f.path, "content/big.md", 4u << 20, d));
}

TEST_CASE("a folder or a missing file is an error, not a hang") {
    Diagnostics d;
    CHECK_FALSE(read_text_file(fs::temp_directory_path(), "site.yaml", 1u << 20, d));
    CHECK_FALSE(read_text_file(fs::temp_directory_path() / "urker-no-such-file", "site.yaml", 1u << 20, d));
    CHECK(d.error_count() == 2);
}

TEST_CASE("a file is read to its end, its exact bytes, whatever its size said") {
    // Kazakh and Russian text with a byte-order mark and CRLF, kept as written.
    const std::string text = "\xEF\xBB\xBF---\r\ntitle: \"Сабақ жоспары\"\r\n---\r\nУрок: дроби.\r\n";
    TempFile f(text);
    Diagnostics d;
    auto read = read_text_file(f.path, "content/a.md", 1u << 20, d);
    REQUIRE(read);
    CHECK(*read == text);
    TempFile empty("");
    auto none = read_text_file(empty.path, "content/empty.md", 1u << 20, d);
    REQUIRE(none);
    CHECK(none->empty());
    // A file whose size says 0 while it holds text (the kernel's files say so; a file being
    // written can say less than it ends up holding).
    auto status = read_text_file("/proc/self/status", "status", 1u << 20, d);
    REQUIRE(status);
    CHECK(status->find("Name:") != std::string::npos);
    CHECK(d.error_count() == 0);
}

TEST_CASE("a file's text holds the memory of its size, not twice it (a page keeps it until the model is built)") {
    const std::string text(100000, 'a');
    TempFile f(text);
    Diagnostics d;
    auto read = read_text_file(f.path, "content/a.md", 1u << 20, d);
    REQUIRE(read);
    CHECK(*read == text);
    CHECK(read->capacity() < text.size() + 64);
    // A file that says 0 bytes and holds several reads' worth: /proc/self/maps of a test binary
    // with its libraries is longer than the 4 KiB each read past the size takes.
    auto maps = read_text_file("/proc/self/maps", "maps", 1u << 20, d);
    REQUIRE(maps);
    CHECK(maps->size() > 4096);
    CHECK(maps->find("[stack]") != std::string::npos);
    CHECK(d.error_count() == 0);
}

TEST_CASE("an exception becomes an error that names the file, in words") {
    Diagnostics d;
    CHECK_FALSE(guard_file("content/news/a.md", d, [] { (void)urker::Json("yes").get<bool>(); }));
    CHECK_FALSE(guard_file("content/b.md", d, [] { throw std::bad_alloc(); }));
    CHECK(guard_file("content/c.md", d, [] {}));
    REQUIRE(d.items().size() == 2);
    CHECK(d.items()[0].where.file == "content/news/a.md");
    CHECK(d.items()[0].message == "a value in this file is not of the kind urker expected (type must be boolean, but is string)");
    CHECK(has(d.items()[1].message, "ran out of memory"));
}
