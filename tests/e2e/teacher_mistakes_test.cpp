// A teacher's usual mistakes, one per little site: each must stop `urker check` (and, where it
// breaks the page, `urker build`) with the file, the line and words that say what is wrong.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "site/check.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;

namespace {

const char* kSiteYaml = R"(title: "Сеть"
base_url: "https://school.example.kz/portal/"
language: ru
languages: [ru]
taxonomies: [subject, grade, material_type, tags]
)";

const char* kMember = "---\ntitle: Иванова Анна\nschool: umit\n---\nУчитель.\n";
const char* kSchool = "---\ntitle: Гимназия «Үміт»\n---\n";
const char* kMaterial = R"(---
title: Дроби
date: 2026-10-06
author: ivanova-a
subject: математика
grade: 5
material_type: lesson-plan
---
Файлы: [план урока](plan.pdf).

## Ход урока

Текст.
)";

// A small clean site; a case replaces or adds files.
std::map<std::string, std::string> base_site() {
    return {
        {"site.yaml", kSiteYaml},
        {"content/members/ivanova-a.md", kMember},
        {"content/schools/umit.md", kSchool},
        {"content/materials/drobi/index.md", kMaterial},
        {"content/materials/drobi/plan.pdf", "%PDF-1.4 plan"},
        {"content/materials/drobi/Рабочий лист.pdf", "%PDF-1.4 list"},
        {"content/materials/paiyz/index.md",
         "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\nsubject: математика\n---\nСм. [дроби](../drobi/index.md#ход-урока).\n"},
        {"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\npinned: true\n---\nТекст.\n"},
        {"content/plans/plan.md", "---\ntitle: План\nyear: \"2026-2027\"\nitems:\n  - {what: Семинар, when: октябрь 2026, status: done}\n---\n"},
    };
}

struct Outcome {
    int exit_code = -1;
    std::string output;
};

Outcome run_check(const SiteFixture& site) {
    CheckOptions options;
    options.build.source = site.root();
    options.build.build_date = parse_date("2026-11-01").date;
    std::ostringstream out, err;
    Outcome o;
    o.exit_code = check_site(options, out, err);
    o.output = err.str() + out.str();
    return o;
}

// The reports in urker's output: each starts on a line of its own, its details indented.
std::vector<std::string> reports_of(const std::string& output) {
    std::vector<std::string> reports;
    std::size_t pos = 0;
    while (pos < output.size()) {
        std::size_t nl = output.find('\n', pos);
        std::string line = output.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
        if (!line.empty() && line[0] != ' ') reports.push_back(line);
        else if (!reports.empty()) reports.back() += "\n" + line;
        if (nl == std::string::npos) break;
        pos = nl + 1;
    }
    return reports;
}

struct Mistake {
    const char* what;
    std::map<std::string, std::string> files;  // added to (or replacing) the base site
    bool build_fails;                          // the build stops too (else only check does)
    const char* place;                         // "file:line:" expected at the start of a report
    const char* message;                       // a part of that report
};

}  // namespace

TEST_CASE("the clean base site passes check with a one-line summary") {
    SiteFixture site(base_site());
    auto o = run_check(site);
    CHECK_MESSAGE(o.exit_code == 0, o.output);
    CHECK(o.output.rfind("Checked ", 0) == 0);
    CHECK(o.output.find("no problems found") != std::string::npos);
    CHECK(std::count(o.output.begin(), o.output.end(), '\n') == 1);
}

TEST_CASE("each teacher's mistake is reported at its file and line") {
    const std::vector<Mistake> mistakes = {
        {"a misspelled title key", {{"content/materials/drobi/index.md", std::string(kMaterial).replace(4, 5, "titel")}}, true,
         "content/materials/drobi/index.md:2:1: error:", "\"titel\" is not a field of a material"},
        {"a misspelled tags key", {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\ntegs: [семинар]\n---\n"}}, true,
         "content/news/first.md:4:1: error:", "did you mean \"tags\"?"},
        {"grades instead of grade",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\ngrades: [5, 6]\n---\n"}}, true,
         "content/materials/paiyz/index.md:5:1: error:", "did you mean \"grade\"?"},
        {"a member without a title", {{"content/members/ivanova-a.md", "---\nschool: umit\n---\n"}}, true,
         "content/members/ivanova-a.md:2:1: error:", "a member needs a title"},
        {"pinned written as a word", {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\npinned: \"yes\"\n---\n"}}, true,
         "content/news/first.md:4:9: error:", "\"pinned\" must be true or false"},
        {"a plan item's when as a map",
         {{"content/plans/plan.md", "---\ntitle: План\nitems:\n  - what: Семинар\n    when: {month: 10}\n---\n"}}, true,
         "content/plans/plan.md:5:11: error:", "\"when\" must be a text"},
        {"a plan item's status as a list",
         {{"content/plans/plan.md", "---\ntitle: План\nitems:\n  - what: Семинар\n    status: [done]\n---\n"}}, true,
         "content/plans/plan.md:5:13: error:", "\"status\" must be a text"},
        {"a plan item's responsible as a map",
         {{"content/plans/plan.md", "---\ntitle: План\nitems:\n  - what: Семинар\n    responsible: {id: ivanova-a}\n---\n"}}, true,
         "content/plans/plan.md:5:18: error:", "\"responsible\" must be an id, a name, or a list of them"},
        {"a misspelled plan item key",
         {{"content/plans/plan.md", "---\ntitle: План\nitems:\n  - what: Семинар\n    staus: done\n---\n"}}, true,
         "content/plans/plan.md:5:5: error:", "did you mean \"status\"?"},
        {"a plan's year that is not a school year", {{"content/plans/plan.md", "---\ntitle: План\nyear: 2026\nitems: []\n---\n"}}, true,
         "content/plans/plan.md:3:7: error:", "is not written as two years"},
        {"a subject not in the site's list",
         {{"site.yaml", std::string(kSiteYaml).replace(std::string(kSiteYaml).find("taxonomies"), 60,
                                                        "taxonomies:\n  subject: {values: [математика, физика]}\n  grade:\n") + "\n"},
          {"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\nsubject: матиматика\n---\n"}},
         true, "content/materials/paiyz/index.md:5:10: error:", "did you mean \"математика\"?"},
        {"a link to a missing attachment",
         {{"content/materials/drobi/index.md", std::string(kMaterial).replace(std::string(kMaterial).find("plan.pdf"), 8, "plan-urока.pdf")}},
         true, "content/materials/drobi/index.md:9:", "points to a file that does not exist"},
        {"a link to a missing image", {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\n---\nТекст.\n\n![фото](foto.jpg)\n"}},
         true, "content/news/first.md:7:", "points to a file that does not exist"},
        {"a link with a space in the file name",
         {{"content/materials/drobi/index.md", std::string(kMaterial) + "\n[скачать](Рабочий лист.pdf)\n"}}, true,
         "content/materials/drobi/index.md:15:1: error:", "write  [скачать](<Рабочий лист.pdf>)"},
        {"a link to a page file with a typo",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\n---\nСм. [дроби](../drobbi/index.md).\n"}},
         true, "content/materials/paiyz/index.md:6:", "did you mean \"../drobi/index.md\"?"},
        {"a member photo beside a flat file",
         {{"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\nphoto: ivanova.jpg\n---\n"}, {"content/members/ivanova.jpg", "JPEG"}},
         true, "content/members/ivanova-a.md:3:8: error:", "move this file to content/members/ivanova-a/index.md"},
        {"a link to a heading that is not there",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\n---\nСм. [дроби](../drobi/index.md#итоги).\n"}},
         false, "content/materials/paiyz/index.md:6:", "\"#итоги\", which is not on that page"},
        {"a link from the site's root that leads nowhere",
         {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\n---\nСм. [план](/portal/plans/old/).\n"}}, false,
         "content/news/first.md:5:", "leads to nothing on this site"},
        {"two materials with the same title",
         {{"content/materials/paiyz/index.md", "---\ntitle: Дроби\ndate: 2026-10-07\nauthor: ivanova-a\n---\n"}}, false,
         "content/materials/paiyz/index.md:2:8: warning:", "another material has the same title"},
        {"a file over the size limit",
         {{"site.yaml", std::string(kSiteYaml) + "limits: {max_file_mb: 0.00001}\n"}}, true,
         "content/materials/drobi/plan.pdf: error:", "a file may have"},
    };
    for (const auto& m : mistakes) {
        CAPTURE(m.what);
        auto files = base_site();
        for (const auto& [path, text] : m.files) files[path] = text;
        SiteFixture site(files);
        BuildOptions build;
        build.build_date = parse_date("2026-11-01").date;
        auto built = site.build(build);
        CHECK_MESSAGE(built->ok == !m.build_fails, built->messages());
        auto o = run_check(site);
        CHECK(o.exit_code == 1);
        // One of the reports starts at the expected place and says the expected words.
        bool found = false;
        for (const auto& report : reports_of(o.output))
            found = found || (report.rfind(m.place, 0) == 0 && report.find(m.message) != std::string::npos);
        CHECK_MESSAGE(found, o.output);
        CHECK(o.output.find("Check failed:") != std::string::npos);
    }
}
