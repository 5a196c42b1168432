// The dev server over real HTTP on 127.0.0.1, with a site held in memory.
#include <doctest/doctest.h>

#include <httplib.h>

#include "core/json.h"

#include "serve/dev_server.h"

using namespace urker;
using namespace urker::serve;

namespace {

std::shared_ptr<MemoryOutput> little_site() {
    auto files = std::make_shared<MemoryOutput>();
    files->write("index.html", "<!DOCTYPE html><html><body><h1>Главная</h1></body></html>");
    files->write("a/index.html", "<!DOCTYPE html><html><body><h1>A</h1></body></html>");
    files->write("404.html", "<!DOCTYPE html><html><body><h1>Страница не найдена</h1></body></html>");
    files->write("css/urker.css", "body{}");
    files->write("materials/m/list.pdf", "%PDF-1.4");
    return files;
}

struct RunningServer {
    SiteSnapshot site;
    DevServer server{site};
    int port = 0;
    RunningServer() {
        port = server.bind("127.0.0.1", 0, false);
        REQUIRE(port > 0);
        server.start();
    }
    ~RunningServer() {
        site.close();
        server.stop();
    }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port);
        c.set_url_encode(false);  // send the paths exactly as written
        c.set_connection_timeout(5);
        c.set_read_timeout(5);
        return c;
    }
};

}  // namespace

TEST_CASE("pages are served from memory with the live-reload script and the right types") {
    RunningServer s;
    s.site.publish(little_site(), true, {});
    auto c = s.client();

    auto home = c.Get("/");
    REQUIRE(home);
    CHECK(home->status == 200);
    CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(home->get_header_value("Cache-Control") == "no-store");
    CHECK(home->body.find("<h1>Главная</h1><script src=\"/__urker/live.js?generation=1\"></script></body>") != std::string::npos);

    auto a = c.Get("/a/");
    REQUIRE(a);
    CHECK(a->status == 200);
    CHECK(a->body.find("<h1>A</h1>") != std::string::npos);

    auto css = c.Get("/css/urker.css");
    REQUIRE(css);
    CHECK(css->status == 200);
    CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");
    CHECK(css->body == "body{}");  // no script in anything but HTML

    auto pdf = c.Get("/materials/m/list.pdf");
    REQUIRE(pdf);
    CHECK(pdf->get_header_value("Content-Type") == "application/pdf");
}

TEST_CASE("a folder address without its slash is redirected to it") {
    RunningServer s;
    s.site.publish(little_site(), true, {});
    auto c = s.client();
    auto r = c.Get("/a?x=1");
    REQUIRE(r);
    CHECK(r->status == 301);
    CHECK(r->get_header_value("Location") == "/a/?x=1");
}

TEST_CASE("an unknown address gets the theme's 404 page with status 404") {
    RunningServer s;
    s.site.publish(little_site(), true, {});
    auto c = s.client();
    auto r = c.Get("/no/such/page/");
    REQUIRE(r);
    CHECK(r->status == 404);
    CHECK(r->body.find("Страница не найдена") != std::string::npos);
    CHECK(r->body.find("/__urker/live.js") != std::string::npos);
}

TEST_CASE("addresses that try to leave the site are refused") {
    RunningServer s;
    s.site.publish(little_site(), true, {});
    auto c = s.client();
    for (const char* path : {"/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E/%2E%2E/etc/passwd", "/..%2fsite.yaml",
                             "/a/..%2F..%2Fsite.yaml", "//etc/passwd", "/a/%2e%2e/index.html", "/%5c..%5csite.yaml",
                             "/index.html%00.png"}) {
        CAPTURE(path);
        auto r = c.Get(path);
        REQUIRE(r);
        CHECK((r->status == 403 || r->status == 404));
        CHECK(r->body.find("Главная") == std::string::npos);
    }
}

TEST_CASE("before any build succeeded every address explains it, with the live-reload script") {
    RunningServer s;
    s.site.publish(nullptr, false, {Diagnostic{Severity::error, {"site.yaml", 2, 1}, "broken", "fix it", {}}});
    auto c = s.client();
    auto r = c.Get("/a/");
    REQUIRE(r);
    CHECK(r->status == 503);
    CHECK(r->body.find("could not be built") != std::string::npos);
    CHECK(r->body.find("/__urker/live.js") != std::string::npos);
}

TEST_CASE("the status and event stream tell the build's state; the script is served") {
    RunningServer s;
    s.site.publish(little_site(), true, {});
    s.site.publish(nullptr, false, {Diagnostic{Severity::error, {"content/a.md", 3, 7}, "the date is wrong", "write 2026-09-01", {}}});
    auto c = s.client();

    auto status = c.Get("/__urker/status");
    REQUIRE(status);
    auto j = urker::Json::parse(status->body);
    CHECK(j["generation"] == 2);
    CHECK(j["ok"] == false);
    CHECK(j["problems"][0]["file"] == "content/a.md");
    CHECK(j["problems"][0]["line"] == 3);

    // The last good page is still served while the build is broken.
    auto home = c.Get("/");
    REQUIRE(home);
    CHECK(home->status == 200);
    CHECK(home->body.find("Главная") != std::string::npos);

    auto script = c.Get("/__urker/live.js");
    REQUIRE(script);
    CHECK(script->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
    CHECK(script->body.find("EventSource") != std::string::npos);

    std::string received;
    auto events = c.Get("/__urker/events", [&](const char* data, std::size_t n) {
        received.append(data, n);
        return received.find("\n\n") == std::string::npos;  // stop after the first event
    });
    CHECK(received.rfind("event: build\ndata: {", 0) == 0);
    CHECK(received.find("\"generation\":2") != std::string::npos);
    CHECK(received.find("the date is wrong") != std::string::npos);
}

TEST_CASE("a port another server holds is not shared") {
    RunningServer first;
    SiteSnapshot site;
    DevServer second(site);
    CHECK(second.bind("127.0.0.1", first.port, false) == 0);
    int next = second.bind("127.0.0.1", first.port, true);
    CHECK(next > first.port);
    CHECK(next <= first.port + 20);
}
