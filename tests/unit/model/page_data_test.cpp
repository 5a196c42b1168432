#include <doctest/doctest.h>

#include "model/page_data.h"

using namespace urker;

// Links and places that name no page need nothing of the model but its type.
TEST_CASE("a link to no page shows its id as title and no address") {
    SiteModel model;
    PageLink missing{"m404", std::nullopt};
    CHECK(link_json(model, missing, "kk") == urker::Json{{"id", "m404"}, {"title", "m404"}, {"url", ""}});
    CHECK(link_title(model, missing, "ru") == "m404");
}

TEST_CASE("an event's or plan item's place: online, named in words, or none") {
    SiteModel model;
    EventPlace none;
    CHECK(place_json(model, none, "ru").is_null());
    EventPlace online;
    online.where = EventPlace::Where::online;
    online.online_url = "https://meet.example.kz/x";
    CHECK(place_json(model, online, "ru") == urker::Json{{"online", true}, {"title", ""}, {"url", "https://meet.example.kz/x"}});
    EventPlace named;
    named.where = EventPlace::Where::named;
    named.name = "актовый зал";
    CHECK(place_json(model, named, "ru") == urker::Json{{"title", "актовый зал"}, {"url", ""}});
}

TEST_CASE("a plan item as templates see it: dates as ISO text when understood, only the texts given") {
    SiteModel model;
    PlanItem item;
    item.what = "Семинар";
    item.when = "15.10.2026";
    item.time = parse_plan_when("15.10.2026", 2026, 9);
    REQUIRE(item.time.understood);
    item.status = "done";
    item.due = true;
    item.texts = {{"goal", "обмен опытом"}};
    item.responsible = {{std::nullopt, "завуч"}};
    urker::Json j = plan_item_json(model, item, "ru");
    CHECK(j["first"] == "2026-10-15");
    CHECK(j["last"] == "2026-10-15");
    CHECK(j["month"] == "2026-10");
    CHECK(j["span"] == "day");
    CHECK(j["goal"] == "обмен опытом");
    CHECK_FALSE(j.contains("result"));
    CHECK_FALSE(j.contains("mentoring"));  // none named
    CHECK_FALSE(j.contains("place"));
    CHECK(j["responsible"] == urker::Json::array({{{"title", "завуч"}, {"url", ""}}}));

    PlanItem loose;
    loose.what = "Работа с родителями";
    loose.when = "по мере необходимости";
    loose.time = parse_plan_when(loose.when, 2026, 9);
    loose.mentoring = {"m01-m02"};
    urker::Json k = plan_item_json(model, loose, "kk");
    CHECK(k["when_understood"] == false);
    CHECK(k["first"] == "");
    CHECK(k["last"] == "");
    CHECK(k["mentoring"] == urker::Json::array({"m01-m02"}));
}

TEST_CASE("a forum category site.yaml does not list shows its id") {
    SiteConfig config;
    CHECK(forum_category_json(config, "methodics", "kk") == urker::Json{{"id", "methodics"}, {"title", "methodics"}, {"description", ""}});
}
