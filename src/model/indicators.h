// The community's own indicators (docs/kinds.md, "Monitoring"), each a small computation on plain
// records so that it can be tested alone: months, the active-member window, new members, the
// community's age, freshness, plan completion against a target, and survey answers from a
// Google/Yandex Forms CSV export. model/monitoring.cpp gathers the records from the content.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/csv.h"
#include "core/date.h"

namespace urker {

// "2026-09" for any day of September 2026.
std::string month_key(const Date& d);

// Every month from `first` to `last` ("2026-09" … "2027-05"), both included; empty when last < first.
std::vector<std::string> months_between(const std::string& first, const std::string& last);

// The day `months` months before `d` (31 March − 1 month = 28 or 29 February).
Date months_before(const Date& d, int months);

// A period of days, both ends included.
struct Period {
    Date first, last;
    bool contains(const Date& d) const {
        return d.days_since_epoch() >= first.days_since_epoch() && d.days_since_epoch() <= last.days_since_epoch();
    }
};

// The academic year up to `build_date`: from 1 September (of this year, or of the last one
// before September) to the build date.
Period academic_year_to_date(const Date& build_date);

// Something a member did on a day: authored, organised, was responsible, took part.
struct Activity {
    std::string member;  // member id
    Date date;
    std::string role;    // "authored", "organised", "responsible", "took_part"
};

// Members who did anything in the `window_months` months up to and including `build_date`
// (nothing planned after it counts): member id -> the roles they had, sorted.
std::map<std::string, std::set<std::string>> active_members(const std::vector<Activity>& activities, const Date& build_date,
                                                            int window_months);

// New members per month: each member counted once, in the month of their first activity up to
// `build_date` (members record no joining date, so the first thing they did is when they joined).
std::map<std::string, std::size_t> new_members_per_month(const std::vector<Activity>& activities, const Date& build_date);

// Whole years from the founding year to the build date's year (founded 2023, built in 2026: 3).
// nullopt for a year after the build date.
std::optional<int> community_age_years(int founded, const Date& build_date);

// A page is not fresh when its last change is more than `months` months before `build_date`.
bool is_stale(const Date& last_changed, const Date& build_date, int months);

// Plan completion: done of the due items (cancelled ones are not due), in whole percent, and
// whether it reaches the target.
struct PlanCompletion {
    std::size_t due = 0, done = 0;
    int percent = 0;
    int target = 100;
    bool reached() const { return due > 0 && percent >= target; }
};
PlanCompletion plan_completion(std::size_t due, std::size_t done, int target);

// Survey answers from a form's CSV export: the first column is the timestamp, every other one a
// question (its header). Each answer is counted as written (trimmed); empty cells are no answer.
// Answers are listed most frequent first, then in the order they first appear.
struct PollAnswer {
    std::string answer;
    std::size_t count = 0;
};
struct PollQuestion {
    std::string question;
    std::size_t answered = 0;
    std::vector<PollAnswer> answers;
};
struct PollResults {
    std::size_t responses = 0;
    std::vector<PollQuestion> questions;
};
// nullopt when the table has no question column (only a timestamp, or nothing).
std::optional<PollResults> read_poll_results(const CsvTable& table);

}  // namespace urker
