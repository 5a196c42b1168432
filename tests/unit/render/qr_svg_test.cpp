#include <doctest/doctest.h>

#include "render/qr_svg.h"

using namespace urker;

TEST_CASE("a QR code is an inline SVG of dark squares on white, titled for screen readers") {
    auto svg = qr_svg("https://urker.example.kz/certificates/#urk-2026-001", "QR <code>");
    REQUIRE(svg);
    CHECK(svg->rfind("<svg class=\"qr-code\"", 0) == 0);
    CHECK(svg->find("aria-label=\"QR &lt;code&gt;\"") != std::string::npos);
    CHECK(svg->find("<rect") != std::string::npos);
    CHECK(svg->find("<path fill=\"#000\" d=\"M") != std::string::npos);
    CHECK(svg->find("width=\"32mm\"") != std::string::npos);
}

TEST_CASE("the same text makes the same QR code, another text another one") {
    CHECK(*qr_svg("https://a.kz/1", "") == *qr_svg("https://a.kz/1", ""));
    CHECK(*qr_svg("https://a.kz/1", "") != *qr_svg("https://a.kz/2", ""));
}

TEST_CASE("a text too long for any QR code gives none") {
    CHECK_FALSE(qr_svg(std::string(5000, 'x'), ""));
}
