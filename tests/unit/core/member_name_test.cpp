// A JSON member's name is held once for the process (core/member_name.h): the same name from any
// thread, from any kind of string, is the same copy, and objects read, compare and print as before.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/json.h"
#include "core/member_name.h"

using namespace urker;

TEST_CASE("a member's name is one copy whatever it is made from, and distinct names stay distinct") {
    const MemberName a("title"), b(std::string("title")), c(std::string_view("title_x").substr(0, 5));
    CHECK(&a.str() == &b.str());
    CHECK(&a.str() == &c.str());
    CHECK(a == b);
    CHECK(a == "title");
    CHECK(a == std::string_view("title"));
    const MemberName longer(std::string(100, 'x')), other("Title"), empty("");
    CHECK(longer.size() == 100);
    CHECK_FALSE(other == a);
    CHECK(empty.empty());
    CHECK(&empty.str() == &MemberName(std::string()).str());
    // Ordered by bytes, as std::string is: upper case and shorter first, Cyrillic after Latin.
    CHECK(other < a);
    CHECK(MemberName("tit") < a);
    CHECK(a < MemberName("учитель"));
}

TEST_CASE("threads naming the same members at once all get the same copies") {
    constexpr int kThreads = 4, kNames = 2000;
    std::vector<std::vector<const std::string*>> seen(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([t, &seen] {
            for (int i = 0; i < kNames; ++i) {
                // Each thread goes through the names in its own order.
                const int n = (i * (2 * t + 1)) % kNames;
                seen[t].push_back(&MemberName("member-name-test-" + std::to_string(n)).str());
            }
        });
    for (auto& thread : threads) thread.join();
    std::set<const std::string*> distinct;
    for (int t = 0; t < kThreads; ++t) {
        for (int i = 0; i < kNames; ++i) {
            const int n = (i * (2 * t + 1)) % kNames;
            CHECK(*seen[t][i] == "member-name-test-" + std::to_string(n));
            CHECK(seen[t][i] == &MemberName("member-name-test-" + std::to_string(n)).str());
        }
        distinct.insert(seen[t].begin(), seen[t].end());
    }
    CHECK(distinct.size() == kNames);
}

TEST_CASE("an object's members hold their names' pointers: 24 bytes a member, and its keys read as strings") {
    static_assert(sizeof(Json::object_t::value_type) == 24);
    Json o = Json::object();
    o["url"] = "/a/";
    o[std::string("title")] = "Дроби";
    o.emplace("date", "2026-12-07");
    std::vector<std::string> keys;
    for (const auto& [key, value] : o.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"date", "title", "url"});
    CHECK(o.contains("title"));
    CHECK(o.at("title") == "Дроби");
    CHECK(o.dump() == R"({"date":"2026-12-07","title":"Дроби","url":"/a/"})");
    Json copy = o;
    CHECK(copy == o);
    copy["title"] = "Доли";
    CHECK_FALSE(copy == o);
    CHECK(o.get<std::map<std::string, std::string>>().at("url") == "/a/");
}
