#include <doctest/doctest.h>

#include "config/yaml_document.h"

using namespace urker;

TEST_CASE("plain scalars get types, quoted ones stay text") {
    Diagnostics d;
    auto doc = parse_yaml("a: 5\nb: \"5\"\nc: true\nd: yes\ne: 2.5\nf: 2026-09-01\ng: ~\nh: 007\n", "x.yaml", d);
    CHECK(doc.value["a"] == 5);
    CHECK(doc.value["b"] == "5");
    CHECK(doc.value["c"] == true);
    CHECK(doc.value["d"] == "yes");
    CHECK(doc.value["e"] == 2.5);
    CHECK(doc.value["f"] == "2026-09-01");
    CHECK(doc.value["g"].is_null());
    CHECK(doc.value["h"] == 7);
}

TEST_CASE("positions point into the file, shifted by the front matter offset") {
    Diagnostics d;
    std::string file = "---\ntitle: A\nitems:\n  - what: x\n    status: done\n---\n";
    auto doc = parse_yaml("title: A\nitems:\n  - what: x\n    status: done\n", "p.md", d, 1, file);
    CHECK(doc.locate("/title").line == 2);
    CHECK(doc.locate("/items/0/status").line == 5);
    CHECK(doc.locate("/items/0/status").column == 13);
    CHECK(doc.locate("/missing").line == 2);  // falls back to the document
    auto err = doc.error_at("/items/0/status", "bad");
    CHECK(err.source_line == "    status: done");
}

TEST_CASE("a tab in indentation is reported with its place") {
    Diagnostics d;
    parse_yaml("a:\n\t- b\n", "t.yaml", d);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.line == 2);
}
