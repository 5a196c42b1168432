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

TEST_CASE("an element taken out of a list takes its positions with it; the later ones move down") {
    Diagnostics d;
    std::string yaml = "tags: [a, b, a, c]\nitems:\n  - {what: x}\n  - {what: y}\n  - {what: z}\n";
    auto doc = parse_yaml(yaml, "p.md", d, 1, "---\n" + yaml + "---\n");
    REQUIRE(d.empty());
    CHECK(doc.locate("/tags/3").column == 17);
    CHECK(doc.erase_element("tags", 2));
    CHECK(doc.value["tags"] == urker::Json::parse(R"(["a", "b", "c"])"));
    CHECK(doc.locate("/tags/1").column == 11);  // b stays where it was
    CHECK(doc.locate("/tags/2").column == 17);  // c, where c stood
    CHECK(doc.positions.find("/tags/3") == doc.positions.end());
    CHECK(doc.erase_element("items", 0));
    CHECK(doc.locate("/items/0/what").line == 5);
    CHECK(doc.locate("/items/1/what").line == 6);
    CHECK(doc.locate("/items/1/what#key").line == 6);
    CHECK(doc.positions.find("/items/2/what") == doc.positions.end());
    CHECK_FALSE(doc.erase_element("tags", 3));
    CHECK_FALSE(doc.erase_element("missing", 0));
}

TEST_CASE("a tab in indentation is reported with its place") {
    Diagnostics d;
    parse_yaml("a:\n\t- b\n", "t.yaml", d);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.line == 2);
}

TEST_CASE("a quote that is never closed is an error at the value, not one value swallowing the lines after it") {
    Diagnostics d;
    std::string file = "---\ntitle: \"Дроби\ndate: 2026-09-01\n---\nТекст\n";
    auto doc = parse_yaml("title: \"Дроби\ndate: 2026-09-01\n", "content/news/drobi.md", d, 1, file);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.line == 2);
    CHECK(d.items()[0].where.column == 8);
    CHECK(d.items()[0].source_line == "title: \"Дроби");
    CHECK(d.items()[0].message.find("never closed") != std::string::npos);
    CHECK(d.items()[0].hint.find("title: \"Дроби\"") != std::string::npos);
    CHECK(doc.value.is_null());

    Diagnostics single;
    parse_yaml("tags: [a, 'b]\n", "x.yaml", single);
    REQUIRE(single.error_count() == 1);
    CHECK(single.items()[0].hint.find("'Дроби'") != std::string::npos);
}

TEST_CASE("closed quotes stay quiet: escapes, doubled single quotes, a text over two lines, a quote inside") {
    for (const char* yaml : {"title: \"Say \\\"hi\\\"\"\n", "title: 'It''s'\n", "title: \"one\n  two\"\ndate: 2026-09-01\n",
                             "title: 'a \"b'\n", "title: Дроби \"5 класс\"\n", "a: \"x\"\nb: 'y'\n"}) {
        Diagnostics d;
        auto doc = parse_yaml(yaml, "x.yaml", d);
        CHECK_MESSAGE(d.empty(), yaml);
        CHECK(doc.value.is_object());
    }
}

// --- Limits: no YAML text can crash urker, hang it or fill its memory. ---

namespace {
std::string only_message(const Diagnostics& d) {
    REQUIRE(d.items().size() == 1);
    return format_diagnostic(d.items()[0]);
}
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("aliases repeat what their anchor names") {
    Diagnostics d;
    auto doc = parse_yaml("base: &b {x: 1, y: [a, b]}\ncopy: *b\nlist: [&n 5, *n]\n", "a.yaml", d);
    REQUIRE(d.empty());
    CHECK(doc.value["copy"]["y"][1] == "b");
    CHECK(doc.value["list"][1] == 5);
    CHECK(doc.locate("/copy").line == 2);
}

TEST_CASE("an anchor used inside its own value is an error at the alias, not an endless loop") {
    Diagnostics d;
    auto doc = parse_yaml("title: x\nloop: &a [1, *a]\n", "p.md", d, 1, "---\ntitle: x\nloop: &a [1, *a]\n---\n");
    CHECK(doc.value.is_null());
    CHECK(only_message(d) ==
          "p.md:3:14: error: the alias *a is inside the value its anchor &a names, so it would repeat itself forever\n"
          "    loop: &a [1, *a]\n"
          "                 ^\n"
          "    hint: an alias can only repeat a value that ends before it: remove *a or move it below that value\n");
}

TEST_CASE("a map anchored to itself is refused too") {
    Diagnostics d;
    parse_yaml("&m {self: *m}\n", "a.yaml", d);
    CHECK(has(only_message(d), "the alias *m is inside"));
}

TEST_CASE("a billion-laughs alias bomb fails fast with a clear error") {
    std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        std::string prev(1, static_cast<char>(c - 1));
        bomb += std::string(1, c) + ": &" + c + " [";
        for (int k = 0; k < 9; ++k) bomb += (k ? ",*" : "*") + prev;
        bomb += "]\n";
    }
    CHECK(bomb.size() < 500);
    Diagnostics d;
    // Refused by counting, before anything is expanded (how long it takes is the benchmarks' business,
    // not a test's: a loaded CI machine made a time limit fail).
    auto doc = parse_yaml(bomb, "bomb.yaml", d);
    CHECK(doc.value.is_null());
    std::string m = only_message(d);
    CHECK(has(m, "bomb.yaml:"));
    CHECK(has(m, "with its aliases repeated, this YAML would hold more than 100 000 values"));
    CHECK(has(m, "hint: an alias (*"));
}

TEST_CASE("a long list without aliases is fine up to the value limit") {
    std::string yaml = "items: [";
    for (int i = 0; i < 5000; ++i) yaml += (i ? ",x" : "x");
    yaml += "]\n";
    Diagnostics d;
    auto doc = parse_yaml(yaml, "a.yaml", d);
    CHECK(d.empty());
    CHECK(doc.value["items"].size() == 5000);
    YamlLimits small;
    small.max_values = 100;
    parse_yaml(yaml, "a.yaml", d, 0, {}, small);
    CHECK(has(only_message(d), "this YAML holds more than 100 values"));
}

TEST_CASE("deep flow nesting is refused before it reaches the stack") {
    Diagnostics d;
    auto doc = parse_yaml("x: " + std::string(100000, '[') + std::string(100000, ']') + "\n", "deep.yaml", d);
    CHECK(doc.value.is_null());
    std::string m = only_message(d);
    CHECK(has(m, "deep.yaml:1:"));
    CHECK(has(m, "nested more than 64 levels deep"));
}

TEST_CASE("deep block nesting (- - - -) is refused") {
    std::string yaml;
    for (int i = 0; i < 3000; ++i) yaml += "- ";
    yaml += "x\n";
    Diagnostics d;
    parse_yaml(yaml, "deep.yaml", d);
    CHECK(has(only_message(d), "nested more than 64 levels deep"));
}

TEST_CASE("an alias cannot smuggle in depth beyond the limit") {
    std::string inner = std::string(40, '[') + std::string(40, ']');
    Diagnostics d;
    parse_yaml("a: &a " + inner + "\nb: " + std::string(40, '[') + "*a" + std::string(40, ']') + "\n", "a.yaml", d);
    CHECK(has(only_message(d), "a.yaml:2:"));
}

TEST_CASE("numbers with 40 000 digits and floats of 100 000 characters stay text instead of crashing") {
    Diagnostics d;
    std::string digits(40000, '7');
    std::string fl = "1." + std::string(99990, '5');
    auto doc = parse_yaml("n: " + digits + "\nf: " + fl + "\nm: -" + digits + "e5\n", "a.yaml", d);
    REQUIRE(d.empty());
    CHECK(doc.value["n"] == digits);  // too large for a number: kept as written
    CHECK(doc.value["f"].is_number_float());
    CHECK(doc.value["m"].is_string());
}

TEST_CASE("a value longer than the limit is a located error with a short excerpt") {
    Diagnostics d;
    std::string yaml = "title: ok\ndescription: " + std::string(200000, 'x') + "\n";
    parse_yaml(yaml, "p.md", d, 1, "---\n" + yaml + "---\n");
    std::string m = only_message(d);
    CHECK(has(m, "p.md:3:14: error: this value is too long: 200 000 characters, but one value may have at most 100 000\n"));
    CHECK(m.size() < 600);
}

TEST_CASE("a quoted value counts against the limit too") {
    Diagnostics d;
    parse_yaml("t: \"" + std::string(100001, 'y') + "\"\n", "a.yaml", d);
    CHECK(has(only_message(d), "this value is too long"));
}

TEST_CASE("a tab used for indentation is called a tab, with its line and column") {
    Diagnostics d;
    parse_yaml("title: A\ntags:\n\t- a\n", "p.md", d, 1, "---\ntitle: A\ntags:\n\t- a\n---\n");
    CHECK(only_message(d) ==
          "p.md:4:1: error: this line is indented with a tab; YAML needs spaces\n"
          "    \t- a\n"
          "    ^\n"
          "    hint: replace the tab at the start of the line with spaces (the same number as the lines around it)\n");
}

TEST_CASE("a tab after spaces at the start of a line is found too") {
    Diagnostics d;
    parse_yaml("a: 1\n  \tb: 2\n", "t.yaml", d);
    std::string m = only_message(d);
    CHECK(has(m, "t.yaml:2:3: error: this line is indented with a tab"));
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted") {
    Diagnostics d;
    auto doc = parse_yaml("\xEF\xBB\xBFtitle: A\r\nlist:\r\n  - 1\r\n", "a.yaml", d);
    REQUIRE(d.empty());
    CHECK(doc.value["title"] == "A");
    CHECK(doc.value["list"][0] == 1);
    CHECK(doc.locate("/list/0").line == 3);
}

TEST_CASE("keys stay as written; a complex key becomes its JSON text") {
    Diagnostics d;
    auto doc = parse_yaml("2026: a\ntrue: b\n? [x, y]\n: c\n", "a.yaml", d);
    REQUIRE(d.empty());
    CHECK(doc.value["2026"] == "a");
    CHECK(doc.value["true"] == "b");
    CHECK(doc.value["[\"x\",\"y\"]"] == "c");
}

TEST_CASE("an empty value stands where its key does") {
    Diagnostics d;
    auto doc = parse_yaml("a: 1\nb:\nc: 2\n", "a.yaml", d);
    CHECK(doc.value["b"].is_null());
    CHECK(doc.locate("/b").line == 2);
    CHECK(doc.locate("/b").column == 1);
    CHECK(doc.locate("/c#key").line == 3);
}

TEST_CASE("YAML 1.2 core numbers are recognised without a regex") {
    Diagnostics d;
    auto doc = parse_yaml("a: .5\nb: -.5e3\nc: 5.\nd: +7\ne: 1e400\nf: +\ng: 1.2.3\nh: 0x1F\ni: -0\n", "n.yaml", d);
    REQUIRE(d.empty());
    CHECK(doc.value["a"] == 0.5);
    CHECK(doc.value["b"] == -500.0);
    CHECK(doc.value["c"] == 5.0);
    CHECK(doc.value["d"] == 7);
    CHECK(doc.value["e"] == "1e400");  // out of range: kept as written
    CHECK(doc.value["f"] == "+");
    CHECK(doc.value["g"] == "1.2.3");
    CHECK(doc.value["h"] == "0x1F");
    CHECK(doc.value["i"] == 0);
}

TEST_CASE("a line far longer than any value may be is refused before yaml-cpp reads it") {
    Diagnostics d;
    std::string yaml = "title: ok\ndescription: \"" + std::string(5u << 20, 'x') + "\"\n";
    parse_yaml(yaml, "a.yaml", d);
    CHECK(has(only_message(d), "a.yaml:2:1: error: this line is too long: 5 242 895 characters, but one value may have at most 100 000"));
}

TEST_CASE("a key given twice keeps its last value, and many keys are read in one pass") {
    Diagnostics d;
    auto doc = parse_yaml_in_file("b: 1\na: x\nb: 2\nnested:\n  z: 1\n  y: [1]\n  z: 3\n", "x.yaml", d, 0,
                                  std::make_shared<const SourceText>(std::string("")), {}, YamlReader::yaml_cpp);
    CHECK(doc.value.dump() == R"({"a":"x","b":2,"nested":{"y":[1],"z":3}})");
    CHECK(doc.locate("/b").line == 3);
    // Each repetition is a warning at the repeated key, naming the line of the first.
    REQUIRE(d.items().size() == 2);
    CHECK(d.warning_count() == 2);
    CHECK(d.items()[0].where.line == 3);
    CHECK(d.items()[0].where.column == 1);
    CHECK(d.items()[1].where.line == 7);
    CHECK(d.items()[1].where.column == 3);
    CHECK(format_diagnostic(d.items()[0], "en").find("the key «b» is given a second time (first on line 1)") != std::string::npos);
    CHECK(format_diagnostic(d.items()[1], "ru").find("ключ «z» указан второй раз (впервые — в строке 5)") != std::string::npos);
    d = Diagnostics();
    std::string many;
    for (int i = 0; i < 20000; ++i) many += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    auto big = parse_yaml_in_file(many, "many.yaml", d, 0, std::make_shared<const SourceText>(many), {}, YamlReader::yaml_cpp);
    REQUIRE(big.value.size() == 20000);
    CHECK(big.value["k19999"] == 19999);
    CHECK(big.value["k10"] == 10);
}

TEST_CASE("columns count characters, not bytes, on lines with Cyrillic before the place") {
    Diagnostics d;
    auto doc = parse_yaml("title: Урок\ntags: [дроби, геометри]\n", "x.yaml", d);
    CHECK(doc.locate("/tags/1").line == 2);
    CHECK(doc.locate("/tags/1").column == 15);  // "tags: [дроби, " is 14 characters (19 bytes)
    auto again = parse_yaml("title: Урок\ntitle: Дроби\n", "x.yaml", d);
    REQUIRE(d.items().size() == 1);  // a key given twice: at the second, column 1 either way
    CHECK(d.items()[0].where.column == 1);
    Diagnostics e;
    parse_yaml("a: [что, где\n", "x.yaml", e);
    REQUIRE(e.error_count() == 1);
    CHECK(e.items()[0].where.column == 4);  // the bracket, shown where it was opened
}
