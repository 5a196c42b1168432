// Month names as teachers write them, in Russian, Kazakh and English: «сентябрь», «сентября»,
// «в сентябре», «қыркүйек», «қыркүйекте», «September». Read by the plan's dates
// (model/plan_dates.h) and by the hint for a front-matter date written in words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace urker {

// 1..12 for a month name in ru, kk or en (any case, nominative or genitive, ICU's names and
// their abbreviations), else 0.
int month_from_name(std::string_view name);

// 1..12 for a lower-case word that is a month in any case form: a name, or a stem with up to
// four letters of ending («сентябре», «қыркүйектен», «мамырға»), else 0.
int month_from_word(std::string_view word);

// A day written in words as "2026-12-07", for a hint that shows the teacher their own date the
// way urker reads dates: «7 желтоқсан 2026», «2026 жылғы 7 желтоқсан», «2026 ж. 7 желтоқсан»,
// «7 декабря 2026 г.», «15 сентября 2026 года», «December 7, 2026». nullopt when anything else
// is written, a part is missing (no year) or the day does not exist.
std::optional<std::string> iso_of_day_in_words(std::string_view text);

// A day and a time of day as teachers write them, «21.12.2026 15:00», «21 декабря 2026, 15:00»,
// «2026 жылғы 21 желтоқсан, сағат 15:00», «2026-12-21 15:00», as "2026-12-21T15:00:00" (without
// a time zone, which the hint adds); nullopt when it is not such a day and time.
std::optional<std::string> iso_of_day_and_time(std::string_view text);

}  // namespace urker
