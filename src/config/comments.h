// The `comments:` and `forum:` settings: which comment system a site uses, with that system's own
// options, where threads appear and when they load; the community's chats for the forum page.
// Each provider's required options are checked here, so a missing one is reported with its line
// in site.yaml before anything is built.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/json.h"

#include "config/yaml_document.h"
#include "core/diagnostic.h"

namespace urker {

struct CommentsConfig {
    std::string provider;                 // giscus, utterances, remark42, isso, waline, cusdis, custom
    std::string load = "click";           // click (default), lazy, eager
    std::vector<std::string> sections{"materials", "news", "forum"};  // where threads appear by default
    urker::Json options = urker::Json::object();  // the provider's options, as written
    std::string host;                     // where the comments come from, shown on the button
};

struct ChatLink {
    std::string name;  // "Telegram: учителя математики"
    std::string url;
};

struct ForumConfig {
    std::vector<ChatLink> chats;
    std::map<std::string, urker::Json> categories;  // id -> {title (localized), description}
};

// Reads `comments:` from site.yaml; nullopt when the site has no comments (or on errors, which go to diags).
std::optional<CommentsConfig> read_comments_config(const YamlDocument& site_yaml, Diagnostics& diags);
ForumConfig read_forum_config(const YamlDocument& site_yaml, Diagnostics& diags);

// The providers urker knows, each with its required options.
const std::map<std::string, std::vector<std::string>>& comment_providers();
// Each provider's other options (custom has none listed: its snippet may read any).
const std::map<std::string, std::vector<std::string>>& comment_provider_options();

}  // namespace urker
