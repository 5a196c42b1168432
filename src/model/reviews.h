// The checks of a material's review that need the whole site (content/review.h reads the field):
// every reviewer is a member ("did you mean"), and no reviewer reviews their own material. And
// what templates see of a review: `page.data.review`.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>

#include "core/json.h"

#include "core/date.h"
#include "core/diagnostic.h"
#include "model/certificates.h"
#include "model/site_model.h"

namespace urker {

// `members`: member id -> page; `unreadable_ids`: ids of members whose file failed to load
// (reported already, so not reported again here). `named_hint`, when given, is the hint for a
// reviewer written by name («Сәрсенова А.»): the member's id to write, or empty when none.
void check_review_references(const Page& page, const std::map<std::string, PageId>& members, const std::set<std::string>& unreadable_ids,
                             Diagnostics& diags, const std::function<Message(const std::string&)>& named_hint = {});

// page.data.review of a material: {status, approved, date, note, reviewers: [{id, title, url}],
// certificate: {number, url, state}} — `reviewers` resolved by `member_ref`.
template <typename MemberRef>
urker::Json review_data(const Review& review, const Certificate* certificate, const std::string& certificate_url, MemberRef member_ref) {
    urker::Json reviewers = urker::Json::array();
    for (const auto& id : review.reviewers) reviewers.push_back(member_ref(id));
    urker::Json out = {{"status", review_status_name(review.status)},
                          {"approved", review.status == ReviewStatus::approved},
                          {"date", review.date ? review.date->iso() : ""},
                          {"note", review.note},
                          {"reviewers", reviewers}};
    if (certificate)
        out["certificate"] = {{"number", certificate->number}, {"url", certificate_url}, {"state", fingerprint_state_name(certificate->state)}};
    return out;
}

}  // namespace urker
