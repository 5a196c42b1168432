#include "core/month_words.h"

#include <doctest/doctest.h>

using namespace urker;

TEST_CASE("month names and their case forms are read in Russian, Kazakh and English") {
    CHECK(month_from_name("Сентябрь") == 9);
    CHECK(month_from_name("сентября") == 9);
    CHECK(month_from_name("желтоқсан") == 12);
    CHECK(month_from_name("December") == 12);
    CHECK(month_from_name("дек.") == 12);
    CHECK(month_from_word("сентябре") == 9);
    CHECK(month_from_word("қыркүйектен") == 9);
    CHECK(month_from_word("мамырға") == 5);
    CHECK(month_from_word("мае") == 5);
    CHECK(month_from_word("мартовский") == 0);  // a stem with more than four letters after it
    CHECK(month_from_word("урок") == 0);
}

TEST_CASE("a day written in words is read as the date it names, for a hint in the teacher's own date") {
    CHECK(iso_of_day_in_words("7 желтоқсан 2026") == "2026-12-07");
    CHECK(iso_of_day_in_words("2026 жылғы 7 желтоқсан") == "2026-12-07");
    CHECK(iso_of_day_in_words("2026 ж. 7 желтоқсан") == "2026-12-07");
    CHECK(iso_of_day_in_words("7-желтоқсан, 2026 ж.") == "2026-12-07");
    CHECK(iso_of_day_in_words("7 декабря 2026 г.") == "2026-12-07");
    CHECK(iso_of_day_in_words("15 сентября 2026 года") == "2026-09-15");
    CHECK(iso_of_day_in_words("1 Сентября 2026") == "2026-09-01");
    CHECK(iso_of_day_in_words("December 7, 2026") == "2026-12-07");
    CHECK(iso_of_day_in_words("7\u00a0декабря\u00a02026") == "2026-12-07");  // no-break spaces, as Word puts them
    // Not a day: no year, no day, a day that does not exist, other words, two months.
    CHECK_FALSE(iso_of_day_in_words("7 декабря"));
    CHECK_FALSE(iso_of_day_in_words("декабрь 2026"));
    CHECK_FALSE(iso_of_day_in_words("31 сентября 2026"));
    CHECK_FALSE(iso_of_day_in_words("29 февраля 2027"));
    CHECK(iso_of_day_in_words("29 февраля 2028") == "2028-02-29");
    CHECK_FALSE(iso_of_day_in_words("семинар 7 декабря 2026"));
    CHECK_FALSE(iso_of_day_in_words("7 декабря – 9 января 2026"));
    CHECK_FALSE(iso_of_day_in_words(""));
    CHECK_FALSE(iso_of_day_in_words("2026-12-07"));
}

TEST_CASE("a day and a time as teachers write them are read for the hint, without a time zone") {
    CHECK(iso_of_day_and_time("21.12.2026 15:00") == "2026-12-21T15:00:00");
    CHECK(iso_of_day_and_time("21 декабря 2026, 15:00") == "2026-12-21T15:00:00");
    CHECK(iso_of_day_and_time("21 декабря 2026 г. в 9.30") == "2026-12-21T09:30:00");
    CHECK(iso_of_day_and_time("2026 жылғы 21 желтоқсан, сағат 15:00") == "2026-12-21T15:00:00");
    CHECK(iso_of_day_and_time("2026-12-21 15:00") == "2026-12-21T15:00:00");
    CHECK(iso_of_day_and_time("2026-12-21T15:00") == "2026-12-21T15:00:00");
    CHECK_FALSE(iso_of_day_and_time("21.12.2026"));        // no time: the general example
    CHECK_FALSE(iso_of_day_and_time("21.12.2026 25:00"));  // no such hour
    CHECK_FALSE(iso_of_day_and_time("31.09.2026 15:00"));  // no such day
    CHECK_FALSE(iso_of_day_and_time("после уроков 15:00"));
    CHECK_FALSE(iso_of_day_and_time(""));
}
