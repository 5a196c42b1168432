#include "model/plan_columns.h"

#include <doctest/doctest.h>

using namespace urker;

TEST_CASE("plan column headers are read in Russian, Kazakh and English, as planning documents write them") {
    struct Case {
        const char* header;
        const char* key;
    };
    for (const Case& c : {Case{"Мероприятие", "what"}, Case{"Наименование мероприятия", "what"}, Case{"Іс-шараның атауы", "what"},
                          Case{"Сроки", "when"}, Case{"  СРОКИ  проведения:", "when"}, Case{"Сроки (месяц)", "when"}, Case{"Мерзімі", "when"},
                          Case{"Ответственные", "responsible"}, Case{"Жауаптылар", "responsible"}, Case{"Участники", "participants"},
                          Case{"Қатысушылар", "participants"}, Case{"Место проведения", "place"}, Case{"Өтетін орны", "place"},
                          Case{"Цель", "goal"}, Case{"Мақсаты", "goal"}, Case{"Ожидаемый результат", "result"},
                          Case{"Күтілетін нәтиже", "result"}, Case{"Отметка о выполнении", "status"}, Case{"Этапы", "stage"},
                          Case{"Содержание", "content"}, Case{"Кезең", "stage"}, Case{"Мазмұны", "content"}, Case{"№", "number"},
                          Case{"№ п/п", "number"}, Case{"what", "what"}, Case{"Expected result", "result"},
                          Case{"Ответственные\u00a0лица", "responsible"}, Case{"Ответственный исполнитель", "responsible"},
                          // A table made in a hurry asks the questions.
                          Case{"Что", "what"}, Case{"Когда", "when"}, Case{"Кто", "responsible"}, Case{"Где", "place"},
                          Case{"Не", "what"}, Case{"Қашан", "when"}, Case{"Кім", "responsible"}, Case{"Қайда", "place"},
                          Case{"Примечание", "note"}, Case{"Ескертпе", "note"}, Case{"Notes", "note"},
                          Case{"Форма проведения", "form"}, Case{"Өткізу түрі", "form"}, Case{"Format", "form"}}) {
        CAPTURE(c.header);
        CHECK(plan_column_key(c.header) == c.key);
    }
    CHECK(plan_column_key("Бюджет") == "");
    CHECK(plan_column_key("") == "");
    CHECK(plan_column_key("()") == "");
}

TEST_CASE("a misspelt header is told from a column of the school's own") {
    CHECK(plan_column_misspelt("Ответсвенный") == "Ответственный");
    CHECK(plan_column_misspelt("Мероприяте") == "Мероприятие");
    CHECK(plan_column_misspelt("Сроко") == "Сроки");
    CHECK(plan_column_misspelt("Жауаптылр") == "Жауаптылар");
    // Known headers, and columns of their own: a budget, resources, a header four letters off one.
    CHECK(plan_column_misspelt("Ответственный") == "");
    CHECK(plan_column_misspelt("Бюджет") == "");
    CHECK(plan_column_misspelt("Ресурсы") == "");
    CHECK(plan_column_misspelt("Охват участников") == "");
    CHECK(plan_column_misspelt("Уровень") == "");
    CHECK(plan_column_misspelt("Ок") == "");  // two letters: never a guess at «кто» or «№»
}

TEST_CASE("plan statuses are read in Russian, Kazakh and English") {
    CHECK(plan_status_key("Выполнено") == "done");
    CHECK(plan_status_key("выполнено.") == "done");
    CHECK(plan_status_key("Орындалды") == "done");
    CHECK(plan_status_key("+") == "done");
    CHECK(plan_status_key("в работе") == "in_progress");
    CHECK(plan_status_key("Орындалуда") == "in_progress");
    CHECK(plan_status_key("запланировано") == "planned");
    CHECK(plan_status_key("Жоспарланған") == "planned");
    CHECK(plan_status_key("перенесено") == "postponed");
    CHECK(plan_status_key("Отменено") == "cancelled");
    CHECK(plan_status_key("in progress") == "in_progress");
    CHECK(plan_status_key("cancelled") == "cancelled");
    CHECK(plan_status_key("почти") == "");
}

TEST_CASE("the headers and statuses a table may use are listed in the reader's language") {
    auto ru = plan_column_names("ru");
    auto kk = plan_column_names("kk");
    auto en = plan_column_names("en");
    REQUIRE(ru.size() == 13);  // every field but the «№» column
    CHECK(ru[10] == "Наставничество");  // the mentoring pair an item is a session of
    CHECK(kk[10] == "Тәлімгерлік");
    CHECK(ru[11] == "Форма проведения");  // how it is held
    CHECK(kk[11] == "Өткізу түрі");
    CHECK(ru[0] == "Мероприятие");
    CHECK(ru[1] == "Сроки");
    CHECK(kk[0] == "Іс-шара");
    CHECK(kk[1] == "Мерзімі");
    CHECK(en[0] == "What");
    for (const auto& name : kk) CHECK(plan_column_key(name) != "");
    for (const auto& name : ru) CHECK(plan_column_key(name) != "");
    auto statuses = plan_status_names("ru");
    REQUIRE(statuses.size() == 6);
    CHECK(statuses[2] == "выполнено");
    for (const auto& s : plan_status_names("kk")) CHECK(plan_status_key(s) != "");
}

TEST_CASE("a header row's language is the one its names are listed in when one is not known") {
    CHECK(plan_header_language({"Что", "Когда", "Ответственный"}) == "ru");
    CHECK(plan_header_language({"№", "Іс-шара", "Срок"}) == "kk");          // a Kazakh letter anywhere
    CHECK(plan_header_language({"Что", "ҚАШАН"}) == "kk");                  // in capitals too
    CHECK(plan_header_language({"What", "When", " "}) == "en");
    CHECK(plan_header_language({}) == "en");
}
