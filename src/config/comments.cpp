#include "config/comments.h"

#include "core/url.h"

#include <algorithm>

#include "config/settings_keys.h"
#include "core/text.h"

namespace urker {

const std::map<std::string, std::vector<std::string>>& comment_providers() {
    // Required options, named as in each provider's documentation (snake_case for YAML).
    static const std::map<std::string, std::vector<std::string>> providers = {
        {"giscus", {"repo", "repo_id", "category_id", "mapping"}},
        {"utterances", {"repo", "issue_term"}},
        {"remark42", {"host", "site_id"}},
        {"isso", {"server"}},
        {"waline", {"server_url"}},
        {"cusdis", {"host", "app_id"}},
        {"custom", {"template"}},
    };
    return providers;
}

const std::map<std::string, std::vector<std::string>>& comment_provider_options() {
    // The options the default theme passes on to each provider (partials/comments.html), named as
    // in docs/comments/; a custom snippet may read any option, so it has no list.
    static const std::map<std::string, std::vector<std::string>> options = {
        {"giscus", {"category", "term", "strict", "reactions_enabled", "input_position", "theme"}},
        {"utterances", {"label", "theme"}},
        {"remark42", {"theme", "max_shown_comments", "simple_view", "show_email_subscription"}},
        {"isso", {"sorting", "max_comments_top"}},
        {"waline", {"client_url", "emoji", "login", "meta", "required_meta", "page_size", "comment_sorting", "word_limit"}},
        {"cusdis", {}},
    };
    return options;
}

namespace {

std::string host_of(const std::string& url) { return std::string(url_authority(url)); }

// The address comments are loaded from, for the "loaded from …" button.
std::string provider_host(const std::string& provider, const urker::Json& o) {
    auto text = [&](const char* k) { return o.contains(k) && o[k].is_string() ? o[k].get<std::string>() : std::string(); };
    if (provider == "giscus") return "giscus.app";
    if (provider == "utterances") return "utteranc.es";
    if (provider == "remark42") return host_of(text("host"));
    if (provider == "isso") return host_of(text("server"));
    if (provider == "waline") return host_of(text("server_url"));
    if (provider == "cusdis") return host_of(text("host"));
    return text("host_label");
}

}  // namespace

std::optional<CommentsConfig> read_comments_config(const YamlDocument& doc, Diagnostics& diags) {
    const urker::Json& root = doc.value;
    if (!root.is_object() || !root.contains("comments") || root["comments"].is_null() || root["comments"] == false) return std::nullopt;
    const urker::Json& c = root["comments"];
    if (!c.is_object()) {
        diags.add(doc.error_at("/comments", Message("config.settings_shape", {{"key", "comments"}}),
                               Message("config.write_example", {{"example", "comments: {provider: waline, server_url: https://…}"}})));
        return std::nullopt;
    }
    std::size_t errors = diags.error_count();
    CommentsConfig cfg;
    std::vector<std::string> names;
    for (const auto& [name, req] : comment_providers()) names.push_back(name);
    if (!c.contains("provider") || !c["provider"].is_string()) {
        std::string all;
        for (auto& n : names) all += (all.empty() ? "" : ", ") + n;
        diags.add(doc.error_at("/comments", Message("config.comments_no_provider"), Message("config.comments_no_provider_hint", {{"providers", all}})));
        return std::nullopt;
    }
    cfg.provider = c["provider"].get<std::string>();
    auto it = comment_providers().find(cfg.provider);
    if (it == comment_providers().end()) {
        std::string near = closest_match(cfg.provider, names);
        diags.add(doc.error_at("/comments/provider", Message("config.comments_unknown_provider", {{"provider", cfg.provider}}),
                               near.empty() ? Message("config.comments_unknown_provider_hint") : Message("config.did_you_mean", {{"name", near}})));
        return std::nullopt;
    }
    // A misspelt option (`serverurl:`) is named at its line; a required one it stood for is still missing below.
    if (auto optional = comment_provider_options().find(cfg.provider); optional != comment_provider_options().end()) {
        std::vector<std::string> known = {"provider", "load", "sections"};
        known.insert(known.end(), it->second.begin(), it->second.end());
        known.insert(known.end(), optional->second.begin(), optional->second.end());
        warn_of_unknown_keys(doc, "/comments", c, known, "comments", diags);
    }
    for (const auto& key : it->second) {
        if (!c.contains(key) || !c[key].is_string() || c[key].get<std::string>().empty())
            diags.add(doc.error_at(c.contains(key) ? "/comments/" + key : "/comments",
                                   Message("config.comments_missing_option", {{"provider", cfg.provider}, {"key", key}}),
                                   Message("config.comments_missing_option_hint", {{"provider", cfg.provider}, {"key", key}})));
    }
    for (const char* url_key : {"server", "server_url", "host"}) {
        if (c.contains(url_key) && c[url_key].is_string() && cfg.provider != "custom") {
            std::string u = c[url_key].get<std::string>();
            if (!starts_with(u, "https://") && !starts_with(u, "http://"))
                diags.add(doc.error_at(std::string("/comments/") + url_key, Message("config.not_web_address", {{"key", url_key}}),
                                       Message("config.for_example", {{"example", std::string(url_key) + ": https://comments.school.kz"}})));
        }
    }
    if (cfg.provider == "giscus" && c.contains("mapping") && c["mapping"].is_string()) {
        static const std::vector<std::string> mappings = {"pathname", "url", "title", "og:title", "specific", "number"};
        std::string m = c["mapping"].get<std::string>();
        if (std::find(mappings.begin(), mappings.end(), m) == mappings.end())
            diags.add(doc.error_at("/comments/mapping", Message("config.giscus_mapping", {{"value", m}}), Message("config.giscus_mapping_hint")));
    }
    if (c.contains("load")) {
        std::string load = c["load"].is_string() ? c["load"].get<std::string>() : "";
        if (load != "click" && load != "lazy" && load != "eager")
            diags.add(doc.error_at("/comments/load", Message("config.comments_load"), Message("config.comments_load_hint")));
        else
            cfg.load = load;
    }
    if (c.contains("sections")) {
        if (!c["sections"].is_array()) {
            diags.add(doc.error_at("/comments/sections", Message("config.comments_sections"),
                                   Message("config.for_example", {{"example", "sections: [materials, news, forum]"}})));
        } else {
            cfg.sections.clear();
            for (const auto& s : c["sections"])
                if (s.is_string()) cfg.sections.push_back(s.get<std::string>());
        }
    }
    for (auto& [k, v] : c.items())
        if (k != "provider" && k != "load" && k != "sections") cfg.options[k] = v;
    cfg.host = provider_host(cfg.provider, cfg.options);
    if (diags.error_count() > errors) return std::nullopt;
    return cfg;
}

ForumConfig read_forum_config(const YamlDocument& doc, Diagnostics& diags) {
    ForumConfig f;
    const urker::Json& root = doc.value;
    if (!root.is_object() || !root.contains("forum")) return f;
    const urker::Json& forum = root["forum"];
    if (!forum.is_object()) {
        diags.add(doc.error_at("/forum", Message("config.settings_shape", {{"key", "forum"}}),
                               Message("config.for_example", {{"example", "forum: {chats: [{name: Telegram, url: https://t.me/…}]}"}})));
        return f;
    }
    warn_of_unknown_keys(doc, "/forum", forum, {"chats", "categories"}, "forum", diags);
    if (forum.contains("chats")) {
        if (!forum["chats"].is_array()) {
            diags.add(doc.error_at("/forum/chats", Message("config.chats_shape"),
                                   Message("config.write_example", {{"example", "- {name: \"Telegram\", url: https://t.me/…}"}})));
        } else {
            for (std::size_t i = 0; i < forum["chats"].size(); ++i) {
                const auto& c = forum["chats"][i];
                std::string ptr = "/forum/chats/" + std::to_string(i);
                if (!c.is_object() || !c.contains("url") || !c["url"].is_string() || !starts_with(c["url"].get<std::string>(), "https://")) {
                    diags.add(doc.error_at(ptr, Message("config.chat_shape"),
                                           Message("config.write_example", {{"example", "- {name: \"Telegram\", url: https://t.me/…}"}})));
                    continue;
                }
                warn_of_unknown_keys(doc, ptr, c, {"name", "url"}, "forum: chats", diags);
                // A chat's name may be given per language; the site's first language names it here.
                std::string name = "chat";
                if (c.contains("name") && c["name"].is_string()) name = c["name"].get<std::string>();
                else if (c.contains("name") && c["name"].is_object() && !c["name"].empty() && c["name"].begin()->is_string())
                    name = c["name"].begin()->get<std::string>();
                f.chats.push_back({name, c["url"].get<std::string>()});
            }
        }
    }
    if (forum.contains("categories") && forum["categories"].is_object())
        for (auto& [id, v] : forum["categories"].items()) {
            warn_of_unknown_keys(doc, pointer_append("/forum/categories", id), v, {"title", "description"}, "forum: categories", diags);
            f.categories[id] = v;
        }
    return f;
}

}  // namespace urker
