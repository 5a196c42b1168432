// Which file a request names: clean paths map to the site's files, anything else is refused.
#include <doctest/doctest.h>

#include "serve/request_path.h"

using urker::serve::output_key_for;

TEST_CASE("folder addresses name their index.html") {
    CHECK(output_key_for("/") == "index.html");
    CHECK(output_key_for("/materials/drobi/") == "materials/drobi/index.html");
    CHECK(output_key_for("/kk/") == "kk/index.html");
}

TEST_CASE("file addresses name the file itself") {
    CHECK(output_key_for("/css/urker.css") == "css/urker.css");
    CHECK(output_key_for("/materials/drobi") == "materials/drobi");
    CHECK(output_key_for("/материалы/дроби.pdf") == "материалы/дроби.pdf");
}

TEST_CASE("paths that climb out of the site or are not clean are refused") {
    // The paths arrive percent-decoded, so %2e%2e and %2f have become "." and "/" already.
    for (const char* path : {"/..", "/../site.yaml", "/a/../../site.yaml", "/a/../index.html", "/./index.html", "/.",
                             "//etc/passwd", "/a//b", "/..\\site.yaml", "/a\\b", "", "site.yaml", "*",
                             "http://example.kz/index.html"}) {
        CAPTURE(path);
        CHECK_FALSE(output_key_for(path).has_value());
    }
    CHECK_FALSE(output_key_for(std::string_view("/index.html\0.png", 16)).has_value());
}
