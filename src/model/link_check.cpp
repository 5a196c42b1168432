#include "model/link_check.h"

#include <algorithm>
#include <map>

#include "core/fs.h"
#include "core/text.h"
#include "core/url.h"
#include "model/message_at.h"

namespace urker {

namespace {

// The messages of this file (their texts are in core/message_catalog_model.cpp).
namespace msg {
Message photo_not_beside(const std::string& photo) { return Message("model.photo_not_beside", {{"photo", photo}}); }
Message photo_bundle_hint(const std::string& bundle) { return Message("model.photo_bundle_hint", {{"bundle", bundle}}); }
Message missing_photo(const std::string& photo) { return Message("model.missing_photo", {{"photo", photo}}); }
}  // namespace msg

std::string dir_of(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}

std::string file_name(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool has_scheme(std::string_view url) {
    auto colon = url.find(':');
    if (colon == std::string_view::npos) return false;
    auto slash = url.find('/');
    return slash == std::string_view::npos || colon < slash;
}

}  // namespace

std::string percent_decode(std::string_view s) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

LinkTargets::LinkTargets(const SiteModel& model) : model_(model) {
    for (const auto& p : model.pages) page_dirs_.insert(p.path);
}

bool LinkTargets::published(const std::string& output_path) const {
    if (model_.published_files.count(output_path)) return true;
    std::string dir = output_path;
    if (ends_with(dir, "index.html")) dir.resize(dir.size() - 10);
    if (!dir.empty() && dir.back() != '/') dir += '/';
    if (output_path.empty()) dir.clear();
    return page_dirs_.count(dir) > 0;
}

std::string LinkTargets::relative_address(const std::string& from_dir, const std::string& output_path) {
    // Drop the common folders, then climb out of the rest of from_dir.
    std::size_t common = 0;
    for (std::size_t i = 0; i < from_dir.size() && i < output_path.size() && from_dir[i] == output_path[i]; ++i)
        if (from_dir[i] == '/') common = i + 1;
    std::string up;
    for (std::size_t i = common; i < from_dir.size(); ++i)
        if (from_dir[i] == '/') up += "../";
    std::string rel = up + output_path.substr(common);
    if (rel.empty()) rel = "./";
    // An address with a space is not a link in Markdown unless it is in <…>.
    if (rel.find(' ') != std::string::npos) rel = "<" + rel + ">";
    return rel;
}

Message LinkTargets::Missing::message(const char* what) const {
    if (to_page) return Message("model.missing_page", {{"target", target}});
    return Message("model.missing_file", {{"what", what}, {"target", target}});
}

Message LinkTargets::Missing::hint() const {
    if (!meant.empty())
        return Message("model.missing_file_address_hint", {{"meant", meant}, {"mail", starts_with(meant, "mailto:") ? "yes" : "no"}});
    if (near.empty()) return Message("model.missing_file_hint", {{"folder", folder}});
    return Message("model.missing_file_hint_near", {{"near", near}, {"folder", folder}});
}

LinkTargets::Missing LinkTargets::explain_missing(PageId id, const std::string& target) const {
    const Page& page = model_.pages[id];
    const std::string base_dir = dir_of(page.content_path);
    // The closest content file (or page file, for .md links) to what was written, suggested as
    // it must be written from this file's folder — so the suggestion itself works.
    auto wanted = normalize_relative(base_dir.empty() ? target : base_dir + "/" + target);
    std::vector<std::string> candidates;
    const bool to_page = ends_with(target, ".md");
    if (to_page) {
        // Never the page the link is in, in any language: a link to ../no-such/index.md from
        // no-such-x/index.md means another page, and "did you mean index.md?" (or index.ru.md)
        // would send the teacher in a circle. Nor a language view, which has no file to link to.
        for (const auto& [path, pid] : model_.by_content_path)
            if (model_.pages[pid].translation_key != page.translation_key && !model_.pages[pid].is_view) candidates.push_back(path);
    } else {
        for (const auto& [source, output] : model_.published_from_content) candidates.push_back(source);
    }
    std::string near;
    if (wanted) {
        // Names are compared, not paths: a typo is a third of a name at most, and a third of a long
        // path let "video.mp4" become "formuly.pdf" of the same folder. A page's name is its folder's
        // when its file is index.md (every bundle's is). A file of another type is no likely typo
        // (zhumys-paragy.pdf is not zhumys-paragy.txt) unless only the letters' case differs.
        auto name_of = [](const std::string& path) {
            const std::string file = path.substr(path.rfind('/') + 1);
            if ((starts_with(file, "index.") || starts_with(file, "_index.")) && ends_with(file, ".md") && path.find('/') != std::string::npos)
                return dir_of(path).substr(dir_of(path).rfind('/') + 1);
            return file;
        };
        auto extension = [](const std::string& path) {
            const std::size_t dot = path.rfind('.');
            return dot == std::string::npos || path.find('/', dot) != std::string::npos ? std::string() : to_lower(path.substr(dot));
        };
        const std::string wanted_name = name_of(*wanted);
        auto fits = [&](const std::string& c) {
            return extension(c) == extension(*wanted) || to_lower(name_of(c)) == to_lower(wanted_name);
        };
        // The same folder first (a typo in the file name is the usual case), then the whole site.
        for (const bool same_folder : {true, false}) {
            std::vector<std::string> names;
            std::map<std::string, std::string> path_of;  // the first path with each name
            for (const auto& c : candidates) {
                if ((dir_of(c) == dir_of(*wanted)) != same_folder || !fits(c)) continue;
                if (path_of.emplace(name_of(c), c).second) names.push_back(name_of(c));
            }
            // A name that differs only in its letters' case comes first, however many letters
            // differ (Karta.JPG for karta.jpg: a file named on Windows, where the two are one
            // file, published to a server where they are not).
            std::string name;
            for (const auto& n : names)
                if (to_lower(n) == to_lower(wanted_name)) name = n;
            if (name.empty()) name = closest_match(wanted_name, names);
            if (!name.empty()) {
                near = path_of.at(name);
                break;
            }
        }
    }
    Missing m;
    m.to_page = to_page;
    m.target = target;
    m.folder = "content/" + base_dir + (base_dir.empty() ? "" : "/");
    if (!near.empty()) m.near = relative_address(base_dir.empty() ? "" : base_dir + "/", near);
    return m;
}

LinkRewrite LinkTargets::resolve(PageId id, std::string_view url) const {
    std::string u(url);
    if (u.empty() || u[0] == '#' || u[0] == '/' || u[0] == '?' || has_scheme(u)) return {};
    std::string fragment;
    if (auto hash = u.find('#'); hash != std::string::npos) {
        fragment = u.substr(hash);
        u.resize(hash);
    }
    if (auto query = u.find('?'); query != std::string::npos) u.resize(query);
    // cmark percent-encodes non-ASCII link targets ("../дроби/index.md" -> "../%D0%B4…").
    u = percent_decode(u);
    const Page& page = model_.pages[id];
    const std::string base_dir = dir_of(page.content_path);
    auto from_file = normalize_relative(base_dir.empty() ? u : base_dir + "/" + u);

    if (ends_with(u, ".md")) {
        if (from_file) {
            auto it = model_.by_content_path.find(*from_file);
            if (it != model_.by_content_path.end()) {
                PageId target = model_.localized(it->second, page.lang);
                return {LinkRewrite::Action::replace, model_.url_of(target) + fragment, {}, {}};
            }
        }
        Missing m = explain_missing(id, u);
        return {LinkRewrite::Action::missing, {}, m.hint(), m.message("link")};
    }

    // Every address that resolves becomes the address from the site's root, so it also works
    // where the page's first paragraph is shown in a list on another page.
    // Read from the file's folder, as editors and previews read it: a file beside a flat page, or
    // an attachment linked from a translation (published once, beside the default-language
    // page), gets the address where it really is.
    if (from_file) {
        if (auto it = model_.published_from_content.find(*from_file); it != model_.published_from_content.end())
            return {LinkRewrite::Action::replace, model_.config.site_url("/" + it->second) + fragment, {}, {}};
    }
    // Read from the page's address, as a browser reads it: "../" to the section, "../drobi/".
    if (auto from_page = normalize_relative(page.path + u); from_page && published(*from_page)) {
        std::string target = *from_page;
        if (!target.empty() && (u.back() == '/' || page_dirs_.count(target + "/"))) target += "/";
        return {LinkRewrite::Action::replace, model_.config.site_url("/" + target) + fragment, {}, {}};
    }
    if (u.empty()) return {};
    Missing m = explain_missing(id, u);
    // Written as it stands, with its query: "youtube.com/watch?v=x" is a web address meant.
    if (auto meant = address_meant(percent_decode(std::string(url)))) m.meant = *meant;
    return {LinkRewrite::Action::missing, {}, m.hint(), m.message("link")};
}

void LinkTargets::check_file_field(PageId id, const std::string& key, Diagnostics& diags) const {
    const Page& page = model_.pages[id];
    const auto& fm = page.front_matter.value;
    if (!fm.contains(key) || !fm[key].is_string()) return;
    std::string value = fm[key].get<std::string>();
    if (value.empty() || has_scheme(value)) return;
    std::string ptr = "/" + key;
    if (value[0] == '/') {
        auto target = normalize_relative(value.substr(1));
        if (!target || !published(*target)) diags.add(error_at(page.front_matter, ptr, msg::missing_photo(value)));
        return;
    }
    std::string decoded = percent_decode(value);
    if (auto from_page = normalize_relative(page.path + decoded); from_page && published(*from_page)) return;
    const std::string base_dir = dir_of(page.content_path);
    auto from_file = normalize_relative(base_dir.empty() ? decoded : base_dir + "/" + decoded);
    if (from_file && model_.published_from_content.count(*from_file) && !page.is_bundle) {
        // Beside a flat members/ivanova.md the photo is published at members/photo.jpg, but the
        // page is at members/ivanova/: the photo would never show.
        std::string stem = file_name(page.content_path);
        stem = stem.substr(0, stem.find('.'));
        diags.add(error_at(page.front_matter, ptr, msg::photo_not_beside(value),
                           msg::photo_bundle_hint("content/" + (base_dir.empty() ? "" : base_dir + "/") + stem)));
        return;
    }
    Missing m = explain_missing(id, decoded);
    diags.add(error_at(page.front_matter, ptr, msg::missing_photo(value), m.hint()));
}

}  // namespace urker
