// Filters over text.
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::language;
using urker::tmpl::testing::render;

namespace {
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }
}  // namespace

TEST_SUITE("template text filters") {

TEST_CASE("upper and lower map case for Cyrillic and Kazakh letters") {
    CHECK(render("{{ 'привет, мир' | upper }}") == "ПРИВЕТ, МИР");
    CHECK(render("{{ 'ҚАЗАҚ ӘЛІПБИІ' | lower }}") == "қазақ әліпбиі");
    CHECK(render("{{ 'ұлы өзен' | upper }}", {}, language("kk")) == "ҰЛЫ ӨЗЕН");
    CHECK(render("{{ 'Hello' | upper }}{{ 'Hello' | lower }}") == "HELLOhello");
    CHECK(render("{{ 'straße' | upper }}", {}, language("en")) == "STRASSE");
    CHECK(render("[{{ missing | upper }}]") == "[]");
    CHECK(render("{{ 5 | upper }}") == "5");
}

TEST_CASE("upper follows the language's rules") {
    CHECK(render("{{ 'i' | upper }}", {}, language("tr")) == "İ");
    CHECK(render("{{ 'I' | lower }}", {}, language("tr")) == "ı");
    CHECK(render("{{ 'i' | upper }}", {}, language("en")) == "I");
}

TEST_CASE("case mapping outside Latin and Cyrillic uses ICU's full rules") {
    CHECK(render("{{ 'ΟΔΟΣ' | lower }}", {}, language("en")) == "οδος");
    CHECK(render("{{ 'ﬁx' | upper }}", {}, language("en")) == "FIX");
    CHECK(render("{{ 'İ' | lower }}", {}, language("en")) == "i̇");
    CHECK(render("{{ 'Ёлка Ӏ Ԁ' | lower }}") == "ёлка ӏ ԁ");
    CHECK(render("{{ 'ёлка һ і ү ұ' | upper }}") == "ЁЛКА Һ І Ү Ұ");
}

TEST_CASE("capitalize makes the first letter upper case and the rest lower case") {
    CHECK(render("{{ 'hELLO wORLD' | capitalize }}") == "Hello world");
    CHECK(render("{{ 'әлем' | capitalize }}") == "Әлем");
    CHECK(render("{{ '' | capitalize }}") == "");
}

TEST_CASE("title capitalizes every word") {
    CHECK(render("{{ 'методика обучения математике' | title }}") == "Методика Обучения Математике");
    CHECK(render("{{ 'hello WORLD' | title }}", {}, language("en")) == "Hello World");
}

TEST_CASE("trim removes white space, including no-break spaces, or given characters") {
    CHECK(render("[{{ '  a b  ' | trim }}]") == "[a b]");
    CHECK(render("[{{ '\n\t a \u00a0' | trim }}]") == "[a]");
    CHECK(render("[{{ '--a--' | trim('-') }}]") == "[a]");
    CHECK(render("[{{ '«a»' | trim('«»') }}]") == "[a]");
    CHECK(render("[{{ '   ' | trim }}]") == "[]");
}

TEST_CASE("replace replaces all or the first n occurrences") {
    CHECK(render("{{ 'a-b-c' | replace('-', '+') }}") == "a+b+c");
    CHECK(render("{{ 'a-b-c' | replace('-', '+', 1) }}") == "a+b-c");
    CHECK(render("{{ 'мама' | replace('м', 'п') }}") == "папа");
    CHECK(render("{{ 'abc' | replace('', 'x') }}") == "abc");
    CHECK(render("{{ 'abc' | replace(old='b', new='B') }}") == "aBc");
    CHECK(first_line(render("{{ 'abc' | replace('b') }}")) ==
          "templates/page.html:1:12: error: the \"replace\" filter needs the old and the new text");
}

TEST_CASE("striptags removes tags and comments and decodes entities") {
    CHECK(render("{{ '<p>Hello <b>world</b></p>' | striptags }}") == "Hello world");
    CHECK(render("{{ '<p>a</p>\n\n<p>b</p>' | striptags }}") == "a b");
    CHECK(render("{{ 'x<!-- hidden <b> -->y' | striptags }}") == "x y");
    CHECK(render("{{ 'Tom &amp; Jerry &lt;3 &#1040; &#x4B;' | striptags }}") == "Tom &amp; Jerry &lt;3 А K");
    CHECK(render("{{ 'a&nbsp;b' | striptags }}") == "a b");
    CHECK(render("{{ 'a &unknown; b' | striptags }}") == "a &amp;unknown; b");
    // White space beyond ASCII collapses too (an em space, an ideographic space, a no-break
    // space), while the letters and marks that share its first byte stay (a dash, a bullet).
    CHECK(render("{{ '<p>Урок\u2003— «дроби»\u3000•\u00a0 5 класс</p>\n' | striptags }}") == "Урок — «дроби» • 5 класс");
    CHECK(render("{{ '  <b>ᚠ\u1680ᚢ</b>\t' | striptags }}") == "ᚠ ᚢ");
}

TEST_CASE("wordcount counts words in any script") {
    CHECK(render("{{ 'one two  three' | wordcount }}") == "3");
    CHECK(render("{{ 'Бір екі үш төрт' | wordcount }}") == "4");
    CHECK(render("{{ '' | wordcount }}") == "0");
    CHECK(render("{{ 'a-b, c_d!' | wordcount }}") == "3");
}

TEST_CASE("truncate counts code points and cuts at a word") {
    CHECK(render("{{ 'short' | truncate(10) }}") == "short");
    CHECK(render("{{ 'exactly10!' | truncate(10) }}") == "exactly10!");
    CHECK(render("{{ 'Hello beautiful world' | truncate(10) }}") == "Hello…");
    CHECK(render("{{ 'Hello world and more' | truncate(12) }}") == "Hello world…");
    CHECK(render("{{ 'Привет прекрасный мир' | truncate(10) }}") == "Привет…");
    CHECK(render("{{ 'Привет прекрасный мир' | truncate(10, true) }}") == "Привет пр…");
    CHECK(render("{{ 'Привет прекрасный мир' | truncate(10, killwords=true) }}") == "Привет пр…");
    CHECK(render("{{ 'Hello beautiful world' | truncate(10, end='...') }}") == "Hello...");
    CHECK(render("{{ 'Hello beautiful world' | truncate(10, '...') }}") == "Hello...");
    CHECK(render("{{ 'Hello beautiful world' | truncate(10, false, '...') }}") == "Hello...");
    CHECK(render("{{ 'Supercalifragilistic' | truncate(8) }}") == "Superca…");
    CHECK(render("{{ 'abcdefghijkl' | truncate(10, leeway=2) }}") == "abcdefghijkl");
    CHECK(render("{{ 'abcdefghijklm' | truncate(10, leeway=2) }}") == "abcdefghi…");
    CHECK(render("{{ 'abc' | truncate(0) }}") == "…");
}

TEST_CASE("truncate's default length is 255") {
    std::string long_text(300, 'a');
    std::string out = render("{{ t | truncate }}", {{"t", long_text}});
    CHECK(out == std::string(254, 'a') + "…");
}

TEST_CASE("truncate with a wrong argument type names the argument") {
    CHECK(render("{{ 'abc' | truncate('ten') }}") ==
          "templates/page.html:1:12: error: the \"truncate\" filter needs a whole number for \"length\", got text \"ten\"\n"
          "    {{ 'abc' | truncate('ten') }}\n"
          "               ^\n"
          "    hint: usage: truncate(length=255, killwords=false, end=\"…\", leeway=0)\n");
    CHECK(first_line(render("{{ 'abc' | truncate(lenght=2) }}")) ==
          "templates/page.html:1:12: error: the \"truncate\" filter has no argument named \"lenght\"");
}

TEST_CASE("indent indents every line but the first") {
    CHECK(render("{{ 'a\nb\nc' | indent }}") == "a\n    b\n    c");
    CHECK(render("{{ 'a\nb' | indent(2, true) }}") == "  a\n  b");
    CHECK(render("{{ 'a\n\nb' | indent(2) }}") == "a\n\n  b");
    CHECK(render("{{ 'a\n\nb' | indent(2, blank=true) }}") == "a\n  \n  b");
    CHECK(render("{{ 'a\nb' | indent('> ') }}") == "a\n&gt; b");
}

TEST_CASE("split cuts text into a list") {
    CHECK(render("{{ 'a, b, c' | split(', ') | join('|') }}") == "a|b|c");
    CHECK(render("{{ '  a  b ' | split | length }}") == "2");
    CHECK(render("{{ 'a,b,c' | split(',', 1) | last }}") == "b,c");
    CHECK(first_line(render("{{ 'abc' | split('') }}")) ==
          "templates/page.html:1:12: error: the \"split\" filter cannot split at empty text");
}

TEST_CASE("slugify makes address-friendly names") {
    CHECK(render("{{ 'Методика обучения' | slugify }}") == "metodika-obucheniya");
    CHECK(render("{{ 'Hello, World!' | slugify }}") == "hello-world");
}

TEST_CASE("tel makes a phone number a link a phone can call, and nothing of what is not one") {
    CHECK(render("{{ '+7 (7212) 41-23-45' | tel }}") == "tel:+77212412345");
    CHECK(render("{{ '8 701 123 45 67' | tel }}") == "tel:87011234567");
    CHECK(render("{{ '8\u00a0(7212)\u00a041\u201123\u201145' | tel }}") == "tel:87212412345");  // as Word writes it
    CHECK(render("{{ '41-23-45, 41-23-46' | tel }}") == "tel:412345");  // the first of two
    CHECK(render("{{ '41-23-45 (приёмная)' | tel }}") == "tel:412345");
    CHECK(render("{{ 'внутр. 12' | tel }}") == "");
    CHECK(render("{{ 'приёмная: 41-23-45' | tel }}") == "");  // words first: shown as written
    CHECK(render("{{ '12-34' | tel }}") == "");
    CHECK(render("{{ none | tel }}") == "");
}

TEST_CASE("filesizeformat shows sizes in the page's language") {
    CHECK(render("{{ 1536 | filesizeformat }}") == "1,5\u00a0КБ");
    CHECK(render("{{ 1536 | filesizeformat }}", {}, language("en")) == "1.5\u00a0KB");
    CHECK(render("{{ 100 | filesizeformat }}", {}, language("en")) == "100\u00a0B");
}

TEST_CASE("string turns values into text") {
    CHECK(render("{{ (5 | string) ~ '!' }}") == "5!");
    CHECK(render("{{ [1] | string | length }}") == "3");
    CHECK(render("{{ 2.5 | string }}") == "2.5");
}

TEST_CASE("format fills printf-style placeholders") {
    CHECK(render("{{ '%s has %d items' | format('list', 3) }}") == "list has 3 items");
    CHECK(render("{{ '%.2f' | format(3.14159) }}") == "3.14");
    CHECK(render("{{ '%05d|%-4s|%x' | format(42, 'ab', 255) }}") == "00042|ab  |ff");
    CHECK(render("{{ '100%%' | format() }}") == "100%");
    CHECK(render("{{ '%c%c' | format(1178, 97) }}") == "Қa");
    CHECK(render("{{ '%i|%5.1f|%e' | format(7, 2.25, 1000) }}") == "7|  2.2|1.000000e+03");
    CHECK(render("{{ '%s' | format('<b>') }}") == "&lt;b&gt;");
    CHECK(first_line(render("{{ '%s %s' | format(1) }}")) ==
          "templates/page.html:1:14: error: the format text has more placeholders than values");
    CHECK(first_line(render("{{ '%d' | format('x') }}")) ==
          "templates/page.html:1:11: error: the placeholder \"%d\" needs a number, got text \"x\"");
}

}  // TEST_SUITE
