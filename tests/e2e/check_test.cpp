// `urker check` on whole sites: the example portal passes, a broken theme link is reported once,
// external links are asked only with --external (a local server stands in for the internet).
#include <doctest/doctest.h>

#include <httplib.h>

#include <sstream>
#include <thread>

#include "site/check.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;

namespace {

const char* kSiteYaml = "title: \"Сеть\"\nbase_url: \"https://school.example.kz/\"\nlanguage: ru\n";

struct Outcome {
    int exit_code = -1;
    std::string output;
};

Outcome run_check(const std::filesystem::path& source, bool external = false) {
    CheckOptions options;
    options.build.source = source;
    options.build.build_date = parse_date("2026-11-01").date;
    options.external = external;
    options.external_timeout_seconds = 2;
    std::ostringstream out, err;
    Outcome o;
    o.exit_code = check_site(options, out, err);
    o.output = err.str() + out.str();
    return o;
}

// A web server on 127.0.0.1 with one page, /ok; everything else is 404.
class LocalServer {
public:
    LocalServer() {
        server_.Get("/ok", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
        port_ = server_.bind_to_any_port("127.0.0.1");
        // bind_to_any_port already listens: requests wait in the queue until the thread serves them.
        thread_ = std::thread([this] { server_.listen_after_bind(); });
    }
    ~LocalServer() {
        server_.stop();
        thread_.join();
    }
    std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

private:
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
};

}  // namespace

TEST_CASE("the example portal passes urker check") {
    auto o = run_check(repository_root());
    CHECK_MESSAGE(o.exit_code == 0, o.output);
    CHECK(o.output.find("no problems found") != std::string::npos);
}

TEST_CASE("external links are asked only with --external, and a 404 is reported at its line") {
    LocalServer server;
    SiteFixture site({
        {"site.yaml", kSiteYaml},
        {"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\n---\n[есть](" + server.url("/ok") + ")\n\n[нет](" +
                                      server.url("/gone") + ")\n"},
    });
    auto quiet = run_check(site.root(), false);
    CHECK_MESSAGE(quiet.exit_code == 0, quiet.output);
    CHECK(quiet.output.find("2 external links (not asked; use --external)") != std::string::npos);

    auto asked = run_check(site.root(), true);
    CHECK(asked.exit_code == 1);
    CHECK_MESSAGE(asked.output.find("content/news/first.md:7:7: error: the external link \"" + server.url("/gone") + "\" answers 404") !=
                      std::string::npos,
                  asked.output);
    CHECK(asked.output.find("/ok\"") == std::string::npos);
    CHECK(asked.output.find("Check failed: 1 error, 0 warnings.") != std::string::npos);
}

TEST_CASE("an external server that does not answer is an error, not a hang") {
    // A port nobody listens on: the connection is refused at once.
    LocalServer server;
    std::string dead = "http://127.0.0.1:9/nothing";
    SiteFixture site({
        {"site.yaml", kSiteYaml},
        {"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\n---\n[мёртвая](" + dead + ")\n"},
    });
    auto o = run_check(site.root(), true);
    CHECK(o.exit_code == 1);
    CHECK_MESSAGE(o.output.find("the external link \"" + dead + "\" does not answer") != std::string::npos, o.output);
}

TEST_CASE("a broken link in a menu is reported once, not on every page") {
    SiteFixture site({
        {"site.yaml", std::string(kSiteYaml) + "menus:\n  main:\n    - {name: Архив, url: /archive/, weight: 1}\n"},
        {"content/news/first.md", "---\ntitle: Первая\ndate: 2026-09-01\n---\nТекст.\n"},
        {"content/news/second.md", "---\ntitle: Вторая\ndate: 2026-09-02\n---\nТекст.\n"},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    auto first = o.output.find("the link \"/archive/\" leads to nothing on this site");
    REQUIRE_MESSAGE(first != std::string::npos, o.output);
    CHECK(o.output.find("the link \"/archive/\"", first + 1) == std::string::npos);
    CHECK(o.output.find("made by the theme's templates or from site.yaml (and on") != std::string::npos);
}

TEST_CASE("urker check is a command of the binary") {
    std::string output;
    int code = run_urker("check --source " + repository_root().string(), output);
    CHECK_MESSAGE(code == 0, output);
    CHECK(output.rfind("Checked ", 0) == 0);
}
