// Content types of the built site's files.
#include <doctest/doctest.h>

#include "serve/content_type.h"

using namespace urker::serve;

TEST_CASE("text files are served as UTF-8 with their type") {
    CHECK(content_type_for("index.html") == "text/html; charset=utf-8");
    CHECK(content_type_for("css/urker.css") == "text/css; charset=utf-8");
    CHECK(content_type_for("js/search.js") == "text/javascript; charset=utf-8");
    CHECK(content_type_for("search/index.json") == "application/json; charset=utf-8");
    CHECK(content_type_for("news/atom.xml") == "application/xml; charset=utf-8");
    CHECK(content_type_for("events/calendar.ics") == "text/calendar; charset=utf-8");
    CHECK(content_type_for("favicon.svg") == "image/svg+xml; charset=utf-8");
}

TEST_CASE("attachments get their type whatever the case of the extension") {
    CHECK(content_type_for("materials/drobi/Rabochiy-list.PDF") == "application/pdf");
    CHECK(content_type_for("members/ivanova/photo.JPG") == "image/jpeg");
    CHECK(content_type_for("materials/x/plan.docx") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

TEST_CASE("unknown or missing extensions are plain bytes") {
    CHECK(content_type_for("materials/x/data.bin") == "application/octet-stream");
    CHECK(content_type_for("CNAME") == "application/octet-stream");
    CHECK(content_type_for("folder.d/.hidden") == "application/octet-stream");
}

TEST_CASE("only HTML pages count as HTML") {
    CHECK(is_html("index.html"));
    CHECK(is_html("a/b/PAGE.HTM"));
    CHECK_FALSE(is_html("css/urker.css"));
    CHECK_FALSE(is_html("html"));
}
