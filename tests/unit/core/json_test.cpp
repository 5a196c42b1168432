// urker::Json keeps each object as a sorted array of members; it must read, print and compare as
// nlohmann's own std::map-based json does, whatever order the members come in.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/json.h"

using namespace urker;

namespace {

// The same members put into both kinds of value, in the given order.
template <class J>
J made_from(const std::vector<std::pair<std::string, int>>& members) {
    J object = J::object();
    for (const auto& [key, value] : members) object[key] = value;
    return object;
}

}  // namespace

TEST_CASE("an object prints, iterates and parses as the std::map-based json does, in any insertion order") {
    // Keys that differ in length, in a shared prefix, in bytes above 127 (Cyrillic) and in case.
    std::vector<std::pair<std::string, int>> members = {{"title", 1},   {"url", 2},   {"date", 3},     {"Title", 4},   {"tit", 5},
                                                        {"titles", 6},  {"", 7},      {"ұстаз", 8},    {"учитель", 9}, {"a.b", 10},
                                                        {"data", 11},   {"d", 12},    {"z", 13},       {"Я", 14},      {"~", 15}};
    std::mt19937 shuffle(7);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(members.begin(), members.end(), shuffle);
        const Json ours = made_from<Json>(members);
        const nlohmann::json theirs = made_from<nlohmann::json>(members);
        CHECK(ours.dump() == theirs.dump());
        CHECK(Json::parse(theirs.dump()) == ours);
        std::vector<std::string> keys;
        for (auto it = ours.begin(); it != ours.end(); ++it) keys.push_back(it.key());
        CHECK(std::is_sorted(keys.begin(), keys.end()));
        CHECK(keys.size() == members.size());
    }
}

TEST_CASE("members are found by any kind of key, added once, replaced and erased") {
    Json o = {{"url", "/a/"}, {"title", "Бөлшектер"}, {"url", "/b/"}};
    CHECK(o.size() == 2);
    CHECK(o["url"] == "/a/");  // as with an initializer list, the first of a repeated key stays
    CHECK(o.contains(std::string_view("title")));
    CHECK(o.find("title") != o.end());
    CHECK(o.find("titl") == o.end());
    CHECK(o.find("titles") == o.end());
    CHECK(o.count(std::string("url")) == 1);
    CHECK(o.value("missing", 5) == 5);
    o["title"] = "Дроби";
    CHECK(o.size() == 2);
    CHECK(o.at("title") == "Дроби");
    CHECK_THROWS_AS(o.at("date"), Json::out_of_range);
    CHECK(o.erase("url") == 1);
    CHECK(o.erase("url") == 0);
    CHECK(o.dump() == R"({"title":"Дроби"})");
    o.update(Json{{"a", 1}, {"title", "Б"}});
    CHECK(o.dump() == R"({"a":1,"title":"Б"})");
    const Json copy = o;
    CHECK(copy == o);
    CHECK_FALSE(copy < o);
}

TEST_CASE("an object's members are kept at their size: one array, not a node each") {
    Json o = Json::object();
    for (int k = 0; k < 100; ++k) o["k" + std::to_string(1000 + k)] = k;
    const auto& members = o.get_ref<const Json::object_t&>();
    CHECK(members.size() == 100);
    CHECK(members.front().first == "k1000");
    CHECK(members.back().first == "k1099");
    // Adjacent in memory, in key order.
    CHECK(&members[1] == &members[0] + 1);
}
