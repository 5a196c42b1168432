// The language-dependent filters: t (UI strings), plural (ICU plural rules) and date (ICU date
// formats), in Russian, Kazakh and English. Expected texts are ICU 72's (Debian 12).
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::language;
using urker::tmpl::testing::render;

namespace {
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

const Value& ru_strings() {
    static const Value v = {
        {"read_more", "Читать далее"},
        {"n_pages", {{"one", "{n} страница"}, {"few", "{n} страницы"}, {"many", "{n} страниц"}, {"other", "{n} страницы"}}},
        {"materials", {{"one", "{n} материал"}, {"few", "{n} материала"}, {"many", "{n} материалов"}, {"other", "{n} материала"}}},
        {"greeting", "Здравствуйте, {name}!"},
        {"nav", {{"home", "Главная"}}},
        {"just_text", "{n} шт."},
        {"html", "<b>жирный</b>"},
    };
    return v;
}

const Value& kk_strings() {
    static const Value v = {
        {"read_more", "Толығырақ"},
        {"materials", {{"one", "{n} материал"}, {"other", "{n} материал"}}},
        {"members", {{"one", "{n} қатысушы"}, {"other", "{n} қатысушы"}}},
    };
    return v;
}

const Value& en_strings() {
    static const Value v = {
        {"materials", {{"one", "{n} material"}, {"other", "{n} materials"}}},
    };
    return v;
}

std::string ru(std::string_view t, const Value& ctx = Value::object()) { return render(t, ctx, language("ru", &ru_strings())); }
std::string kk(std::string_view t, const Value& ctx = Value::object()) { return render(t, ctx, language("kk", &kk_strings())); }
std::string en(std::string_view t, const Value& ctx = Value::object()) { return render(t, ctx, language("en", &en_strings())); }
}  // namespace

TEST_SUITE("template i18n filters") {

TEST_CASE("t looks up a UI string in the page's language") {
    CHECK(ru("{{ 'read_more' | t }}") == "Читать далее");
    CHECK(kk("{{ 'read_more' | t }}") == "Толығырақ");
    CHECK(ru("{{ 'nav.home' | t }}") == "Главная");
}

TEST_CASE("t shows the key itself when the string is missing") {
    CHECK(ru("{{ 'no_such_key' | t }}") == "no_such_key");
    CHECK(render("{{ 'read_more' | t }}") == "read_more");  // no strings at all
}

TEST_CASE("t fills named placeholders") {
    CHECK(ru("{{ 'greeting' | t(name='Айгерим') }}") == "Здравствуйте, Айгерим!");
    CHECK(ru("{{ 'greeting' | t(name=user) }}", {{"user", "<x>"}}) == "Здравствуйте, &lt;x&gt;!");
}

TEST_CASE("t with n picks the plural form") {
    CHECK(ru("{{ 'n_pages' | t(n=1) }}") == "1 страница");
    CHECK(ru("{{ 'n_pages' | t(n=3) }}") == "3 страницы");
    CHECK(ru("{{ 'n_pages' | t(n=7) }}") == "7 страниц");
    CHECK(ru("{{ 'n_pages' | t(n=21) }}") == "21 страница");
    CHECK(ru("{{ 'n_pages' | t }}") == "{n} страницы");
}

TEST_CASE("t output is escaped like any text") {
    CHECK(ru("{{ 'html' | t }}") == "&lt;b&gt;жирный&lt;/b&gt;");
    CHECK(ru("{{ 'html' | t | safe }}") == "<b>жирный</b>");
}

TEST_CASE("plural picks Russian forms by ICU plural rules") {
    const std::pair<int, const char*> cases[] = {
        {1, "1 материал"},      {2, "2 материала"},     {5, "5 материалов"},   {11, "11 материалов"},
        {21, "21 материал"},    {22, "22 материала"},   {25, "25 материалов"}, {111, "111 материалов"},
        {0, "0 материалов"},    {12, "12 материалов"},  {104, "104 материала"}, {1001, "1001 материал"},
    };
    for (const auto& [n, expected] : cases)
        CHECK(ru("{{ n | plural('materials') }}", {{"n", n}}) == expected);
}

TEST_CASE("plural picks Kazakh forms by ICU plural rules") {
    CHECK(kk("{{ 1 | plural('materials') }}") == "1 материал");
    CHECK(kk("{{ 5 | plural('materials') }}") == "5 материал");
    CHECK(kk("{{ 21 | plural('members') }}") == "21 қатысушы");
}

TEST_CASE("plural picks English forms by ICU plural rules") {
    CHECK(en("{{ 1 | plural('materials') }}") == "1 material");
    CHECK(en("{{ 2 | plural('materials') }}") == "2 materials");
    CHECK(en("{{ 0 | plural('materials') }}") == "0 materials");
    CHECK(en("{{ 21 | plural('materials') }}") == "21 materials");
}

TEST_CASE("plural takes the forms inline") {
    std::string t = "{{ n | plural(one='{n} файл', few='{n} файла', many='{n} файлов', other='{n} файла') }}";
    CHECK(ru(t, {{"n", 1}}) == "1 файл");
    CHECK(ru(t, {{"n", 3}}) == "3 файла");
    CHECK(ru(t, {{"n", 11}}) == "11 файлов");
    CHECK(en("{{ n | plural(one='{n} file', other='{n} files') }}", {{"n", 1}}) == "1 file");
    CHECK(en("{{ n | plural(one='{n} file', other='{n} files') }}", {{"n", 3}}) == "3 files");
}

TEST_CASE("plural falls back to the other form when a form is missing") {
    CHECK(ru("{{ 5 | plural(one='{n} x', other='{n} y') }}") == "5 y");
}

TEST_CASE("plural handles fractions, numeric text and a plain string") {
    CHECK(ru("{{ 1.5 | plural('materials') }}") == "1.5 материала");
    CHECK(ru("{{ '5' | plural('materials') }}") == "5 материалов");
    CHECK(ru("{{ 5 | plural('just_text') }}") == "5 шт.");
}

TEST_CASE("plural with a missing string shows the number and the key") {
    CHECK(ru("{{ 5 | plural('unknown') }}") == "5 unknown");
}

TEST_CASE("plural of something that is not a number is a render error") {
    CHECK(first_line(ru("{{ 'many' | plural('materials') }}")) ==
          "templates/page.html:1:13: error: the \"plural\" filter needs a number, got text \"many\"");
    CHECK(first_line(ru("{{ 5 | plural }}")) ==
          "templates/page.html:1:8: error: the \"plural\" filter needs a string key or forms, e.g. plural(one=\"{n} "
          "file\", other=\"{n} files\")");
    CHECK(ru("[{{ missing | plural('materials') }}]") == "[]");
}

// ICU puts a narrow no-break space (U+202F) between the year and "г." / "ж." and before "AM", so
// the two never land on different lines.
TEST_CASE("date shows the long form by default in each language") {
    CHECK(ru("{{ '2026-11-23' | date }}") == "23 ноября 2026\u202fг.");
    CHECK(kk("{{ '2026-11-23' | date }}") == "2026\u202fж. 23 қараша");
    CHECK(en("{{ '2026-11-23' | date }}") == "November 23, 2026");
    CHECK(ru("{{ '2026-11-23' | date('long') }}") == "23 ноября 2026\u202fг.");
}

TEST_CASE("date knows the short, medium and full styles") {
    CHECK(ru("{{ '2026-11-23' | date('short') }}") == "23.11.2026");
    CHECK(ru("{{ '2026-11-23' | date('medium') }}") == "23 нояб. 2026\u202fг.");
    CHECK(ru("{{ '2026-11-23' | date('full') }}") == "понедельник, 23 ноября 2026\u202fг.");
    CHECK(kk("{{ '2026-11-23' | date('medium') }}") == "2026\u202fж. 23 қар.");
    CHECK(en("{{ '2026-11-23' | date('short') }}") == "11/23/2026");
}

TEST_CASE("date's short style shows the year in full in every language") {
    // ICU's own short style has a two-digit year in Kazakh and English ("23.11.26", "11/23/26").
    CHECK(ru("{{ '2026-12-06' | date('short') }}") == "06.12.2026");
    CHECK(kk("{{ '2026-12-06' | date('short') }}") == "06.12.2026");
    CHECK(en("{{ '2026-12-06' | date('short') }}") == "12/6/2026");
    CHECK(kk("{{ '1999-01-31' | date('short') }}") == "31.01.1999");
    // A pattern given by the theme is taken as written, a two-digit year too.
    CHECK(kk("{{ '2026-12-06' | date('dd.MM.yy') }}") == "06.12.26");
}

TEST_CASE("date shows a month and year") {
    CHECK(ru("{{ '2026-09' | date }}") == "сентябрь 2026\u202fг.");
    CHECK(kk("{{ '2026-09' | date }}") == "2026\u202fж. қыркүйек");
    CHECK(en("{{ '2026-09' | date }}") == "September 2026");
    CHECK(ru("{{ '2026-09-15' | date('month') }}") == "сентябрь 2026\u202fг.");
    CHECK(ru("{{ '2026-09' | date('short') }}") == "сентябрь 2026\u202fг.");
}

TEST_CASE("date with iso gives the plain date") {
    CHECK(ru("{{ '2026-11-23T10:00:00+05:00' | date('iso') }}") == "2026-11-23");
    CHECK(ru("{{ '2026-09' | date('iso') }}") == "2026-09");
}

TEST_CASE("date shows times in the offset they were written with") {
    CHECK(ru("{{ '2026-11-23T10:00:00+05:00' | date('time') }}") == "10:00");
    CHECK(ru("{{ '2026-11-23T23:30-03:00' | date('time') }}") == "23:30");
    CHECK(ru("{{ '2026-11-23T23:30-03:00' | date }}") == "23 ноября 2026\u202fг.");
    CHECK(ru("{{ '2026-11-23T10:00:00Z' | date('time') }}") == "10:00");
    CHECK(ru("{{ '2026-11-23 08:05' | date('time') }}") == "08:05");
    CHECK(ru("{{ '2026-11-23T10:00:00+05:00' | date('datetime') }}") == "23 ноября 2026\u202fг. в 10:00");
    CHECK(kk("{{ '2026-11-23T10:00:00+05:00' | date('datetime') }}") == "2026\u202fж. 23 қараша, 10:00");
    CHECK(en("{{ '2026-11-23T10:00:00+05:00' | date('datetime') }}") == "November 23, 2026 at 10:00\u202fAM");
}

TEST_CASE("date gives each language and each offset its own text when formats repeat") {
    // Formatters and texts are remembered per thread; the memory must not mix languages or zones.
    for (int round = 0; round < 2; ++round) {
        CHECK(ru("{{ '2026-11-23' | date }}") == "23 ноября 2026\u202fг.");
        CHECK(en("{{ '2026-11-23' | date }}") == "November 23, 2026");
        CHECK(ru("{{ '2026-11-23T10:00+05:00' | date('time') }}|{{ '2026-11-23T10:00-03:00' | date('time') }}|"
                 "{{ '2026-11-23T23:59Z' | date('time') }}|{{ '2026-11-23T00:01+14:00' | date('time') }}") ==
              "10:00|10:00|23:59|00:01");
    }
    CHECK(kk("{{ '2026-11-23' | date('full') }}") == "2026\u202fж. 23 қараша, дүйсенбі");
    CHECK(en("{{ '2026-11-23' | date('medium') }}") == "Nov 23, 2026");
    CHECK(kk("{{ '2026-11-23' | date('short') }}") == "23.11.2026");
}

TEST_CASE("date takes ICU patterns") {
    CHECK(ru("{{ '2026-11-23' | date('d MMMM y') }}") == "23 ноября 2026");
    CHECK(ru("{{ '2026-11-23' | date('LLLL') }}") == "ноябрь");
    CHECK(ru("{{ '2026-11-23' | date('EEEE') }}") == "понедельник");
    CHECK(kk("{{ '2026-11-23' | date('d MMMM') }}") == "23 қараша");
    CHECK(ru("{{ '2026-11-23T10:07:00+05:00' | date(format='HH:mm, d.MM.y') }}") == "10:07, 23.11.2026");
    CHECK(ru("{{ '2024-02-29' | date('dd.MM') }}") == "29.02");
    CHECK(en("{{ '2026-11-23' | date('d MMMM y') }}") == "23 November 2026");
    CHECK(kk("{{ '2026-11-23' | date('d MMMM y') }}") == "23 қараша 2026");
    CHECK(ru("{{ '2026-09' | date('d MMMM') }}") == "1 сентября");
    CHECK(ru("{{ '1999-12-31T23:59:59+05:00' | date('y-MM-dd HH:mm:ss') }}") == "1999-12-31 23:59:59");
}

TEST_CASE("date of an empty value renders nothing") {
    CHECK(ru("[{{ missing | date }}]") == "[]");
    CHECK(ru("[{{ n | date }}]", {{"n", nullptr}}) == "[]");
}

TEST_CASE("an invalid date is a render error naming the value") {
    CHECK(ru("{{ page.date | date }}", {{"page", {{"date", "2026-13-01"}}}}) ==
          "templates/page.html:1:16: error: the date \"2026-13-01\" is not a date the \"date\" filter can read\n"
          "    {{ page.date | date }}\n"
          "                   ^\n"
          "    hint: write dates as YYYY-MM-DD (2026-09-01), a month as YYYY-MM (2026-09), or a date and time as "
          "2026-09-01T10:00 (optionally with an offset such as +05:00)\n");
    for (const char* bad : {"2026-02-30", "2025-02-29", "26-11-23", "2026/11/23", "2026-11-23T25:00", "2026-11-23T10:00+5",
                            "soon", "2026-11-23T10:00:00+05:00x"})
        CHECK(first_line(ru("{{ d | date }}", {{"d", bad}})).find("is not a date the \"date\" filter can read") !=
              std::string::npos);
    CHECK(first_line(ru("{{ 5 | date }}")) ==
          "templates/page.html:1:8: error: the date the number 5 is not a date the \"date\" filter can read");
}

TEST_CASE("a time format on a date without a time is a render error") {
    CHECK(first_line(ru("{{ '2026-11-23' | date('time') }}")) ==
          "templates/page.html:1:19: error: the date \"2026-11-23\" has no time, so it cannot be shown as \"time\"");
}

TEST_CASE("an unknown date format is a render error") {
    CHECK(first_line(ru("{{ '2026-11-23' | date('!!!') }}")) ==
          "templates/page.html:1:19: error: the date format \"!!!\" is not one of long, short, medium, full, month, "
          "time, datetime, iso, and not an ICU pattern such as \"d MMMM y\"");
}

}  // TEST_SUITE
