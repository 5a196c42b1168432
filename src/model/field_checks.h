// Checks of the values of single front-matter fields (a known word, a number in range, a real
// date, a web address, a grade, a school year, a taxonomy value). Each runs only on a field whose
// shape the kind's schema already accepted (kind_schema.h), and reports at the value with a hint.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/yaml_document.h"
#include "core/date.h"
#include "core/diagnostic.h"

namespace urker {

// One of `values`; "did you mean" for a near miss. A missing field is an error when `required`.
void check_word_field(const YamlDocument& fm, const std::string& key, const std::vector<std::string>& values, bool required,
                      Diagnostics& diags);
// A whole number from lo to hi.
void check_number_range(const YamlDocument& fm, const std::string& key, long lo, long hi, Diagnostics& diags);
// http:// or https://
void check_web_address(const YamlDocument& fm, const std::string& key, Diagnostics& diags);
// "Математика, физика" -> {"Математика", "физика"}: the parts of a value written with commas where
// a list was meant, trimmed, empty ones left out.
std::vector<std::string> comma_parts(std::string_view value);

// 1–11, a list of them, "preschool" or "all". Grades written in words («5-6», «7-сынып») are an
// error whose hint is the value as the field wants it (`grade_as_written`).
void check_grade(const YamlDocument& fm, Diagnostics& diags);
// «5-6», «5–7 классы», «5, 6», «5 сынып», «7-сынып» as "[5, 6]", "[5, 6, 7]", "5", "7"; "" for a
// text that is not grades from 1 to 11 and their words.
std::string grade_as_written(const std::string& text);
// A date and time with a time zone (or a whole day); the parsed moment when it is one.
std::optional<Date> check_date_time(const YamlDocument& fm, const std::string& key, bool required, Diagnostics& diags);
// A plan's school year: "2026-2027".
void check_school_year(const YamlDocument& fm, Diagnostics& diags);
// Every value of `key` (a text, a number or a list of them) is one of `allowed` (compared without
// case); "did you mean" for a near miss. For taxonomies whose values site.yaml lists.
void check_listed_values(const YamlDocument& fm, const std::string& key, const std::vector<std::string>& allowed,
                         Diagnostics& diags);

}  // namespace urker
