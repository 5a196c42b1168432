#include <doctest/doctest.h>

#include "model/field_checks.h"
#include "model/kind_schema.h"

using namespace urker;

namespace {

// Front matter as the loader gives it: the file starts with "---", so YAML line 1 is file line 2.
YamlDocument front_matter(const std::string& yaml) {
    Diagnostics d;
    std::string file = "---\n" + yaml + "---\n";
    YamlDocument doc = parse_yaml(yaml, "content/x.md", d, 1, file);
    REQUIRE(d.empty());
    return doc;
}

struct Checked {
    Diagnostics diags;
    std::set<std::string> wrong;
};

Checked check(Kind kind, const std::string& yaml, const SiteConfig& config = {}) {
    Checked c;
    YamlDocument doc = front_matter(yaml);
    c.wrong = check_front_matter_fields(doc, kind, config, c.diags);
    return c;
}

}  // namespace

TEST_CASE("a misspelled key is an error at the key with the key it should be") {
    auto c = check(Kind::material, "title: Дроби\ntegs: [дроби]\n");
    REQUIRE(c.diags.error_count() == 1);
    const Diagnostic& d = c.diags.items()[0];
    CHECK(d.where.line == 3);
    CHECK(d.where.column == 1);
    CHECK(d.message == "\"tegs\" is not a field of a material");
    CHECK(d.hint.rfind("did you mean \"tags\"?", 0) == 0);
    CHECK(c.wrong.count("tegs"));
}

TEST_CASE("titel and grades are caught on a material") {
    auto c = check(Kind::material, "titel: Дроби\ngrades: 5\n");
    std::string all;
    for (const auto& d : c.diags.items()) all += d.message + " | " + d.hint + "\n";
    CHECK(all.find("\"titel\" is not a field of a material | did you mean \"title\"?") != std::string::npos);
    CHECK(all.find("\"grades\" is not a field of a material | did you mean \"grade\"?") != std::string::npos);
    CHECK(all.find("a material needs a title") != std::string::npos);
}

TEST_CASE("a member without a title is an error") {
    auto c = check(Kind::member, "school: umit\n");
    REQUIRE(c.diags.error_count() == 1);
    CHECK(c.diags.items()[0].message == "a member needs a title");
}

TEST_CASE("a site's extra keys are accepted for their kind only") {
    SiteConfig config;
    config.extra_keys["material"] = {"video_url"};
    CHECK(check(Kind::material, "title: A\nvideo_url: x\n", config).diags.empty());
    CHECK(check(Kind::news, "title: A\nvideo_url: x\n", config).diags.error_count() == 1);
}

TEST_CASE("values of the wrong shape are errors at the value") {
    struct Case {
        Kind kind;
        const char* yaml;
        const char* message;
    };
    const Case cases[] = {
        {Kind::news, "title: A\npinned: \"yes\"\n", "\"pinned\" must be true or false"},
        {Kind::material, "title: A\nauthor: {name: ivanova}\n", "\"author\" must be an id or a list of ids"},
        {Kind::material, "title: A\nsubject: [математика, физика]\n", "\"subject\" must be a text"},
        {Kind::material, "title: A\ntags: {a: 1}\n", "\"tags\" must be a text or a list of texts"},
        {Kind::member, "title: A\nexperience: \"десять\"\n", "\"experience\" must be a whole number"},
        {Kind::member, "title: A\nlinks: \"https://x.kz\"\n", "\"links\" must be a list of entries, each with its own fields"},
        {Kind::plan, "title: A\nitems: {what: x}\n", "\"items\" must be a list of entries, each with its own fields"},
        {Kind::event, "title: A\nstart: [2026-10-01]\n", "\"start\" must be a date and time"},
        {Kind::group, "title: A\nleader: [ivanova, kim]\n", "\"leader\" must be one id"},
    };
    for (const auto& tc : cases) {
        INFO(tc.yaml);
        auto c = check(tc.kind, tc.yaml);
        REQUIRE(c.diags.error_count() == 1);
        CHECK(c.diags.items()[0].message == tc.message);
        CHECK(c.diags.items()[0].where.line == 3);
    }
}

TEST_CASE("an entry of a member's achievements with a misspelled key is an error at that key") {
    auto c = check(Kind::member, "title: A\nachievements:\n  - {yaer: 2025, title: Лучший педагог}\n");
    REQUIRE(c.diags.error_count() == 1);
    CHECK(c.diags.items()[0].message == "\"yaer\" is not a field of an entry of \"achievements\"");
    CHECK(c.diags.items()[0].hint.rfind("did you mean \"year\"?", 0) == 0);
    CHECK(c.diags.items()[0].where.line == 4);
}

TEST_CASE("plain pages may carry any key") {
    CHECK(check(Kind::page, "title: О нас\nhero_image: a.png\n").diags.empty());
}

TEST_CASE("kinds named in site.yaml must exist") {
    Diagnostics d;
    auto config = parse_site_config("title: A\nkinds:\n  materail: {extra_keys: [x]}\n", d);
    REQUIRE(config);
    check_kind_settings(*config, d);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].message == "there is no kind of page called \"materail\"");
    CHECK(d.items()[0].hint.rfind("did you mean \"material\"?", 0) == 0);
    CHECK(d.items()[0].where.line == 3);
}

TEST_CASE("a plan's school year is two years in a row") {
    for (const char* good : {"year: \"2026-2027\"\n", "year: 2026–2027\n", "year: 2026/2027\n"}) {
        Diagnostics d;
        check_school_year(front_matter(good), d);
        CHECK_MESSAGE(d.empty(), good);
    }
    for (const char* bad : {"year: 2026\n", "year: \"2026-2028\"\n", "year: следующий\n"}) {
        Diagnostics d;
        check_school_year(front_matter(bad), d);
        CHECK_MESSAGE(d.error_count() == 1, bad);
    }
}

TEST_CASE("a value not in the site's list is an error with the nearest listed value") {
    Diagnostics d;
    check_listed_values(front_matter("subject: матиматика\n"), "subject", {"математика", "физика"}, d);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].message == "\"матиматика\" is not one of the values of \"subject\" listed in site.yaml");
    CHECK(d.items()[0].hint.rfind("did you mean \"математика\"?", 0) == 0);
    Diagnostics ok;
    check_listed_values(front_matter("subject: Математика\ngrade: [5, 6]\n"), "subject", {"математика"}, ok);
    check_listed_values(front_matter("grade: [5, 6]\n"), "grade", {"5", "6"}, ok);
    CHECK(ok.empty());
}

TEST_CASE("listed values joined by commas are one error whose hint writes them as a list") {
    Diagnostics d;
    check_listed_values(front_matter("subject: Математика, физика\n"), "subject", {"математика", "физика"}, d);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].message == "\"Математика, физика\" is several values of \"subject\" written as one, with commas");
    CHECK(d.items()[0].hint.find("subject: [Математика, физика]") != std::string::npos);
    // A part not listed: the value is told as not listed, with the nearest listed value.
    Diagnostics other;
    check_listed_values(front_matter("subject: Математика, химия\n"), "subject", {"математика", "физика"}, other);
    REQUIRE(other.error_count() == 1);
    CHECK(other.items()[0].message == "\"Математика, химия\" is not one of the values of \"subject\" listed in site.yaml");
}

TEST_CASE("a front-matter mistake reads in Russian and Kazakh with the kind in the case the sentence needs") {
    auto c = check(Kind::event, "title: Семинар\nstart: 2026-10-15T10:00:00+05:00\nplace_: онлайн\n");
    REQUIRE(c.diags.error_count() == 1);
    const Diagnostic& d = c.diags.items()[0];
    CHECK(d.message == "\"place_\" is not a field of an event");
    CHECK(render_message(d.message_id, "ru") == "у события нет поля «place_»");
    CHECK(render_message(d.message_id, "kk") == "іс-шараның «place_» деген өрісі жоқ");
    CHECK(render_message(d.hint_id, "ru").rfind("вы имели в виду «place»?", 0) == 0);
    CHECK(render_message(d.hint_id, "kk").rfind("«place» деп жазғыңыз келді ме?", 0) == 0);
    const std::string shown = format_diagnostic(d, "kk");
    CHECK(shown.rfind("content/x.md:4:1: қате: іс-шараның «place_» деген өрісі жоқ\n", 0) == 0);
    CHECK(shown.find("    кеңес: «place» деп жазғыңыз келді ме?") != std::string::npos);
}

TEST_CASE("a missing title names the kind in every language") {
    auto c = check(Kind::material, "date: 2026-10-06\n");
    REQUIRE(c.diags.error_count() == 1);
    const Diagnostic& d = c.diags.items()[0];
    CHECK(render_message(d.message_id, "en") == "a material needs a title");
    CHECK(render_message(d.message_id, "ru") == "у материала не указан заголовок (title:)");
    CHECK(render_message(d.message_id, "kk") == "материалдың атауы (title:) көрсетілмеген");
}
