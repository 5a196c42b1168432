#include <doctest/doctest.h>

#include <string>

#include "core/url.h"

using namespace urker;

namespace {
bool refused(const std::string& url) { return classify_url(url).kind == UrlKind::refused; }
}  // namespace

TEST_CASE("web, mail, phone and site-relative addresses are allowed") {
    CHECK(classify_url("https://edu.kz/drobi").kind == UrlKind::web);
    CHECK(classify_url("HTTP://EDU.KZ").kind == UrlKind::web);
    CHECK(classify_url("mailto:teacher@school.kz").kind == UrlKind::mail);
    CHECK(classify_url("tel:+77001234567").kind == UrlKind::phone);
    for (const char* rel : {"", "../drobi/", "files/plan.pdf", "#itogi", "?page=2", "/materials/", "//cdn.example.kz/a.png",
                            "урок.pdf", "files/a:b.pdf", "./урок:1.pdf", "https://edu.kz/?a=1&amp;b=2"})
        CHECK_MESSAGE(!refused(rel), rel);
}

TEST_CASE("script, data and unknown schemes are refused in every disguise") {
    const char* hostile[] = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "\x01\x02javascript:alert(1)",
        "\njavascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "java&#x09;script:alert(1)",
        "java&#9;script:alert(1)",
        "java&Tab;script:alert(1)",
        "java&NewLine;script:alert(1)",
        "&#106;avascript:alert(1)",
        "&#0000106;avascript:alert(1)",
        "&#106avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#X6a;avascript:alert(1)",
        "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)",
        "&amp;#106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "javascript&#58;alert(1)",
        "javascript&#x3a;alert(1)",
        "javascript%3Aalert(1)",
        "java%73cript:alert(1)",
        "%6A%61%76%61%73%63%72%69%70%74:alert(1)",
        "%256Aavascript:alert(1)",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml,<svg onload=alert(1)>",
        " DATA:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "livescript:alert(1)",
        "blob:https://x/1",
        "ftp://example.kz/",
        "урок:1.pdf",
        ":alert(1)",
        "j\x00avascript:alert(1)",
    };
    for (const char* h : hostile) CHECK_MESSAGE(refused(std::string(h, h + std::char_traits<char>::length(h))), h);
    CHECK(refused(std::string("j\0avascript:alert(1)", 20)));
}

TEST_CASE("the scheme is read as a browser reads it") {
    CHECK(classify_url("&#106;avascript:alert(1)").scheme == "javascript");
    CHECK(classify_url(" \x01JaVa\tScRiPt:alert(1)").scheme == "javascript");
    CHECK(classify_url("https:javascript:alert(1)").kind == UrlKind::web);  // a (broken) https address, not a script
}

TEST_CASE("a refused address becomes a message naming it and where it was written, with a hint, in the reader's language") {
    auto p = check_content_url("javascript:alert(1)", UrlPlace::link);
    REQUIRE(p);
    CHECK(render_message(p->message, "en") ==
          "the link \"javascript:alert(1)\" is a \"javascript:\" address, which could run a program in a visitor's browser");
    CHECK(render_message(p->message, "ru") ==
          "ссылка «javascript:alert(1)» — адрес вида «javascript:», он может запустить программу в браузере посетителя");
    CHECK(render_message(p->message, "kk") ==
          "сілтеме «javascript:alert(1)» — «javascript:» түріндегі адрес, ол келушінің браузерінде бағдарлама іске қосуы мүмкін");
    CHECK(render_message(p->hint, "en").find("https://") != std::string::npos);
    CHECK(render_message(p->hint, "kk").find("жазыңыз") != std::string::npos);
    auto f = check_content_url("ftp://x.kz/a", UrlPlace::field, "video_url");
    REQUIRE(f);
    CHECK(render_message(f->message, "en") ==
          "the field \"video_url\" \"ftp://x.kz/a\" starts with \"ftp:\", which is not a kind of address urker publishes");
    CHECK(render_message(f->message, "ru") == "поле «video_url» «ftp://x.kz/a» начинается с «ftp:» — адреса такого вида urker не публикует");
    auto b = check_content_url("data:text/html,x", UrlPlace::block, "video");
    REQUIRE(b);
    CHECK(render_message(b->message, "kk").rfind("```video блогындағы адрес «data:text/html,x»", 0) == 0);
    CHECK_FALSE(check_content_url("https://edu.kz", UrlPlace::link));
}

TEST_CASE("long and binary addresses are shortened in messages") {
    std::string long_url = "javascript:" + std::string(50000, 'a');
    auto p = check_content_url(long_url, UrlPlace::image);
    REQUIRE(p);
    CHECK(render_message(p->message, "en").size() < 300);
    CHECK(shorten_for_message("ab\ncd", 10) == "ab?cd");
    CHECK(shorten_for_message("абвгд", 3) == "абв…");
}

TEST_CASE("a very long address is classified in linear time") {
    std::string s(1'000'000, '&');
    CHECK_FALSE(refused(s));
    std::string t = std::string(200000, '%') + "javascript:x";
    CHECK(refused(t));
}

TEST_CASE("an address's authority and host: one reading for embeds, comments, calendars and materials") {
    CHECK(url_authority("https://user@Uchi.RU:8443/path?q=1#top") == "user@Uchi.RU:8443");
    CHECK(url_authority("https://bilimland.kz?x=1") == "bilimland.kz");
    CHECK(url_authority("http://localhost:1313") == "localhost:1313");
    CHECK(url_authority("/materials/drobi/").empty());
    CHECK(url_host("https://user@Uchi.RU:8443/path") == "uchi.ru");
    CHECK(url_host("https://www.youtube.com/watch?v=x") == "www.youtube.com");
    CHECK(url_host("files/plan.pdf").empty());
}
