// Search inside attachments: the words of a material's .docx and .pdf are in the index's `files`
// field, the store names the files, the text is cached in .urker-cache/ by the file's hash, and
// a damaged or password-protected file is a warning naming it.
#include <doctest/doctest.h>
#include "core/json.h"

#include <filesystem>
#include <map>
#include <string>

#include "../support/pdf_writer.h"
#include "../support/search_bundle.h"
#include "../support/zip_writer.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;
using json = urker::Json;
namespace fs = std::filesystem;

namespace {

const char* kSiteYaml = "title: Тестовая сеть\nbase_url: \"https://test.example.kz/\"\nlanguage: ru\nlanguages: [ru, kk]\n";

std::string docx(const std::string& text) {
    return make_zip({{"word/document.xml",
                      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" +
                          text + "</w:t></w:r></w:p></w:body></w:document>"}});
}

std::map<std::string, std::string> site_files() {
    return {
        {"site.yaml", kSiteYaml},
        {"content/_index.md", "---\ntitle: Главная\n---\nДобро пожаловать.\n"},
                {"content/news/drobi/index.md",
         "---\ntitle: Дроби\ndate: 2026-09-01\n---\n"
         "Урок математики. [План](plan.docx), [тест](test.pdf).\n"},
        {"content/news/drobi/plan.docx", docx("Знаменатель и числитель: карточки-трапецоэдры для групп")},
        {"content/news/drobi/test.pdf", make_pdf({"Quizzical fractions worksheet"})},
        {"content/news/broken/index.md",
         "---\ntitle: Сломанный файл\ndate: 2026-09-02\n---\n"
         "[Файл](damaged.docx), [закрытый](secret.pdf).\n"},
        {"content/news/broken/damaged.docx", "PK\x03\x04 this is not really a zip"},
        {"content/news/broken/secret.pdf", make_pdf({"hidden"}, kPdfPasswordEncryption)},
    };
}

// The index shard holding `term` and the document numbers it lists in `field`.
json postings(const MemoryOutput& out, const std::string& term, const std::string& field) {
    const json manifest = json::parse(out.at("search/index.json"));
    for (std::size_t k = 0; k < manifest["shards"].size(); ++k) {
        const json shard = json::parse(bundle_part(manifest["index"], k, [&](const std::string& p) { return out.at(p); }));
        for (const auto& entry : shard["invertedIndex"])
            if (entry[0] == term) return entry[3].value(field, json::object());
    }
    return json();
}

}  // namespace

TEST_CASE("a word only inside a material's attachment finds it, in the files field, and the store names the files") {
    SiteFixture site(site_files());
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    const json manifest = json::parse(r->out.at("search/index.json"));
    CHECK(manifest["fields"] == json({"title", "tags", "summary", "body", "files"}));
    // «трапецоэдры» is only in plan.docx, "quizzical" only in test.pdf (terms after the stemmers).
    const json in_docx = postings(r->out, "трапецоэдр", "files");
    REQUIRE(in_docx.is_object());
    REQUIRE(in_docx.size() == 1);
    CHECK(postings(r->out, "трапецоэдр", "body").empty());
    const json in_pdf = postings(r->out, "quizzic", "files");
    REQUIRE(in_pdf.is_object());
    CHECK(in_pdf.size() == 1);
    const std::string number = in_docx.begin().key();
    const json entry = json::parse(bundle_part(manifest["store"], std::stoul(number), [&](const std::string& p) { return r->out.at(p); }));
    CHECK(entry["u"] == "/news/drobi/");
    CHECK(entry["a"] == json({"plan.docx", "test.pdf"}));
    // The search page has the words to say so.
    CHECK(r->out.at("search/index.html").find("найдено в файле") != std::string::npos);
    CHECK(r->out.at("kk/search/index.html").find("файлынан табылды") != std::string::npos);
}

TEST_CASE("a damaged or password-protected attachment is a warning naming it; the build goes on") {
    SiteFixture site(site_files());
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string m = r->messages();
    CHECK(m.find("content/news/broken/damaged.docx") != std::string::npos);
    CHECK(m.find("content/news/broken/secret.pdf") != std::string::npos);
    CHECK(m.find("password") != std::string::npos);
    CHECK(r->diags.error_count() == 0);
    CHECK(r->out.has("news/broken/damaged.docx"));  // published as it is
}

TEST_CASE("the text of attachments is cached in .urker-cache/: a rebuild reads only a changed file") {
    SiteFixture site(site_files());
    auto first = site.build();
    REQUIRE_MESSAGE(first->ok, first->messages());
    CHECK(first->summary.attachments_read == 4);
    CHECK(first->summary.attachments_from_cache == 0);
    CHECK(fs::is_directory(site.root() / ".urker-cache"));

    auto second = site.build();
    REQUIRE(second->ok);
    CHECK(second->summary.attachments_read == 0);
    CHECK(second->summary.attachments_from_cache == 4);
    CHECK(second->out.at("search/terms.json") == first->out.at("search/terms.json"));
    // Problems are remembered too, and still reported.
    CHECK(second->messages().find("damaged.docx") != std::string::npos);

    site.write("content/news/drobi/plan.docx", docx("Новый план с икосаэдрами"));
    auto third = site.build();
    REQUIRE(third->ok);
    CHECK(third->summary.attachments_read == 1);
    CHECK(third->summary.attachments_from_cache == 3);
    CHECK(postings(third->out, "икосаэдр", "files").size() == 1);
    CHECK(postings(third->out, "трапецоэдр", "files").is_null());

    // The cache is not content: the site's pages do not change because of it.
    CHECK_FALSE(third->out.has(".urker-cache"));
}

TEST_CASE("a site without readable attachments keeps its four search fields") {
    std::map<std::string, std::string> files = site_files();
    for (auto it = files.begin(); it != files.end();)
        it = it->first.starts_with("content/news/") ? files.erase(it) : std::next(it);
    SiteFixture site(files);
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(json::parse(r->out.at("search/index.json"))["fields"] == json({"title", "tags", "summary", "body"}));
    CHECK(r->summary.attachments_read == 0);
}
