// A material page's related materials: the newest five of its subject that share a grade with it
// (a material with no grade, or for all grades, shares with every grade).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;

namespace {

std::map<std::string, std::string> site_with(const std::vector<std::pair<std::string, std::string>>& grades) {
    std::map<std::string, std::string> f = {
        {"site.yaml", "title: Сеть\nbase_url: \"https://test.example.kz/\"\nlanguage: ru\ntaxonomies:\n  subject:\n  grade:\n"},
        {"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\n---\n"},
    };
    int day = 28;
    for (const auto& [name, grade] : grades) {
        std::string fm = "---\ntitle: Материал " + name + "\ndate: 2026-09-" + std::to_string(day--) +
                         "\nauthor: ivanova-a\nsubject: алгебра\n" + (grade.empty() ? "" : "grade: " + grade + "\n") + "---\nТекст.\n";
        f["content/materials/" + name + ".md"] = fm;
    }
    return f;
}

// The titles in a page's "related materials" section, in order.
std::vector<std::string> related_on(const std::string& html) {
    std::vector<std::string> titles;
    const auto start = html.find("<section class=\"related\"");
    if (start == std::string::npos) return titles;
    const auto end = html.find("</section>", start);
    for (auto at = html.find("Материал ", start); at != std::string::npos && at < end; at = html.find("Материал ", at + 1)) {
        const auto close = html.find('<', at);
        titles.push_back(html.substr(at + std::string("Материал ").size(), close - at - std::string("Материал ").size()));
    }
    return titles;
}

}  // namespace

TEST_CASE("related materials share a grade, or have none, or are for all grades; the newest five") {
    SiteFixture site(site_with({{"a", "5"},
                                {"b", "6"},
                                {"c", "all"},
                                {"d", ""},
                                {"e", "[7, 5]"},
                                {"g", "6"},
                                {"h", "[8]"},
                                {"i", "5"},
                                {"j", "5"},
                                {"k", "5"}}));
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(related_on(r->out.files().at("materials/a/index.html")) == std::vector<std::string>{"c", "d", "e", "i", "j"});
    CHECK(related_on(r->out.files().at("materials/b/index.html")) == std::vector<std::string>{"c", "d", "g"});
    // With no grade of its own, every material of the subject is related: the newest five but itself.
    CHECK(related_on(r->out.files().at("materials/d/index.html")) == std::vector<std::string>{"a", "b", "c", "e", "g"});
    CHECK(related_on(r->out.files().at("materials/h/index.html")) == std::vector<std::string>{"c", "d"});
}

TEST_CASE("a material's page in another language never lists itself or its translation as related") {
    // Three materials of one subject in a ru/kk site: "a" has no Kazakh text (its kk page is a
    // view of the Russian one), "b" has a Kazakh translation, "c" is only in Kazakh (its ru page is
    // a view). Every page of each lists the other two, never itself.
    SiteFixture site({
        {"site.yaml", "title: Сеть\nbase_url: \"https://test.example.kz/\"\nlanguage: ru\nlanguages: [ru, kk]\ntaxonomies:\n  subject:\n  grade:\n"},
        {"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\n---\n"},
        {"content/materials/a.md", "---\ntitle: Материал a\ndate: 2026-09-28\nauthor: ivanova-a\nsubject: алгебра\ngrade: 5\n---\nТекст.\n"},
        {"content/materials/b.md", "---\ntitle: Материал b\ndate: 2026-09-27\nauthor: ivanova-a\nsubject: алгебра\ngrade: 5\n---\nТекст.\n"},
        {"content/materials/b.kk.md", "---\ntitle: Материал b\ndate: 2026-09-27\nauthor: ivanova-a\nsubject: алгебра\ngrade: 5\n---\nМәтін.\n"},
        {"content/materials/c.kk.md", "---\ntitle: Материал c\ndate: 2026-09-26\nauthor: ivanova-a\nsubject: алгебра\ngrade: 5\n---\nМәтін.\n"},
    });
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    const auto& files = r->out.files();
    for (const std::string prefix : {"", "kk/"}) {
        CAPTURE(prefix);
        CHECK(related_on(files.at(prefix + "materials/a/index.html")) == std::vector<std::string>{"b", "c"});
        CHECK(related_on(files.at(prefix + "materials/b/index.html")) == std::vector<std::string>{"a", "c"});
        CHECK(related_on(files.at(prefix + "materials/c/index.html")) == std::vector<std::string>{"a", "b"});
        // No link to the page's own address in its related list either.
        for (const char* name : {"a", "b", "c"}) {
            const std::string& html = files.at(prefix + "materials/" + name + "/index.html");
            const auto start = html.find("<section class=\"related\"");
            REQUIRE(start != std::string::npos);
            const std::string related = html.substr(start, html.find("</section>", start) - start);
            CHECK(related.find("href=\"/" + prefix + "materials/" + name + "/\"") == std::string::npos);
        }
    }
}

TEST_CASE("a short list's entry shows what its list holds: the same page with another title in a template's own list") {
    // macros.html's item_list keeps each entry for the build ({% cache %}): an entry of the build's
    // lists is the same wherever the page is listed, but a template may list a page its own way.
    auto files = site_with({{"a", "5"}, {"b", "5"}});
    files["templates/page.html"] =
        "{% extends \"base.html\" %}{% import \"macros.html\" as m %}{% block content %}"
        "{{ m.item_list([{\"url\": \"/materials/a/\", \"title\": \"Первое имя\"}]) }}"
        "{{ m.item_list([{\"url\": \"/materials/a/\", \"title\": \"Второе имя\"}]) }}"
        "{{ m.item_list([{\"url\": \"/materials/a/\", \"title\": \"Второе имя\", \"material_type\": \"test\"}]) }}{% endblock %}";
    files["content/about.md"] = "---\ntitle: О сети\n---\nТекст.\n";
    SiteFixture site(files);
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& about = r->out.files().at("about/index.html");
    CHECK(about.find(">Первое имя</a>") != std::string::npos);
    CHECK(about.find(">Второе имя</a><span class=\"item-meta\"></span>") != std::string::npos);
    CHECK(about.find(">Второе имя</a><span class=\"item-meta\">Тест</span>") != std::string::npos);
    // The build's own lists are as before: a's page lists b, b's page lists a.
    CHECK(related_on(r->out.files().at("materials/a/index.html")) == std::vector<std::string>{"b"});
    CHECK(related_on(r->out.files().at("materials/b/index.html")) == std::vector<std::string>{"a"});
}
