#include "content/review.h"

#include <algorithm>

#include "config/review_diagnostic.h"
#include "core/text.h"

namespace urker {

using json = urker::Json;

const char* review_status_name(ReviewStatus s) {
    switch (s) {
        case ReviewStatus::submitted: return "submitted";
        case ReviewStatus::in_review: return "in_review";
        case ReviewStatus::approved: return "approved";
        case ReviewStatus::needs_changes: return "needs_changes";
    }
    return "submitted";
}

const std::vector<std::string>& review_status_names() {
    static const std::vector<std::string> names = {"submitted", "in_review", "approved", "needs_changes"};
    return names;
}

const std::vector<std::string>& review_keys() {
    static const std::vector<std::string> keys = {"status", "reviewers", "date", "note", "fingerprint"};
    return keys;
}

namespace {

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string as_text(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool is_hex64(const std::string& s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

bool says_approved(const YamlDocument& fm) {
    const json& v = fm.value;
    return v.is_object() && v.contains("review") && v["review"].is_object() && v["review"].contains("status") &&
           v["review"]["status"] == "approved";
}

std::optional<Review> read_review(const YamlDocument& fm, Diagnostics& diags) {
    const json& root = fm.value;
    if (!root.is_object() || !root.contains("review") || root["review"].is_null()) return std::nullopt;
    const json& r = root["review"];
    auto error = [&](const std::string& ptr, Message m, Message hint = {}) { diags.add(review_diagnostic(fm, ptr, std::move(m), std::move(hint))); };
    if (!r.is_object()) {
        error("/review", Message("review.not_a_record"), Message("review.record_hint"));
        return std::nullopt;
    }
    for (const auto& [key, value] : r.items()) {
        (void)value;
        const auto& keys = review_keys();
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        std::string near = closest_match(key, keys);
        error(pointer_append("/review", key) + "#key", Message("review.unknown_key", {{"key", key}}),
              near.empty() ? Message("review.keys_hint", {{"keys", join(keys)}}) : Message("review.did_you_mean_keys", {{"word", near}, {"keys", join(keys)}}));
    }
    Review out;
    if (!r.contains("status") || r["status"].is_null()) {
        error("/review", Message("review.no_status"), one_of_hint("", join(review_status_names())));
        return std::nullopt;
    }
    std::string status = as_text(r["status"]);
    const auto& names = review_status_names();
    auto found = std::find(names.begin(), names.end(), status);
    if (found == names.end()) {
        // "in review" and "needs-changes" are how people write the two-word statuses.
        std::string near = closest_match(status, names);
        for (const auto& n : names) {
            std::string spaced = n;
            std::replace(spaced.begin(), spaced.end(), '_', ' ');
            std::string dashed = n;
            std::replace(dashed.begin(), dashed.end(), '_', '-');
            if (to_lower(status) == spaced || to_lower(status) == dashed || to_lower(status) == n) near = n;
        }
        error("/review/status", Message("review.unknown_status", {{"value", status}}),
              one_of_hint(near, join(names)));
        return std::nullopt;
    }
    out.status = static_cast<ReviewStatus>(found - names.begin());

    if (r.contains("reviewers") && !r["reviewers"].is_null()) {
        const json& v = r["reviewers"];
        if (v.is_string()) out.reviewers.push_back(v.get<std::string>());
        else if (v.is_array() && std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_string(); }))
            for (const auto& x : v) out.reviewers.push_back(x.get<std::string>());
        else error("/review/reviewers", Message("review.reviewers_shape"), Message("review.reviewers_hint"));
    }
    if (r.contains("date") && !r["date"].is_null()) {
        std::string s = as_text(r["date"]);
        DateParseResult d = parse_date(s);
        if (d.date && !d.date->has_time()) out.date = d.date;
        else error("/review/date", Message("review.bad_date", {{"value", s}}), Message("review.date_hint"));
    }
    if (r.contains("note") && !r["note"].is_null()) {
        if (r["note"].is_string()) out.note = r["note"].get<std::string>();
        else error("/review/note", Message("review.note_not_text"), Message("review.note_hint"));
    }
    if (r.contains("fingerprint") && !r["fingerprint"].is_null()) {
        std::string f = to_lower(trim(as_text(r["fingerprint"])));
        if (starts_with(f, "sha256:")) f = f.substr(7);
        if (is_hex64(f)) out.fingerprint = f;
        else error("/review/fingerprint", Message("review.bad_fingerprint"), Message("review.fingerprint_hint"));
    }
    if (out.status == ReviewStatus::approved) {
        if (out.reviewers.empty() && !r.contains("reviewers")) error("/review", Message("review.approved_without_reviewer"), Message("review.reviewers_hint"));
        if (!out.date && !r.contains("date")) error("/review", Message("review.approved_without_date"), Message("review.date_hint"));
    }
    return out;
}

}  // namespace urker
