// A teacher's usual mistakes, one per little site: each must stop `urker check` (and, where it
// breaks the page, `urker build`) with the file, the line and words that say what is wrong.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "../support/pdf_writer.h"
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
        // Real PDFs: the search reads their text, and a damaged one would be a warning.
        {"content/materials/drobi/plan.pdf", make_pdf({"lesson plan"})},
        {"content/materials/drobi/Рабочий лист.pdf", make_pdf({"worksheet"})},
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

Outcome run_check(const SiteFixture& site, const std::string& lang = "en") {
    CheckOptions options;
    options.build.source = site.root();
    options.build.message_language = lang;
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

// What a teacher reads about a mistake, in each language urker speaks. A null ru/kk means the
// message is not in the catalogue yet (its stage still speaks English): then the English words are
// expected in every language, under the translated label.
struct Words {
    const char* en;
    const char* ru;
    const char* kk;
};

struct Mistake {
    const char* what;
    std::map<std::string, std::string> files;  // added to (or replacing) the base site
    bool build_fails;                          // the build stops too (else only check does)
    const char* place;                         // "file:line:col:" expected at the start of a report
    Words words;                               // a part of that report
    bool warning = false;                      // reported as a warning (check still fails)
};

const char* label(const std::string& lang, bool warning) {
    if (lang == "ru") return warning ? "предупреждение" : "ошибка";
    if (lang == "kk") return warning ? "ескерту" : "қате";
    return warning ? "warning" : "error";
}

const char* words_in(const Words& w, const std::string& lang) {
    if (lang == "ru" && w.ru) return w.ru;
    if (lang == "kk" && w.kk) return w.kk;
    return w.en;
}

const char* kPlanWithCsv = "---\ntitle: План\nyear: \"2026-2027\"\nitems_file: plan.csv\n---\n";

std::string windows_1251(const std::string& utf8) {
    // Only the Cyrillic letters these tests use: А-я and ё/Ё.
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
        i += 2;
        if (cp >= 0x410 && cp <= 0x44F) out += static_cast<char>(0xC0 + (cp - 0x410));
        else if (cp == 0x451) out += static_cast<char>(0xB8);
        else if (cp == 0x401) out += static_cast<char>(0xA8);
        else out += '?';
    }
    return out;
}

// A build as of `day`, the day dates to come and upcoming events are told against.
BuildOptions built_on(const char* day) {
    BuildOptions build;
    build.build_date = parse_date(day).date;
    return build;
}

}  // namespace

TEST_CASE("the clean base site passes check with a one-line summary") {
    SiteFixture site(base_site());
    auto o = run_check(site);
    CHECK_MESSAGE(o.exit_code == 0, o.output);
    CHECK(o.output.rfind("Checked ", 0) == 0);
    CHECK(o.output.find("no problems found") != std::string::npos);
    CHECK(std::count(o.output.begin(), o.output.end(), '\n') == 1);
}

TEST_CASE("each teacher's mistake is reported at its file and line, in Russian, Kazakh and English") {
    const std::vector<Mistake> mistakes = {
        {"a misspelled title key", {{"content/materials/drobi/index.md", std::string(kMaterial).replace(4, 5, "titel")}}, true,
         "content/materials/drobi/index.md:2:1:",
         {"\"titel\" is not a field of a material", "у материала нет поля «titel»", "материалдың «titel» деген өрісі жоқ"}},
        {"a misspelled tags key", {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\ntegs: [семинар]\n---\n"}}, true,
         "content/news/first.md:4:1:", {"did you mean \"tags\"?", "вы имели в виду «tags»?", "«tags» деп жазғыңыз келді ме?"}},
        {"grades written as a range",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\ngrade: 5-6 классы\n---\n"}}, true,
         "content/materials/paiyz/index.md:5:8:",
         {"write it as  grade: [5, 6]", "запишите так:  grade: [5, 6]", "былай жазыңыз:  grade: [5, 6]"}},
        {"an event's start written as a day and a time without the format",
         {{"content/events/seminar.md", "---\ntitle: Семинар\nstart: 21.12.2026 15:00\n---\n"}}, true, "content/events/seminar.md:3:8:",
         {"write it as  start: 2026-12-21T15:00:00+05:00", "запишите так:  start: 2026-12-21T15:00:00+05:00",
          "былай жазыңыз:  start: 2026-12-21T15:00:00+05:00"}},
        {"grades instead of grade",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\ngrades: [5, 6]\n---\n"}}, true,
         "content/materials/paiyz/index.md:5:1:", {"did you mean \"grade\"?", "вы имели в виду «grade»?", "«grade» деп жазғыңыз келді ме?"}},
        {"a member without a title", {{"content/members/ivanova-a.md", "---\nschool: umit\n---\n"}}, true,
         "content/members/ivanova-a.md:2:1:",
         {"a member needs a title", "у участника не указан заголовок (title:)", "қатысушының атауы (title:) көрсетілмеген"}},
        {"a material without a title", {{"content/materials/drobi/index.md", std::string(kMaterial).replace(4, std::string("title: Дроби\n").size(), "")}}, true,
         "content/materials/drobi/index.md:2:1:",
         {"a material needs a title", "у материала не указан заголовок (title:)", "материалдың атауы (title:) көрсетілмеген"}},
        {"pinned written as a word", {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\npinned: \"yes\"\n---\n"}}, true,
         "content/news/first.md:4:9:",
         {"\"pinned\" must be true or false", "«pinned» должно быть true или false", "«pinned» true немесе false болуы керек"}},
        {"a plan item's when as a map",
         {{"content/plans/plan.md", "---\ntitle: План\nitems:\n  - what: Семинар\n    when: {month: 10}\n---\n"}}, true,
         "content/plans/plan.md:5:11:", {"\"when\" must be a text", "«when» должно быть текстом", "«when» мәтін болуы керек"}},
        {"a plan item's status as a list",
         {{"content/plans/plan.md", "---\ntitle: План\nitems:\n  - what: Семинар\n    status: [done]\n---\n"}}, true,
         "content/plans/plan.md:5:13:", {"\"status\" must be a text", "«status» должно быть текстом", "«status» мәтін болуы керек"}},
        {"a plan item's responsible as a map",
         {{"content/plans/plan.md", "---\ntitle: План\nitems:\n  - what: Семинар\n    responsible: {id: ivanova-a}\n---\n"}}, true,
         "content/plans/plan.md:5:18:",
         {"\"responsible\" must be an id, a name, or a list of them", "«responsible» должно быть id, именем или их списком",
          "«responsible» id, есім немесе олардың тізімі болуы керек"}},
        {"a misspelled plan item key",
         {{"content/plans/plan.md", "---\ntitle: План\nitems:\n  - what: Семинар\n    staus: done\n---\n"}}, true,
         "content/plans/plan.md:5:5:", {"did you mean \"status\"?", "вы имели в виду «status»?", "«status» деп жазғыңыз келді ме?"}},
        {"experience written with its word", {{"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\nexperience: 12 лет\n---\n"}}, true,
         "content/members/ivanova-a.md:3:13:",
         {"write  experience: 12  (digits only", "напишите  experience: 12  (только цифры", "былай жазыңыз:  experience: 12  (тек цифрлар"}},
        {"an achievement written as a line of text",
         {{"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\nachievements:\n  - 2025 г. – победитель конкурса \"Учитель года\"\n---\n"}}, true,
         "content/members/ivanova-a.md:4:5:",
         {"write it as an entry with its fields:  - {year: 2025, title: \"победитель конкурса \\\"Учитель года\\\"\"}",
          "запишите это как запись с полями:  - {year: 2025, title: \"победитель конкурса \\\"Учитель года\\\"\"}",
          "мұны өрістері бар жазба ретінде жазыңыз:  - {year: 2025, title: \"победитель конкурса \\\"Учитель года\\\"\"}"}},
        {"an e-mail without its domain", {{"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\nemail: ivanova@mail\n---\n"}}, true,
         "content/members/ivanova-a.md:3:8:",
         {"\"ivanova@mail\" is not an e-mail address", "«ivanova@mail» — не адрес электронной почты", "«ivanova@mail» — электрондық пошта мекенжайы емес"}},
        {"a plan's year that is not a school year", {{"content/plans/plan.md", "---\ntitle: План\nyear: 2026\nitems: []\n---\n"}}, true,
         "content/plans/plan.md:3:7:", {"is not written as two years", "записан не как два года", "екі жыл түрінде жазылмаған"}},
        {"a subject not in the site's list",
         {{"site.yaml", std::string(kSiteYaml).replace(std::string(kSiteYaml).find("taxonomies"), 60,
                                                        "taxonomies:\n  subject: {values: [математика, физика]}\n  grade:\n") + "\n"},
          {"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\nsubject: матиматика\n---\n"}},
         true, "content/materials/paiyz/index.md:5:10:",
         {"did you mean \"математика\"?", "вы имели в виду «математика»?", "«математика» деп жазғыңыз келді ме?"}},
        {"a link to a missing attachment",
         {{"content/materials/drobi/index.md", std::string(kMaterial).replace(std::string(kMaterial).find("plan.pdf"), 8, "plan-urока.pdf")}},
         true, "content/materials/drobi/index.md:9:21:",
         {"points to a file that does not exist", "указывает на файл, которого нет", "жоқ файлды көрсетіп тұр"}},
        {"a link to a missing image", {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\n---\nТекст.\n\n![фото](foto.jpg)\n"}},
         true, "content/news/first.md:7:9:",
         {"points to a file that does not exist", "указывает на файл, которого нет", "жоқ файлды көрсетіп тұр"}},
        {"a link with a space in the file name",
         {{"content/materials/drobi/index.md", std::string(kMaterial) + "\n[скачать](Рабочий лист.pdf)\n"}}, true,
         "content/materials/drobi/index.md:15:1:",
         {"write  [скачать](<Рабочий лист.pdf>)", "напишите  [скачать](<Рабочий лист.pdf>)",
          "былай жазыңыз:  [скачать](<Рабочий лист.pdf>)"}},
        {"a link to a page file with a typo",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\n---\nСм. [дроби](../drobbi/index.md).\n"}},
         true, "content/materials/paiyz/index.md:6:13:",
         {"did you mean \"../drobi/index.md\"?", "вы имели в виду «../drobi/index.md»?", "«../drobi/index.md» деп жазғыңыз келді ме?"}},
        {"a member photo beside a flat file",
         {{"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\nphoto: ivanova.jpg\n---\n"}, {"content/members/ivanova.jpg", "JPEG"}},
         true, "content/members/ivanova-a.md:3:8:",
         {"move this file to content/members/ivanova-a/index.md", "перенесите этот файл в content/members/ivanova-a/index.md",
          "бұл файлды content/members/ivanova-a/index.md етіп көшіріп"}},
        {"a link to a heading that is not there",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\n---\nСм. [дроби](../drobi/index.md#итоги).\n"}},
         false, "content/materials/paiyz/index.md:6:30:",
         {"\"#итоги\", which is not on that page", "«#итоги», которых на той странице нет", "«#итоги» тақырыпшасына немесе белгісіне"}},
        {"a link from the site's root that leads nowhere",
         {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\n---\nСм. [план](/portal/plans/old/).\n"}}, false,
         "content/news/first.md:5:12:", {"leads to nothing on this site", "ведёт в никуда", "ешқайда апармайды"}},
        {"two materials with the same title",
         {{"content/materials/paiyz/index.md", "---\ntitle: Дроби\ndate: 2026-10-07\nauthor: ivanova-a\n---\n"}}, false,
         "content/materials/paiyz/index.md:2:8:",
         {"another material has the same title", "у другого материала такой же заголовок", "басқа материалдың атауы дәл осындай"}, true},
        {"tags written with commas but without brackets",
         {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\ntags: семинар, дроби\n---\n"}}, false,
         "content/news/first.md:4:7:",
         {"«tags» is one value, «семинар, дроби», with commas in it", "«tags» — одно значение «семинар, дроби» с запятыми внутри",
          "«tags» — ішінде үтірлері бар бір мән, «семинар, дроби»"},
         true},
        {"a title with a colon and no quotes",
         {{"content/news/first.md", "---\ntitle: Семинар: дроби\ndate: 2026-09-01\n---\n"}}, true,
         "content/news/first.md:2:15:",  // the second colon is the 15th character (the 22nd byte)
         {"a colon followed by a space inside this value", "двоеточие с пробелом внутри значения",
          "мән ішіндегі қос нүкте мен бос орынды"}},
        {"a number sign in a title without quotes",
         {{"content/news/first.md", "---\ntitle: Семинар #2\ndate: 2026-09-01\n---\n"}}, false, "content/news/first.md:2:16:",
         {"«#2» is read as a comment", "«#2» YAML считает комментарием", "«#2» YAML-да түсініктеме болып саналады"}, true},
        {"a list of tags left open",
         {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\ntags: [семинар, дроби\n---\n"}}, true,
         "content/news/first.md:4:7:",
         {"the list opened with «[» is not closed with «]»", "список, открытый скобкой «[», не закрыт скобкой «]»",
          "«[» жақшасымен ашылған тізім «]» жақшасымен жабылмаған"}},
        {"a file over the size limit (the loader refuses it)",
         {{"site.yaml", std::string(kSiteYaml) + "limits: {max_file_mb: 0.00001}\n"}}, true, "content/materials/drobi/plan.pdf:",
         {"a file may have", "а файл может занимать не больше", "бір файл"}},
        {"a file of static/ over the size limit (check measures it)",
         {{"site.yaml", std::string(kSiteYaml) + "limits: {max_file_mb: 0.00001}\n"}, {"static/docs/polozhenie.pdf", "%PDF-1.4 a regulation of the network"}},
         true, "static/docs/polozhenie.pdf:",
         {"more than the limit of 1e-05 MB", "больше предела в 1e-05 МБ", "1e-05 МБ шегінен асады"}},
        {"a CSV row with a missing column",
         {{"content/plans/plan.md", kPlanWithCsv}, {"content/plans/plan.csv", "what,when,status\nСеминар,октябрь 2026,done\nВебинар,ноябрь 2026\n"}},
         true, "content/plans/plan.csv:3:20:",  // where the missing cell belongs
         {"this CSV cannot be read: this row has 2 cells, but the header has 3 columns",
          "в этой строке 2 ячейки, а в заголовке 3 столбца", "бұл жолда 2 ұяшық бар, ал тақырып жолында 3 баған"}},
        {"a CSV saved in Windows-1251",
         {{"content/plans/plan.md", kPlanWithCsv}, {"content/plans/plan.csv", windows_1251("what,when\nСеминар,октябрь 2026\n")}}, true,
         "content/plans/plan.csv:2:1:", {"it looks like Windows-1251", "похоже, это Windows-1251", "бұл Windows-1251 сияқты"}},
        {"a page saved in Windows-1251 is told how to save a text file, not a table",
         {{"content/news/first.md", windows_1251("---\ntitle: Новость\ndate: 2026-09-01\n---\nТекст.\n")}}, true, "content/news/first.md:2:8:",
         {"in Notepad, File → Save as…, then Encoding: UTF-8", "в Блокноте — «Файл → Сохранить как…», затем «Кодировка: UTF-8»",
          "Блокнотта «Файл → Басқаша сақтау…», содан кейін «Кодтау: UTF-8»"}},
        {"a site.yaml saved in Windows-1251", {{"site.yaml", windows_1251(kSiteYaml)}}, true, "site.yaml:1:9:",
         {"it looks like Windows-1251", "похоже, это Windows-1251", "бұл Windows-1251 сияқты"}},
        {"a news item without a date", {{"content/news/first.md", "---\ntitle: Новость\n---\nТекст.\n"}}, true, "content/news/first.md:2:1:",
         {"a news item needs a date", "у новости не указана дата (date:)", "жаңалықтың күні (date:) көрсетілмеген"}},
        {"a news item with its date left empty", {{"content/news/first.md", "---\ntitle: Новость\ndate:\n---\nТекст.\n"}}, true,
         "content/news/first.md:3:1:", {"a news item needs a date", "у новости не указана дата (date:)", "жаңалықтың күні (date:) көрсетілмеген"}},
        {"a forum topic without a date", {{"content/forum/vopros.md", "---\ntitle: Вопрос\n---\nТекст.\n"}}, true, "content/forum/vopros.md:2:1:",
         {"a forum topic needs a date", "у темы форума не указана дата (date:)", "форум тақырыбының күні (date:) көрсетілмеген"}},
        {"an author listed twice",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: [ivanova-a, ivanova-a]\nsubject: математика\n---\n"}},
         false, "content/materials/paiyz/index.md:4:21:",
         {"\"ivanova-a\" is listed twice in \"author\"; the second is left out", "«ivanova-a» указано в «author» дважды; второе не учитывается",
          "«ivanova-a» мәні «author» өрісінде екі рет жазылған; екіншісі алынып тасталды"},
         true},
        {"an author written as the member's name, not the id",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: Иванова А.\nsubject: математика\n---\n"}}, true,
         "content/materials/paiyz/index.md:4:9:",
         {"did you mean ivanova-a (Иванова Анна)? Write the id (the file's name in content/members/), not the person's name",
          "вы имели в виду ivanova-a (Иванова Анна)? Пишите идентификатор (имя файла в content/members/), а не имя",
          "ivanova-a (Иванова Анна) деп жазғыңыз келді ме? Адамның аты-жөнін емес, идентификаторын (content/members/ ішіндегі файлдың атын) жазыңыз"}},
        {"a reviewer written by name",
         {{"content/members/kim-v.md", "---\ntitle: Ким Виктор\nschool: umit\n---\n"},
          {"content/materials/paiyz/index.md",
           "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\nreview:\n  status: in_review\n  reviewers: Ким В.\n  date: 2026-10-08\n---\n"}},
         true, "content/materials/paiyz/index.md:7:14:",
         {"did you mean kim-v (Ким Виктор)?", "вы имели в виду kim-v (Ким Виктор)?", "kim-v (Ким Виктор) деп жазғыңыз келді ме?"}},
        {"a mentor written by name",
         {{"content/members/kim-v.md", "---\ntitle: Ким Виктор\nschool: umit\n---\n"},
          {"content/groups/shmu.md", "---\ntitle: ШМУ\nmentoring:\n  - {mentor: Иванова Анна, mentee: kim-v, since: 2026-09-01}\n---\n"}},
         true, "content/groups/shmu.md:4:14:",
         {"did you mean ivanova-a (Иванова Анна)?", "вы имели в виду ivanova-a (Иванова Анна)?", "ivanova-a (Иванова Анна) деп жазғыңыз келді ме?"}},
        {"a member's school written as its title",
         {{"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\nschool: гимназия Умит\n---\n"}}, true, "content/members/ivanova-a.md:3:9:",
         {"did you mean umit (Гимназия «Үміт»)?", "вы имели в виду umit (Гимназия «Үміт»)? Пишите идентификатор (имя файла в content/schools/), а не название",
          "umit (Гимназия «Үміт») деп жазғыңыз келді ме? Атауын емес"}},
        {"a material type written in words, not its code",
         {{"content/materials/paiyz/index.md", "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\nmaterial_type: сабақ жоспары\n---\n"}}, true,
         "content/materials/paiyz/index.md:5:16:",
         {"did you mean lesson-plan? This field takes the code:  material_type: lesson-plan  (the site shows it as «Lesson plan»)",
          "вы имели в виду lesson-plan? В этом поле пишется код:  material_type: lesson-plan  (на сайте он будет показан как «Поурочный план»)",
          "lesson-plan деп жазғыңыз келді ме? Бұл өріске код жазылады:  material_type: lesson-plan  (сайтта ол «Сабақ жоспары» болып көрсетіледі)"}},
        {"an event type written in Russian",
         {{"content/events/seminar.md", "---\ntitle: Семинар\nstart: 2026-10-20T15:00:00+05:00\nevent_type: Вебинар\n---\n"}}, true,
         "content/events/seminar.md:4:13:",
         {"did you mean webinar?", "вы имели в виду webinar? В этом поле пишется код:  event_type: webinar",
          "webinar деп жазғыңыз келді ме? Бұл өріске код жазылады:  event_type: webinar"}},
        {"a tag listed twice, with a comma after the last",
         {{"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\ntags: [семинар, Семинар, ]\n---\n"}}, false,
         "content/news/first.md:4:17:",
         {"\"Семинар\" is listed twice in \"tags\"", "«Семинар» указано в «tags» дважды", "«Семинар» мәні «tags» өрісінде екі рет"}, true},
        {"a responsible member named twice in a plan table",
         {{"content/plans/plan.md", kPlanWithCsv},
          {"content/plans/plan.csv", "Мероприятие,Сроки,Ответственные\nСеминар,октябрь 2026,ivanova-a; ivanova-a\n"}},
         false, "content/plans/plan.csv:2:22:",
         {"\"ivanova-a\" is named twice as responsible; the second is left out (column \"Ответственные\")",
          "«ivanova-a» дважды указан среди ответственных; второй раз не учитывается (столбец «Ответственные»)",
          "«ivanova-a» жауаптылардың арасында екі рет көрсетілген; екіншісі алынып тасталды («Ответственные» бағаны)"},
         true},
        {"an event's place written as an id that names no school",
         {{"content/events/seminar.md", "---\ntitle: Семинар\nstart: 2026-10-20T15:00:00+05:00\nplace: umit-2\n---\n"}}, false,
         "content/events/seminar.md:4:8:",
         {"there is no school with the id \"umit-2\": the place is shown as the text \"umit-2\"",
          "школы с id «umit-2» нет: место будет показано как текст «umit-2»",
          "id-і «umit-2» болатын мектеп жоқ: орны «umit-2» деген мәтін болып көрсетіледі"},
         true},
        {"a plan table's place naming a school since renamed",
         {{"content/plans/plan.md", kPlanWithCsv}, {"content/plans/plan.csv", "what,when,place\nСеминар,октябрь 2026,umit-1\n"}}, false,
         "content/plans/plan.csv:2:22:",
         {"there is no school with the id \"umit-1\": the place is shown as the text \"umit-1\" (column \"place\")",
          "школы с id «umit-1» нет: место будет показано как текст «umit-1» (столбец «place»)",
          "id-і «umit-1» болатын мектеп жоқ: орны «umit-1» деген мәтін болып көрсетіледі («place» бағаны)"},
         true},
        {"an impossible date in a plan table with Kazakh headers: its cell, under the teacher's header",
         {{"content/plans/plan.md", kPlanWithCsv},
          {"content/plans/plan.csv", "\xEF\xBB\xBFІс-шара;Мерзімі;Мәртебесі\nСеминар;31.09.2026;жоспарланған\n"}},
         true, "content/plans/plan.csv:2:9:",
         {"(column \"Мерзімі\")", "(столбец «Мерзімі»)", "(«Мерзімі» бағаны)"}},
        {"a plan table's row with its what cell left empty",
         {{"content/plans/plan.md", kPlanWithCsv}, {"content/plans/plan.csv", "Мероприятие,Сроки\nСеминар,октябрь 2026\n,ноябрь 2026\n"}},
         true, "content/plans/plan.csv:3:1:",
         {"its cell in the column \"Мероприятие\" is empty", "её ячейка в столбце «Мероприятие» пуста",
          "оның «Мероприятие» бағанындағы ұяшығы бос"}},
        {"a plan status in words urker does not know: the hint lists the reader's words with their codes",
         {{"content/plans/plan.md", kPlanWithCsv}, {"content/plans/plan.csv", "Мероприятие,Сроки,Статус\nСеминар,октябрь 2026,готово\n"}}, true,
         "content/plans/plan.csv:2:22:",
         {"Use one of: planned, in_progress, done, postponed, moved, cancelled",
          "Используйте одно из значений: запланировано (planned), в работе (in_progress), выполнено (done), отложено (postponed), "
          "перенесено на другую дату (moved), отменено (cancelled)",
          "Мына мәндердің бірін жазыңыз: жоспарланған (planned), жүргізілуде (in_progress), өткізілді (done), "
          "кейінге қалдырылды (postponed), басқа күнге ауыстырылды (moved), тоқтатылды (cancelled)"}},
        {"a plan table without a column for what is planned",
         {{"content/plans/plan.md", kPlanWithCsv}, {"content/plans/plan.csv", "Сроки,Статус\nоктябрь 2026,выполнено\n"}}, true,
         "content/plans/plan.csv:1:1:",
         {"the table has no column saying what is planned", "в таблице нет столбца, где сказано, что запланировано",
          "кестеде не жоспарланғаны жазылатын баған жоқ"}},
        {"a subject misspelt on one material, beside the same subject on two",
         {{"content/materials/tretiy/index.md", "---\ntitle: Проценты\ndate: 2026-10-08\nauthor: ivanova-a\nsubject: матиматика\n---\n"}}, false,
         "content/materials/tretiy/index.md:5:10:",
         {"\"матиматика\" is on this page only: did you mean \"математика\" (on 2 pages)?",
          "«матиматика» есть только на этой странице: вы имели в виду «математика» (на 2 страницах)?",
          "«матиматика» тек осы бетте бар: «математика» деп жазғыңыз келді ме (2 бетте бар)?"},
         true},
        {"a template's placeholder address uncommented as it was",
         {{"content/schools/umit.md", "---\ntitle: Гимназия «Үміт»\nwebsite: \"https://…\"\n---\n"}}, false, "content/schools/umit.md:3:10:",
         {"\"https://…\" in the field \"website\" is not a real address", "«https://…» в поле «website» — не настоящий адрес",
          "«website» өрісіндегі «https://…» — нақты адрес емес"},
         true},
        {"a tab in the indentation of the front matter",
         {{"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\n\tschool: umit\n---\n"}}, true, "content/members/ivanova-a.md:3:1:",
         {"this line is indented with a tab", "стоит табуляция, а YAML требует пробелов", "табуляция тұр"}},
    };
    const std::regex unrendered_id(R"((build|cli|config|content|core|diagnostics|label|markdown|model|output|plan|render|serve|site)\.[a-z_]+ [a-z_]+=)");
    for (const auto& m : mistakes) {
        const std::string what = m.what;
        CAPTURE(what);
        auto files = base_site();
        for (const auto& [path, text] : m.files) files[path] = text;
        SiteFixture site(files);
        BuildOptions build;
        build.build_date = parse_date("2026-11-01").date;
        auto built = site.build(build);
        CHECK_MESSAGE(built->ok == !m.build_fails, built->messages());
        for (std::string lang : {"ru", "kk", "en"}) {
            CAPTURE(lang);
            auto o = run_check(site, lang);
            CHECK(o.exit_code == 1);
            // One of the reports starts at the expected place, with the label and the words of
            // the reader's language.
            const std::string place = std::string(m.place) + " " + label(lang, m.warning) + ":";
            bool found = false;
            for (const auto& report : reports_of(o.output))
                found = found || (report.rfind(place, 0) == 0 && report.find(words_in(m.words, lang)) != std::string::npos);
            CHECK_MESSAGE(found, o.output);
            // A message id missing from the catalogue would show as itself ("model.unknown_key key=…").
            CHECK_MESSAGE(!std::regex_search(o.output, unrendered_id), o.output);
            const char* failed = lang == "ru" ? "Проверка не пройдена:" : lang == "kk" ? "Тексеру сәтсіз аяқталды:" : "Check failed:";
            CHECK(o.output.find(failed) != std::string::npos);
        }
    }
}

TEST_CASE("an attachment over the size limit is one error in check, the build's, not a second of check's own") {
    auto files = base_site();
    files["site.yaml"] = std::string(kSiteYaml) + "limits: {max_file_mb: 0.00001}\n";
    SiteFixture site(files);
    auto o = run_check(site, "ru");
    CHECK(o.exit_code == 1);
    std::size_t reports = 0;
    for (const auto& report : reports_of(o.output)) reports += report.rfind("content/materials/drobi/plan.pdf:", 0) == 0 ? 1 : 0;
    CHECK_MESSAGE(reports == 1, o.output);
}

TEST_CASE("a value listed twice is published once; a place in words stays as written") {
    auto files = base_site();
    files["content/materials/paiyz/index.md"] =
        "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: [ivanova-a, ivanova-a]\nsubject: математика\ntags: [проценты, Проценты, доли]\n---\n";
    files["content/events/seminar.md"] = "---\ntitle: Семинар\nstart: 2026-10-20T15:00:00+05:00\nplace: Актовый зал школы №2\n---\n";
    files["content/events/vstrecha.md"] = "---\ntitle: Встреча\nstart: 2026-10-21T15:00:00+05:00\nplace: umit\n---\n";
    SiteFixture site(files);
    BuildOptions build;
    build.build_date = parse_date("2026-11-01").date;
    auto built = site.build(build);
    REQUIRE_MESSAGE(built->ok, built->messages());
    // Two warnings, the author and the tag; a place in words and a school's id are not warned of.
    CHECK_MESSAGE(built->diags.warning_count() == 2, built->messages());
    const std::string& page = built->out.at("materials/paiyz/index.html");
    auto count = [&](const std::string& what) {
        std::size_t n = 0;
        for (std::size_t at = page.find(what); at != std::string::npos; at = page.find(what, at + 1)) ++n;
        return n;
    };
    // Once where the page had it twice: the author's link in the byline and the "about the author" box, the tag.
    SiteFixture once([&] {
        auto f = files;
        f["content/materials/paiyz/index.md"] =
            "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\nsubject: математика\ntags: [проценты, доли]\n---\n";
        return f;
    }());
    auto expected = once.build(build);
    REQUIRE(expected->ok);
    CHECK(page == expected->out.at("materials/paiyz/index.html"));
    CHECK(count(">проценты<") == 1);
    CHECK(count(">Проценты<") == 0);
    CHECK(built->out.at("events/seminar/index.html").find("Актовый зал школы №2") != std::string::npos);
}

TEST_CASE("a placeholder address in any field is a warning at its place and is never published as a link") {
    auto files = base_site();
    files["content/members/ivanova-a.md"] = R"(---
title: Иванова Анна
school: umit
achievements:
  - {year: 2025, title: "Учитель года", url: "https://…"}
links:
  - {title: "Мой блог", url: "https://…"}
  - {title: "Канал", url: "https://t.me/drobi_kanal"}
---
Учитель.
)";
    files["content/about.md"] = "---\ntitle: О сети\nlinks:\n  - \"https://...\"\n  - https://edu.kz/set\n---\nО сети.\n";
    files["content/schools/umit.md"] = "---\ntitle: Гимназия «Үміт»\nwebsite: \"https://example.com\"\n---\n";
    files["content/events/seminar.md"] =
        "---\ntitle: Семинар\nstart: 2026-12-20T15:00:00+05:00\nplace: online\nonline_url: \"https://ссылка\"\n---\n";
    files["content/materials/paiyz/index.md"] =
        "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\nmaterial_type: external-link\nexternal_url: https://docs.google.com/document/d/1AbC…\n---\n";
    SiteFixture site(files);
    BuildOptions build;
    build.build_date = parse_date("2026-11-01").date;
    auto built = site.build(build);
    REQUIRE_MESSAGE(built->ok, built->messages());  // warnings: the site is built without them
    const std::string said = built->messages();
    CHECK_MESSAGE(built->diags.warning_count() == 6, said);
    for (const char* place : {"content/members/ivanova-a.md:5:46: warning: \"https://…\" in the field \"url\"",
                              "content/members/ivanova-a.md:7:30: warning: \"https://…\" in the field \"url\"",
                              "content/about.md:4:5: warning: \"https://...\" in the field \"links\"",
                              "content/schools/umit.md:3:10: warning: \"https://example.com\" in the field \"website\" is not a real address: "
                              "example.com is a name kept for examples",
                              "content/events/seminar.md:5:13: warning: \"https://ссылка\" in the field \"online_url\" is not a real address: "
                              "\"ссылка\" stands where the site's name should be",
                              "content/materials/paiyz/index.md:6:15: warning: \"https://docs.google.com/document/d/1AbC…\" in the field \"external_url\""})
        CHECK_MESSAGE(said.find(place) != std::string::npos, place << "\n" << said);
    CHECK(said.find("put # back at the start of the line") != std::string::npos);
    // Nothing of them is published: no address, no link without one; the rest stays.
    for (const auto& [path, text] : built->out.files()) {
        if (path.find(".html") == std::string::npos && path.find(".ics") == std::string::npos && path.find(".json") == std::string::npos) continue;
        CAPTURE(path);
        for (const char* gone : {"https://…", "https://...", "https://example.com", "https://ссылка", "1AbC", "href=\"\""})
            CHECK_MESSAGE(text.find(gone) == std::string::npos, gone);
    }
    const std::string& member = built->out.at("members/ivanova-a/index.html");
    CHECK(member.find("Учитель года") != std::string::npos);  // the achievement, without its link
    CHECK(member.find("Мой блог") == std::string::npos);      // a link with no address is no link
    CHECK(member.find("<a href=\"https://t.me/drobi_kanal\" rel=\"external\">Канал</a>") != std::string::npos);
    CHECK(built->out.at("events/seminar/index.html").find("class=\"button\" href=\"http") == std::string::npos);  // no "join online"
    // In Kazakh and Russian too, at the same places.
    for (std::string lang : {"ru", "kk"}) {
        auto o = run_check(site, lang);
        CHECK(o.exit_code == 1);
        const std::string words = lang == "ru" ? "content/events/seminar.md:5:13: предупреждение: «https://ссылка» в поле «online_url» — "
                                                 "не настоящий адрес: на месте имени сайта стоит «ссылка»; на сайте его не будет"
                                               : "content/events/seminar.md:5:13: ескерту: «online_url» өрісіндегі «https://ссылка» — "
                                                 "нақты адрес емес: сайт атауының орнында «ссылка» тұр; ол сайтта жарияланбайды";
        CHECK_MESSAGE(o.output.find(words) != std::string::npos, o.output);
    }
}

TEST_CASE("urker build --lang speaks the teacher's language about a mistake, and exits 1") {
    auto files = base_site();
    files["content/materials/drobi/index.md"] = std::string(kMaterial).replace(4, 5, "titel");
    SiteFixture site(files);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"ru", "content/materials/drobi/index.md:2:1: ошибка: у материала нет поля «titel»"},
        {"kk", "content/materials/drobi/index.md:2:1: қате: материалдың «titel» деген өрісі жоқ"},
        {"en", "content/materials/drobi/index.md:2:1: error: \"titel\" is not a field of a material"},
    };
    for (const auto& e : expected) {
        const std::string& lang = e.first;  // not a structured binding: CAPTURE is a lambda (clang 14)
        const std::string& line = e.second;
        CAPTURE(lang);
        std::string output;
        int code = run_urker("build --source " + site.root().string() + " --lang " + lang, output);
        CHECK(code == 1);
        CHECK_MESSAGE(output.find(line) != std::string::npos, output);
    }
    CHECK_FALSE(std::filesystem::exists(site.root() / "public" / "index.html"));
}

TEST_CASE("a build with --drafts goes to public-drafts and leaves public alone, and says where in the reader's language") {
    auto files = base_site();
    files["content/news/draft.md"] = "---\ntitle: Черновик\ndate: 2026-10-01\ndraft: true\n---\nТекст.\n";
    SiteFixture site(files);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"ru", "Сайт записан в "}, {"kk", "Сайт мына жерге жазылды: "}, {"en", "Output: "}};
    for (const auto& e : expected) {
        const std::string& lang = e.first;
        const std::string& words = e.second;
        CAPTURE(lang);
        std::string output;
        int code = run_urker("build --source " + site.root().string() + " --drafts --lang " + lang, output);
        CHECK_MESSAGE(code == 0, output);
        CHECK_MESSAGE(output.find(words + (site.root() / "public-drafts").string()) != std::string::npos, output);
    }
    CHECK(std::filesystem::exists(site.root() / "public-drafts" / "news" / "draft" / "index.html"));
    CHECK_FALSE(std::filesystem::exists(site.root() / "public"));
}

TEST_CASE("a missing file's suggestion is a likely typo of its name, never another kind of file or an unrelated page") {
    auto files = base_site();
    files["content/materials/paiyz/index.md"] =
        "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\nsubject: математика\n---\n"
        "[видео](video.mp4) [план](plan.docx) [лист](../drobi/pln.pdf) [урок](../joq-sabaq/index.md) [дроби](../drobbi/index.md)"
        " ![карта](Karta.JPG) [задачи](Zadaniya_Urok.DOCX) [сайт](www.bilimland.kz) [видео](youtube.com/watch?v=abc)"
        " [почта](info@school.kz)\n";
    files["content/materials/paiyz/karta.jpg"] = "image";
    files["content/materials/paiyz/zadaniya_urok.docx"] = "PK";
    files["content/materials/paiyz/formuly.pdf"] = make_pdf({"formulas"});
    files["content/materials/paiyz/zadaniya.docx"] = "PK";
    SiteFixture site(files);
    auto r = site.build();
    CHECK_FALSE(r->ok);
    const std::string m = r->messages();
    // Each missing link with what follows it up to the next message.
    auto told_about = [&](const std::string& link) {
        const std::size_t at = m.find("the link \"" + link + "\"");
        REQUIRE_MESSAGE(at != std::string::npos, m);
        const std::size_t next = m.find("content/", at + 1);
        return m.substr(at, next == std::string::npos ? std::string::npos : next - at);
    };
    CHECK_MESSAGE(told_about("video.mp4").find("did you mean") == std::string::npos, m);  // not «formuly.pdf»
    CHECK_MESSAGE(told_about("plan.docx").find("did you mean") == std::string::npos, m);  // not the other material's plan.pdf
    CHECK_MESSAGE(told_about("../drobi/pln.pdf").find("did you mean \"../drobi/plan.pdf\"?") != std::string::npos, m);
    CHECK_MESSAGE(told_about("../joq-sabaq/index.md").find("did you mean") == std::string::npos, m);
    CHECK_MESSAGE(told_about("../drobbi/index.md").find("did you mean \"../drobi/index.md\"?") != std::string::npos, m);
    // Only the letters' case differs: named on Windows, where that is the same file.
    CHECK_MESSAGE(told_about("Karta.JPG").find("did you mean \"karta.jpg\"?") != std::string::npos, m);
    CHECK_MESSAGE(told_about("Zadaniya_Urok.DOCX").find("did you mean \"zadaniya_urok.docx\"?") != std::string::npos, m);
    // A web address or e-mail without its scheme: what to write instead.
    CHECK_MESSAGE(told_about("www.bilimland.kz").find("this is a web address; write it in full, with https:// in front, as  (https://www.bilimland.kz)") !=
                      std::string::npos,
                  m);
    CHECK_MESSAGE(told_about("youtube.com/watch").find("(https://youtube.com/watch?v=abc)") != std::string::npos, m);
    CHECK_MESSAGE(told_about("info@school.kz").find("write it with mailto: in front, as  (mailto:info@school.kz)") != std::string::npos, m);
}

TEST_CASE("a page without a title is told so once: an error where its kind needs a title, else a warning") {
    auto files = base_site();
    files["content/materials/pustoy/index.md"] = "";                                  // saved before anything was written in it
    files["content/members/bez-imeni.md"] = "---\ntitle: \"\"\nschool: umit\n---\n";  // left empty
    files["content/about/index.md"] = "Текст без шапки.\n";
    SiteFixture site(files);
    for (std::string lang : {"ru", "kk", "en"}) {
        CAPTURE(lang);
        auto o = run_check(site, lang);
        CHECK(o.exit_code == 1);
        auto told = [&](const std::string& file) {
            std::vector<std::string> found;
            for (const auto& report : reports_of(o.output))
                if (report.rfind(file + ":", 0) == 0 && report.find("title") != std::string::npos) found.push_back(report);
            return found;
        };
        const auto material = told("content/materials/pustoy/index.md");
        REQUIRE_MESSAGE(material.size() == 1, o.output);
        CHECK(material[0].rfind("content/materials/pustoy/index.md:1:1: " + std::string(label(lang, false)) + ":", 0) == 0);
        CHECK(material[0].find(words_in({"a material needs a title", "у материала не указан заголовок (title:)",
                                         "материалдың атауы (title:) көрсетілмеген"}, lang)) != std::string::npos);
        const auto member = told("content/members/bez-imeni.md");
        REQUIRE_MESSAGE(member.size() == 1, o.output);
        CHECK(member[0].rfind("content/members/bez-imeni.md:2:8: " + std::string(label(lang, false)) + ":", 0) == 0);
        const auto page = told("content/about/index.md");
        REQUIRE_MESSAGE(page.size() == 1, o.output);
        CHECK(page[0].rfind("content/about/index.md:1:1: " + std::string(label(lang, true)) + ":", 0) == 0);
        CHECK(page[0].find(words_in({"this page has no title; its file name is used instead", "у страницы нет названия (title); вместо него взято имя файла",
                                     "беттің атауы (title) жоқ; оның орнына файлдың аты алынды"}, lang)) != std::string::npos);
    }
}

TEST_CASE("a missing page's suggestion is never the page the link is in, in any of its languages") {
    auto files = base_site();
    files["site.yaml"] = std::string(kSiteYaml).replace(std::string(kSiteYaml).find("languages: [ru]"), 15, "languages: [ru, kk]");
    // The folder's name is one typo from the link's: the page itself (or its Kazakh view,
    // index.kk.md) was the closest "page" to suggest.
    files["content/materials/no-such-x/index.md"] =
        "---\ntitle: Другое\ndate: 2026-10-08\nauthor: ivanova-a\nsubject: математика\n---\n[x](../no-such/index.md)\n";
    files["content/materials/drugoe/index.md"] =
        "---\ntitle: Третье\ndate: 2026-10-09\nauthor: ivanova-a\nsubject: математика\n---\n[x](../no-such-y/index.md)\n";
    SiteFixture site(files);
    for (std::string lang : {"ru", "kk", "en"}) {
        CAPTURE(lang);
        auto o = run_check(site, lang);
        CHECK(o.exit_code == 1);
        bool told = false, told_other = false;
        for (const auto& report : reports_of(o.output)) {
            if (report.rfind("content/materials/no-such-x/index.md:7:5: ", 0) == 0) {
                told = true;
                CHECK_MESSAGE(report.find("«index.") == std::string::npos, report);  // no «index.md», «index.kk.md»
                CHECK_MESSAGE(report.find("\"index.") == std::string::npos, report);
            }
            // Another page one typo away is still suggested.
            if (report.rfind("content/materials/drugoe/index.md:7:5: ", 0) == 0) {
                told_other = true;
                CHECK_MESSAGE(report.find("../no-such-x/index.md") != std::string::npos, report);
            }
        }
        CHECK_MESSAGE(told, o.output);
        CHECK_MESSAGE(told_other, o.output);
    }
}

TEST_CASE("a broken link in a material's first paragraph is reported at the material, not in the prose of a page that shows it") {
    auto files = base_site();
    // The home page lists the material with its first paragraph, the link in it; the file name
    // «index.md» also stands in the home page's own text, but not as an address.
    files["content/_index.md"] = "---\ntitle: Сеть\n---\nЭто заготовка: замените этот текст, файл `content/_index.md`.\n";
    files["content/materials/no-such-x/index.md"] =
        "---\ntitle: Другое\ndate: 2026-10-08\nauthor: ivanova-a\nsubject: математика\n---\nСм. [x](../no-such/index.md).\n";
    SiteFixture site(files);
    auto o = run_check(site, "ru");
    CHECK(o.exit_code == 1);
    std::vector<std::string> told;
    for (const auto& report : reports_of(o.output))
        if (report.find("../no-such/index.md") != std::string::npos) told.push_back(report);
    REQUIRE_MESSAGE(told.size() == 1, o.output);
    CHECK(told[0].rfind("content/materials/no-such-x/index.md:7:9: ошибка:", 0) == 0);
    CHECK(o.output.find("content/_index.md:") == std::string::npos);
}

TEST_CASE("a news item, material or topic dated still to come is published, with a warning at its date in the reader's language") {
    auto files = base_site();
    files["content/news/seminar.md"] = "---\ntitle: Семинар\ndate: 2027-10-20\n---\nСеминар пройдёт в актовом зале.\n";
    files["content/news/zavtra.md"] = "---\ntitle: Завтра\ndate: 2026-11-02\n---\nОпубликовано поздно вечером по времени Алматы.\n";
    files["content/events/vstrecha.md"] = "---\ntitle: Встреча\ndate: 2026-10-01\nstart: 2027-10-21T15:00:00+05:00\nplace: umit\n---\n";
    const SiteFixture site(files);
    auto built = site.build(built_on("2026-11-01"));
    REQUIRE_MESSAGE(built->ok, built->messages());
    CHECK(built->out.at("news/seminar/index.html").find("Семинар пройдёт") != std::string::npos);  // published all the same
    // One warning: not tomorrow's news (the build's day is UTC's), not an event to come.
    CHECK_MESSAGE(built->diags.warning_count() == 1, built->messages());
    const std::pair<const char*, const char*> said[] = {
        {"en", "content/news/seminar.md:3:7: warning: the date 2027-10-20 is still to come (the build's date is 2026-11-01)"},
        {"ru", "content/news/seminar.md:3:7: предупреждение: дата 2027-10-20 ещё не наступила (дата сборки — 2026-11-01)"},
        {"kk", "content/news/seminar.md:3:7: ескерту: 2027-10-20 күні әлі келген жоқ (жинау күні — 2026-11-01)"}};
    for (const auto& [lang, words] : said) {
        const std::string text = format_diagnostics(built->diags, 20, lang);
        CHECK_MESSAGE(text.find(words) != std::string::npos, text);
    }
    CHECK(format_diagnostics(built->diags, 20, "ru").find("date: 2026-11-01") != std::string::npos);  // the hint's example
    CHECK(format_diagnostics(built->diags, 20, "kk").find("pinned: true") != std::string::npos);     // the way to keep news first
}

TEST_CASE("a member's e-mail and phone are shown on the member's page as links to write and to call") {
    auto files = base_site();
    files["content/members/ivanova-a.md"] = "---\ntitle: Иванова Анна\nemail: ivanova@mail.ru\nphone: \"+7 701 123 45 67\"\n---\n";
    SiteFixture site(files);
    auto built = site.build();
    REQUIRE_MESSAGE(built->ok, built->messages());
    const std::string& page = built->out.at("members/ivanova-a/index.html");
    CHECK(page.find("<a href=\"mailto:ivanova@mail.ru\">ivanova@mail.ru</a>") != std::string::npos);
    CHECK_MESSAGE(page.find("<dd><a href=\"tel:+77011234567\">+7 701 123 45 67</a></dd>") != std::string::npos, page);  // a phone calls it when tapped
}

TEST_CASE("a date written in words or with dots is an error whose hint is the teacher's own date as urker reads dates") {
    auto files = base_site();
    files["content/news/seminar.md"] = "---\ntitle: Семинар\ndate: 15 сентября 2026 года\n---\nТекст.\n";
    files["content/news/otyrys.md"] = "---\ntitle: Отырыс\ndate: 2026 жылғы 7 желтоқсан\nlanguage: kk\n---\nМәтін.\n";
    files["content/news/vstrecha.md"] = "---\ntitle: Встреча\ndate: 01.12.2026\n---\nТекст.\n";
    files["content/news/kogda.md"] = "---\ntitle: Когда-нибудь\ndate: в декабре\n---\nТекст.\n";
    const SiteFixture site(files);
    auto built = site.build();
    CHECK_FALSE(built->ok);
    const std::string ru = format_diagnostics(built->diags, 20, "ru");
    INFO(ru);
    CHECK(ru.find("content/news/seminar.md:3:7: ошибка: date: «15 сентября 2026 года» — это не дата") != std::string::npos);
    CHECK(ru.find("запишите так:  date: 2026-09-15") != std::string::npos);
    CHECK(ru.find("запишите так:  date: 2026-12-01") != std::string::npos);
    const std::string kk = format_diagnostics(built->diags, 20, "kk");
    CHECK(kk.find("былай жазыңыз:  date: 2026-12-07") != std::string::npos);
    // Words that name no one day get the general example.
    CHECK(ru.find("например:  date: 2026-09-01") != std::string::npos);
}
