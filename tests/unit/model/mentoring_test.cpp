#include <doctest/doctest.h>

#include "core/messages.h"
#include "model/mentoring.h"

using namespace urker;

namespace {

// A group's front matter as the loader gives it: the file starts with "---", so YAML line 1 is
// file line 2.
YamlDocument group(const std::string& yaml) {
    Diagnostics d;
    std::string file = "---\n" + yaml + "---\n";
    YamlDocument doc = parse_yaml(yaml, "content/groups/nastavnichestvo.md", d, 1, file);
    REQUIRE(d.empty());
    return doc;
}

const std::map<std::string, PageId> kMembers = {{"petrova-o", 1}, {"omarova-a", 2}, {"zhaksylykov-e", 3}, {"baymukhanov-t", 4}};

struct Read {
    std::vector<MentoringPair> pairs;
    Diagnostics diags;
};

Read read(const std::string& yaml) {
    Read r;
    r.pairs = read_mentoring_pairs(group(yaml), 7, kMembers, {}, r.diags);
    return r;
}

// The one error of a reading: "line:column message | hint", in the given language.
std::string only_error(const Read& r, const char* lang = "en") {
    REQUIRE(r.diags.error_count() == 1);
    const Diagnostic& d = r.diags.items()[0];
    return std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + " " + render_message(d.message_id, lang) + " | " +
           render_message(d.hint_id, lang);
}

}  // namespace

TEST_CASE("a group's pairs are read with their dates and focus, and named mentor/mentee") {
    auto r = read("title: x\nmentoring:\n  - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-18, until: 2027-05-31, focus: английский язык}\n"
                  "  - mentor: zhaksylykov-e\n    mentee: baymukhanov-t\n    since: 2026-09-18\n");
    CHECK(r.diags.empty());
    REQUIRE(r.pairs.size() == 2);
    CHECK_FALSE(r.pairs[0].broken);
    CHECK(r.pairs[0].id() == "petrova-o/omarova-a");
    CHECK(r.pairs[0].since.iso() == "2026-09-18");
    REQUIRE(r.pairs[0].until);
    CHECK(r.pairs[0].until->iso() == "2027-05-31");
    CHECK(r.pairs[0].focus == "английский язык");
    CHECK(r.pairs[0].group == 7);
    CHECK_FALSE(r.pairs[1].until);
}

TEST_CASE("an unknown member in a pair is an error at the id with the member it should be") {
    auto r = read("title: x\nmentoring:\n  - {mentor: petrova-o, mentee: omarova, since: 2026-09-18}\n");
    REQUIRE(r.pairs.size() == 1);
    CHECK(r.pairs[0].broken);  // kept, so what names it is not a second error, but shown nowhere
    CHECK(only_error(r) == "4:33 the mentee \"omarova\" is not a member | did you mean \"omarova-a\"?");
    CHECK(only_error(r, "ru") == "4:33 наставляемого «omarova» нет среди участников | вы имели в виду «omarova-a»?");
    CHECK(only_error(r, "kk") == "4:33 тәлімгерлік алушы «omarova» қатысушылар арасында жоқ | «omarova-a» деп жазғыңыз келді ме?");
}

TEST_CASE("a mentor who is their own mentee is an error at the mentee") {
    auto r = read("title: x\nmentoring:\n  - {mentor: petrova-o, mentee: petrova-o, since: 2026-09-18}\n");
    REQUIRE(r.pairs.size() == 1);
    CHECK(r.pairs[0].broken);  // kept, so what names it is not a second error, but shown nowhere
    CHECK(only_error(r) == "4:33 \"petrova-o\" is both the mentor and the mentee of this pair | a pair is two different members: check the mentee's id");
    CHECK(only_error(r, "ru") ==
          "4:33 «petrova-o» в этой паре — одновременно наставник и наставляемый | пара — это два разных участника: проверьте id наставляемого");
}

TEST_CASE("a pair that ends before it begins is an error at its until") {
    auto r = read("title: x\nmentoring:\n  - mentor: petrova-o\n    mentee: omarova-a\n    since: 2026-09-18\n    until: 2025-05-31\n");
    REQUIRE(r.pairs.size() == 1);
    CHECK(r.pairs[0].broken);  // kept, so what names it is not a second error, but shown nowhere
    CHECK(only_error(r) ==
          "7:12 the pair ends (2025-05-31) before it begins (2026-09-18) | check the years: \"since\" is the pair's first day, \"until\" its last");
    CHECK(only_error(r, "kk") ==
          "7:12 жұп басталмай (2026-09-18) тұрып аяқталады (2025-05-31) | жылдарды тексеріңіз: «since» — жұптың алғашқы күні, «until» — соңғы күні");
}

TEST_CASE("a pair without its mentee or its start is an error at the pair") {
    auto r = read("title: x\nmentoring:\n  - {mentor: petrova-o, since: 2026-09-18}\n");
    CHECK(only_error(r) == "4:5 the mentoring pair has no \"mentee\" | e.g.  - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-01, "
                           "until: 2027-05-31, focus: \"…\"}");
    auto s = read("title: x\nmentoring:\n  - {mentor: petrova-o, mentee: omarova-a}\n");
    CHECK(only_error(s, "ru").rfind("4:5 у пары наставничества не указано «since» | например  - {mentor: petrova-o", 0) == 0);
}

TEST_CASE("a date that is not a day, a misspelled field and a pair given twice are located errors") {
    auto r = read("title: x\nmentoring:\n  - {mentor: petrova-o, mentee: omarova-a, since: сентябрь 2026}\n");
    CHECK(only_error(r) == "4:51 \"since\" of a mentoring pair must be a date written as YYYY-MM-DD, not \"сентябрь 2026\" | e.g.  since: 2026-09-01");
    auto k = read("title: x\nmentoring:\n  - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-18, fokus: физика}\n");
    CHECK(only_error(k) == "4:63 \"fokus\" is not a field of a mentoring pair | did you mean \"focus\"?");
    auto t = read("title: x\nmentoring:\n  - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-18}\n"
                  "  - {mentor: petrova-o, mentee: omarova-a, since: 2026-10-01}\n");
    CHECK(t.pairs.size() == 1);
    CHECK(only_error(t) == "5:5 the pair petrova-o/omarova-a is declared twice | declare each pair once (to extend it, change its \"until\")");
}

TEST_CASE("a reference names a pair or all the pairs of a group, and an unknown one suggests the nearest") {
    auto r = read("title: x\nmentoring:\n  - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-18}\n"
                  "  - {mentor: zhaksylykov-e, mentee: baymukhanov-t, since: 2026-09-18}\n");
    std::map<std::string, PageId> groups = {{"nastavnichestvo", 7}, {"qazaq-ab", 8}};
    CHECK(resolve_mentoring_ref("petrova-o/omarova-a", r.pairs, groups) == std::vector<std::size_t>{0});
    CHECK(resolve_mentoring_ref("nastavnichestvo", r.pairs, groups) == std::vector<std::size_t>{0, 1});
    CHECK(resolve_mentoring_ref("qazaq-ab", r.pairs, groups).empty());
    CHECK(resolve_mentoring_ref("omarova-a/petrova-o", r.pairs, groups).empty());
    Diagnostics d;
    Diagnostics parse;
    std::string yaml = "title: x\nmentoring: [nastavnichestvo, petrova-o/omarova]\n";
    YamlDocument event = parse_yaml(yaml, "content/events/x.md", parse, 1, "---\n" + yaml + "---\n");
    check_mentoring_field(event, "/mentoring", r.pairs, groups, d);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.line == 3);
    CHECK(d.items()[0].message == "no mentoring pair or group of pairs is called \"petrova-o/omarova\"");
    CHECK(d.items()[0].hint == "did you mean \"petrova-o/omarova-a\"?");
}

TEST_CASE("a member's own mentor field says where pairs are declared") {
    Diagnostics parse, d;
    std::string yaml = "title: Омарова\nmentor: petrova-o\n";
    YamlDocument member = parse_yaml(yaml, "content/members/omarova-a.md", parse, 1, "---\n" + yaml + "---\n");
    report_member_mentor_field(member, "omarova-a", d);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.line == 3);
    CHECK(d.items()[0].message == "a member's page has no \"mentor\": mentoring pairs are declared once, in the mentoring group");
    CHECK(d.items()[0].hint ==
          "move it to the \"mentoring:\" list of the group's page (content/groups/…):  - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-01}");
}
