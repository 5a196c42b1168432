// Hostile Markdown and embeds: each case is a small site plus one bad file. Either the build
// fails with the file and line of the problem, or it succeeds and nothing in the output is an
// address that runs script.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "site_fixture.h"

using namespace urker::testing;

namespace {

const char* kSiteYaml = "title: Сеть\nlanguage: ru\nbase_url: \"https://test.example.kz/\"\n";
const char* kMember = "---\ntitle: Иванова Анна\n---\nУчитель математики.\n";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string long_run(std::size_t n, char c) { return std::string(n, c); }

// Written independently of core/url.h on purpose: decode entities the way an HTML parser does,
// drop what a URL parser drops, and look at what the address starts with.
int digit_value(char c, int base) {
    int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
    return v < base ? v : -1;
}

std::string decode_attribute(const std::string& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size();) {
        if (v.compare(i, 2, "&#") == 0) {
            std::size_t j = i + 2;
            int base = 10;
            if (j < v.size() && (v[j] == 'x' || v[j] == 'X')) base = 16, ++j;
            long cp = 0;
            std::size_t start = j;
            for (; j < v.size() && digit_value(v[j], base) >= 0; ++j) cp = std::min(0x10FFFFL, cp * base + digit_value(v[j], base));
            if (j > start) {
                if (j < v.size() && v[j] == ';') ++j;
                out += cp < 128 ? static_cast<char>(cp) : '?';
                i = j;
                continue;
            }
        }
        bool named = false;
        for (auto [name, ch] : {std::pair<std::string, char>{"&amp;", '&'}, {"&colon;", ':'}, {"&Tab;", '\t'}, {"&NewLine;", '\n'}}) {
            if (v.compare(i, name.size(), name) != 0) continue;
            out += ch;
            i += name.size();
            named = true;
            break;
        }
        if (!named) out += v[i++];
    }
    std::string cleaned;
    for (char c : out)
        if (static_cast<unsigned char>(c) > 0x20) cleaned += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return cleaned;
}

// Every value of an attribute that a browser loads or follows, in every HTML and XML file.
std::vector<std::string> executable_addresses(const urker::MemoryOutput& out) {
    std::vector<std::string> found;
    for (const auto& [path, text] : out.files()) {
        if (!contains(path, ".html") && !contains(path, ".xml") && !contains(path, ".json")) continue;
        for (const char* attr : {"href=\"", "src=\"", "poster=\"", "data-embed-src=\"", "action=\"", "\"url\":\"", "\"sameAs\":\"", "\"contentUrl\":\""}) {
            std::string a(attr);
            for (std::size_t pos = text.find(a); pos != std::string::npos; pos = text.find(a, pos + 1)) {
                std::size_t start = pos + a.size();
                std::string value = decode_attribute(text.substr(start, text.find('"', start) - start));
                for (const char* scheme : {"javascript:", "vbscript:", "data:text", "data:image/svg"})
                    if (value.rfind(scheme, 0) == 0) found.push_back(path + ": " + value.substr(0, 80));
            }
        }
    }
    return found;
}

struct HostileCase {
    const char* name;
    std::string path;
    std::string text;
    std::string location;  // "" = the build must succeed; else "file:line:" the error must name
};

std::vector<HostileCase> cases() {
    return {
        {"script link in Markdown", "content/news/a.md", "---\ntitle: A\n---\n\nТекст [ссылка](javascript:alert(1)).\n", "content/news/a.md:5:"},
        {"entity-disguised link", "content/news/a.md", "---\ntitle: A\n---\n[x](&#106;avascript:alert(1))\n", "content/news/a.md:4:"},
        {"tab inside the scheme", "content/news/a.md", "---\ntitle: A\n---\n[x](java&#x09;script:alert(1))\n", "content/news/a.md:4:"},
        {"reference to a script", "content/news/a.md", "---\ntitle: A\n---\n[x][r]\n\n[r]: JAVASCRIPT:alert(1)\n", "content/news/a.md:4:"},
        {"data image", "content/news/a.md", "---\ntitle: A\n---\n![x](data:image/svg+xml;base64,PHN2Zz4=)\n", "content/news/a.md:4:"},
        {"script in a summary", "content/news/a.md", "---\ntitle: A\nsummary: \"[x](javascript:alert(1))\"\n---\n", "content/news/a.md:3:"},
        {"member links: a script", "content/members/petrov.md", "---\ntitle: Петров\nlinks:\n  - https://edu.kz\n  - \"javascript:alert(1)\"\n---\n",
         "content/members/petrov.md:5:"},
        {"member links: disguised in a mapping", "content/members/petrov.md",
         "---\ntitle: Петров\nlinks:\n  - title: Блог\n    url: \" &#106;avascript:alert(document.domain)\"\n---\n", "content/members/petrov.md:5:"},
        {"member photo: data", "content/members/petrov.md", "---\ntitle: Петров\nphoto: \"data:text/html,<script>alert(1)</script>\"\n---\n",
         "content/members/petrov.md:3:"},
        {"achievement url", "content/members/petrov.md",
         "---\ntitle: Петров\nachievements:\n  - {year: 2025, title: Грамота, url: \"vbscript:msgbox(1)\"}\n---\n", "content/members/petrov.md:4:"},
        {"material link", "content/materials/m.md",
         "---\ntitle: М\nauthor: ivanova\ndate: 2026-01-10\nmaterial_type: test\nlink: \"java\\tscript:alert(1)\"\n---\n", "content/materials/m.md:6:"},
        {"material external_url (JSON-LD sameAs)", "content/materials/m.md",
         "---\ntitle: М\nauthor: ivanova\ndate: 2026-01-10\nexternal_url: \"JaVaScRiPt:alert(1)\"\n---\n", "content/materials/m.md:5:"},
        {"school website", "content/schools/s.md", "---\ntitle: Школа\nwebsite: \"%6Aavascript:alert(1)\"\n---\n", "content/schools/s.md:3:"},
        {"video poster", "content/news/a.md", "---\ntitle: A\n---\n```video\nhttps://school.kz/urok.mp4\nposter: javascript:alert(1)\n```\n",
         "content/news/a.md:6:"},
        {"video file address", "content/news/a.md", "---\ntitle: A\n---\n```video\njavascript:alert(1)//.mp4\n```\n", "content/news/a.md:5:"},
        {"50 000-character video id", "content/news/a.md",
         "---\ntitle: A\n---\n```video\nhttps://www.youtube.com/watch?v=" + long_run(50000, 'a') + "\n```\n", "content/news/a.md:5:"},
        {"50 000-character embed id", "content/news/a.md",
         "---\ntitle: A\n---\n```video\nhttps://rutube.ru/video/" + long_run(1900, 'a') + "\ntitle: " + long_run(50000, 'b') + "\n```\n",
         "content/news/a.md:6:"},
        {"malformed map", "content/news/a.md", "---\ntitle: A\n---\n```map\nhttps://www.openstreetmap.org/#map=16/./73.1\n```\n", "content/news/a.md:5:"},
        {"map out of range", "content/news/a.md", "---\ntitle: A\n---\n```map\nhttps://www.openstreetmap.org/#map=16/95/73.1\n```\n", "content/news/a.md:5:"},
        {"link reference bomb", "content/news/a.md",
         "---\ntitle: A\n---\n[a]: /" + long_run(100000, 'x') + "\n\n" + [] { std::string s; for (int i = 0; i < 100000; ++i) s += "[a]"; return s; }() + "\n",
         "content/news/a.md:4:"},  // the definition's line
        {"table padding bomb", "content/news/a.md",
         "---\ntitle: A\n---\n" + [] { std::string s; for (int i = 0; i < 3000; ++i) s += "|a"; s += "|\n"; for (int i = 0; i < 3000; ++i) s += "|-"; s += "|\n"; for (int i = 0; i < 3000; ++i) s += "x\n"; return s; }(),
         "content/news/a.md:5:"},
        // Near misses that are fine: they must build, and nothing executable may come out.
        {"ordinary links and embeds", "content/news/a.md",
         "---\ntitle: A\ndate: 2026-09-01\nsummary: \"[Сайт](https://edu.kz)\"\n---\n[a](https://edu.kz/javascript) [b](mailto:a@b.kz) [c](tel:+7700) "
         "[d](https://edu.kz/урок:1.pdf)\n\n```video\nhttps://youtu.be/dQw4w9WgXcQ\n```\n\n```map\nhttps://www.openstreetmap.org/#map=17/49.8/73.1\n```\n",
         ""},
        {"member links written right", "content/members/petrov.md",
         "---\ntitle: Петров\nlinks:\n  - {title: Сайт, url: https://edu.kz}\n  - {title: Почта, url: \"mailto:p@school.kz\"}\n---\n", ""},
        {"20 000 identical headings", "content/news/a.md",
         "---\ntitle: A\ndate: 2026-09-01\n---\n" + [] { std::string s; for (int i = 0; i < 20000; ++i) s += "## Задание\n\n"; return s; }(), ""},
    };
}

}  // namespace

TEST_CASE("hostile Markdown, embeds and front-matter addresses fail at their line or build without script") {
    for (const auto& c : cases()) {
        CAPTURE(c.name);
        SiteFixture site({{"site.yaml", kSiteYaml}, {"content/members/ivanova.md", kMember}, {c.path, c.text}});
        auto t0 = std::chrono::steady_clock::now();
        auto r = site.build();
        auto seconds = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - t0).count();
        CHECK(seconds < 20);
        if (c.location.empty()) {
            CHECK_MESSAGE(r->ok, r->messages());
            auto bad = executable_addresses(r->out);
            CHECK_MESSAGE(bad.empty(), (bad.empty() ? std::string() : bad.front()));
        } else {
            CHECK_FALSE(r->ok);
            std::string messages = r->messages();
            CHECK_MESSAGE(contains(messages, c.location), messages.substr(0, 2000));
            CHECK_MESSAGE(contains(messages, "hint:"), messages.substr(0, 2000));
            CHECK(messages.size() < 20000);  // short messages, even for 50 000-character values
        }
    }
}

TEST_CASE("the urker binary exits 1 on a script link in a member's links and names the line") {
    SiteFixture site({{"site.yaml", kSiteYaml},
                      {"content/members/petrov.md", "---\ntitle: Петров\nlinks:\n  - \"java&#x09;script:alert(1)\"\n---\n"}});
    std::string out;
    CHECK(run_urker("build --quiet --source " + site.root().string(), out) == 1);
    CHECK_MESSAGE(contains(out, "content/members/petrov.md:4:"), out);
    CHECK(contains(out, "could run a program in a visitor's browser"));
    // In the teacher's language, the whole message and its hint (it was English in every language).
    std::string kk;
    CHECK(run_urker("build --quiet --lang kk --source " + site.root().string(), kk) == 1);
    CHECK_MESSAGE(contains(kk, "бағдарлама іске қосуы мүмкін"), kk);
    CHECK_MESSAGE(contains(kk, "деп басталатын адрес не сайт ішіндегі жолды жазыңыз"), kk);
    CHECK_MESSAGE(!contains(kk, "address"), kk);
}
