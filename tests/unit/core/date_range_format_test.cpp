#include <doctest/doctest.h>

#include "core/date.h"
#include "core/date_range_format.h"

#include <string>
#include <thread>
#include <vector>

using urker::Date;
using urker::format_date_range;
using urker::format_month;

// ICU's spaces: a narrow no-break space before «г.» and «ж.», thin spaces around an English dash.
#define NNBSP "\u202f"
#define THIN "\u2009"

namespace {

Date day(const char* iso) { return *urker::parse_date(iso).date; }

}  // namespace

TEST_CASE("ranges of dates are written as readers of each language write them") {
    CHECK(format_date_range(day("2026-09-15"), day("2026-09-15"), "ru") == "15 сентября 2026" NNBSP "г.");
    CHECK(format_date_range(day("2026-09-15"), day("2026-09-20"), "ru") == "15–20 сентября 2026" NNBSP "г.");
    CHECK(format_date_range(day("2027-02-01"), day("2027-03-31"), "ru") == "февраль – март 2027" NNBSP "г.");
    CHECK(format_date_range(day("2027-02-01"), day("2027-03-31"), "kk") == "2027" NNBSP "ж. ақпан – наурыз");
    CHECK(format_date_range(day("2027-02-01"), day("2027-03-31"), "en") == "February" THIN "–" THIN "March 2027");
    CHECK(format_month(day("2026-09-01"), "ru") == "сентябрь 2026" NNBSP "г.");
    CHECK(format_month(day("2026-09-01"), "en") == "September 2026");
}

// The formatters are kept per thread and per (form, language): each language keeps its own form
// whatever was asked before it, on every thread.
TEST_CASE("languages and forms asked in turn on several threads each keep their own form") {
    std::vector<std::string> seen(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t)
        threads.emplace_back([&seen, t] {
            std::string all;
            for (int round = 0; round < 3; ++round)
                for (const char* lang : {"ru", "kk", "en"}) {
                    all += format_month(day("2026-09-01"), lang) + "|";
                    all += format_date_range(day("2026-09-15"), day("2026-09-20"), lang) + "|";
                    all += format_date_range(day("2027-02-01"), day("2027-03-31"), lang) + "\n";
                }
            seen[t] = all;
        });
    for (auto& t : threads) t.join();
    for (const std::string& s : seen) CHECK(s == seen[0]);
    CHECK(seen[0].find("сентябрь 2026" NNBSP "г.|15–20 сентября 2026" NNBSP "г.|февраль – март 2027" NNBSP "г.\n") == 0);
    CHECK(seen[0].find("September 2026|") != std::string::npos);
}
