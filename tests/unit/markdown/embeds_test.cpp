// Video, poll and map blocks: what they become, and the located errors for what they refuse.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "core/text.h"
#include "markdown/embeds.h"

using namespace urker;

namespace {
struct Registered {
    Registered() { register_markdown_extensions(); }
} registered;

struct Result {
    std::string html;
    Diagnostics diags;
    std::string first_error() const { return diags.items().empty() ? "" : diags.items()[0].message; }
    int first_line() const { return diags.items().empty() ? 0 : diags.items()[0].where.line; }
};

// The block's fence stands on line 10 of the file; its first body line is 11.
Result embed(const std::string& kind, const std::string& body) {
    auto handlers = embed_handlers({});
    FencedBlock b{kind, "", body, {"content/p.md", 10, 1}, "ru"};
    Result r;
    r.html = handlers.at(kind)(b, r.diags);
    return r;
}

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("video addresses of YouTube, Rutube and VK become click-to-load placeholders") {
    CHECK(has(embed("video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=5\nstart: 90\n").html,
              "data-embed-src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90\""));
    CHECK(has(embed("video", "https://youtu.be/dQw4w9WgXcQ?si=x\n").html, "/embed/dQw4w9WgXcQ\""));
    CHECK(has(embed("video", "https://youtube.com/shorts/abcdefgh\n").html, "/embed/abcdefgh\""));
    CHECK(has(embed("video", "https://rutube.ru/video/0123456789abcdef0123456789abcdef/\n").html,
              "https://rutube.ru/play/embed/0123456789abcdef0123456789abcdef"));
    CHECK(has(embed("video", "https://vkvideo.ru/video-12345_67890\n").html, "video_ext.php?oid=-12345&amp;id=67890"));
    CHECK(has(embed("video", "https://vk.com/video123_4\n").html, "oid=123&amp;id=4"));
}

TEST_CASE("a video file gets the browser's player and a checked poster") {
    auto r = embed("video", "https://school.kz/urok.mp4\ntitle: Урок\nposter: images/urok.jpg\n");
    CHECK(r.diags.empty());
    CHECK(has(r.html, "<video controls preload=\"none\" src=\"https://school.kz/urok.mp4\" poster=\"images/urok.jpg\""));
    auto bad = embed("video", "https://school.kz/urok.mp4\ntitle: Урок\nposter: javascript:alert(1)\n");
    CHECK(bad.html.empty());
    CHECK(bad.first_line() == 13);
    CHECK(bad.first_error() == "the poster of the video \"javascript:alert(1)\" is a \"javascript:\" address, which could run a program in a visitor's browser");
    CHECK(embed("video", "https://school.kz/urok.mp4\nposter: &#106;avascript:alert(1)\n").html.empty());
}

TEST_CASE("an embed address that is not http(s) is refused at its line") {
    auto r = embed("video", "\njavascript:alert(1)//.mp4\n");
    CHECK(r.html.empty());
    CHECK(r.first_line() == 12);
    CHECK(has(r.first_error(), "\"javascript:\" address"));
    CHECK(embed("poll", "data:text/html,<script>alert(1)</script>\n").html.empty());
    CHECK(embed("map", "JaVaScRiPt:alert(1)\n").html.empty());
}

TEST_CASE("very long ids, addresses and options are errors, not crashes") {
    std::string huge(50000, 'a');
    auto id = embed("video", "https://www.youtube.com/watch?v=" + huge + "\n");
    CHECK(id.html.empty());
    CHECK(has(id.first_error(), "longer than 2000 characters"));
    auto embed_id = embed("video", "https://www.youtube.com/embed/" + std::string(1500, 'b') + "\n");
    CHECK(embed_id.first_error() == "this YouTube address has no video id");
    auto opt = embed("video", "https://youtu.be/dQw4w9WgXcQ\ntitle: " + huge + "\n");
    CHECK(opt.html.empty());
    CHECK(opt.first_line() == 12);
    CHECK(has(opt.first_error(), "longer than 500 characters"));
    auto rutube = embed("video", "https://rutube.ru/video/" + std::string(1900, 'a') + "/\n");
    CHECK(rutube.first_error() == "this Rutube address has no video id");
    auto vk = embed("video", "https://vk.com/" + std::string(1900, '1') + "\n");
    CHECK(vk.first_error() == "this VK Video address has no video id");
    auto start = embed("video", "https://youtu.be/dQw4w9WgXcQ\nstart: 99999999999999999999\n");
    CHECK(start.first_error() == "\"start\" must be a number of seconds");
    CHECK(start.first_line() == 12);
    auto height = embed("poll", "https://docs.google.com/forms/d/e/x/viewform\nheight: 999999999999\n");
    CHECK(has(height.first_error(), "\"height\" must be a number of pixels"));
    std::string many_lines = "https://youtu.be/dQw4w9WgXcQ\n";
    for (int i = 0; i < 100; ++i) many_lines += "title: x\n";
    CHECK(has(embed("video", many_lines).first_error(), "longer than 50 lines"));
}

TEST_CASE("a map address is read without exceptions and its numbers range-checked") {
    auto ok = embed("map", "https://www.openstreetmap.org/#map=17/49.8047/73.1094\n");
    CHECK(ok.diags.empty());
    CHECK(has(ok.html, "marker=49.80470%2C73.10940"));
    CHECK(embed("map", "https://www.openstreetmap.org/#map=16/./73.1\n").first_error() == "the latitude of the map must be a number from -90 to 90");
    CHECK(embed("map", "https://www.openstreetmap.org/#map=16/91/73.1\n").first_error() == "the latitude of the map must be a number from -90 to 90");
    CHECK(embed("map", "https://www.openstreetmap.org/#map=16/45/-181\n").first_error() == "the longitude of the map must be a number from -180 to 180");
    CHECK(embed("map", "https://www.openstreetmap.org/#map=16/45/1e400\n").first_error() == "the longitude of the map must be a number from -180 to 180");
    CHECK(embed("map", "https://www.openstreetmap.org/#map=20/45/73\n").first_error() == "the zoom of the map must be a whole number from 0 to 19");
    CHECK(embed("map", "https://www.openstreetmap.org/#map=/45/73\n").first_error() == "the zoom of the map must be a whole number from 0 to 19");
    CHECK(embed("map", "https://www.openstreetmap.org/#map=16/45\n").first_error() == "the longitude of the map must be a number from -180 to 180");
    CHECK(embed("map", "https://www.openstreetmap.org/#map=16/" + std::string(1900, '1') + "/73\n").first_line() == 11);
}

TEST_CASE("embed parsing stays fast on the longest allowed address") {
    auto t0 = std::chrono::steady_clock::now();
    std::string url = "https://vk.com/" ;
    while (url.size() < 1990) url += "video-1";
    for (int i = 0; i < 200; ++i) embed("video", url + "\n");
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    CHECK(ms < 1000);
}
