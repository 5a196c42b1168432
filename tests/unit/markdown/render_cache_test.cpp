// The cache of Markdown renderings (markdown/render_cache.h): a record gives back exactly what was
// rendered; the log on disk survives a build stopped mid-record, refuses damaged or foreign
// records, and is rewritten without unused renderings once they are most of it.
#include "markdown/render_cache.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace urker;

namespace {

struct TempFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() / ("urker-markdown-cache-test-" + std::to_string(::getpid()));
    TempFolder() { std::filesystem::create_directories(path); }
    ~TempFolder() { std::filesystem::remove_all(path); }
};

RenderedMarkdown rendered(const std::string& text) {
    MarkdownRenderer renderer;
    Diagnostics diags;
    RenderedMarkdown r = renderer.render({text, {"content/a.md", 1, 0}, text, "ru"}, diags);
    REQUIRE(diags.items().empty());
    return r;
}

Fingerprint key_of(const std::string& text) { return rendering_key(rendering_setup_key({}, {}), fingerprint_of(text), "ru", false); }

std::uintmax_t size_of(const std::filesystem::path& p) { return std::filesystem::file_size(p); }

}  // namespace

TEST_CASE("a record gives back the rendering, its placeholders and the link answers") {
    RenderedMarkdown r = rendered("# Ход урока\n\nПервый абзац со [ссылкой](../b/index.md).\n\n## Задание\n\nСлова.\n");
    DeferredLinks links{"urker-link-7-", {"../b/index.md"}, false};
    std::vector<LinkAnswer> answers{{"../b/index.md", LinkRewrite::Action::replace, "/b/"}, {"https://e.kz/", LinkRewrite::Action::keep, ""}};
    auto kept = decode_rendering(encode_rendering(r, &links, answers));
    REQUIRE(kept);
    CHECK(kept->rendering.html == r.html);
    CHECK(kept->rendering.first_paragraph_html == r.first_paragraph_html);
    CHECK(kept->rendering.plain_text == r.plain_text);
    CHECK(kept->rendering.word_count == r.word_count);
    REQUIRE(kept->rendering.headings.size() == 2);
    CHECK(kept->rendering.headings[1].id == r.headings[1].id);
    CHECK(kept->rendering.headings[1].title == "Задание");
    CHECK(kept->rendering.headings[1].level == 2);
    CHECK(kept->token == "urker-link-7-");
    CHECK(kept->deferred_urls == std::vector<std::string>{"../b/index.md"});
    REQUIRE(kept->answers.size() == 2);
    CHECK(kept->answers[0].action == LinkRewrite::Action::replace);
    CHECK(kept->answers[0].to == "/b/");
    CHECK(kept->answers[1].url == "https://e.kz/");

    // With what keeps the record's bytes, the texts are views of them.
    auto bytes = std::make_shared<const std::string>(encode_rendering(r, &links, answers));
    auto viewed = decode_rendering(*bytes, bytes);
    REQUIRE(viewed);
    CHECK(viewed->rendering.html.empty());
    std::string buffer;
    CHECK(viewed->rendering.html_text(buffer) == r.html);
    CHECK(viewed->rendering.first_paragraph_text(buffer) == r.first_paragraph_html);
    CHECK(viewed->rendering.plain_text_start() == r.plain_text);
    CHECK(viewed->rendering.html_text(buffer).data() >= bytes->data());
    CHECK(viewed->rendering.html_text(buffer).data() < bytes->data() + bytes->size());
    CHECK(viewed->rendering.html_fingerprint() == r.html_fingerprint());
    // The words' fingerprint is the record's, not their hash made again; the same as the text's.
    CHECK(viewed->rendering.plain_fingerprint_known);
    CHECK(viewed->rendering.plain_text_fingerprint() == r.plain_text_fingerprint());
    CHECK(viewed->rendering.plain_text_fingerprint() == Fingerprinter().add(std::string_view(r.plain_text)).finish());
    CHECK(viewed->rendering.headings.size() == 2);
    CHECK(viewed->answers.size() == 2);
    CHECK(encode_rendering(viewed->rendering, &links, answers) == *bytes);  // kept again as it was
    // A page made of it reads the same HTML, and its words can be cut (the search took them).
    PageMarkdown page(std::move(viewed->rendering));
    CHECK(page.html() == r.html);
    CHECK(page.first_paragraph_html() == r.first_paragraph_html);
    page.shorten_plain_text(5);
    CHECK(page.plain_text(buffer) == r.plain_text.substr(0, 5));

    // Any record cut short is refused, whatever the cut.
    const std::string record = encode_rendering(r, &links, answers);
    for (std::size_t n = 0; n < record.size(); n += 7) CHECK_FALSE(decode_rendering(std::string_view(record).substr(0, n)));
}

TEST_CASE("the key follows the text, the language, the views and the setup") {
    const Fingerprint setup = rendering_setup_key({}, {});
    const Fingerprint base = rendering_key(setup, fingerprint_of("Текст"), "ru", false);
    CHECK(base == rendering_key(setup, fingerprint_of("Текст"), "ru", false));
    CHECK_FALSE(base == rendering_key(setup, fingerprint_of("Текст."), "ru", false));
    CHECK_FALSE(base == rendering_key(setup, fingerprint_of("Текст"), "kk", false));
    CHECK_FALSE(base == rendering_key(setup, fingerprint_of("Текст"), "ru", true));
    MarkdownOptions unsafe;
    unsafe.unsafe = true;
    CHECK_FALSE(base == rendering_key(rendering_setup_key(unsafe, {}), fingerprint_of("Текст"), "ru", false));
    CHECK_FALSE(base == rendering_key(rendering_setup_key({}, {"video"}), fingerprint_of("Текст"), "ru", false));
}

TEST_CASE("renderings kept on disk are found by the next build, and only under the same key") {
    TempFolder tmp;
    const auto file = tmp.path / "memo.markdown";
    const Fingerprint binary{1, 2};
    const std::vector<std::string> texts{"Первый *текст*.", "Второй **текст**.", "Третий текст с `кодом`."};
    {
        RenderingReuse first(file, binary);
        for (const auto& t : texts) {
            CHECK_FALSE(first.find(key_of(t)));
            first.made(key_of(t), encode_rendering(rendered(t), nullptr, {}));
        }
        CHECK(first.finish());
    }
    {
        RenderingReuse second(file, binary);
        for (const auto& t : texts) {
            auto kept = second.find(key_of(t));
            REQUIRE(kept);
            std::string buffer;
            CHECK(kept->rendering.html_text(buffer) == rendered(t).html);
            CHECK(kept->rendering.html.empty());  // left in the file, read back when asked for
            CHECK(kept->rendering.stored);
            CHECK(kept->rendering.plain_text_whole(buffer) == rendered(t).plain_text);
            CHECK(kept->rendering.plain_text_fingerprint() == Fingerprinter().add(std::string_view(rendered(t).plain_text)).finish());
            second.taken(key_of(t));
        }
        CHECK_FALSE(second.find(key_of("Другой текст.")));
        CHECK(second.taken_count() == 3);
        CHECK(second.finish());
    }
    // Another urker binary: nothing is taken, and the file is started anew.
    RenderingReuse other(file, Fingerprint{1, 3});
    CHECK_FALSE(other.find(key_of(texts[0])));
    CHECK(other.finish());
    RenderingReuse again(file, binary);
    CHECK_FALSE(again.find(key_of(texts[0])));
}

TEST_CASE("a rendering written to the file is read back from it, also once the file is rewritten") {
    TempFolder tmp;
    const auto file = tmp.path / "memo.markdown";
    const Fingerprint binary{1, 2};
    const std::vector<std::string> texts{"Первый *текст*.", "Второй **текст** и [ссылка](/a/).", "Третий текст с `кодом`."};
    std::vector<RenderedMarkdown> stored;
    {
        RenderingReuse first(file, binary);
        for (const auto& t : texts) {
            RenderedMarkdown r = rendered(t);
            auto at = first.made(key_of(t), encode_rendering(r, nullptr, {}));
            REQUIRE(at);
            REQUIRE(first.written());
            const Fingerprint before = r.html_fingerprint();
            const Fingerprint words_before = r.plain_text_fingerprint();
            store_rendering_texts(r, first.written(), *at);
            CHECK(r.html.empty());
            CHECK(r.html_fingerprint() == before);
            CHECK(r.plain_text_fingerprint() == words_before);
            stored.push_back(std::move(r));
        }
        // And more, which the next build does not use, so that it rewrites the file.
        for (int k = 0; k < 40; ++k) {
            const std::string t = "Текст номер " + std::to_string(k) + ". " + std::string(40000, 'x');
            first.made(key_of(t), encode_rendering(rendered(t), nullptr, {}));
        }
        CHECK(first.finish());
    }
    for (std::size_t i = 0; i < texts.size(); ++i) {
        std::string buffer, words;
        CHECK(stored[i].html_text(buffer) == rendered(texts[i]).html);
        CHECK(stored[i].plain_text_whole(words) == rendered(texts[i]).plain_text);
        CHECK(stored[i].first_paragraph_html.empty());
        CHECK(stored[i].first_paragraph_text(words) == rendered(texts[i]).first_paragraph_html);
        // A page shows it, and fingerprints it, as it would the rendering in memory.
        PageMarkdown from_file(stored[i]), in_memory(rendered(texts[i]));
        CHECK(from_file.html() == in_memory.html());
        CHECK(from_file.first_paragraph_html() == in_memory.first_paragraph_html());
        Fingerprinter a, b;
        from_file.add_html_to(a);
        in_memory.add_html_to(b);
        CHECK(a.finish() == b.finish());
    }
    // The next build uses one text only and rewrites the file: what this build stored still reads.
    {
        RenderingReuse second(file, binary);
        REQUIRE(second.find(key_of(texts[0])));
        second.taken(key_of(texts[0]));
        const auto before = size_of(file);
        CHECK(second.finish());
        CHECK(size_of(file) < before);
    }
    {
        RenderingReuse third(file, binary);
        CHECK_FALSE(third.find(key_of(texts[1])));  // rewritten without it
    }
    std::string buffer;
    CHECK(stored[1].html_text(buffer) == rendered(texts[1]).html);
    // Without a file (the dev server's cache in memory) nothing is stored.
    RenderingReuse in_memory(nullptr);
    CHECK_FALSE(in_memory.made(key_of(texts[0]), encode_rendering(rendered(texts[0]), nullptr, {})));
}

TEST_CASE("a long text's words stay in memory only by their start once stored; the rest is read back whole") {
    TempFolder tmp;
    const auto file = tmp.path / "memo.markdown";
    std::string text = "# Дроби\n\n";
    for (int k = 0; k < 300; ++k) text += "Слово номер " + std::to_string(k) + " в абзаце о дробях. ";
    const RenderedMarkdown whole = rendered(text);
    REQUIRE(whole.plain_text.size() > 3 * RenderedMarkdown::kPlainTextStart);
    RenderingReuse reuse(file, Fingerprint{3, 4});
    RenderedMarkdown r = whole;
    auto at = reuse.made(key_of(text), encode_rendering(r, nullptr, {}));
    REQUIRE(at);
    store_rendering_texts(r, reuse.written(), *at);
    CHECK(r.plain_text.size() == RenderedMarkdown::kPlainTextStart);
    CHECK(r.plain_text_size() == whole.plain_text.size());
    CHECK(r.plain_text_fingerprint() == whole.plain_text_fingerprint());
    CHECK(r.word_count == whole.word_count);
    std::string buffer;
    CHECK(r.plain_text_whole(buffer) == whole.plain_text);
    // A page reads a start of any length, from memory or, longer, from the file.
    PageMarkdown page(std::move(r));
    CHECK(page.plain_text_start(600, buffer) == whole.plain_text.substr(0, 600));
    CHECK(page.plain_text_start(2500, buffer) == whole.plain_text.substr(0, 2500));
    CHECK(page.plain_text(buffer) == whole.plain_text);
    // Cut longer than the start memory holds: the cut text is read back, then all in memory.
    page.shorten_plain_text(1500);
    CHECK(page.plain_text_size() == 1500);
    CHECK(page.plain_text(buffer) == whole.plain_text.substr(0, 1500));
    page.shorten_plain_text(600);
    CHECK(page.plain_text(buffer) == whole.plain_text.substr(0, 600));
    CHECK(reuse.finish());

    // Found by the next build: the same, its texts read from the file as asked for.
    RenderingReuse next(file, Fingerprint{3, 4});
    auto kept = next.find(key_of(text));
    REQUIRE(kept);
    RenderedMarkdown& found = kept->rendering;
    CHECK(found.html.empty());
    CHECK(found.plain_text.size() == RenderedMarkdown::kPlainTextStart);
    CHECK(found.plain_text_size() == whole.plain_text.size());
    CHECK(found.plain_text_fingerprint() == whole.plain_text_fingerprint());
    CHECK(found.html_fingerprint() == whole.html_fingerprint());
    CHECK(found.html_text(buffer) == whole.html);
    CHECK(found.first_paragraph_text(buffer) == whole.first_paragraph_html);
    CHECK(found.word_count == whole.word_count);
    CHECK(found.headings.size() == whole.headings.size());
    PageMarkdown found_page(std::move(found));
    CHECK(found_page.plain_text_start(2500, buffer) == whole.plain_text.substr(0, 2500));
    CHECK(found_page.plain_text(buffer) == whole.plain_text);
}

TEST_CASE("a record cut short or damaged is rendered again; the records before it are kept") {
    TempFolder tmp;
    const auto file = tmp.path / "memo.markdown";
    const Fingerprint binary{7, 7};
    {
        RenderingReuse first(file, binary);
        first.made(key_of("Один."), encode_rendering(rendered("Один."), nullptr, {}));
        first.made(key_of("Два."), encode_rendering(rendered("Два."), nullptr, {}));
        CHECK(first.finish());
    }
    // A build stopped while writing the second record.
    std::filesystem::resize_file(file, size_of(file) - 5);
    {
        RenderingReuse second(file, binary);
        CHECK(second.find(key_of("Один.")));
        CHECK_FALSE(second.find(key_of("Два.")));
        second.taken(key_of("Один."));
        second.made(key_of("Два."), encode_rendering(rendered("Два."), nullptr, {}));
        CHECK(second.finish());
    }
    {
        RenderingReuse third(file, binary);
        CHECK(third.find(key_of("Один.")));
        REQUIRE(third.find(key_of("Два.")));
        std::string buffer;
        CHECK(third.find(key_of("Два."))->rendering.html_text(buffer) == rendered("Два.").html);
    }
    // A changed byte inside a record's text: its checksum no longer matches.
    {
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        const auto at = bytes.find("Один");
        REQUIRE(at != std::string::npos);
        f.seekp(static_cast<std::streamoff>(at));
        f.put('X');
    }
    RenderingReuse fourth(file, binary);
    CHECK_FALSE(fourth.find(key_of("Один.")));
    CHECK(fourth.find(key_of("Два.")));
}

TEST_CASE("the records' frames are listed beside the file; the list only says where they are, and the file has the last word") {
    TempFolder tmp;
    const auto file = tmp.path / "memo.markdown";
    const auto frames = tmp.path / "memo.markdown.frames";
    const Fingerprint binary{5, 6};
    const std::vector<std::string> texts{"Один.", "Два, *курсивом*.", "Три."};
    {
        RenderingReuse first(file, binary);
        for (const auto& t : texts) first.made(key_of(t), encode_rendering(rendered(t), nullptr, {}));
        CHECK(first.finish());
    }
    REQUIRE(std::filesystem::exists(frames));
    auto all_found = [&](RenderingReuse& reuse) {
        for (const auto& t : texts) {
            auto kept = reuse.find(key_of(t));
            REQUIRE(kept);
            std::string buffer;
            CHECK(kept->rendering.html_text(buffer) == rendered(t).html);
        }
    };
    {
        RenderingReuse second(file, binary);
        all_found(second);
        // A record added by a build stopped before it could list it: found after the listed ones.
        second.made(key_of("Четыре."), encode_rendering(rendered("Четыре."), nullptr, {}));
    }
    {
        RenderingReuse third(file, binary);
        all_found(third);
        CHECK(third.find(key_of("Четыре.")));
        for (const auto& t : texts) third.taken(key_of(t));
        third.taken(key_of("Четыре."));
        CHECK(third.finish());
    }
    std::string list;
    {
        std::ifstream in(frames, std::ios::binary);
        list.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::size_t entries_at = list.size() - 4 * 20;  // four records now, 20 bytes each
    SUBCASE("a list whose names are swapped gives no record for the wrong text") {
        std::string swapped = list;
        for (std::size_t k = 0; k < 16; ++k) std::swap(swapped[entries_at + k], swapped[entries_at + 20 + k]);
        std::ofstream(frames, std::ios::binary | std::ios::trunc) << swapped;
        RenderingReuse reuse(file, binary);
        CHECK_FALSE(reuse.find(key_of(texts[0])));
        CHECK_FALSE(reuse.find(key_of(texts[1])));
        CHECK(reuse.find(key_of(texts[2])));
    }
    SUBCASE("a list that does not fit the file is not used: the frames are read from the file") {
        std::string longer = list;
        longer[entries_at + 16] = static_cast<char>(longer[entries_at + 16] + 1);  // the first record a byte longer
        std::ofstream(frames, std::ios::binary | std::ios::trunc) << longer;
        RenderingReuse reuse(file, binary);
        all_found(reuse);
        CHECK(reuse.find(key_of("Четыре.")));
    }
    SUBCASE("without the list, the frames are read from the file") {
        std::filesystem::remove(frames);
        RenderingReuse reuse(file, binary);
        all_found(reuse);
    }
}

TEST_CASE("the file is rewritten without unused renderings once they are most of it") {
    TempFolder tmp;
    const auto file = tmp.path / "memo.markdown";
    const Fingerprint binary{3, 4};
    // Some 2 MB of renderings, then a build that uses one of them.
    std::vector<std::string> texts;
    for (int k = 0; k < 40; ++k) texts.push_back("Текст номер " + std::to_string(k) + ". " + std::string(50000, 'a'));
    {
        RenderingReuse first(file, binary);
        for (const auto& t : texts) first.made(key_of(t), encode_rendering(rendered(t), nullptr, {}));
        CHECK(first.finish());
    }
    const auto full = size_of(file);
    CHECK(full > 4'000'000);
    {
        RenderingReuse second(file, binary);
        REQUIRE(second.find(key_of(texts[3])));
        second.taken(key_of(texts[3]));
        CHECK(second.finish());
    }
    CHECK(size_of(file) < full / 10);
    RenderingReuse third(file, binary);
    CHECK(third.find(key_of(texts[3])));
    CHECK_FALSE(third.find(key_of(texts[4])));
}

TEST_CASE("in memory, the next build gets what this one took or made, and nothing else") {
    RenderingReuse first(std::shared_ptr<const RenderingCache>{});
    first.made(key_of("Один."), encode_rendering(rendered("Один."), nullptr, {}));
    first.made(key_of("Два."), encode_rendering(rendered("Два."), nullptr, {}));
    CHECK(first.finish());
    RenderingReuse second(first.renderings_in_memory());
    REQUIRE(second.find(key_of("Два.")));
    second.taken(key_of("Два."));
    CHECK(second.finish());
    RenderingReuse third(second.renderings_in_memory());
    CHECK(third.find(key_of("Два.")));
    CHECK_FALSE(third.find(key_of("Один.")));
}
