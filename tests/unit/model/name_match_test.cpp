#include "model/name_match.h"

#include <doctest/doctest.h>

using namespace urker;

namespace {

const std::vector<NamedPage> kMembers = {
    {"sarsenova-a", {"Сәрсенова Айгүл Болатқызы", "Сарсенова Айгуль Болатовна"}},
    {"ivanova-anna", {"Иванова Анна Петровна"}},
    {"ivanova-aliya", {"Иванова Алия Маратовна"}},
    {"kim-v", {"Ким Виктор"}},
};

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a member written by name is found by the title of their page") {
    CHECK(ids_named("Сәрсенова Айгүл Болатқызы", kMembers) == Ids{"sarsenova-a"});
    CHECK(ids_named("  сәрсенова   АЙГҮЛ  болатқызы ", kMembers) == Ids{"sarsenova-a"});  // case and spacing
    CHECK(ids_named("Сәрсенова А.", kMembers) == Ids{"sarsenova-a"});                      // initials
    CHECK(ids_named("Сәрсенова А.Б.", kMembers) == Ids{"sarsenova-a"});
    CHECK(ids_named("А. Б. Сәрсенова", kMembers) == Ids{"sarsenova-a"});                   // initials first
    CHECK(ids_named("Сарсенова Айгуль", kMembers) == Ids{"sarsenova-a"});                  // a Russian keyboard, in part
    CHECK(ids_named("Сәрсенва Айгүл", kMembers) == Ids{"sarsenova-a"});                    // a typo
    CHECK(ids_named("Сарсенова Айгуль Болатовна", kMembers) == Ids{"sarsenova-a"});        // the Russian version's title
    CHECK(ids_named("Ким В.", kMembers) == Ids{"kim-v"});
}

TEST_CASE("a name that fits several members gives them all, and one that fits none gives nothing") {
    CHECK(ids_named("Иванова А.", kMembers) == Ids{"ivanova-aliya", "ivanova-anna"});
    CHECK(ids_named("Иванова Анна", kMembers) == Ids{"ivanova-anna"});
    CHECK(ids_named("Петрова А.", kMembers).empty());        // not Иванова Анна Петровна: a typo of her patronymic
    CHECK(ids_named("Сәрсенва", kMembers).empty());          // a typo alone is too little
    CHECK(ids_named("А. Б.", kMembers).empty());             // initials alone name nobody
    CHECK(ids_named("Сәрсенова Б.", kMembers) == Ids{"sarsenova-a"});  // Болатқызы's initial
    CHECK(ids_named("Сәрсенова К.", kMembers).empty());
    CHECK(ids_named("Ким", kMembers) == Ids{"kim-v"});
    CHECK(ids_named("", kMembers).empty());
    CHECK(ids_named(".", kMembers).empty());
}

TEST_CASE("a name that fits one title whole is preferred to those it fits in part") {
    const std::vector<NamedPage> schools = {{"umit", {"Гимназия Үміт"}}, {"umit-2", {"Гимназия Үміт филиал"}}};
    CHECK(ids_named("гимназия умит", schools) == Ids{"umit"});
    CHECK(ids_named("Гимназия", schools) == Ids{"umit", "umit-2"});
    CHECK(ids_named("Умит", schools) == Ids{"umit"});  // transliterated, it is the id itself
}
