// The repository's own example portal, built as a newcomer builds it.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "config/yaml_document.h"
#include "content/front_matter.h"
#include "core/date.h"
#include "core/fs.h"
#include "core/text.h"
#include "markdown/markdown.h"
#include "site/build.h"

using namespace urker;
namespace fs = std::filesystem;

namespace {

fs::path repo() { return fs::path(URKER_SOURCE_DIR); }

struct PortalBuild {
    bool ok = false;
    MemoryOutput out;
    Diagnostics diags;
    BuildSummary summary;
};

// The portal as of a fixed day, so "upcoming" and plan progress do not depend on when tests run.
BuildOptions portal_options() {
    BuildOptions o;
    o.source = repo();
    o.build_date = parse_date("2026-11-23").date;
    return o;
}

const PortalBuild& portal() {
    static PortalBuild b;
    static bool built = [] {
        register_markdown_extensions();
        b.ok = build_into(portal_options(), b.out, b.diags, b.summary);
        return true;
    }();
    (void)built;
    return b;
}

std::string messages(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.items()) s += format_diagnostic(x);
    return s;
}

// What a content file's address should be, worked out here from the documented rules
// (docs/content.md), not by asking the code under test.
std::string expected_path(const std::string& rel, const urker::Json& fm, const std::vector<std::string>& langs,
                          const std::string& default_lang) {
    std::string p = rel.substr(0, rel.size() - 3);
    std::string lang;
    for (const auto& l : langs)
        if (ends_with(p, "." + l)) {
            lang = l;
            p.resize(p.size() - l.size() - 1);
        }
    std::vector<std::string> segs;
    std::stringstream ss(p);
    for (std::string s; std::getline(ss, s, '/');) segs.push_back(s);
    bool section = segs.back() == "_index";
    if (segs.back() == "index" || segs.back() == "_index") segs.pop_back();
    if (!section && !segs.empty() && fm.contains("slug")) segs.back() = fm["slug"].get<std::string>();
    std::string out = !lang.empty() && lang != default_lang ? lang + "/" : "";
    for (auto& s : segs) {
        bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'; });
        out += (ascii ? s : slugify(s)) + "/";
    }
    return out;
}

}  // namespace

TEST_CASE("the example portal builds without errors") {
    const auto& b = portal();
    REQUIRE_MESSAGE(b.ok, messages(b.diags));
    CHECK(b.summary.pages_loaded >= 60);
}

TEST_CASE("every non-draft content file of the portal has a page at its URL and one in the other language's part of the site") {
    const auto& b = portal();
    REQUIRE(b.ok);
    Diagnostics d;
    std::vector<std::string> langs{"ru", "kk"};
    std::size_t checked = 0;
    for (const auto& rel : list_files(repo() / "content")) {
        if (!ends_with(rel, ".md")) continue;
        auto text = read_file(repo() / "content" / rel);
        auto split = split_front_matter(*text, rel, d);
        REQUIRE(split);
        auto fm = parse_yaml(split->front_matter, rel, d).value;
        if (fm.is_object() && fm.value("draft", false)) continue;
        std::string path = expected_path(rel, fm.is_object() ? fm : urker::Json::object(), langs, "ru");
        INFO(rel << " -> " << path);
        REQUIRE(b.out.has(path + "index.html"));
        // The interface is the language of the part of the site the page is in; a text marked
        // language: kk in the Russian part keeps its own lang and says so.
        bool kk_file = rel.find(".kk.md") != std::string::npos;
        bool kk_text = kk_file || (fm.is_object() && fm.value("language", "") == "kk");
        const std::string& html = b.out.at(path + "index.html");
        CHECK(html.find(std::string("<html lang=\"") + (kk_file ? "kk" : "ru") + "\"") != std::string::npos);
        if (kk_text && !kk_file) CHECK(html.find("Материал на казахском языке") != std::string::npos);
        std::string other = kk_file ? path.substr(3) : "kk/" + path;
        REQUIRE(b.out.has(other + "index.html"));
        CHECK(b.out.at(other + "index.html").find(std::string("<html lang=\"") + (kk_file ? "ru" : "kk") + "\"") != std::string::npos);
        ++checked;
    }
    CHECK(checked >= 60);
}

TEST_CASE("every internal link and asset reference in the portal resolves") {
    const auto& b = portal();
    REQUIRE(b.ok);
    static const std::regex attr(R"((?:href|src)="(/[^"#?]*)[^"]*")");
    std::set<std::string> broken;
    std::size_t links = 0;
    for (const auto& [path, html] : b.out.files()) {
        if (!ends_with(path, ".html")) continue;
        for (auto it = std::sregex_iterator(html.begin(), html.end(), attr); it != std::sregex_iterator(); ++it) {
            std::string target = (*it)[1].str().substr(1);
            ++links;
            std::string file = target.empty() || target.back() == '/' ? target + "index.html" : target;
            if (!b.out.has(file)) broken.insert(path + " -> /" + target);
        }
    }
    std::string list;
    for (const auto& x : broken) list += x + "\n";
    CHECK_MESSAGE(broken.empty(), list);
    CHECK(links > 500);
}

TEST_CASE("the main menu of the portal points at pages that exist") {
    const auto& b = portal();
    REQUIRE(b.ok);
    const std::string& home = b.out.at("index.html");
    CHECK(home.find("<nav") != std::string::npos);
    CHECK(home.find("href=\"/materials/\"") != std::string::npos);
    CHECK(b.out.has("materials/index.html"));
}

TEST_CASE("building the portal twice gives byte-identical output") {
    const auto& a = portal();
    PortalBuild again;
    again.ok = build_into(portal_options(), again.out, again.diags, again.summary);
    REQUIRE(again.ok);
    CHECK(a.out.files().size() == again.out.files().size());
    CHECK(a.out.files() == again.out.files());
}
