#include <doctest/doctest.h>

#include "content/review.h"

using namespace urker;

namespace {

// Front matter as the loader gives it: the file starts with "---", so YAML line 1 is file line 2.
YamlDocument front_matter(const std::string& yaml) {
    Diagnostics d;
    std::string file = "---\n" + yaml + "---\n";
    YamlDocument doc = parse_yaml(yaml, "content/materials/drobi/index.md", d, 1, file);
    REQUIRE(d.empty());
    return doc;
}

std::string all_messages(const Diagnostics& diags) {
    std::string out;
    for (const auto& d : diags.items()) out += std::to_string(d.where.line) + ": " + d.message + " | " + d.hint + "\n";
    return out;
}

}  // namespace

TEST_CASE("an approved review is read with its reviewers, date, note and fingerprint") {
    Diagnostics diags;
    auto r = read_review(front_matter("title: Дроби\nreview:\n  status: approved\n  reviewers: [ivanova-a, kim-v]\n  date: 2026-10-12\n"
                                      "  note: \"Хороший план\"\n  fingerprint: \"sha256:" + std::string(64, 'a') + "\"\n"),
                         diags);
    CHECK(diags.empty());
    REQUIRE(r);
    CHECK(r->status == ReviewStatus::approved);
    CHECK(r->reviewers == std::vector<std::string>{"ivanova-a", "kim-v"});
    REQUIRE(r->date);
    CHECK(r->date->iso() == "2026-10-12");
    CHECK(r->note == "Хороший план");
    CHECK(r->fingerprint == std::string(64, 'a'));
}

TEST_CASE("a material without a review has none, and says_approved reads only an approved one") {
    Diagnostics diags;
    CHECK_FALSE(read_review(front_matter("title: Дроби\n"), diags));
    CHECK(diags.empty());
    CHECK(says_approved(front_matter("review: {status: approved, reviewers: a, date: 2026-10-12}\n")));
    CHECK_FALSE(says_approved(front_matter("review: {status: in_review}\n")));
    CHECK_FALSE(says_approved(front_matter("title: x\n")));
}

TEST_CASE("an unknown review status is an error at the status with the status it should be") {
    Diagnostics diags;
    auto r = read_review(front_matter("title: Дроби\nreview:\n  status: aproved\n"), diags);
    CHECK_FALSE(r);
    REQUIRE(diags.error_count() == 1);
    const Diagnostic& d = diags.items()[0];
    CHECK(d.where.file == "content/materials/drobi/index.md");
    CHECK(d.where.line == 4);
    CHECK(d.message == "\"aproved\" is not a review status");
    CHECK(d.hint == "did you mean \"approved\"? Use one of: submitted, in_review, approved, needs_changes");
    CHECK(d.message_id.id == "review.unknown_status");
}

TEST_CASE("a status written with a space is recognised in the hint") {
    Diagnostics diags;
    read_review(front_matter("review:\n  status: in review\n"), diags);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].hint.rfind("did you mean \"in_review\"?", 0) == 0);
}

TEST_CASE("a misspelled key of a review is an error at the key") {
    Diagnostics diags;
    auto r = read_review(front_matter("review:\n  status: submitted\n  reviewer: ivanova-a\n"), diags);
    CHECK(r);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].where.line == 4);
    CHECK(diags.items()[0].message == "\"reviewer\" is not a field of a review");
    CHECK(diags.items()[0].hint.rfind("did you mean \"reviewers\"?", 0) == 0);
}

TEST_CASE("an approved review needs its reviewer and its date") {
    Diagnostics diags;
    read_review(front_matter("review:\n  status: approved\n"), diags);
    std::string all = all_messages(diags);
    CHECK(all.find("an approved material needs its reviewer") != std::string::npos);
    CHECK(all.find("an approved material needs the date of its approval") != std::string::npos);
}

TEST_CASE("wrong shapes in a review are errors at their values") {
    Diagnostics diags;
    auto r = read_review(front_matter("review:\n  status: approved\n  reviewers: {a: b}\n  date: 12.10.2026\n  fingerprint: abc\n"), diags);
    REQUIRE(r);
    std::string all = all_messages(diags);
    CHECK(all.find("4: \"reviewers\" must be a member id or a list of them") != std::string::npos);
    CHECK(all.find("5: the review date \"12.10.2026\" is not a date written as YYYY-MM-DD") != std::string::npos);
    CHECK(all.find("6: the fingerprint must be \"sha256:\" and 64 hexadecimal digits") != std::string::npos);
}

TEST_CASE("a review that is not a record is an error") {
    Diagnostics diags;
    CHECK_FALSE(read_review(front_matter("review: approved\n"), diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].message == "\"review\" must be a record of its status, reviewers and date");
}

TEST_CASE("review messages speak Russian and Kazakh") {
    Diagnostics diags;
    read_review(front_matter("review:\n  status: aproved\n"), diags);
    REQUIRE(diags.error_count() == 1);
    CHECK(format_diagnostic(diags.items()[0], "ru").find("«aproved» — не статус рецензии") != std::string::npos);
    CHECK(format_diagnostic(diags.items()[0], "kk").find("«aproved» — сараптама мәртебесі емес") != std::string::npos);
}
