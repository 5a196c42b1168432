// `urker build --build-date 2027-05-31 --period 2026-09-01..2027-05-31`: the day the build counts
// from (upcoming events, plan progress, the monitoring report) and the report's period, read from
// the command line. A value that is not a date is a message with an example, never ignored.
#pragma once

#include <optional>
#include <string>

#include "core/messages.h"
#include "site/build.h"

namespace urker {

// Sets options.build_date and options.report_period from the texts (empty: not given). On a bad
// value returns the message and its hint and leaves options as they were.
std::optional<std::pair<Message, Message>> read_report_options(const std::string& build_date, const std::string& period,
                                                               BuildOptions& options);

}  // namespace urker
