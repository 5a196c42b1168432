#include <doctest/doctest.h>

#include "core/json_in_order.h"

using namespace urker;
using json = urker::Json;

TEST_CASE("an object built in key order is the one an initializer list makes") {
    const json listed = {{"title", "Дроби"}, {"url", "/materials/drobi/"}, {"date", "2026-02-26"}, {"draft", false}, {"weight", 3},
                         {"authors", json::array({"smagulova-zh"})}, {"params", nullptr}};
    const json built = JsonInOrder(7)
                           .add("authors", json::array({"smagulova-zh"}))
                           .add("date", "2026-02-26")
                           .add("draft", false)
                           .add("params", nullptr)
                           .add("title", "Дроби")
                           .add("url", "/materials/drobi/")
                           .add("weight", 3)
                           .take();
    CHECK(built == listed);
    CHECK(built.dump() == listed.dump());
    // Allocated once, at the size given: no room left over.
    CHECK(built.get_ref<const json::object_t&>().capacity() == 7);
}

TEST_CASE("a key out of order still goes where it belongs, and a key given twice keeps its first value") {
    const json built = JsonInOrder(3).add("url", "/a/").add("title", "А").add("date", "2026-01-01").add("title", "Б").take();
    CHECK(built.dump() == R"({"date":"2026-01-01","title":"А","url":"/a/"})");
    CHECK(json({{"title", "А"}, {"title", "Б"}})["title"] == "А");  // as an initializer list does
    CHECK(JsonInOrder(0).take() == json::object());
}
