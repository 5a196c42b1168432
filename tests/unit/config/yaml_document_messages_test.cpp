// YAML's own problems are catalogue messages: the English text stays what tests pin, and the
// reader's language shows the same place.
#include <doctest/doctest.h>

#include <string>

#include "config/yaml_document.h"

using namespace urker;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a tab in YAML is named in the reader's language at its line and column") {
    Diagnostics diags;
    parse_yaml("title: A\n\tdraft: true\n", "content/a.md", diags, 1);
    REQUIRE(diags.items().size() == 1);
    const Diagnostic& d = diags.items().front();
    CHECK(d.message == "this line is indented with a tab; YAML needs spaces");
    CHECK(format_diagnostic(d, "ru").find("content/a.md:3:1: ошибка: в начале этой строки стоит табуляция, а YAML требует пробелов\n") == 0);
    CHECK(contains(format_diagnostic(d, "kk"), "кеңес: жол басындағы табуляцияны бос орындармен ауыстырыңыз"));
}
