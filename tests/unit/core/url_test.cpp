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

TEST_CASE("a template's placeholder or an address cut short is told from a real address") {
    auto kind = [](const char* url) { return placeholder_url(url).kind; };
    // The ellipsis of a template (urker new's  url: "https://…"), or of an address cut short when copied.
    for (const char* url : {"https://…", "https://...", "http://…/", "https://…/seminar", "https://meet.google.com/…", "https://.../x",
                            "https://docs.google.com/document/d/1AbC…", "https://docs.google.com/document/d/1AbC...", "HTTPS://…",
                            " https://… ", "https://%E2%80%A6", "…", "...", "files/…", "mailto:…", "https://edu.kz/?id=…"})
        CHECK_MESSAGE(kind(url) == UrlPlaceholder::ellipsis, url);
    // No site's name, a name kept for examples, a word where the name should be.
    for (const char* url : {"https://", "https:///", "http://", "https://./x"}) CHECK_MESSAGE(kind(url) == UrlPlaceholder::no_host, url);
    for (const char* url : {"https://example.com", "https://www.example.org/page", "http://EXAMPLE.NET/", "https://site.example", "https://a.invalid/x"})
        CHECK_MESSAGE(kind(url) == UrlPlaceholder::example, url);
    for (const char* url : {"https://ссылка", "https://адрес-сайта/", "https://<адрес>", "https://{url}", "https://link"})
        CHECK_MESSAGE(kind(url) == UrlPlaceholder::stand_in, url);
    CHECK(placeholder_url("https://ссылка").part == "ссылка");
    CHECK(placeholder_url("https://Example.com/x").part == "example.com");
    // Real addresses, paths in the site, two dots of a relative path, three dots inside a name.
    for (const char* url : {"https://edu.kz", "https://meet.example.kz/seminar", "https://ru.wikipedia.org/wiki/...And_Justice_for_All",
                            "http://localhost:1313/", "https://192.168.1.10/", "https://мектеп.қаз/", "../drobi/", "files/plan.pdf", "#itogi",
                            "mailto:teacher@school.kz", "tel:+77001234567", "", "//cdn.edu.kz/a.png", "https://edu.kz/a..b"})
        CHECK_MESSAGE(kind(url) == UrlPlaceholder::none, url);
}

TEST_CASE("a placeholder becomes a warning naming the field and why, with a hint, in the reader's language") {
    auto p = check_placeholder_url("https://…", UrlPlace::field, "online_url");
    REQUIRE(p);
    CHECK(render_message(p->message, "en") ==
          "\"https://…\" in the field \"online_url\" is not a real address: \"…\" stands for the address or a part of it (or the "
          "address was cut short when copied); it is left out of the site");
    CHECK(render_message(p->message, "ru") ==
          "«https://…» в поле «online_url» — не настоящий адрес: многоточие «…» стоит на месте адреса или его части (может быть, "
          "адрес обрезался при копировании); на сайте его не будет");
    CHECK(render_message(p->message, "kk") ==
          "«online_url» өрісіндегі «https://…» — нақты адрес емес: адрестің не оның бір бөлігінің орнында «…» тұр (мүмкін, адрес "
          "көшіру кезінде қысқарып қалған); ол сайтта жарияланбайды");
    CHECK(render_message(p->hint, "ru").find("верните # в начало строки") != std::string::npos);
    CHECK(render_message(p->hint, "kk").find("жолдың басына # белгісін") != std::string::npos);
    auto e = check_placeholder_url("https://example.com/blog", UrlPlace::field, "url");
    REQUIRE(e);
    CHECK(render_message(e->message, "en").find("example.com is a name kept for examples") != std::string::npos);
    auto s = check_placeholder_url("https://ссылка", UrlPlace::field, "website");
    REQUIRE(s);
    CHECK(render_message(s->message, "ru").find("на месте имени сайта стоит «ссылка»") != std::string::npos);
    auto h = check_placeholder_url("https://", UrlPlace::field, "website");
    REQUIRE(h);
    CHECK(render_message(h->message, "kk").find("«//» белгісінен кейін сайттың атауы жоқ") != std::string::npos);
    CHECK_FALSE(check_placeholder_url("https://edu.kz/drobi", UrlPlace::field, "url"));
}

TEST_CASE("a web address or e-mail written without its scheme is told from a file's name") {
    CHECK(address_meant("www.bilimland.kz") == "https://www.bilimland.kz");
    CHECK(address_meant("WWW.Bilimland.KZ/ru/") == "https://WWW.Bilimland.KZ/ru/");
    CHECK(address_meant("youtube.com/watch?v=abc") == "https://youtube.com/watch?v=abc");
    CHECK(address_meant("youtu.be/abc") == "https://youtu.be/abc");
    CHECK(address_meant("www.bilim.education") == "https://www.bilim.education");  // www. says it
    CHECK(address_meant("info@school.kz") == "mailto:info@school.kz");
    for (const char* file : {"plan.docx", "index.md", "../drobi/index.md", "files/plan.pdf", "урок.pdf", "a.b", "photo.JPG",
                             "folder.kz-old/x.pdf", "@school.kz", "a@b@school.kz", "info@school.kz/x", "www.", "my site.kz", ""})
        CHECK_MESSAGE(!address_meant(file), file);
}

TEST_CASE("an e-mail address is told from what a teacher writes instead of one") {
    for (const char* good : {"ivanova@mail.ru", "info@school-1.edu.kz", "a.b+c@gmail.com", "info@школа.қаз"}) CHECK_MESSAGE(looks_like_email(good), good);
    for (const char* bad : {"ivanova@mail", "mailto:ivanova@mail.ru", "ivanova mail.ru", "ivanova@@mail.ru", "@mail.ru", "ivanova@mail.ru.",
                            "ivanova@.ru", "ivanova@mail.r", "ivanova@mail.123", "иванова собака mail.ru", "ivanova@mail ru", ""})
        CHECK_MESSAGE(!looks_like_email(bad), bad);
}
