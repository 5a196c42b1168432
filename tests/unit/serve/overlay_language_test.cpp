// The error overlay and the page shown before any build speak the reader's language: the build
// state carries the translated messages and the overlay's own words.
#include <doctest/doctest.h>

#include "core/json.h"

#include "serve/live_reload.h"
#include "serve/site_snapshot.h"

#include <memory>

using namespace urker;
using namespace urker::serve;

namespace {

// A rebuild that failed after a good build (whose files the page still shows).
SiteState broken_state(const char* language) {
    SiteState state;
    state.generation = 2;
    state.files = std::make_shared<const MemoryOutput>();
    state.language = language;
    Diagnostics diags;
    diags.error({"content/a.md", 3, 1}, Message("config.yaml_tab"), Message("config.yaml_tab_hint"), "\tdraft: true");
    diags.error({"content/b.md", 1, 1}, Message("content.front_matter_unclosed"), Message("content.front_matter_unclosed_hint"));
    diags.warning({"site.yaml", 2, 1}, Message("config.unknown_setting", {{"key", "foo"}}));
    state.problems = diags.items();
    return state;
}

}  // namespace

TEST_CASE("the overlay's messages, hints and heading are in the state's language") {
    auto ru = urker::Json::parse(state_event_json(broken_state("ru")));
    CHECK(ru["problems"][0]["message"] == "в начале этой строки стоит табуляция, а YAML требует пробелов");
    CHECK(ru["problems"][0]["hint"] == "замените табуляцию в начале строки пробелами (столько же, сколько в соседних строках)");
    CHECK(ru["texts"]["heading"].get<std::string>().find("Сайт не удалось пересобрать (2 ошибки).") == 0);
    CHECK(ru["texts"]["hint"] == "подсказка");
    CHECK(ru["texts"]["close"] == "Закрыть");

    auto kk = urker::Json::parse(state_event_json(broken_state("kk")));
    CHECK(kk["problems"][1]["message"] == "беттің тақырыптамасы --- жолымен басталады, бірақ ешқайда жабылмайды");
    CHECK(kk["texts"]["heading"].get<std::string>().find("Сайтты қайта жинау мүмкін болмады (2 қате).") == 0);

    auto en = urker::Json::parse(state_event_json(broken_state("en")));
    CHECK(en["problems"][0]["message"] == "this line is indented with a tab; YAML needs spaces");
    CHECK(en["texts"]["heading"].get<std::string>().find("The site could not be rebuilt (2 errors).") == 0);
}

TEST_CASE("before any build succeeded, the overlay does not speak of a last good build") {
    SiteState state = broken_state("ru");
    state.files = nullptr;
    state.generation = 1;
    auto ru = urker::Json::parse(state_event_json(state));
    CHECK(ru["texts"]["heading"] == "Сайт не удалось собрать (2 ошибки); когда ошибку исправят, страница обновится сама.");
    state.language = "kk";
    CHECK(urker::Json::parse(state_event_json(state))["texts"]["heading"] ==
          "Сайтты жинау мүмкін болмады (2 қате); қате түзетілгенде бет өзі жаңарады.");
    state.language = "en";
    CHECK(urker::Json::parse(state_event_json(state))["texts"]["heading"] ==
          "The site could not be built (2 errors); the page reloads by itself when the problem is fixed.");
}

TEST_CASE("the script takes the overlay's words from the build state") {
    std::string_view script = live_reload_script();
    CHECK(script.find("showErrors(state.problems, state.texts)") != std::string_view::npos);
    CHECK(script.find("texts.heading") != std::string_view::npos);
}

TEST_CASE("the page shown before any build speaks the reader's language") {
    std::string ru = no_site_yet_page(1, "ru");
    CHECK(ru.find("<html lang=\"ru\">") != std::string::npos);
    CHECK(ru.find("<h1>Сайт пока не удалось собрать</h1>") != std::string::npos);
    std::string kk = no_site_yet_page(1, "kk");
    CHECK(kk.find("<h1>Сайтты әзірге жинау мүмкін болмады</h1>") != std::string::npos);
    CHECK(no_site_yet_page(1).find("<h1>The site could not be built yet</h1>") != std::string::npos);
}

TEST_CASE("a build that succeeded with warnings carries them and a heading for the warnings panel, in the state's language") {
    SiteState state;
    state.generation = 3;
    state.ok = true;
    state.files = std::make_shared<const MemoryOutput>();
    Diagnostics diags;
    diags.warning({"site.yaml", 22, 1}, Message("config.unknown_setting", {{"key", "paginat"}}), Message("config.did_you_mean", {{"name", "paginate"}}));
    diags.warning({"site.yaml", 30, 1}, Message("config.unknown_setting", {{"key", "titel"}}));
    state.problems = diags.items();
    state.language = "ru";
    auto ru = urker::Json::parse(state_event_json(state));
    CHECK(ru["ok"] == true);
    REQUIRE(ru["problems"].size() == 2);
    CHECK(ru["problems"][0]["severity"] == "warning");
    CHECK(ru["problems"][0]["message"] == "неизвестная настройка «paginat» пропущена");
    CHECK(ru["problems"][0]["hint"] == "может быть, имелось в виду «paginate»?");
    CHECK(ru["texts"]["warnings_heading"] == "Сайт собран, но есть 2 предупреждения (они есть и в терминале):");
    state.language = "kk";
    CHECK(urker::Json::parse(state_event_json(state))["texts"]["warnings_heading"] == "Сайт жиналды, бірақ 2 ескерту бар (олар терминалда да бар):");
    state.language = "en";
    CHECK(urker::Json::parse(state_event_json(state))["texts"]["warnings_heading"] == "The site is built, with 2 warnings (in the terminal too):");
}
