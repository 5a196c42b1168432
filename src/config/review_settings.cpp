#include "config/review_settings.h"

#include <algorithm>

#include "config/review_diagnostic.h"
#include "core/text.h"

namespace urker {

using json = urker::Json;

namespace {

const std::vector<std::string> kPolicies = {"publish", "draft", "hold"};
const std::vector<std::string> kReviewKeys = {"unreviewed"};
const std::vector<std::string> kCertificateKeys = {"enabled", "prefix", "issuer", "media_registration"};

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// A group of settings must be a map whose keys are known.
bool check_group(const YamlDocument& doc, const char* group, const std::vector<std::string>& keys, Diagnostics& diags) {
    const json& v = doc.value[group];
    std::string ptr = pointer_append("", group);
    if (!v.is_object()) {
        diags.add(review_diagnostic(doc, ptr, Message("review.settings_not_map", {{"key", group}}),
                                    Message("review.settings_keys", {{"keys", join(keys)}})));
        return false;
    }
    for (const auto& [key, value] : v.items()) {
        (void)value;
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        std::string near = closest_match(key, keys);
        diags.add(review_diagnostic(doc, pointer_append(ptr, key) + "#key", Message("review.settings_unknown_key", {{"key", key}, {"group", group}}),
                                    near.empty() ? Message("review.settings_keys", {{"keys", join(keys)}})
                                                 : Message("review.did_you_mean", {{"word", near}})));
    }
    return true;
}

// A text given once or per language ({ru: …, kk: …}).
LocalizedText localized(const YamlDocument& doc, const std::string& ptr, const json& v, Diagnostics& diags) {
    LocalizedText out;
    if (v.is_string()) {
        out.by_language[""] = v.get<std::string>();
    } else if (v.is_object() && std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_string(); })) {
        for (const auto& [lang, text] : v.items()) out.by_language[lang] = text.get<std::string>();
    } else if (!v.is_null()) {
        diags.add(review_diagnostic(doc, ptr, Message("review.settings_not_text", {{"key", ptr.substr(ptr.rfind('/') + 1)}}),
                                    Message("review.settings_text_hint")));
    }
    return out;
}

}  // namespace

void read_review_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags) {
    const json& root = doc.value;
    if (root.contains("reviews") && check_group(doc, "reviews", kReviewKeys, diags) && root["reviews"].contains("unreviewed")) {
        const json& v = root["reviews"]["unreviewed"];
        std::string word = v.is_string() ? v.get<std::string>() : v.dump(-1, ' ', false, json::error_handler_t::replace);
        if (word == "publish") cfg.unreviewed = UnreviewedPolicy::publish;
        else if (word == "draft") cfg.unreviewed = UnreviewedPolicy::draft;
        else if (word == "hold") cfg.unreviewed = UnreviewedPolicy::hold;
        else {
            std::string near = closest_match(word, kPolicies);
            diags.add(review_diagnostic(doc, "/reviews/unreviewed", Message("review.unknown_policy", {{"value", word}}),
                                        one_of_hint(near, join(kPolicies))));
        }
    }
    if (root.contains("certificates") && check_group(doc, "certificates", kCertificateKeys, diags)) {
        const json& c = root["certificates"];
        if (c.contains("enabled")) {
            if (c["enabled"].is_boolean()) cfg.certificates.enabled = c["enabled"].get<bool>();
            else diags.add(review_diagnostic(doc, "/certificates/enabled", Message("review.settings_not_boolean", {{"key", "enabled"}})));
        }
        if (c.contains("prefix")) {
            const json& p = c["prefix"];
            // A prefix becomes part of the certificate's address: letters, digits, - and _ only.
            std::string prefix = p.is_string() ? trim(p.get<std::string>()) : "";
            bool ok = p.is_string() && !prefix.empty() && prefix.size() <= 40 && !slugify(prefix).empty() &&
                      prefix.find_first_of(" /\\?#%\"'<>&") == std::string::npos;
            if (ok) cfg.certificates.prefix = prefix;
            else diags.add(review_diagnostic(doc, "/certificates/prefix", Message("review.bad_prefix"), Message("review.bad_prefix_hint")));
        }
        if (c.contains("issuer")) cfg.certificates.issuer = localized(doc, "/certificates/issuer", c["issuer"], diags);
        if (c.contains("media_registration"))
            cfg.certificates.media_registration = localized(doc, "/certificates/media_registration", c["media_registration"], diags);
    }
}

}  // namespace urker
