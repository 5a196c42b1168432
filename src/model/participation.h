// Participation certificates for events (docs/kinds.md, "Participation certificates"): an event
// whose front matter gives its `hours` and its `participants` (member ids, or names in words)
// gives each participant a certificate once the event is over, listed in the same register as
// the certificates of publication.
//
// Numbers: `PREFIX-YEAR-Ennn-kk` — the event's place among that year's events with certificates
// (by start date, then content path) and the participant's place in its list, so a later event
// or a participant added at the end of a list never renumbers the certificates issued.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "model/site_model.h"

namespace urker {

struct ParticipationCertificate {
    std::string number;  // "УРК-2026-E003-07"
    std::string slug;    // its address part: certificates/<slug>/
    PageId event = 0;    // the default-language page
    Date date;           // the event's start (its day)
    std::string hours;   // as written: "2", "1.5"
    std::string member;  // the participant's member id; "" for a name in words
    std::string name;    // the name in words (for a member: the member page's title)
    std::string lang;    // the event's language, the certificate's
};

// Checks `hours` (a number from 0.5 to 500) and `participants` (ids must be members, "did you
// mean") of an event's front matter.
void check_participation(const Page& event, const std::map<std::string, PageId>& members, const std::set<std::string>& unreadable_ids,
                         Diagnostics& diags);

// The certificates of every event over by `build_date` that has hours and participants.
// `events`: the default-language event pages.
std::vector<ParticipationCertificate> issue_participation_certificates(const SiteModel& model, const std::vector<PageId>& events,
                                                                       const std::map<std::string, PageId>& members,
                                                                       const Date& build_date);

}  // namespace urker
