#include <doctest/doctest.h>

#include "core/sha256.h"
#include "model/certificates.h"

using namespace urker;

namespace {

Page material(const std::string& folder, const std::string& yaml, const std::string& body = "Текст\n") {
    Page p;
    p.kind = PageKind::page;
    p.section = "materials";
    p.lang = "ru";
    p.content_path = "materials/" + folder + "/index.md";
    p.source = "content/" + p.content_path;
    p.translation_key = p.content_path;
    p.is_bundle = true;
    p.bundle_dir = "materials/" + folder;
    p.path = "materials/" + folder + "/";
    p.set_text("---\n" + yaml + "---\n" + body, yaml.size() + 8);
    p.body_line = static_cast<int>(std::count(yaml.begin(), yaml.end(), '\n')) + 3;
    Diagnostics d;
    p.front_matter = parse_yaml(yaml, p.source, d, 1, p.file_text());
    REQUIRE(d.empty());
    p.review = read_review(p.front_matter, d);
    p.review_own = p.review.has_value();
    return p;
}

SiteModel model_of(std::vector<Page> pages) {
    SiteModel m;
    m.config.certificates.prefix = "УРК";
    for (auto& p : pages) {
        m.translations[p.translation_key].push_back(m.pages.size());
        m.pages.push_back(std::move(p));
    }
    return m;
}

std::vector<std::string> numbers(const SiteModel& m) {
    Diagnostics d;
    std::vector<std::string> out;
    for (const auto& c : issue_certificates(m, "/nonexistent", d)) out.push_back(c.number + " " + m.pages[c.material].content_path);
    return out;
}

std::string approved(const std::string& date) { return "title: x\nreview:\n  status: approved\n  reviewers: [kim-v]\n  date: " + date + "\n"; }

}  // namespace

TEST_CASE("a certificate number is the prefix, the year and the sequence of that year") {
    CHECK(certificate_number("УРК", 2026, 7) == "УРК-2026-007");
    CHECK(certificate_number("", 2026, 12) == "2026-012");
    CHECK(certificate_number("A", 2027, 1234) == "A-2027-1234");
}

TEST_CASE("certificates are numbered by approval date, then path, counting again each year") {
    SiteModel m = model_of({material("b", approved("2026-10-12")), material("a", approved("2026-10-12")), material("c", approved("2026-09-01")),
                            material("d", approved("2027-01-15")), material("e", "title: x\nreview: {status: in_review}\n")});
    CHECK(numbers(m) == std::vector<std::string>{"УРК-2026-001 materials/c/index.md", "УРК-2026-002 materials/a/index.md",
                                                 "УРК-2026-003 materials/b/index.md", "УРК-2027-001 materials/d/index.md"});
}

TEST_CASE("a material approved later never changes the numbers already issued") {
    std::vector<Page> pages = {material("b", approved("2026-10-12")), material("c", approved("2026-09-01"))};
    auto before = numbers(model_of(pages));
    pages.push_back(material("aaa-first-by-path", approved("2026-11-20")));
    pages.push_back(material("zzz", "title: x\n"));
    auto after = numbers(model_of(pages));
    REQUIRE(after.size() == 3);
    CHECK(std::vector<std::string>(after.begin(), after.begin() + 2) == before);
    CHECK(after[2] == "УРК-2026-003 materials/aaa-first-by-path/index.md");
}

TEST_CASE("the fingerprint leaves out the review lines, so recording it does not change it") {
    Page plain = material("a", "title: x\nauthor: ivanova-a\n");
    Page reviewed = material("a", "title: x\nreview:\n  status: approved\n  reviewers: [kim-v]\n  date: 2026-10-12\n  fingerprint: \"sha256:" +
                                      std::string(64, '0') + "\"\nauthor: ivanova-a\n");
    CHECK(text_without_review(reviewed) == plain.file_text());
    Page flow = material("a", "title: x\nreview: {status: approved, reviewers: kim-v, date: 2026-10-12}\nauthor: ivanova-a\n");
    CHECK(text_without_review(flow) == plain.file_text());
    Page last = material("a", "title: x\nauthor: ivanova-a\nreview:\n  status: approved\n");
    CHECK(text_without_review(last) == plain.file_text());
}

TEST_CASE("the fingerprint is the SHA-256 of a sha256sum list of the files, sorted by name") {
    std::vector<CertificateFile> files = {{"b.pdf", std::string(64, 'b')}, {"index.md", std::string(64, 'a')}};
    std::string list = std::string(64, 'b') + "  b.pdf\n" + std::string(64, 'a') + "  index.md\n";
    CHECK(fingerprint_manifest({files[1], files[0]}) == list);
    CHECK(fingerprint_of(files) == sha256_hex(list));
}

TEST_CASE("a changed text changes the fingerprint and is told apart from a recorded one") {
    Page p = material("a", approved("2026-10-12"));
    SiteModel m = model_of({p});
    Diagnostics d;
    auto first = issue_certificates(m, "/nonexistent", d);
    REQUIRE(first.size() == 1);
    CHECK(first[0].state == FingerprintState::unrecorded);
    Page sealed = material("a", approved("2026-10-12") + "  fingerprint: \"sha256:" + first[0].fingerprint + "\"\n");
    auto second = issue_certificates(model_of({sealed}), "/nonexistent", d);
    CHECK(second[0].fingerprint == first[0].fingerprint);
    CHECK(second[0].state == FingerprintState::matches);
    Page changed = material("a", approved("2026-10-12") + "  fingerprint: \"sha256:" + first[0].fingerprint + "\"\n", "Другой текст\n");
    auto third = issue_certificates(model_of({changed}), "/nonexistent", d);
    CHECK(third[0].state == FingerprintState::changed);
    CHECK(third[0].fingerprint != first[0].fingerprint);
    CHECK(d.empty());
}
