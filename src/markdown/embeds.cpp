#include "markdown/embeds.h"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string_view>

#include "core/text.h"
#include "core/url.h"

namespace urker {

std::string EmbedLabels::get(const std::string& lang, const std::string& key, const std::string& fallback) const {
    if (auto l = by_language.find(lang); l != by_language.end())
        if (auto k = l->second.find(key); k != l->second.end()) return k->second;
    return fallback;
}

namespace {

// Bounds on what a block may hold. Real addresses are a few hundred characters; anything far
// longer is a mistake or an attack, and must not reach a parser or the page.
constexpr std::size_t kMaxAddressChars = 2000;
constexpr std::size_t kMaxOptionChars = 500;
constexpr std::size_t kMaxOptionNameChars = 40;
constexpr std::size_t kMaxBlockLines = 50;
constexpr std::size_t kMaxVideoIdChars = 64;

struct Option {
    std::string value;
    int line = 0;  // in the file
};

struct Block {
    std::string url;
    int url_line = 0;
    std::map<std::string, Option> options;

    std::string get(const std::string& key) const {
        auto it = options.find(key);
        return it == options.end() ? "" : it->second.value;
    }
    // Where an option is reported: its own line, else the address line.
    SourceLocation at(const FencedBlock& b, const std::string& key) const {
        auto it = options.find(key);
        return {b.where.file, it == options.end() ? url_line : it->second.line, 1};
    }
};

// The first non-empty line is the address; the rest are "key: value".
bool read_block(const FencedBlock& b, Block& out, Diagnostics& diags) {
    std::string_view body = b.body;
    int n = 0;
    while (!body.empty()) {
        std::size_t eol = body.find('\n');
        std::string_view raw = body.substr(0, eol);
        body = eol == std::string_view::npos ? std::string_view{} : body.substr(eol + 1);
        ++n;
        int line = b.where.line + n;
        if (static_cast<std::size_t>(n) > kMaxBlockLines) {
            diags.error({b.where.file, line, 1}, Message("markdown.block_too_long", {{"block", b.info}, {"lines", std::to_string(kMaxBlockLines)}}),
                        Message("markdown.block_too_long_hint", {{"block", b.info}}));
            return false;
        }
        std::string t = trim(raw);
        if (t.empty()) continue;
        if (out.url.empty()) {
            if (t.size() > kMaxAddressChars) {
                diags.error({b.where.file, line, 1},
                            Message("markdown.address_too_long", {{"block", b.info}, {"characters", std::to_string(kMaxAddressChars)}}),
                            Message("markdown.address_too_long_hint"));
                return false;
            }
            out.url = t;
            out.url_line = line;
            continue;
        }
        auto colon = t.find(':');
        if (colon == std::string::npos || colon == 0) {
            diags.error({b.where.file, line, 1}, Message("markdown.option_not_key_value", {{"block", b.info}}),
                        Message("markdown.option_not_key_value_hint"), shorten_for_message(t, 200));
            return false;
        }
        std::string key = trim(t.substr(0, colon));
        std::string value = trim(t.substr(colon + 1));
        if (key.size() > kMaxOptionNameChars || value.size() > kMaxOptionChars) {
            diags.error({b.where.file, line, 1},
                        Message("markdown.option_too_long",
                                {{"option", shorten_for_message(key, 40)}, {"block", b.info},
                                 {"characters", std::to_string(key.size() > kMaxOptionNameChars ? kMaxOptionNameChars : kMaxOptionChars)}}),
                        Message("markdown.option_too_long_hint"));
            return false;
        }
        out.options[key] = {std::move(value), line};
    }
    if (out.url.empty()) {
        diags.error(b.where, Message("markdown.block_empty", {{"block", b.info}}), Message("markdown.block_empty_hint", {{"block", b.info}}));
        return false;
    }
    SourceLocation url_at{b.where.file, out.url_line, 1};
    auto problem = check_content_url(out.url, UrlPlace::block, b.info);
    if (problem && runs_script(classify_url(out.url))) {
        diags.error(url_at, problem->message, problem->hint, shorten_for_message(out.url, 200));
        return false;
    }
    // Only http(s) from here on; anything else the policy refuses ("title: …" on the first line)
    // is better explained as a missing address.
    if (problem || (!starts_with(out.url, "https://") && !starts_with(out.url, "http://"))) {
        diags.error(url_at, Message("markdown.not_web_address", {{"address", shorten_for_message(out.url, 60)}}),
                    Message("markdown.not_web_address_hint"), shorten_for_message(out.url, 200));
        return false;
    }
    return true;
}

std::string host_of(const std::string& url) {
    std::string host = url_host(url);
    if (starts_with(host, "www.")) host = host.substr(4);
    if (starts_with(host, "m.")) host = host.substr(2);
    return host;
}

// Small hand parsers instead of std::regex: libstdc++'s regex recurses once per character and
// overflows the stack on a long address; these are linear and never throw.
bool is_id_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; }
bool is_lower_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

template <class Pred>
std::string_view take_while(std::string_view s, Pred pred) {
    std::size_t n = 0;
    while (n < s.size() && pred(s[n])) ++n;
    return s.substr(0, n);
}

// The value of `?name=` or `&name=` in the query, up to the next '&' or '#'.
std::string query_param(std::string_view url, std::string_view name) {
    std::size_t query = url.find('?');
    if (query == std::string_view::npos) return "";
    std::string_view q = url.substr(query + 1);
    q = q.substr(0, q.find('#'));
    while (!q.empty()) {
        std::string_view pair = q.substr(0, q.find('&'));
        if (pair.size() > name.size() && starts_with(pair, name) && pair[name.size()] == '=') return std::string(pair.substr(name.size() + 1));
        q = pair.size() == q.size() ? std::string_view{} : q.substr(pair.size() + 1);
    }
    return "";
}

// The text right after the first of `markers` found in `url`, or nullopt.
std::optional<std::string_view> after_any(std::string_view url, std::initializer_list<std::string_view> markers) {
    for (std::string_view m : markers)
        if (auto pos = url.find(m); pos != std::string_view::npos) return url.substr(pos + m.size());
    return std::nullopt;
}

bool safe_id(std::string_view s) { return !s.empty() && s.size() <= kMaxVideoIdChars && std::all_of(s.begin(), s.end(), is_id_char); }

std::string youtube_id(std::string_view url, const std::string& host) {
    std::string id;
    if (host == "youtu.be") {
        if (auto rest = after_any(url, {"youtu.be/"})) id = std::string(*rest);
    } else {
        id = query_param(url, "v");
    }
    if (id.empty())
        if (auto rest = after_any(url, {"/embed/", "/shorts/", "/live/"})) {
            std::string_view candidate = take_while(*rest, is_id_char);
            if (candidate.size() >= 6) id = std::string(candidate);
        }
    return id.substr(0, id.find_first_of("?&#/"));
}

// "rutube.ru/video/<20–40 hex digits>" or "rutube.ru/play/embed/<…>".
std::string rutube_id(std::string_view url) {
    auto rest = after_any(url, {"rutube.ru/video/", "rutube.ru/play/embed/"});
    if (!rest) return "";
    std::string_view id = take_while(*rest, is_lower_hex);
    return id.size() >= 20 && id.size() <= 40 ? std::string(id) : "";
}

// "video-123_456" anywhere in the address: the owner (may be negative) and the video number.
bool vk_ids(std::string_view url, std::string& owner, std::string& video) {
    for (std::size_t pos = url.find("video"); pos != std::string_view::npos; pos = url.find("video", pos + 1)) {
        std::string_view rest = url.substr(pos + 5);
        bool negative = !rest.empty() && rest[0] == '-';
        std::string_view o = take_while(rest.substr(negative ? 1 : 0), is_digit);
        if (o.empty() || o.size() > 20) continue;
        std::string_view after = rest.substr((negative ? 1 : 0) + o.size());
        if (after.empty() || after[0] != '_') continue;
        std::string_view v = take_while(after.substr(1), is_digit);
        if (v.empty() || v.size() > 20) continue;
        owner = (negative ? "-" : "") + std::string(o);
        video = std::string(v);
        return true;
    }
    return false;
}

// A whole number of at most `max_digits` digits, or nullopt.
std::optional<long> small_number(const std::string& s, std::size_t max_digits) {
    if (s.empty() || s.size() > max_digits || !std::all_of(s.begin(), s.end(), is_digit)) return std::nullopt;
    long v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::string replace_host(std::string text, const std::string& host) {
    auto pos = text.find("{host}");
    if (pos != std::string::npos) text.replace(pos, 6, host);
    return text;
}

// The click-to-load placeholder. `frame` is the address the frame will load; nothing points at it
// until the visitor presses the button.
std::string placeholder(const std::string& kind, const std::string& frame, const std::string& original, const std::string& title,
                        const std::string& host, const FencedBlock& b, const EmbedLabels& labels, const std::string& extra_attrs = {}) {
    std::string button = replace_host(labels.get(b.lang, "show_" + kind, kind == "video"  ? "Show the video (loaded from {host})"
                                                                          : kind == "poll" ? "Show the form (loaded from {host})"
                                                                                           : "Show the map (loaded from {host})"),
                                      host);
    std::string open = replace_host(labels.get(b.lang, "open_on_host", "Open on {host}"), host);
    std::string caption = title.empty() ? open : title;
    std::string html = "<figure class=\"embed embed--" + kind + "\" data-embed=\"" + kind + "\" data-embed-src=\"" + escape_html(frame) +
                       "\" data-embed-title=\"" + escape_html(title.empty() ? host : title) + "\"" + extra_attrs + ">\n";
    html += "<div class=\"embed__frame\"><p class=\"embed__notice\">" +
            escape_html(replace_host(labels.get(b.lang, "embed_notice", "This content is hosted on {host}."), host)) + "</p>";
    html += "<button type=\"button\" class=\"embed__load\" hidden>" + escape_html(button) + "</button></div>\n";
    html += "<figcaption><a href=\"" + escape_html(original) + "\" rel=\"noopener\">" + escape_html(caption) + "</a>";
    if (!title.empty()) html += " <span class=\"embed__host\">(" + escape_html(host) + ")</span>";
    html += "</figcaption>\n</figure>\n";
    return html;
}

std::string video(const FencedBlock& b, Diagnostics& diags, const EmbedLabels& labels) {
    Block blk;
    if (!read_block(b, blk, diags)) return "";
    SourceLocation url_at{b.where.file, blk.url_line, 1};
    std::string host = host_of(blk.url);
    std::string title = blk.get("title");
    std::string start = blk.get("start");
    if (!start.empty() && !small_number(start, 6)) {
        diags.error(blk.at(b, "start"), Message("markdown.video_start"), Message("markdown.video_start_hint"));
        return "";
    }
    if (host == "youtube.com" || host == "youtu.be" || host == "youtube-nocookie.com") {
        std::string id = youtube_id(blk.url, host);
        if (!safe_id(id)) {
            diags.error(url_at, Message("markdown.video_no_id", {{"service", "YouTube"}}), Message("markdown.video_no_id_youtube_hint"));
            return "";
        }
        // youtube-nocookie: no tracking cookies until the visitor plays the video.
        return placeholder("video", "https://www.youtube-nocookie.com/embed/" + id + (start.empty() ? "" : "?start=" + start), blk.url, title,
                           "youtube.com", b, labels);
    }
    if (host == "rutube.ru") {
        std::string id = rutube_id(blk.url);
        if (id.empty()) {
            diags.error(url_at, Message("markdown.video_no_id", {{"service", "Rutube"}}), Message("markdown.video_no_id_rutube_hint"));
            return "";
        }
        return placeholder("video", "https://rutube.ru/play/embed/" + id + (start.empty() ? "" : "?t=" + start), blk.url, title, host, b, labels);
    }
    if (host == "vk.com" || host == "vkvideo.ru" || host == "vk.ru") {
        std::string owner, number;
        if (!vk_ids(blk.url, owner, number)) {
            diags.error(url_at, Message("markdown.video_no_id", {{"service", "VK Video"}}), Message("markdown.video_no_id_vk_hint"));
            return "";
        }
        return placeholder("video", "https://vkvideo.ru/video_ext.php?oid=" + owner + "&id=" + number, blk.url, title, host, b, labels);
    }
    std::string path = blk.url.substr(0, blk.url.find_first_of("?#"));
    std::string lower = to_lower(path);
    if (ends_with(lower, ".mp4") || ends_with(lower, ".webm") || ends_with(lower, ".ogv")) {
        std::string poster = blk.get("poster");
        if (auto problem = check_content_url(poster, UrlPlace::poster)) {
            diags.error(blk.at(b, "poster"), problem->message, problem->hint);
            return "";
        }
        // A file: the browser's own player, which loads nothing before play (preload="none").
        std::string html = "<figure class=\"embed embed--file\">\n<video controls preload=\"none\" src=\"" + escape_html(blk.url) + "\"";
        if (!poster.empty()) html += " poster=\"" + escape_html(poster) + "\"";
        html += "><a href=\"" + escape_html(blk.url) + "\">" + escape_html(title.empty() ? blk.url : title) + "</a></video>\n";
        if (!title.empty()) html += "<figcaption>" + escape_html(title) + "</figcaption>\n";
        return html + "</figure>\n";
    }
    diags.error(url_at, Message("markdown.video_host", {{"host", shorten_for_message(host, 60)}}), Message("markdown.video_host_hint"),
                shorten_for_message(blk.url, 200));
    return "";
}

std::string poll(const FencedBlock& b, Diagnostics& diags, const EmbedLabels& labels) {
    Block blk;
    if (!read_block(b, blk, diags)) return "";
    if (!starts_with(blk.url, "https://")) {
        diags.error({b.where.file, blk.url_line, 1}, Message("markdown.form_not_https"), Message("markdown.form_not_https_hint"));
        return "";
    }
    std::string host = host_of(blk.url);
    std::string title = blk.get("title");
    std::string frame = blk.url;
    if (host == "docs.google.com" && blk.url.find("/forms/") != std::string::npos) {
        if (frame.find("embedded=true") == std::string::npos) frame += (frame.find('?') == std::string::npos ? "?" : "&") + std::string("embedded=true");
    } else if (host == "forms.yandex.ru" || host == "forms.yandex.kz") {
        if (frame.find("iframe=1") == std::string::npos) frame += (frame.find('?') == std::string::npos ? "?" : "&") + std::string("iframe=1");
    }
    std::string height = blk.get("height");
    if (!height.empty()) {
        auto h = small_number(height, 5);
        if (!h || *h < 100 || *h > 10000) {
            diags.error(blk.at(b, "height"), Message("markdown.form_height"), Message("markdown.form_height_hint"));
            return "";
        }
    }
    return placeholder("poll", frame, blk.url, title, host, b, labels, height.empty() ? "" : " data-embed-height=\"" + height + "\"");
}

// One number of "#map=ZOOM/LAT/LON", read without exceptions; nullopt unless the whole part is a number.
std::optional<double> map_number(std::string_view part) {
    if (part.empty() || part.size() > 24) return std::nullopt;
    double v = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v, std::chars_format::fixed);
    if (ec != std::errc() || end != part.data() + part.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::string map(const FencedBlock& b, Diagnostics& diags, const EmbedLabels& labels) {
    Block blk;
    if (!read_block(b, blk, diags)) return "";
    SourceLocation url_at{b.where.file, blk.url_line, 1};
    std::string host = host_of(blk.url);
    std::string title = blk.get("title");
    // openstreetmap.org/#map=16/49.80/73.10
    auto view = host == "openstreetmap.org" ? after_any(blk.url, {"map="}) : std::nullopt;
    if (!view) {
        diags.error(url_at, Message("markdown.map_host"), Message("markdown.map_host_hint"), shorten_for_message(blk.url, 200));
        return "";
    }
    std::string_view rest = view->substr(0, view->find_first_of("&#?"));
    std::string_view parts[3];
    for (int k = 0; k < 3; ++k) {
        std::size_t slash = k < 2 ? rest.find('/') : std::string_view::npos;
        parts[k] = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    }
    auto zoom = small_number(std::string(parts[0]), 2);
    auto lat = map_number(parts[1]);
    auto lon = map_number(parts[2]);
    const Message hint("markdown.map_view_hint");
    if (!zoom || *zoom > 19) {
        diags.error(url_at, Message("markdown.map_zoom"), hint, shorten_for_message(blk.url, 200));
        return "";
    }
    if (!lat || *lat < -90 || *lat > 90) {
        diags.error(url_at, Message("markdown.map_latitude"), hint, shorten_for_message(blk.url, 200));
        return "";
    }
    if (!lon || *lon < -180 || *lon > 180) {
        diags.error(url_at, Message("markdown.map_longitude"), hint, shorten_for_message(blk.url, 200));
        return "";
    }
    double d = 0.01 * std::pow(2.0, 16 - static_cast<double>(*zoom));
    char bbox[160];
    std::snprintf(bbox, sizeof bbox, "%.5f%%2C%.5f%%2C%.5f%%2C%.5f", *lon - d, *lat - d / 2, *lon + d, *lat + d / 2);
    char marker[64];
    std::snprintf(marker, sizeof marker, "%.5f%%2C%.5f", *lat, *lon);
    std::string frame = std::string("https://www.openstreetmap.org/export/embed.html?bbox=") + bbox + "&layer=mapnik&marker=" + marker;
    return placeholder("map", frame, blk.url, title, host, b, labels);
}

}  // namespace

std::map<std::string, FencedBlockHandler> embed_handlers(EmbedLabels labels) {
    auto shared = std::make_shared<EmbedLabels>(std::move(labels));
    return {
        {"video", [shared](const FencedBlock& b, Diagnostics& d) { return video(b, d, *shared); }},
        {"poll", [shared](const FencedBlock& b, Diagnostics& d) { return poll(b, d, *shared); }},
        {"map", [shared](const FencedBlock& b, Diagnostics& d) { return map(b, d, *shared); }},
    };
}

}  // namespace urker
