// `urker serve` as a webmaster runs it: the real binary on a free port, real HTTP, real files
// edited while it runs, and Ctrl-C at the end.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <httplib.h>

#include <chrono>
#include <functional>
#include "core/json.h"
#include <regex>
#include <thread>

#include "site_fixture.h"

using namespace urker::testing;
using namespace std::chrono_literals;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The site's base_url has a path: the server must rewrite it to its own address.
const char* kSiteYaml = "title: Сеть\nlanguage: ru\nbase_url: https://school.kz/portal/\n";

// `urker ARGS…` in the background, its output collected; SIGINT (Ctrl-C) when done.
class UrkerProcess {
public:
    explicit UrkerProcess(std::vector<std::string> args) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        pid_ = fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            dup2(fds[1], 1);
            dup2(fds[1], 2);
            close(fds[0]);
            close(fds[1]);
            std::vector<char*> argv{const_cast<char*>(URKER_BINARY)};
            for (auto& a : args) argv.push_back(a.data());
            argv.push_back(nullptr);
            execv(URKER_BINARY, argv.data());
            _exit(127);
        }
        close(fds[1]);
        out_ = fds[0];
    }
    ~UrkerProcess() {
        if (pid_ > 0 && !exited_) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
        close(out_);
    }

    // Reads output until `pattern` appears (or the process ends, or `timeout`); returns the match.
    std::string wait_for(const std::string& pattern, std::chrono::seconds timeout = 60s) {
        std::regex re(pattern);
        auto deadline = std::chrono::steady_clock::now() + timeout;
        for (;;) {
            std::smatch m;
            if (std::regex_search(output_.cbegin() + static_cast<std::ptrdiff_t>(searched_), output_.cend(), m, re)) {
                searched_ = static_cast<std::size_t>(m.position(0) + m.length(0)) + searched_;
                return m.str(0);
            }
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left <= 0ms || !read_some(static_cast<int>(left.count()))) return {};
        }
    }
    // Sends SIGINT and waits for the exit code (-1 if it did not exit within 10 s).
    int interrupt() {
        kill(pid_, SIGINT);
        for (int i = 0; i < 1000; ++i) {
            int status = 0;
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                exited_ = true;
                while (read_some(100)) {
                }
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            std::this_thread::sleep_for(10ms);
        }
        return -1;
    }
    const std::string& output() const { return output_; }

private:
    bool read_some(int timeout_ms) {
        pollfd p{out_, POLLIN, 0};
        if (poll(&p, 1, timeout_ms) <= 0) return false;
        char buf[4096];
        ssize_t n = read(out_, buf, sizeof buf);
        if (n <= 0) return false;
        output_.append(buf, static_cast<std::size_t>(n));
        return true;
    }
    pid_t pid_ = -1;
    int out_ = -1;
    bool exited_ = false;
    std::string output_;
    std::size_t searched_ = 0;
};

using Files = std::map<std::string, std::string>;

struct ServedSite {
    SiteFixture site;
    UrkerProcess urker;
    int port = 0;
    explicit ServedSite(const std::map<std::string, std::string>& files, std::vector<std::string> extra = {})
        : site(files), urker([&] {
              std::vector<std::string> args{"serve", "--source", site.root().string(), "--port", "0"};
              args.insert(args.end(), extra.begin(), extra.end());
              return args;
          }()) {
        std::string line = urker.wait_for(R"(Serving the site at http://127\.0\.0\.1:[0-9]+/)");
        REQUIRE_MESSAGE(!line.empty(), urker.output());
        port = std::stoi(line.substr(line.rfind(':') + 1));
    }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port);
        c.set_url_encode(false);
        c.set_read_timeout(10);
        return c;
    }
    std::string get(const std::string& path) const {
        auto c = client();
        auto r = c.Get(path);
        return r ? r->body : std::string();
    }
    urker::Json status() const { return urker::Json::parse(get("/__urker/status")); }
    // Polls until `done` holds (every 20 ms, up to 20 s).
    static bool eventually(const std::function<bool()>& done) {
        for (int i = 0; i < 1000; ++i) {
            if (done()) return true;
            std::this_thread::sleep_for(20ms);
        }
        return false;
    }
};

}  // namespace

TEST_CASE("serve answers with the site, rewritten to its own address, and refuses paths outside it") {
    ServedSite s(Files{{"site.yaml", kSiteYaml}, {"content/a.md", "---\ntitle: Первая\n---\nТекст первой страницы.\n"}});
    auto c = s.client();
    const std::string origin = "http://127.0.0.1:" + std::to_string(s.port) + "/";

    auto home = c.Get("/");
    REQUIRE(home);
    CHECK(home->status == 200);
    CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(contains(home->body, "<html"));
    CHECK(contains(home->body, "/__urker/live.js"));
    CHECK_FALSE(contains(home->body, "https://school.kz/portal/"));
    CHECK_FALSE(contains(home->body, "href=\"/portal/"));

    auto page = c.Get("/a/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(contains(page->body, "Текст первой страницы."));
    CHECK(contains(page->body, origin + "a/"));  // the canonical link points here

    auto css = c.Get("/css/urker.css");
    REQUIRE(css);
    CHECK(css->status == 200);
    CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");

    auto missing = c.Get("/no-such-page/");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(contains(missing->body, "<html"));  // the theme's 404 page

    for (const char* path : {"/../site.yaml", "/%2e%2e/site.yaml", "/..%2fsite.yaml", "/%2e%2e%2f%2e%2e%2fetc/passwd",
                             "//etc/passwd", "/a/../../site.yaml", "/content/a.md", "/site.yaml", "/themes/default/templates/base.html",
                             "/a/index.html%00"}) {
        CAPTURE(path);
        auto r = c.Get(path);
        REQUIRE(r);
        CHECK((r->status == 403 || r->status == 404));
        CHECK_FALSE(contains(r->body, "base_url"));
        CHECK_FALSE(contains(r->body, "root:"));
        CHECK_FALSE(contains(r->body, "Текст первой страницы."));
    }
    CHECK_MESSAGE(s.urker.interrupt() == 0, s.urker.output());
}

TEST_CASE("serve answers range requests, so the search reads its bundles as on a static host") {
    ServedSite s(Files{{"site.yaml", kSiteYaml},
                       {"content/a.md", "---\ntitle: Первая\n---\nТекст первой страницы.\n"},
                       {"content/b.md", "---\ntitle: Вторая\n---\nТекст второй страницы.\n"}});
    auto c = s.client();
    auto whole = c.Get("/search/store-0.bin");
    REQUIRE(whole);
    REQUIRE(whole->status == 200);
    REQUIRE(whole->body.size() >= 64);
    auto one = c.Get("/search/store-0.bin", httplib::Headers{{"Range", "bytes=0-31"}});
    REQUIRE(one);
    CHECK(one->status == 206);
    CHECK(one->body == whole->body.substr(0, 32));
    CHECK(one->get_header_value("Content-Range") == "bytes 0-31/" + std::to_string(whole->body.size()));
    // Two ranges: a multipart/byteranges answer with both parts.
    auto two = c.Get("/search/store-0.bin", httplib::Headers{{"Range", "bytes=0-31,32-63"}});
    REQUIRE(two);
    CHECK(two->status == 206);
    CHECK(contains(two->get_header_value("Content-Type"), "multipart/byteranges"));
    CHECK(contains(two->body, "Content-Range: bytes 32-63/"));
    CHECK(contains(two->body, whole->body.substr(32, 32)));
}

TEST_CASE("an edit reloads, a broken file keeps the last good site with its error, and a fix recovers") {
    ServedSite s(Files{{"site.yaml", kSiteYaml}, {"content/a.md", "---\ntitle: Первая\n---\nСтарый текст.\n"}});
    REQUIRE(contains(s.get("/a/"), "Старый текст."));
    auto first = s.status();
    CHECK(first["ok"] == true);

    s.site.write("content/a.md", "---\ntitle: Первая\n---\nНовый текст.\n");
    CHECK(ServedSite::eventually([&] { return contains(s.get("/a/"), "Новый текст."); }));
    CHECK_FALSE(s.urker.wait_for(R"(content/a\.md changed( \(the open pages\))?: built [0-9]+ pages? in [0-9]+ ms)").empty());

    s.site.write("content/a.md", "---\ntitle: Первая\ndate: 2026-02-30\n---\nСломанный текст.\n");
    CHECK(ServedSite::eventually([&] { return s.status()["ok"] == false; }));
    auto broken = s.status();
    REQUIRE(broken["problems"].size() >= 1);
    CHECK(broken["problems"][0]["file"] == "content/a.md");
    CHECK(broken["problems"][0]["line"] == 3);
    CHECK(contains(broken["problems"][0]["message"].get<std::string>(), "2026-02-30"));
    CHECK(contains(s.get("/a/"), "Новый текст."));  // the last good build
    CHECK_FALSE(s.urker.wait_for(R"(content/a\.md:3:7: error)").empty());
    CHECK_FALSE(s.urker.wait_for("the last good build is still served").empty());

    s.site.write("content/a.md", "---\ntitle: Первая\ndate: 2026-02-28\n---\nИсправленный текст.\n");
    CHECK(ServedSite::eventually([&] { return s.status()["ok"] == true; }));
    CHECK(s.status()["problems"].empty());
    CHECK(contains(s.get("/a/"), "Исправленный текст."));
    CHECK(s.status()["generation"].get<int>() > first["generation"].get<int>());
    CHECK_MESSAGE(s.urker.interrupt() == 0, s.urker.output());
}

TEST_CASE("after an edit the open page reloads at once and the other pages follow without a second reload") {
    // One search store file (not shards), to look for the new title in.
    ServedSite s(Files{{"site.yaml", std::string(kSiteYaml) + "search: {mode: single}\n"},
                       {"content/a.md", "---\ntitle: Первая\ndate: 2026-10-01\n---\nСтарый текст.\n"},
                       {"content/b.md", "---\ntitle: Вторая\ndate: 2026-09-01\n---\nДругая страница.\n"}});
    REQUIRE(contains(s.get("/a/"), "Старый текст."));  // the page a teacher has open
    const int before = s.status()["generation"].get<int>();

    s.site.write("content/a.md", "---\ntitle: Переименованная\ndate: 2026-10-01\n---\nНовый текст.\n");
    CHECK_FALSE(s.urker.wait_for(R"(content/a\.md changed \(the open pages\): built 1 page in [0-9]+ ms)").empty());
    CHECK_FALSE(s.urker.wait_for(R"(and the other pages in [0-9]+ ms)").empty());
    CHECK(contains(s.get("/a/"), "Новый текст."));
    // The search index is left out of the quick build of the open page: it comes from the full
    // build that followed, which has a's new title.
    CHECK(contains(s.get("/search/store.json"), "Переименованная"));
    CHECK(contains(s.get("/b/"), "Другая страница."));
    CHECK(s.status()["generation"].get<int>() == before + 1);  // one reload, not two
    CHECK_MESSAGE(s.urker.interrupt() == 0, s.urker.output());
}

TEST_CASE("drafts are served only with --drafts") {
    Files files{{"site.yaml", kSiteYaml},
                                             {"content/d.md", "---\ntitle: Черновик\ndraft: true\n---\nЕщё пишется.\n"}};
    {
        ServedSite s(files);
        CHECK_FALSE(contains(s.get("/d/"), "Ещё пишется."));
        CHECK_MESSAGE(s.urker.interrupt() == 0, s.urker.output());
    }
    ServedSite s(files, {"--drafts"});
    CHECK(contains(s.get("/d/"), "Ещё пишется."));
    CHECK_MESSAGE(s.urker.interrupt() == 0, s.urker.output());
}

TEST_CASE("Ctrl-C stops serve cleanly, and nothing is written to public/") {
    ServedSite s(Files{{"site.yaml", kSiteYaml}, {"content/a.md", "---\ntitle: A\n---\n"}});
    auto c = s.client();
    // An open live-reload connection must not keep the server from stopping.
    std::thread listener([&] {
        auto events = s.client();
        events.Get("/__urker/events", [](const char*, std::size_t) { return true; });
    });
    std::this_thread::sleep_for(200ms);
    auto started = std::chrono::steady_clock::now();
    CHECK_MESSAGE(s.urker.interrupt() == 0, s.urker.output());
    CHECK(std::chrono::steady_clock::now() - started < 5s);
    listener.join();
    CHECK(contains(s.urker.output(), "Stopped."));
    CHECK_FALSE(std::filesystem::exists(s.site.root() / "public"));
}

TEST_CASE("a port already in use is named, with another to try") {
    int busy = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(busy >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(busy, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(listen(busy, 1) == 0);
    socklen_t len = sizeof addr;
    getsockname(busy, reinterpret_cast<sockaddr*>(&addr), &len);
    const int port = ntohs(addr.sin_port);

    SiteFixture site(Files{{"site.yaml", kSiteYaml}});
    std::string out;
    CHECK(run_urker("serve --source " + site.root().string() + " --port " + std::to_string(port), out) == 1);
    CHECK(contains(out, "cannot serve on 127.0.0.1:" + std::to_string(port)));
    CHECK(contains(out, "urker serve --port " + std::to_string(port + 1)));
    close(busy);
}
