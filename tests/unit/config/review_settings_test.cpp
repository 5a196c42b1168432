#include <doctest/doctest.h>

#include "config/site_config.h"

using namespace urker;

namespace {
std::string all(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.items()) s += format_diagnostic(x);
    return s;
}
}  // namespace

TEST_CASE("by default unreviewed materials are published and certificates have no prefix") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\n", d);
    REQUIRE(cfg);
    CHECK(cfg->unreviewed == UnreviewedPolicy::publish);
    CHECK(cfg->certificates.enabled);
    CHECK(cfg->certificates.prefix.empty());
}

TEST_CASE("site.yaml chooses the policy for unreviewed materials and the certificates' prefix, issuer and registration") {
    Diagnostics d;
    auto cfg = parse_site_config(R"(title: Сеть
reviews:
  unreviewed: hold
certificates:
  prefix: "УРК"
  issuer: {ru: "Сообщество «Үркер»", kk: "«Үркер» қауымдастығы"}
  media_registration: "Свидетельство № 00000-СИ"
)", d);
    REQUIRE(cfg);
    CHECK_MESSAGE(d.empty(), all(d));
    CHECK(cfg->unreviewed == UnreviewedPolicy::hold);
    CHECK(cfg->certificates.prefix == "УРК");
    CHECK(cfg->certificates.issuer.in("kk") == "«Үркер» қауымдастығы");
    CHECK(cfg->certificates.media_registration.in("kk", "ru") == "Свидетельство № 00000-СИ");
}

TEST_CASE("an unknown policy is an error at its line with the word it should be") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\nreviews:\n  unreviewed: drafts\n", d);
    CHECK_FALSE(cfg);
    CHECK(all(d).find("site.yaml:3:15: error: \"drafts\" is not a way to treat unreviewed materials") != std::string::npos);
    CHECK(all(d).find("did you mean \"draft\"? Use one of: publish, draft, hold") != std::string::npos);
}

TEST_CASE("an unknown certificate setting and a prefix with a slash are errors") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\ncertificates:\n  prefx: A\n  prefix: \"A/B\"\n", d);
    CHECK_FALSE(cfg);
    CHECK(all(d).find("site.yaml:3:3: error: \"prefx\" is not a setting of \"certificates\"") != std::string::npos);
    CHECK(all(d).find("site.yaml:4:11: error: the certificate prefix must be a short text of letters and digits") != std::string::npos);
}
