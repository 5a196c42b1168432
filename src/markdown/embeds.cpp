#include "markdown/embeds.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>
#include <regex>
#include <sstream>

#include "core/text.h"

namespace urker {

std::string EmbedLabels::get(const std::string& lang, const std::string& key, const std::string& fallback) const {
    if (auto l = by_language.find(lang); l != by_language.end())
        if (auto k = l->second.find(key); k != l->second.end()) return k->second;
    return fallback;
}

namespace {

struct Block {
    std::string url;
    std::map<std::string, std::string> options;
};

// The first non-empty line is the address; the rest are "key: value".
bool read_block(const FencedBlock& b, Block& out, Diagnostics& diags) {
    std::istringstream in(b.body);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        std::string t = trim(line);
        if (t.empty()) continue;
        if (out.url.empty()) {
            out.url = t;
            continue;
        }
        auto colon = t.find(':');
        if (colon == std::string::npos || colon == 0) {
            diags.error({b.where.file, b.where.line + n, 1}, "this line of the " + b.info + " block is not  key: value",
                        "after the address, write options like  title: Открытый урок", t);
            return false;
        }
        out.options[trim(t.substr(0, colon))] = trim(t.substr(colon + 1));
    }
    if (out.url.empty()) {
        diags.error(b.where, "the " + b.info + " block is empty", "write the address of the " + b.info + " on the first line inside the block");
        return false;
    }
    if (!starts_with(out.url, "https://") && !starts_with(out.url, "http://")) {
        diags.error({b.where.file, b.where.line + 1, 1}, "\"" + out.url + "\" is not a web address",
                    "the first line must be the address, starting with https://", out.url);
        return false;
    }
    return true;
}

std::string host_of(const std::string& url) {
    auto s = url.find("://");
    std::string rest = url.substr(s + 3);
    std::string host = rest.substr(0, rest.find_first_of("/?#"));
    if (auto at = host.find('@'); at != std::string::npos) host = host.substr(at + 1);
    if (auto colon = host.find(':'); colon != std::string::npos) host = host.substr(0, colon);
    host = to_lower(host);
    if (starts_with(host, "www.")) host = host.substr(4);
    if (starts_with(host, "m.")) host = host.substr(2);
    return host;
}

std::string query_param(const std::string& url, const std::string& name) {
    std::regex re("[?&]" + name + "=([^&#]+)");
    std::smatch m;
    return std::regex_search(url, m, re) ? m[1].str() : "";
}

bool safe_id(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; });
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
    std::string host = host_of(blk.url);
    std::string title = blk.options.count("title") ? blk.options["title"] : "";
    std::string start = blk.options.count("start") ? blk.options["start"] : "";
    if (!start.empty() && !std::all_of(start.begin(), start.end(), ::isdigit)) {
        diags.error({b.where.file, b.where.line, 1}, "\"start\" must be a number of seconds", "e.g.  start: 90");
        return "";
    }
    std::smatch m;
    if (host == "youtube.com" || host == "youtu.be" || host == "youtube-nocookie.com") {
        std::string id = host == "youtu.be" ? blk.url.substr(blk.url.find("youtu.be/") + 9) : query_param(blk.url, "v");
        if (id.empty() && std::regex_search(blk.url, m, std::regex("/(?:embed|shorts|live)/([A-Za-z0-9_-]{6,})"))) id = m[1];
        id = id.substr(0, id.find_first_of("?&#/"));
        if (!safe_id(id)) {
            diags.error({b.where.file, b.where.line + 1, 1}, "this YouTube address has no video id", "copy the address from the video's Share button, e.g. https://youtu.be/…");
            return "";
        }
        // youtube-nocookie: no tracking cookies until the visitor plays the video.
        return placeholder("video", "https://www.youtube-nocookie.com/embed/" + id + (start.empty() ? "" : "?start=" + start), blk.url, title,
                           "youtube.com", b, labels);
    }
    if (host == "rutube.ru") {
        if (!std::regex_search(blk.url, m, std::regex("rutube\\.ru/(?:video|play/embed)/([a-f0-9]{20,40})"))) {
            diags.error({b.where.file, b.where.line + 1, 1}, "this Rutube address has no video id", "use the video page's address, e.g. https://rutube.ru/video/…/");
            return "";
        }
        return placeholder("video", "https://rutube.ru/play/embed/" + m[1].str() + (start.empty() ? "" : "?t=" + start), blk.url, title, host, b, labels);
    }
    if (host == "vk.com" || host == "vkvideo.ru" || host == "vk.ru") {
        if (!std::regex_search(blk.url, m, std::regex("video(-?[0-9]+)_([0-9]+)"))) {
            diags.error({b.where.file, b.where.line + 1, 1}, "this VK Video address has no video id", "use an address like https://vkvideo.ru/video-12345_67890");
            return "";
        }
        return placeholder("video", "https://vkvideo.ru/video_ext.php?oid=" + m[1].str() + "&id=" + m[2].str(), blk.url, title, host, b, labels);
    }
    std::string path = blk.url.substr(0, blk.url.find_first_of("?#"));
    std::string lower = to_lower(path);
    if (ends_with(lower, ".mp4") || ends_with(lower, ".webm") || ends_with(lower, ".ogv")) {
        // A file: the browser's own player, which loads nothing before play (preload="none").
        std::string html = "<figure class=\"embed embed--file\">\n<video controls preload=\"none\" src=\"" + escape_html(blk.url) + "\"";
        if (blk.options.count("poster")) html += " poster=\"" + escape_html(blk.options["poster"]) + "\"";
        html += "><a href=\"" + escape_html(blk.url) + "\">" + escape_html(title.empty() ? blk.url : title) + "</a></video>\n";
        if (!title.empty()) html += "<figcaption>" + escape_html(title) + "</figcaption>\n";
        return html + "</figure>\n";
    }
    diags.error({b.where.file, b.where.line + 1, 1}, "urker cannot embed videos from " + host,
                "use YouTube, Rutube or VK Video, or a link to an .mp4 file; or write a plain link instead", blk.url);
    return "";
}

std::string poll(const FencedBlock& b, Diagnostics& diags, const EmbedLabels& labels) {
    Block blk;
    if (!read_block(b, blk, diags)) return "";
    if (!starts_with(blk.url, "https://")) {
        diags.error({b.where.file, b.where.line + 1, 1}, "a form must be on an https:// address", "forms collect answers; they need a secure address");
        return "";
    }
    std::string host = host_of(blk.url);
    std::string title = blk.options.count("title") ? blk.options["title"] : "";
    std::string frame = blk.url;
    if (host == "docs.google.com" && blk.url.find("/forms/") != std::string::npos) {
        if (frame.find("embedded=true") == std::string::npos) frame += (frame.find('?') == std::string::npos ? "?" : "&") + std::string("embedded=true");
    } else if (host == "forms.yandex.ru" || host == "forms.yandex.kz") {
        if (frame.find("iframe=1") == std::string::npos) frame += (frame.find('?') == std::string::npos ? "?" : "&") + std::string("iframe=1");
    }
    std::string height = blk.options.count("height") ? blk.options["height"] : "";
    if (!height.empty() && !std::all_of(height.begin(), height.end(), ::isdigit)) {
        diags.error({b.where.file, b.where.line, 1}, "\"height\" must be a number of pixels", "e.g.  height: 800");
        return "";
    }
    return placeholder("poll", frame, blk.url, title, host, b, labels, height.empty() ? "" : " data-embed-height=\"" + height + "\"");
}

std::string map(const FencedBlock& b, Diagnostics& diags, const EmbedLabels& labels) {
    Block blk;
    if (!read_block(b, blk, diags)) return "";
    std::string host = host_of(blk.url);
    std::string title = blk.options.count("title") ? blk.options["title"] : "";
    std::smatch m;
    // openstreetmap.org/#map=16/49.80/73.10 or ?mlat=..&mlon=..
    if (host == "openstreetmap.org" && std::regex_search(blk.url, m, std::regex("map=([0-9]{1,2})/(-?[0-9.]+)/(-?[0-9.]+)"))) {
        double zoom = std::stod(m[1]), lat = std::stod(m[2]), lon = std::stod(m[3]);
        double d = 0.01 * std::pow(2.0, 16 - zoom);
        char bbox[160];
        std::snprintf(bbox, sizeof bbox, "%.5f%%2C%.5f%%2C%.5f%%2C%.5f", lon - d, lat - d / 2, lon + d, lat + d / 2);
        char marker[64];
        std::snprintf(marker, sizeof marker, "%.5f%%2C%.5f", lat, lon);
        std::string frame = std::string("https://www.openstreetmap.org/export/embed.html?bbox=") + bbox + "&layer=mapnik&marker=" + marker;
        return placeholder("map", frame, blk.url, title, host, b, labels);
    }
    diags.error({b.where.file, b.where.line + 1, 1}, "urker can embed maps from openstreetmap.org addresses with #map=zoom/lat/lon",
                "open the place on openstreetmap.org and copy the address from the browser", blk.url);
    return "";
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
