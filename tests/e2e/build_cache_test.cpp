// The build cache as the dev server uses it (in memory, from one full build to the next): pages
// made from the same values come from the last build, and the site is the one a build without the
// cache makes. tests/e2e/incremental_build.py checks the same on disk with the urker binary.
#include <doctest/doctest.h>

#include "site_fixture.h"
#include "output/published_memo.h"
#include "site/up_to_date.h"

using namespace urker;
using namespace urker::testing;

namespace {

std::map<std::string, std::string> school_site() {
    std::map<std::string, std::string> files{
        {"site.yaml", "title: Сеть школ\nlanguage: ru\nlanguages: [ru, kk]\nbase_url: https://school.example.kz/\npaginate: 3\n"},
        {"content/_index.md", "---\ntitle: Главная\n---\nДобро пожаловать.\n"},
        {"content/news/_index.md", "---\ntitle: Новости\n---\n"}};
    for (int k = 1; k <= 7; ++k)
        files["content/news/n" + std::to_string(k) + ".md"] =
            "---\ntitle: Новость " + std::to_string(k) + "\ndate: 2026-10-0" + std::to_string(k) + "\n---\nТекст новости " + std::to_string(k) + ".\n";
    return files;
}

struct Builds {
    PublishedMemo memo{PublishedMemo::program_key("test")};
    std::shared_ptr<const MemoryOutput> last;
    std::size_t from_cache = 0;
    std::vector<Message> notes;
    std::optional<std::int64_t> started_ns;  // BuildOptions::started_ns

    std::shared_ptr<MemoryOutput> build(const SiteFixture& site) {
        auto files = std::make_shared<MemoryOutput>();
        files->set_previous(last);
        BuildOptions options;
        options.source = site.root();
        options.build_date = parse_date("2026-12-01").date;
        options.published_memo = &memo;
        options.started_ns = started_ns;
        Diagnostics diags;
        BuildSummary summary;
        REQUIRE(build_into(options, *files, diags, summary));
        memo.roll();
        last = files;
        from_cache = summary.pages_from_cache;
        notes = summary.notes;
        return files;
    }
};

MemoryFiles clean_build(const SiteFixture& site) {
    BuildOptions options;
    options.build_date = parse_date("2026-12-01").date;
    auto result = site.build(options);
    REQUIRE(result->ok);
    return result->out.files();
}

// The number `name` of the build summary's note `id`, or -1 when there is no such note.
std::int64_t note_number(const std::vector<Message>& notes, const std::string& id, const std::string& name) {
    for (const Message& m : notes)
        if (m.id == id)
            for (const MessageArg& a : m.args)
                if (a.name == name && std::holds_alternative<std::int64_t>(a.value)) return std::get<std::int64_t>(a.value);
    return -1;
}

}  // namespace

TEST_CASE("the build cache in memory: unchanged pages come from the last build, the site is a clean build's") {
    SiteFixture site(school_site());
    Builds builds;
    auto first = builds.build(site);
    CHECK(builds.from_cache == 0);
    const std::size_t pages = first->files().size();

    auto same = builds.build(site);
    CHECK(builds.from_cache > 10);
    CHECK(same->files() == first->files());

    // A body edit: the news item and the lists that show its summary render again, nothing else.
    site.write("content/news/n3.md", "---\ntitle: Новость 3\ndate: 2026-10-03\n---\nИсправленный текст новости 3.\n");
    auto edited = builds.build(site);
    CHECK(builds.from_cache > 10);
    CHECK(edited->files() == clean_build(site));
    CHECK(edited->at("news/n3/index.html").find("Исправленный текст") != std::string::npos);
    // The search index: only the edited document's words are read again (the others' are kept
    // in memory from the last build), and most compressed parts come from the last build's.
    const std::int64_t documents = note_number(builds.notes, "build.search_words_kept", "documents");
    CHECK(documents > 5);
    CHECK(note_number(builds.notes, "build.search_words_kept", "kept") == documents - 1);
    CHECK(note_number(builds.notes, "build.search_kept", "kept") > 0);
    // ... and only the edited file's Markdown is rendered again.
    const std::int64_t files = note_number(builds.notes, "build.markdown_kept", "files");
    CHECK(files > 5);
    CHECK(note_number(builds.notes, "build.markdown_kept", "kept") == files - 1);

    // A new item moves every item one place down the paginated list: those list pages change.
    site.write("content/news/n8.md", "---\ntitle: Новость 8\ndate: 2026-10-08\n---\nСамая новая.\n");
    auto added = builds.build(site);
    CHECK(added->files() == clean_build(site));
    CHECK(added->files().size() > pages);
    CHECK(added->at("news/index.html").find("Новость 8") != std::string::npos);
}

TEST_CASE("a list page depends on what it shows of its entries: a new last paragraph renders only the item's own pages") {
    SiteFixture site(school_site());
    Builds builds;
    builds.build(site);
    builds.build(site);
    const std::size_t all = builds.from_cache;
    REQUIRE(all > 10);
    // The card shows the title, the date and the first paragraph; the word count changes, which
    // no list shows (template/globals_trace.h's kListItems): the lists are taken as they were.
    site.write("content/news/n3.md", "---\ntitle: Новость 3\ndate: 2026-10-03\n---\nТекст новости 3.\n\nДополнение после семинара.\n");
    auto appended = builds.build(site);
    CHECK(appended->files() == clean_build(site));
    CHECK(appended->at("news/n3/index.html").find("Дополнение после семинара") != std::string::npos);
    CHECK(all - builds.from_cache == 2);  // news/n3/ and its Kazakh view kk/news/n3/
    // Its first paragraph is on the lists: those render again.
    site.write("content/news/n3.md", "---\ntitle: Новость 3\ndate: 2026-10-03\n---\nНовый первый абзац.\n\nДополнение после семинара.\n");
    auto first_paragraph = builds.build(site);
    CHECK(first_paragraph->files() == clean_build(site));
    CHECK(all - builds.from_cache > 2);
    CHECK(first_paragraph->at("news/page/2/index.html").find("Новый первый абзац") != std::string::npos);  // n7–n5, then n4–n2
}

TEST_CASE("the A-Z index depends on what it shows of the materials: a text edit leaves it, a new title moves the material") {
    std::map<std::string, std::string> files{
        {"site.yaml", "title: Сеть школ\nlanguage: ru\nlanguages: [ru, kk]\nbase_url: https://school.example.kz/\n"},
        {"content/_index.md", "---\ntitle: Главная\n---\n"},
        {"content/materials/_index.md", "---\ntitle: Материалы\n---\n"},
        {"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\n---\n"}};
    const char* titles[] = {"Алгебра в 7 классе", "Буквы и звуки", "Вода в природе", "Дроби", "Әліппе"};
    for (int k = 0; k < 5; ++k)
        files["content/materials/m" + std::to_string(k) + ".md"] = "---\ntitle: \"" + std::string(titles[k]) +
                                                                   "\"\ndate: 2026-10-0" + std::to_string(k + 1) +
                                                                   "\nmaterial_type: lesson-plan\nauthor: ivanova-a\n---\nТекст материала.\n";
    SiteFixture site(files);
    Builds builds;
    builds.build(site);
    builds.build(site);
    const std::size_t all = builds.from_cache;
    REQUIRE(all > 10);

    // The index shows titles, types, subjects, grades and authors: a longer text changes none.
    site.write("content/materials/m3.md", "---\ntitle: \"Дроби\"\ndate: 2026-10-04\nmaterial_type: lesson-plan\nauthor: ivanova-a\n---\nТекст материала.\n\nЕщё один пример.\n");
    auto appended = builds.build(site);
    CHECK(appended->files() == clean_build(site));
    CHECK(all - builds.from_cache == 2);  // materials/m3/ and its Kazakh view kk/materials/m3/

    // A new title moves the material to another letter: both indexes render again, as a clean build makes them.
    site.write("content/materials/m3.md", "---\ntitle: \"Проценты\"\ndate: 2026-10-04\nmaterial_type: lesson-plan\nauthor: ivanova-a\n---\nТекст материала.\n\nЕщё один пример.\n");
    auto renamed = builds.build(site);
    CHECK(renamed->files() == clean_build(site));
    const std::string& az = renamed->at("materials/az/index.html");
    CHECK(az.find("Проценты") != std::string::npos);
    CHECK(az.find("Дроби") == std::string::npos);
    CHECK(az.find(">П<") != std::string::npos);
    CHECK(renamed->at("kk/materials/az/index.html").find("Проценты") != std::string::npos);
}

TEST_CASE("the build cache in memory: a kept rendering whose link target went is rendered again, and the link reported") {
    auto files = school_site();
    files["content/news/n1.md"] = "---\ntitle: Новость 1\ndate: 2026-10-01\n---\nСм. [новость 2](n2.md).\n";
    SiteFixture site(files);
    Builds builds;
    auto first = builds.build(site);
    CHECK(first->at("news/n1/index.html").find("href=\"/news/n2/\"") != std::string::npos);
    builds.build(site);
    const std::int64_t kept = note_number(builds.notes, "build.markdown_kept", "kept");
    CHECK(kept == note_number(builds.notes, "build.markdown_kept", "files"));

    // n1's text is unchanged, but the page it links to is gone: the link is broken, and said so.
    std::filesystem::remove(site.root() / "content/news/n2.md");
    auto files_out = std::make_shared<MemoryOutput>();
    files_out->set_previous(builds.last);
    BuildOptions options;
    options.source = site.root();
    options.build_date = parse_date("2026-12-01").date;
    options.published_memo = &builds.memo;
    Diagnostics diags;
    BuildSummary summary;
    CHECK_FALSE(build_into(options, *files_out, diags, summary));
    bool reported = false;
    for (const auto& d : diags.items())
        if (d.where.file == "content/news/n1.md" && d.severity == Severity::error) reported = true;
    CHECK(reported);
}

TEST_CASE("the dev server's rebuild reads only the files changed since the last build") {
    SiteFixture site(school_site());
    Builds builds;
    // As if the build began a minute after the files were written: they are settled
    // (content/known_files.h), and their identity on disk vouches for them.
    builds.started_ns = wall_clock_ns() + 60'000'000'000;
    builds.build(site);
    CHECK(note_number(builds.notes, "build.files_known", "kept") == -1);  // nothing known yet
    builds.build(site);
    const std::int64_t files = note_number(builds.notes, "build.files_known", "files");
    CHECK(files == 9);
    CHECK(note_number(builds.notes, "build.files_known", "kept") == files);

    site.write("content/news/n3.md", "---\ntitle: Новость 3 (дополнено)\ndate: 2026-10-03\n---\nИсправленный текст.\n");
    auto edited = builds.build(site);
    CHECK(note_number(builds.notes, "build.files_known", "kept") == files - 1);
    CHECK(edited->files() == clean_build(site));
    CHECK(edited->at("news/n3/index.html").find("Исправленный текст") != std::string::npos);
    CHECK(edited->at("news/page/2/index.html").find("Новость 3 (дополнено)") != std::string::npos);  // n7–n5, then n4–n2
}

TEST_CASE("the dev server's preview of the open pages takes what the last full build kept, and keeps nothing") {
    SiteFixture site(school_site());
    Builds builds;
    builds.started_ns = wall_clock_ns() + 60'000'000'000;
    builds.build(site);
    const auto kept_front_matter = builds.memo.kept("front-matter");
    const auto kept_markdown = builds.memo.kept("markdown");
    REQUIRE(kept_front_matter);
    REQUIRE(kept_markdown);

    site.write("content/news/n3.md", "---\ntitle: Новость 3 (исправлено)\ndate: 2026-10-03\n---\nИсправленный текст.\n");
    // A site also built with `urker build` has a build cache folder: the dev server writes nothing there.
    std::filesystem::create_directories(site.root() / ".urker-cache");
    // As serve.cpp previews a page open in a browser: only that page, with the full build's memo.
    auto preview = std::make_shared<MemoryOutput>(*builds.last, std::set<std::string>{"news/n3/index.html"});
    BuildOptions options;
    options.source = site.root();
    options.build_date = parse_date("2026-12-01").date;
    options.published_memo = &builds.memo;
    options.started_ns = builds.started_ns;
    Diagnostics diags;
    BuildSummary summary;
    REQUIRE(build_into(options, *preview, diags, summary));
    builds.memo.forget_current();
    CHECK(preview->at("news/n3/index.html").find("Исправленный текст") != std::string::npos);
    CHECK(preview->at("news/n3/index.html").find("Новость 3 (исправлено)") != std::string::npos);
    CHECK(preview->at("news/n4/index.html") == builds.last->at("news/n4/index.html"));
    // Only the edited file was read and its Markdown rendered: the others came from the memo.
    const std::int64_t files = note_number(summary.notes, "build.files_known", "files");
    CHECK(files == 9);
    CHECK(note_number(summary.notes, "build.files_known", "kept") == files - 1);
    CHECK(note_number(summary.notes, "build.markdown_kept", "kept") == note_number(summary.notes, "build.markdown_kept", "files") - 1);
    // Nothing written beside the site: the dev server's cache is in memory.
    CHECK(std::filesystem::is_empty(site.root() / ".urker-cache"));
    // What the full build kept is still what the next one finds.
    CHECK(builds.memo.kept("front-matter") == kept_front_matter);
    CHECK(builds.memo.kept("markdown") == kept_markdown);

    auto full = builds.build(site);
    CHECK(full->files() == clean_build(site));
    CHECK(builds.memo.kept("front-matter") != kept_front_matter);
}
