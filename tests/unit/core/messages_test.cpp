#include "core/messages.h"

#include <doctest/doctest.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <set>
#include <string>

using namespace urker;

namespace {

// The argument names a pattern uses, as ICU reads them (fails the test when it does not parse).
std::set<std::string> argument_names(std::string_view pattern, const char* locale, std::string_view id) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))),
                              icu::Locale(locale), parse_error, status);
    INFO("message ", id, " in ", locale, ": ", pattern);
    REQUIRE_FALSE(U_FAILURE(status));
    std::set<std::string> names;
    icu::StringEnumeration* it = format.getFormatNames(status);
    if (it) {
        while (const icu::UnicodeString* name = it->snext(status)) {
            std::string n;
            name->toUTF8String(n);
            names.insert(n);
        }
        delete it;
    }
    return names;
}

}  // namespace

TEST_CASE("every catalogue message is written in English, Russian and Kazakh with the same arguments") {
    const auto& catalog = message_catalog();
    REQUIRE_FALSE(catalog.empty());
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        const CatalogEntry& e = catalog[i];
        INFO("message ", e.id);
        CHECK_FALSE(e.en.empty());
        CHECK_FALSE(e.ru.empty());
        CHECK_FALSE(e.kk.empty());
        if (i > 0) CHECK(catalog[i - 1].id < e.id);  // no id twice (the joined catalogue is sorted for lookup)
        auto en = argument_names(e.en, "en", e.id);
        CHECK(argument_names(e.ru, "ru", e.id) == en);
        CHECK(argument_names(e.kk, "kk", e.id) == en);
        // A Russian or Kazakh text that is the English one was not translated.
        if (e.en.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos && e.en.size() > 12) {
            CHECK(e.ru != e.en);
            CHECK(e.kk != e.en);
        }
    }
}

TEST_CASE("messages follow each language's plural rules") {
    auto failed = [](int n, const char* lang) {
        return render_message(Message("build.failed", {{"count", n}, {"output", "public"}}), lang);
    };
    CHECK(failed(1, "en") == "Build failed: 1 error. The previous site in public was left as it was.");
    CHECK(failed(3, "en").find("3 errors") != std::string::npos);
    CHECK(failed(1, "ru").find("1 ошибка.") != std::string::npos);
    CHECK(failed(3, "ru").find("3 ошибки.") != std::string::npos);
    CHECK(failed(5, "ru").find("5 ошибок.") != std::string::npos);
    CHECK(failed(21, "ru").find("21 ошибка.") != std::string::npos);
    CHECK(failed(5, "kk").find("5 қате.") != std::string::npos);
}

TEST_CASE("an argument given per language is read in the reader's language") {
    Message m("model.did_you_mean", {{"near", "highest"}, {"near@ru", "высшая"}, {"near@kk", "жоғары"}});
    CHECK(render_message(m, "kk") == "«жоғары» деп жазғыңыз келді ме?");
    CHECK(render_message(m, "ru") == "вы имели в виду «высшая»?");
    CHECK(render_message(m, "en") == "did you mean \"highest\"?");
    CHECK(render_message(m, "de") == "did you mean \"highest\"?");
    // Without one for the reader's language, the plain one.
    CHECK(render_message(Message("model.did_you_mean", {{"near", "a"}, {"near@kk", "ә"}}), "ru") == "вы имели в виду «a»?");
}

TEST_CASE("an unknown language reads English and an unknown id shows itself with its arguments") {
    CHECK(render_message(Message("label.error"), "de") == "error");
    CHECK(render_message(Message("no.such.message", {{"file", "a.md"}}), "ru") == "no.such.message file=a.md");
}

TEST_CASE("the reader's language: option, then URKER_LANG, then the locale, then the site's language") {
    CHECK(resolve_message_language("kk", "ru", "", "", "en_US.UTF-8", "ru") == "kk");
    CHECK(resolve_message_language("", "ru", "", "", "en_US.UTF-8", "kk") == "ru");
    CHECK(resolve_message_language("", "", "", "", "ru_RU.UTF-8", "kk") == "ru");
    CHECK(resolve_message_language("", "", "kk_KZ.UTF-8", "", "ru_RU.UTF-8", "en") == "kk");
    CHECK(resolve_message_language("", "", "", "kk_KZ", "en_US.UTF-8", "en") == "kk");
    CHECK(resolve_message_language("", "", "", "", "C.UTF-8", "ru") == "ru");  // C chooses no language: the portal's
    CHECK(resolve_message_language("", "", "C", "", "kk_KZ.UTF-8", "ru") == "ru");  // LC_ALL=C overrides LANG, and chooses none
    CHECK(resolve_message_language("", "", "", "", "POSIX", "") == "en");
    CHECK(resolve_message_language("", "", "", "", "", "kk") == "kk");
    CHECK(resolve_message_language("", "", "", "", "", "") == "en");
    CHECK(resolve_message_language("", "", "", "", "de_DE.UTF-8", "ru") == "en");
}

#include "core/diagnostic.h"

TEST_CASE("a diagnostic from the catalogue is shown in the reader's language, labels included") {
    Diagnostics diags;
    diags.error({"content/a.md", 3, 5}, Message("build.unexpected", {{"file", "content/a.md"}, {"what", "boom"}}),
                Message("build.unexpected_hint"), "title: x");
    const Diagnostic& d = diags.items().front();
    CHECK(d.message == "urker stopped unexpectedly while building content/a.md: boom");
    std::string ru = format_diagnostic(d, "ru");
    CHECK(ru.find("content/a.md:3:5: ошибка: urker неожиданно остановился при сборке content/a.md: boom\n") == 0);
    CHECK(ru.find("    подсказка: это ошибка в самом urker") != std::string::npos);
    std::string kk = format_diagnostic(d, "kk");
    CHECK(kk.find("content/a.md:3:5: қате: ") == 0);
    CHECK(kk.find("    кеңес: ") != std::string::npos);
    CHECK(format_diagnostic(d) == format_diagnostic(d, "en"));
    CHECK(format_diagnostic(d).find("content/a.md:3:5: error: ") == 0);
}

TEST_CASE("a diagnostic made from plain text keeps its text in every language, with translated labels") {
    Diagnostics diags;
    diags.warning({"site.yaml", 1, 0}, std::string("something odd"), std::string("look at it"));
    CHECK(format_diagnostic(diags.items().front(), "ru") == "site.yaml:1: предупреждение: something odd\n    подсказка: look at it\n");
}
