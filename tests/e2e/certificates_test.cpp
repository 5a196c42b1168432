// Reviews and certificates of publication, on whole little sites built by the real pipeline:
// numbers that stay put, fingerprints that notice a changed file, the register, the QR code
// read back by a real decoder (zbarimg, Debian's zbar-tools), site.yaml's policy for unreviewed
// materials and what `urker check` says.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/date.h"
#include "site/check.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;
namespace fs = std::filesystem;

namespace {

const char* kSiteYaml = R"(title: {ru: "Тестовая сеть", kk: "Сынақ желісі"}
base_url: "https://school.example.kz/"
language: ru
languages: [ru, kk]
certificates:
  prefix: "УРК"
  media_registration: {ru: "Свидетельство СМИ № 00000", kk: "БАҚ куәлігі № 00000"}
)";

std::string member(const std::string& name, const std::string& position) {
    return "---\ntitle: \"" + name + "\"\nschool: umit\nposition: \"" + position + "\"\n---\n";
}

std::string material(const std::string& title, const std::string& date, const std::string& review, const std::string& lang = "ru") {
    return "---\ntitle: \"" + title + "\"\ndate: " + date + "\nauthor: ivanova-a\nlanguage: " + lang + "\n" + review + "---\nТекст материала.\n";
}

std::string approved(const std::string& date, const std::string& extra = "") {
    return "review:\n  status: approved\n  reviewers: [kim-v]\n  date: " + date + "\n" + extra;
}

std::map<std::string, std::string> site_files() {
    return {
        {"site.yaml", kSiteYaml},
        {"content/_index.md", "---\ntitle: \"Главная\"\n---\n"},
        {"content/_index.kk.md", "---\ntitle: \"Басты бет\"\n---\n"},
        {"content/schools/umit.md", "---\ntitle: \"Гимназия «Үміт»\"\n---\n"},
        {"content/members/ivanova-a.md", member("Иванова Анна Петровна", "учитель математики")},
        {"content/members/kim-v.md", member("Ким Виктор Сергеевич", "методист")},
        {"content/materials/drobi/index.md", material("Дроби", "2026-10-05", approved("2026-10-12"))},
        {"content/materials/drobi/plan.txt", "План урока\n"},
        {"content/materials/bukvy/index.md", material("Әріптер", "2026-08-20", approved("2026-09-01"), "kk")},
        {"content/materials/novoe/index.md", material("Новое", "2026-11-01", "review:\n  status: in_review\n  reviewers: kim-v\n  date: 2026-11-02\n")},
    };
}

BuildOptions at(const SiteFixture& site) {
    BuildOptions o;
    o.source = site.root();
    o.build_date = parse_date("2026-11-20").date;
    return o;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// number -> certificate address, as the register lists them.
std::map<std::string, std::string> register_of(const MemoryOutput& out, const std::string& path = "certificates/index.html") {
    std::map<std::string, std::string> rows;
    const std::string& html = out.files().at(path);
    std::regex row(R"re(<tr id="([^"]+)" data-number="([^"]+)")re");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), row); it != std::sregex_iterator(); ++it) rows[(*it)[2]] = (*it)[1];
    return rows;
}

// The certificate's material title, read from its page.
std::string certificate_material(const MemoryOutput& out, const std::string& slug) {
    const std::string& html = out.files().at("certificates/" + slug + "/index.html");
    std::smatch m;
    REQUIRE(std::regex_search(html, m, std::regex(R"re(<p class="certificate-material">«(.+?)»</p>)re")));
    return m[1];
}

std::string fingerprint_on(const MemoryOutput& out, const std::string& slug) {
    const std::string& html = out.files().at("certificates/" + slug + "/index.html");
    std::smatch m;
    REQUIRE(std::regex_search(html, m, std::regex(R"re(<code class="fingerprint" data-state="([a-z]+)">sha256:([0-9a-f]{64})</code>)re")));
    return std::string(m[1]) + " " + std::string(m[2]);
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("approved materials get numbered certificates in their language, in order of approval") {
    SiteFixture site(site_files());
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    auto reg = register_of(r->out);
    CHECK(reg == std::map<std::string, std::string>{{"УРК-2026-001", "urk-2026-001"}, {"УРК-2026-002", "urk-2026-002"}});
    CHECK(certificate_material(r->out, "urk-2026-001") == "Әріптер");
    CHECK(certificate_material(r->out, "urk-2026-002") == "Дроби");
    // The Kazakh material's certificate is in Kazakh in the Kazakh part of the site; the Russian
    // part has the same certificate in Russian (the other language, on request).
    const std::string& kk = r->out.files().at("kk/certificates/urk-2026-001/index.html");
    CHECK(contains(kk, "<html lang=\"kk\">"));
    CHECK(contains(r->out.files().at("certificates/urk-2026-001/index.html"), "<html lang=\"ru\">"));
    CHECK(contains(kk, "Жариялау туралы куәлік"));
    CHECK(contains(kk, "БАҚ куәлігі № 00000"));
    const std::string& ru = r->out.files().at("certificates/urk-2026-002/index.html");
    CHECK(contains(ru, "<html lang=\"ru\">"));
    CHECK(contains(ru, "Свидетельство о публикации"));
    CHECK(contains(ru, "Иванова Анна Петровна, учитель математики, Гимназия «Үміт»"));
    CHECK(contains(ru, "Ким Виктор Сергеевич"));
    CHECK(contains(ru, "https://school.example.kz/materials/drobi/"));
    CHECK(contains(ru, "Свидетельство СМИ № 00000"));
    CHECK(contains(ru, "https://school.example.kz/certificates/#urk-2026-002"));
    // The material in review has none, and says so on its page; the approved one shows the badge.
    CHECK_FALSE(contains(r->out.files().at("materials/novoe/index.html"), "badge-reviewed"));
    CHECK(contains(r->out.files().at("materials/novoe/index.html"), "На рецензии"));
    const std::string& drobi = r->out.files().at("materials/drobi/index.html");
    CHECK(contains(drobi, "badge-reviewed"));
    CHECK(contains(drobi, "Рецензировано"));
    CHECK(contains(drobi, "href=\"/certificates/urk-2026-002/\""));
}

TEST_CASE("certificate numbers stay the same across builds and when content is added") {
    SiteFixture site(site_files());
    auto first = site.build(at(site));
    REQUIRE_MESSAGE(first->ok, first->messages());
    auto before = register_of(first->out);
    auto again = site.build(at(site));
    CHECK(register_of(again->out) == before);
    CHECK(again->out.files().at("certificates/index.html") == first->out.files().at("certificates/index.html"));
    // New content: a material approved today (its folder sorts first), one not reviewed, a member.
    site.write("content/materials/aaa/index.md", material("Алгебра", "2026-11-10", approved("2026-11-19")));
    site.write("content/materials/zzz/index.md", material("Черновик", "2026-11-10", ""));
    site.write("content/members/petrova-o.md", member("Петрова Ольга", "учитель"));
    auto later = site.build(at(site));
    REQUIRE_MESSAGE(later->ok, later->messages());
    auto after = register_of(later->out);
    for (const auto& [number, slug] : before) {
        CHECK(after.at(number) == slug);
        CHECK(certificate_material(later->out, slug) == certificate_material(first->out, slug));
    }
    CHECK(after.size() == 3);
    CHECK(certificate_material(later->out, "urk-2026-003") == "Алгебра");
}

TEST_CASE("the fingerprint changes when an approved material's file changes, and its certificate shows it") {
    SiteFixture site(site_files());
    auto first = site.build(at(site));
    REQUIRE_MESSAGE(first->ok, first->messages());
    std::string unrecorded = fingerprint_on(first->out, "urk-2026-002");
    CHECK(unrecorded.rfind("unrecorded ", 0) == 0);
    std::string fingerprint = unrecorded.substr(11);
    // Recording the fingerprint (what urker check asks for) does not change it.
    site.write("content/materials/drobi/index.md",
               material("Дроби", "2026-10-05", approved("2026-10-12", "  fingerprint: \"sha256:" + fingerprint + "\"\n")));
    auto sealed = site.build(at(site));
    REQUIRE_MESSAGE(sealed->ok, sealed->messages());
    CHECK(fingerprint_on(sealed->out, "urk-2026-002") == "matches " + fingerprint);
    CHECK(contains(sealed->out.files().at("certificates/urk-2026-002/index.html"), "Материал не изменялся после одобрения."));
    // An attachment changes after approval.
    site.write("content/materials/drobi/plan.txt", "План урока (исправлен)\n");
    auto changed = site.build(at(site));
    REQUIRE_MESSAGE(changed->ok, changed->messages());
    std::string now = fingerprint_on(changed->out, "urk-2026-002");
    CHECK(now.rfind("changed ", 0) == 0);
    CHECK(now.substr(8) != fingerprint);
    const std::string& page = changed->out.files().at("certificates/urk-2026-002/index.html");
    CHECK(contains(page, "Материал изменён после одобрения"));
    CHECK(contains(page, "sha256:" + fingerprint));  // the approved one, beside the new one
    CHECK(contains(changed->out.files().at("certificates/index.html"), "изменён после одобрения"));
    // The text changes too: the fingerprint changes again.
    site.write("content/materials/drobi/index.md",
               material("Дроби", "2026-10-05", approved("2026-10-12", "  fingerprint: \"sha256:" + fingerprint + "\"\n")) + "Ещё абзац.\n");
    auto text_changed = site.build(at(site));
    CHECK(fingerprint_on(text_changed->out, "urk-2026-002").substr(8) != now.substr(8));
}

TEST_CASE("the register lists every certificate in every language, each row an anchor") {
    SiteFixture site(site_files());
    site.write("content/materials/tretiy/index.md", material("Третий", "2026-11-01", approved("2026-11-05")));
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    auto ru = register_of(r->out);
    auto kk = register_of(r->out, "kk/certificates/index.html");
    CHECK(ru.size() == 3);
    CHECK(kk == ru);
    for (const auto& [number, slug] : ru) {
        CHECK(r->out.files().count("certificates/" + slug + "/index.html"));
        CHECK(contains(r->out.files().at("certificates/index.html"), "<a href=\"/certificates/" + slug + "/\">" + number + "</a>"));
    }
    CHECK(contains(r->out.files().at("kk/certificates/index.html"), "Жариялау туралы куәліктер тізілімі"));
    // The catalogue's filter: the reviewed materials only.
    const std::string& reviewed = r->out.files().at("materials/reviewed/index.html");
    CHECK(contains(reviewed, "Дроби"));
    CHECK(contains(reviewed, "Третий"));
    CHECK_FALSE(contains(reviewed, "Новое"));
}

TEST_CASE("the QR code on a certificate decodes to its entry in the register") {
    SiteFixture site(site_files());
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& html = r->out.files().at("certificates/urk-2026-002/index.html");
    std::smatch m;
    REQUIRE(std::regex_search(html, m, std::regex(R"re(<svg class="qr-code"[^>]*viewBox="0 0 (\d+) \d+"[^>]*>.*?<path fill="#000" d="([^"]+)"/>)re")));
    // Our SVG is rows of unit rectangles ("M x y h n v1 h-n z"); draw them into a PGM image,
    // eight pixels a module, for zbarimg to read as a phone would.
    const int modules = std::stoi(m[1]), scale = 8, size = modules * scale;
    std::vector<unsigned char> pixels(static_cast<std::size_t>(size) * size, 255);
    std::string d = m[2];
    std::regex rect(R"(M(\d+) (\d+)h(\d+)v1h-\d+z)");
    int rects = 0;
    for (auto it = std::sregex_iterator(d.begin(), d.end(), rect); it != std::sregex_iterator(); ++it, ++rects) {
        int x = std::stoi((*it)[1]), y = std::stoi((*it)[2]), w = std::stoi((*it)[3]);
        for (int py = y * scale; py < (y + 1) * scale; ++py)
            for (int px = x * scale; px < (x + w) * scale; ++px) pixels[static_cast<std::size_t>(py) * size + px] = 0;
    }
    REQUIRE(rects > 20);
    fs::path image = site.root() / "qr.pgm";
    {
        std::ofstream out(image, std::ios::binary);
        out << "P5\n" << size << " " << size << "\n255\n";
        out.write(reinterpret_cast<const char*>(pixels.data()), static_cast<std::streamsize>(pixels.size()));
    }
    fs::path decoded = site.root() / "qr.txt";
    fs::path said = site.root() / "zbarimg.txt";
    int code = std::system(("zbarimg --quiet --raw " + image.string() + " > " + decoded.string() + " 2> " + said.string()).c_str());
    INFO("zbarimg (Debian's zbar-tools, installed by scripts/setup) said: " << read_text(said));
    REQUIRE(code == 0);
    CHECK(read_text(decoded) == "https://school.example.kz/certificates/#urk-2026-002\n");
}

TEST_CASE("a reviewer who is not a member, or is the author, is an error at the reviewer") {
    auto files = site_files();
    files["content/materials/drobi/index.md"] =
        "---\ntitle: \"Дроби\"\ndate: 2026-10-05\nauthor: ivanova-a\nreview:\n  status: approved\n  reviewers: [kim-w, ivanova-a]\n  date: 2026-10-12\n---\nТекст\n";
    SiteFixture site(files);
    auto r = site.build(at(site));
    CHECK_FALSE(r->ok);
    std::string all = r->messages();
    CHECK(contains(all, "content/materials/drobi/index.md:7:15: error: there is no member with the id \"kim-w\" to be the reviewer"));
    CHECK(contains(all, "hint: did you mean \"kim-v\"?"));
    CHECK(contains(all, "content/materials/drobi/index.md:7:22: error: \"ivanova-a\" is an author of this material and cannot be its reviewer"));
}

TEST_CASE("an unknown review status stops the build at its line, in the reader's language") {
    auto files = site_files();
    files["content/materials/novoe/index.md"] = material("Новое", "2026-11-01", "review:\n  status: aproved\n");
    SiteFixture site(files);
    auto r = site.build(at(site));
    CHECK_FALSE(r->ok);
    CHECK(contains(r->messages(), "content/materials/novoe/index.md:7:11: error: \"aproved\" is not a review status"));
    CHECK(contains(r->messages(), "did you mean \"approved\"?"));
    std::string ru;
    for (const auto& d : r->diags.items()) ru += format_diagnostic(d, "ru");
    CHECK(contains(ru, "«aproved» — не статус рецензии"));
}

TEST_CASE("site.yaml holds back unreviewed materials, or builds them only as drafts") {
    auto files = site_files();
    files["site.yaml"] = std::string(kSiteYaml) + "reviews:\n  unreviewed: hold\n";
    SiteFixture held(files);
    auto h = held.build(at(held));
    REQUIRE_MESSAGE(h->ok, h->messages());
    CHECK_FALSE(h->out.files().count("materials/novoe/index.html"));
    CHECK(h->out.files().count("materials/drobi/index.html"));
    BuildOptions with_drafts = at(held);
    with_drafts.drafts = true;
    CHECK_FALSE(held.build(with_drafts)->out.files().count("materials/novoe/index.html"));

    files["site.yaml"] = std::string(kSiteYaml) + "reviews:\n  unreviewed: draft\n";
    SiteFixture drafted(files);
    auto d = drafted.build(at(drafted));
    REQUIRE_MESSAGE(d->ok, d->messages());
    CHECK_FALSE(d->out.files().count("materials/novoe/index.html"));
    CHECK(d->summary.drafts_skipped == 1);
    BuildOptions preview = at(drafted);
    preview.drafts = true;
    auto p = drafted.build(preview);
    REQUIRE(p->out.files().count("materials/novoe/index.html"));
    CHECK(contains(p->out.files().at("materials/novoe/index.html"), "badge-draft"));
}

TEST_CASE("urker check lists what awaits review and for how long, and the fingerprints to record") {
    SiteFixture site(site_files());
    CheckOptions options;
    options.build = at(site);
    options.build.message_language = "en";
    std::ostringstream out, err;
    int code = check_site(options, out, err);
    CHECK_MESSAGE(code == 0, (err.str() + out.str()));
    std::string said = out.str();
    CHECK(contains(said, "note: 1 material awaits review:\n  content/materials/novoe/index.md — Новое: in review, for 18 days\n"));
    CHECK(contains(said, "note: certificate УРК-2026-002: content/materials/drobi/index.md has no recorded fingerprint"));
    CHECK(std::regex_search(said, std::regex("\n    fingerprint: \"sha256:[0-9a-f]{64}\"\n")));

    // In the reader's language, the word before each note too.
    options.build.message_language = "ru";
    std::ostringstream ru, ru_err;
    check_site(options, ru, ru_err);
    CHECK(contains(ru.str(), "примечание: "));
    CHECK_FALSE(contains(ru.str(), "note: "));
}

TEST_CASE("a translation shares its material's review and certificate, and its text is part of the fingerprint") {
    SiteFixture site(site_files());
    site.write("content/materials/drobi/index.kk.md", "---\ntitle: \"Бөлшектер\"\ndate: 2026-10-05\nauthor: ivanova-a\n---\nМәтін.\n");
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& kk = r->out.files().at("kk/materials/drobi/index.html");
    CHECK(contains(kk, "Сараптамадан өтті"));
    CHECK(contains(kk, "href=\"/kk/certificates/urk-2026-002/\""));  // in the Kazakh part
    CHECK(register_of(r->out).size() == 2);  // one certificate for the material, not one per language
    std::string before = fingerprint_on(r->out, "urk-2026-002");
    site.write("content/materials/drobi/index.kk.md", "---\ntitle: \"Бөлшектер\"\ndate: 2026-10-05\nauthor: ivanova-a\n---\nБасқа мәтін.\n");
    auto changed = site.build(at(site));
    CHECK(fingerprint_on(changed->out, "urk-2026-002") != before);
}

TEST_CASE("an event's participants get certificates of participation once it is over, in the same register") {
    auto files = site_files();
    files["content/events/seminar.md"] =
        "---\ntitle: \"Семинар по оцениванию\"\nstart: 2026-11-10T15:00:00+05:00\nend: 2026-11-10T17:00:00+05:00\nevent_type: seminar\n"
        "organizer: kim-v\nhours: 2\nparticipants: [ivanova-a, \"Петрова Ольга Ивановна\"]\n---\nПрограмма.\n";
    files["content/events/later.md"] =
        "---\ntitle: \"Вебинар в декабре\"\nstart: 2026-12-10T15:00:00+05:00\nhours: 1.5\nparticipants: [ivanova-a]\n---\nАнонс.\n";
    SiteFixture site(files);
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    const auto& out = r->out.files();
    REQUIRE(out.count("certificates/urk-2026-e001-01/index.html"));
    REQUIRE(out.count("certificates/urk-2026-e001-02/index.html"));
    CHECK_FALSE(out.count("certificates/urk-2026-e002-01/index.html"));  // the December webinar is not over
    const std::string& first = out.at("certificates/urk-2026-e001-01/index.html");
    CHECK(contains(first, "Сертификат участника"));
    CHECK(contains(first, "Иванова Анна Петровна"));
    CHECK(contains(first, "учитель математики, Гимназия «Үміт»"));
    CHECK(contains(first, "Семинар по оцениванию"));
    CHECK(contains(first, "2 ч."));
    CHECK(contains(first, "Ким Виктор Сергеевич"));
    CHECK(contains(first, "class=\"qr-code\""));
    CHECK(contains(out.at("certificates/urk-2026-e001-02/index.html"), "Петрова Ольга Ивановна"));
    auto reg = register_of(r->out);
    CHECK(reg.count("УРК-2026-E001-01"));
    CHECK(reg.count("УРК-2026-E001-02"));
    CHECK(reg.count("УРК-2026-001"));  // the certificates of publication are still there
}

TEST_CASE("a participant id that is not a member and hours that are not a number are errors at their place") {
    auto files = site_files();
    files["content/events/seminar.md"] =
        "---\ntitle: \"Семинар\"\nstart: 2026-11-10T15:00:00+05:00\nhours: \"два\"\nparticipants: [ivanova-b]\n---\nТекст\n";
    SiteFixture site(files);
    auto r = site.build(at(site));
    CHECK_FALSE(r->ok);
    CHECK(contains(r->messages(), "content/events/seminar.md:4:8: error: \"hours\" must be a number of hours from 0.5 to 500"));
    CHECK(contains(r->messages(), "content/events/seminar.md:5:16: error: there is no member with the id \"ivanova-b\""));
    CHECK(contains(r->messages(), "did you mean \"ivanova-a\"?"));
}
