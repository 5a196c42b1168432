// Diagnostics stay short and readable whatever the file holds.
#include <doctest/doctest.h>

#include "core/diagnostic.h"

using namespace urker;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("a long line is shown as a window around the column, with the caret still under it") {
    std::string line = std::string(1000, 'a') + "X" + std::string(5000, 'b');
    Diagnostic d;
    d.where = {"long.md", 3, 1001};
    d.message = "here";
    attach_source_line(d, line);
    CHECK(d.source_line.size() < 400);
    std::string out = format_diagnostic(d);
    auto first = out.find('\n') + 1, second = out.find('\n', first) + 1;
    std::string shown = out.substr(first, second - first - 1), caret = out.substr(second, out.find('\n', second) - second);
    CHECK(has(shown, "…aaa"));
    CHECK(has(shown, "bbb…"));
    // The caret stands under the X: count characters, as a terminal shows them.
    std::size_t x_byte = shown.find('X');
    std::size_t x_column = 0;
    for (std::size_t i = 0; i < x_byte; ++i)
        if ((static_cast<unsigned char>(shown[i]) & 0xC0) != 0x80) ++x_column;
    CHECK(caret.size() == x_column + 1);
    CHECK(caret.back() == '^');
}

TEST_CASE("a short line is kept whole") {
    Diagnostic d;
    d.where = {"a.md", 1, 3};
    attach_source_line(d, "date: x");
    CHECK(d.source_line == "date: x");
    CHECK(d.source_first_column == 1);
}

TEST_CASE("messages and lines are cut as they are added, whoever built them") {
    Diagnostics ds;
    ds.error({"a.md", 1, 1}, "there is no member \"" + std::string(100000, 'z') + "\"", "", std::string(100000, 'q'));
    const Diagnostic& d = ds.items()[0];
    CHECK(d.message.size() < 1000);
    CHECK(d.source_line.size() < 1000);
    CHECK(has(d.message, "…"));
}

TEST_CASE("at most 20 problems are printed per file, then one line sums up the rest") {
    Diagnostics ds;
    for (int i = 1; i <= 5000; ++i) ds.error({"content/links.md", i, 1}, "broken link", "fix it", "[x](y.md)");
    ds.error({"content/other.md", 1, 1}, "another");
    ds.sort();
    std::string out = format_diagnostics(ds);
    CHECK(out.size() < 5000);
    CHECK(has(out, "content/links.md:20:1: error: broken link"));
    CHECK_FALSE(has(out, "content/links.md:21:1"));
    CHECK(has(out, "content/links.md: … and 4,980 more problems in this file (fix the ones above and build again to see them)\n"));
    CHECK(has(out, "content/other.md:1:1: error: another"));
    CHECK(ds.error_count() == 5001);
}

TEST_CASE("a file with few problems prints all of them and no summary line") {
    Diagnostics ds;
    ds.error({"a.md", 1, 1}, "one");
    ds.warning({"a.md", 2, 1}, "two");
    CHECK(format_diagnostics(ds) == "a.md:1:1: error: one\na.md:2:1: warning: two\n");
}
