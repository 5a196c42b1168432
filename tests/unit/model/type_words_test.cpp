#include "model/type_words.h"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <regex>
#include <string>

using namespace urker;

namespace {

// The default theme's labels in one language: the lines  key: "label"  of its i18n file.
std::map<std::string, std::string> theme_labels(const std::string& lang) {
    std::ifstream in(std::string(URKER_SOURCE_DIR) + "/themes/default/i18n/" + lang + ".yaml");
    REQUIRE(in);
    std::map<std::string, std::string> labels;
    const std::regex line(R"(^([a-z_-]+): \"(.*)\"$)");
    std::smatch m;
    for (std::string text; std::getline(in, text);)
        if (std::regex_match(text, m, line)) labels[m[1]] = m[2];
    return labels;
}

}  // namespace

TEST_CASE("a type written as the word the site shows, or as schools call it, gives its code") {
    CHECK(type_code_for("material_type", "сабақ жоспары") == "lesson-plan");
    CHECK(type_code_for("material_type", "Сабак жоспары") == "lesson-plan");  // typed on a Russian keyboard
    CHECK(type_code_for("material_type", "конспект урока") == "lesson-plan");
    CHECK(type_code_for("material_type", "Поурочный план") == "lesson-plan");
    CHECK(type_code_for("material_type", "Lesson plan") == "lesson-plan");
    CHECK(type_code_for("material_type", "презентацыя") == "presentation");  // a typo
    CHECK(type_code_for("event_type", "вебинар") == "webinar");
    CHECK(type_code_for("event_type", "Ашық сабақ") == "open-lesson");
    CHECK(type_code_for("event_type", "наставничество") == "mentoring");
    CHECK(type_code_for("group_type", "методическое объединение") == "methodical-association");
    // The field decides: a word of another field, a short near miss and nonsense name nothing.
    CHECK(type_code_for("material_type", "вебинар") == "");
    CHECK(type_code_for("material_type", "текст") == "");
    CHECK(type_code_for("material_type", "что-то своё") == "");
    CHECK(type_code_for("material_type", "") == "");
}

TEST_CASE("the label each code is shown with is the default theme's, in Russian, Kazakh and English") {
    const std::map<std::string, std::vector<std::string>> codes = {
        {"material_type", {"lesson-plan", "presentation", "test", "methodical", "worksheet", "extracurricular", "normative",
                           "digital-resource", "external-link", "video"}},
        {"event_type", {"seminar", "webinar", "coaching", "mentoring", "open-lesson", "conference", "master-class", "meeting",
                        "round-table", "competition"}},
        {"group_type", {"steering", "coordinating", "research", "mentoring", "methodical-association", "working"}},
    };
    const std::map<std::string, std::string> prefix = {{"material_type", "type_"}, {"event_type", "event_"}, {"group_type", "group_"}};
    for (const std::string lang : {"ru", "kk", "en"}) {
        const auto labels = theme_labels(lang);
        for (const auto& [key, list] : codes)
            for (const auto& code : list) {
                CAPTURE(lang);
                CAPTURE(code);
                const auto theme = labels.find(prefix.at(key) + code);
                REQUIRE(theme != labels.end());
                CHECK(type_label(key, code, lang) == theme->second);
                CHECK(type_code_for(key, theme->second) == code);
            }
    }
}
