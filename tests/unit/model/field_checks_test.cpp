#include "model/field_checks.h"

#include <doctest/doctest.h>

using namespace urker;

TEST_CASE("grades written in words are given back as the grade field wants them") {
    CHECK(grade_as_written("5-6") == "[5, 6]");
    CHECK(grade_as_written("5–7 классы") == "[5, 6, 7]");
    CHECK(grade_as_written("5, 6") == "[5, 6]");
    CHECK(grade_as_written("5 сынып") == "5");
    CHECK(grade_as_written("7-сынып") == "7");
    CHECK(grade_as_written("10 кл.") == "10");
    CHECK(grade_as_written("5-7 сыныптар") == "[5, 6, 7]");
    // Not grades: beyond 11, a range the wrong way round, other words, nothing.
    CHECK(grade_as_written("5-12") == "");
    CHECK(grade_as_written("7-5") == "");
    CHECK(grade_as_written("5 лет") == "");
    CHECK(grade_as_written("все") == "");
    CHECK(grade_as_written("") == "");
    CHECK(grade_as_written("5-6-7") == "");
    CHECK(grade_as_written("99999999999999999999") == "");
}

TEST_CASE("a value written with commas is cut into its parts, trimmed, empty ones left out") {
    CHECK(comma_parts("Математика, физика") == std::vector<std::string>{"Математика", "физика"});
    CHECK(comma_parts(" дроби ,доли, ") == std::vector<std::string>{"дроби", "доли"});
    CHECK(comma_parts("дроби") == std::vector<std::string>{"дроби"});
    CHECK(comma_parts(",").empty());
}
