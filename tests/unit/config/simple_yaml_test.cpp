// The reader of simple front matter against yaml-cpp: whatever it takes, it must read as yaml-cpp
// does, value and positions; whatever it is not sure of, it must leave to yaml-cpp.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "config/simple_yaml.h"
#include "config/yaml_document.h"

using namespace urker;

namespace {

struct Read {
    YamlDocument doc;
    Diagnostics diags;
};

Read read_with(std::string_view yaml, YamlReader reader, int line_offset = 1) {
    Read r;
    r.doc = parse_yaml_in_file(yaml, "content/a.md", r.diags, line_offset, std::make_shared<const SourceText>(std::string(yaml)), {}, reader);
    return r;
}

std::string positions_of(const YamlDocument& doc) {
    std::ostringstream out;
    for (const auto& [pointer, at] : doc.positions) out << pointer << '@' << at.line << ':' << at.column << '\n';
    return out.str();
}

bool taken_by_simple_reader(std::string_view yaml) {
    YamlDocument doc;
    return read_simple_yaml(yaml, doc);
}

// When the simple reader takes `yaml`, it reads what yaml-cpp reads. Returns whether it took it.
bool same_as_yaml_cpp(std::string_view yaml) {
    const bool taken = taken_by_simple_reader(yaml);
    if (!taken) return false;
    Read simple = read_with(yaml, YamlReader::simple_first);
    Read full = read_with(yaml, YamlReader::yaml_cpp);
    INFO("yaml: ", std::string(yaml));
    CHECK(full.diags.items().empty());
    CHECK(simple.diags.items().empty());
    CHECK(simple.doc.value.dump() == full.doc.value.dump());
    CHECK(positions_of(simple.doc) == positions_of(full.doc));
    return true;
}

}  // namespace

TEST_CASE("the simple reader reads typical front matter as yaml-cpp does") {
    const char* cases[] = {
        "title: \"Промолчишь нет грузившее в\"\ndate: 2017-06-11\nauthor: m0001\nsubject: \"Информатика\"\ngrade: 5\n"
        "material_type: lesson-plan\ntags: [\"изрекаться\", \"расшнуровывать\", \"намалевать\"]\nlanguage: ru\n",
        "title: Дроби, 5 класс\nweight: 10\ndraft: false\nratio: 2.5\nnone: ~\nempty:\nyes_word: yes\nzeros: 007\n",
        "title: 'Урок: дроби'\nsubjects: [Химия, Начальные классы,  \"Физика\" , 'Алгебра']\nlist: []\nspaced: [ a ]\n",
        "# a comment line\n\ntitle:   \"spaced\"   \nbig: 123456789012345678901234567890\nneg_float: .5\nexp: 1e3\n",
        "a: Don't stop\nc: say \"hi\" now\nd: a:b\ne: http://example.org/x\nf: 50%\ng: x - y\n",
        "nulls: [~, null, Null]\nbools: [true, False, TRUE]\nnumbers: [1, 2, +3, 4.5, 1e2]\nkey-with-dash: v\n2024: year\n",
        "title: \"\"\nsummary: ''\nq: \"  inner spaces  \"\n",
        "title: Последняя строка без перевода",
        "title: \"Say \\\"hi\\\" \\\\ back\\nline\"\nplural: {one: \"{n} файл\", few: \"{n} файла\", other: files}\nempty: {}\n",
        "cusdis:\n  powered_by: \"Cusdis\"\n  # a comment inside\n  loading: Загрузка\nterms:\n  subject:\n    \"математика\": \"Математика\"\n"
        "    \"алгебра и начала анализа\": Алгебра\n  grade: {5: пятый, null-ish: ~}\nafter: 1\n",
        "\"quoted key\": value\n\"a/b~c\": 2\nnested:\n    deep:\n        deeper: [1, 2]\n    empty:\n    back: x\n",
    };
    for (const char* yaml : cases) {
        INFO("yaml: ", std::string(yaml));
        CHECK(same_as_yaml_cpp(yaml));
    }
}

TEST_CASE("what the simple reader is not sure of is left to yaml-cpp") {
    const char* cases[] = {
        "title: a # a comment\n",        // a comment after a value
        "title: \"a\" # c\n",            // the same after a quote
        "title: \"tab\\there\"\n",         // an escape other than a line break, a quote and a backslash
        "title: 'It''s'\n",              // a doubled quote
        "title: \"one\n  two\"\n",       // a quoted text over two lines
        "title: \"Дроби\ndate: 2026-09-01\n",  // a quote never closed (yaml-cpp words the error)
        "items:\n  - a\n",               // a block list
        "items:\n- a\n",                 // a block list at the key's indentation
        "title: one\n  two\n",           // a plain text over two lines
        "a: 1\na: 2\n",                  // a key twice
        "a:\tb\n",                       // a tab
        "a: b\r\nc: d\r\n",              // Windows line ends
        "a: {b: {c: d}}\n",              // a map in a map in braces
        "a: {b: c, }\n",                 // a comma before the end
        "a: {b}\n",                      // a key without a value in braces
        "a:\n  b: 1\n   c: 2\n",          // keys of one map at two indentations
        "a:\n  b: 1\nc:\n    - d\n",     // a list under a key
        "a: 1\n  b: 2\n",                // an indented line under a value
        "a: [b, [c]]\n",                 // a list in a list
        "a: [b, ]\n",                    // a comma before the end
        "a: [b\n",                       // a list not closed on its line
        "a: &x 1\nb: *x\n",              // an anchor and an alias
        "a: !tag b\n",                   // a tag
        "a: |\n  text\n",                // a block text
        "a: -1\n",                       // a leading '-' (a number here, but taken with the lists' dash)
        "a: b: c\n",                     // a key inside a value
        "a: C# b\n",                     // '#' in a plain text (a comment only after a space)
        "a: [1, -2]\n",                  // a leading '-' in a list
        "a: [kk? en]\n",                 // a '?' in a list (yaml-cpp refuses it; found by the fuzzer)
        "a: {b: c?}\n",                  // the same in braces
        "'a': b\n",                      // a key in single quotes
        "null: x\n",                     // a key yaml-cpp reads as null
        "---\na: b\n",                   // a document marker
        "",                              // nothing
        "# only a comment\n",
        "a:b\n",                         // no space after the colon
        "\xEF\xBB\xBF" "a: b\n",         // a byte order mark
        "a: x\xC2\x85y\n",               // NEL
    };
    for (const char* yaml : cases) {
        INFO("yaml: ", std::string(yaml));
        CHECK_FALSE(taken_by_simple_reader(yaml));
    }
}

TEST_CASE("the example portal's front matter: each file the simple reader takes reads as with yaml-cpp") {
    namespace fs = std::filesystem;
    std::size_t files = 0, taken = 0;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(URKER_SOURCE_DIR) / "content")) {
        if (!entry.is_regular_file() || entry.path().extension() != ".md") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!text.starts_with("---\n")) continue;
        const std::size_t end = text.find("\n---", 3);
        REQUIRE(end != std::string::npos);
        ++files;
        if (same_as_yaml_cpp(std::string_view(text).substr(4, end - 3))) ++taken;
    }
    CHECK(files > 100);
    // Most of it is simple (the rest has lists of lines, maps and block texts).
    CHECK(taken * 2 > files);
}

TEST_CASE("the theme's string files and the example's site.yaml: each the simple reader takes reads as with yaml-cpp") {
    namespace fs = std::filesystem;
    std::size_t files = 0, taken = 0;
    std::vector<fs::path> paths = {fs::path(URKER_SOURCE_DIR) / "site.yaml"};
    for (const auto& entry : fs::directory_iterator(fs::path(URKER_SOURCE_DIR) / "themes" / "default" / "i18n")) paths.push_back(entry.path());
    for (const fs::path& path : paths) {
        std::ifstream in(path, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        ++files;
        INFO(path.string());
        if (same_as_yaml_cpp(text)) ++taken;
    }
    CHECK(files > 10);
    CHECK(taken + 2 > files);  // the string files all (site.yaml has block lists)
}

TEST_CASE("random lines of keys and values: the simple reader reads them as yaml-cpp does") {
    // Pieces a teacher's front matter is made of, and pieces that trip a YAML reader.
    const std::vector<std::string> keys = {"title", "date", "tags", "grade", "a-b", "x_1", "2024", "true", "Null", "e", "\"q k\"", "\"a/b\""};
    const std::vector<std::string> values = {
        "", " ", "5", "-5", "+5", "0x1F", "0o7", "1_000", "2.5", ".5", "5.", "1e3", "1E-3", ".inf", "-.inf", ".nan", "~",
        "null", "NULL", "true", "yes", "No", "on", "2026-09-01", "12:30", "Дроби", "Дроби, 5 класс", "a:b", "a: b", "a :b",
        "a #b", "a#b", "#a", "\"q\"", "\"q\" ", "\"a\\\"b\"", "'q'", "'it''s'", "\"\"", "''", "[]", "[ ]", "[a]", "[a,b]",
        "[ a , b ]", "[\"a\", 'b']", "[a, ]", "[,a]", "[a b, c]", "[~, 1, true]", "[a:b]", "[a: b]", "[[a]]", "{a: b}",
        "&x a", "*x", "!t a", "|", ">", "%a", "@a", "`a", "?a", "? a", "-a", "- a", "a  ", "  a", "Ä", "тест тест",
        "\"unclosed", "'unclosed", "[unclosed", "a]", "a}", "a,", "a'b", "a\"b", "\"a\"b", "{a: 1}", "{a: 1, b: \"x\"}", "{}", "{ }",
        "{a: ~, b: null}", "{a: [1]}", "{a: b: c}", "{\"k\": v}", "{a: 1,}", "{a}", "[a?b]", "{a: b?}", "[p,=u2]", "p,=u2", "\"x\\ny\"", "\"x\\\"y\"", "\"x\\ty\"",
        "\"x\\\\y\""};
    const std::vector<std::string> extra_lines = {"", "# c", "  indented: x", "- item", "   ", "---", "...", "\t", "  # c", "    deeper: 1",
                                                  "  \"q\": \"v\"", "  m: {a: 1, b: \"x\"}", "  l: [a, b]", "  n:"};
    std::mt19937 random(20261206);
    std::size_t taken = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string yaml;
        const int lines = 1 + static_cast<int>(random() % 5);
        for (int l = 0; l < lines; ++l) {
            if (random() % 8 == 0) {
                yaml += extra_lines[random() % extra_lines.size()] + "\n";
                continue;
            }
            yaml += keys[random() % keys.size()] + ":";
            const std::string& v = values[random() % values.size()];
            if (!v.empty() || random() % 2) yaml += std::string(1 + random() % 2, ' ');
            yaml += v;
            if (l + 1 < lines || random() % 2) yaml += "\n";
        }
        if (same_as_yaml_cpp(yaml)) ++taken;
    }
    CHECK(taken > 300);  // the comparison ran on many inputs, not on none
}
