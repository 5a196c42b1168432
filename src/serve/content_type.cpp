#include "serve/content_type.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace urker::serve {

namespace {

std::string extension_of(std::string_view path) {
    auto slash = path.rfind('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    auto dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    std::string ext(name.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// What a theme, the search index and teachers' attachments use.
constexpr std::array<std::pair<std::string_view, std::string_view>, 32> kTypes{{
    {"html", "text/html; charset=utf-8"},
    {"htm", "text/html; charset=utf-8"},
    {"css", "text/css; charset=utf-8"},
    {"js", "text/javascript; charset=utf-8"},
    {"mjs", "text/javascript; charset=utf-8"},
    {"json", "application/json; charset=utf-8"},
    {"xml", "application/xml; charset=utf-8"},
    {"atom", "application/atom+xml; charset=utf-8"},
    {"rss", "application/rss+xml; charset=utf-8"},
    {"ics", "text/calendar; charset=utf-8"},
    {"txt", "text/plain; charset=utf-8"},
    {"md", "text/markdown; charset=utf-8"},
    {"csv", "text/csv; charset=utf-8"},
    {"svg", "image/svg+xml; charset=utf-8"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"webp", "image/webp"},
    {"avif", "image/avif"},
    {"ico", "image/vnd.microsoft.icon"},
    {"woff", "font/woff"},
    {"woff2", "font/woff2"},
    {"pdf", "application/pdf"},
    {"zip", "application/zip"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    {"doc", "application/msword"},
    {"mp4", "video/mp4"},
    {"mp3", "audio/mpeg"},
    {"webmanifest", "application/manifest+json; charset=utf-8"},
}};

}  // namespace

std::string content_type_for(std::string_view path) {
    std::string ext = extension_of(path);
    for (const auto& [e, type] : kTypes)
        if (e == ext) return std::string(type);
    return "application/octet-stream";
}

bool is_html(std::string_view path) {
    std::string ext = extension_of(path);
    return ext == "html" || ext == "htm";
}

}  // namespace urker::serve
