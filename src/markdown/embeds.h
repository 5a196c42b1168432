// Embeds written in Markdown without raw HTML: a fenced block whose info string names the kind,
// holding the address and, optionally, `key: value` lines.
//
//   ```video
//   https://www.youtube.com/watch?v=dQw4w9WgXcQ
//   title: Открытый урок «Дроби», 5 «Б»
//   start: 90
//   ```
//
// Video: YouTube, Rutube, VK Video, a plain .mp4/.webm file. Poll: Google Forms, Yandex Forms, or
// any https form. Map: OpenStreetMap. Nothing is fetched from the other site until the visitor
// presses the button (the theme's embeds.js swaps the placeholder for the frame); the host is
// named on the button and a plain link is always there. An unknown host or a malformed block is
// an error with the file and line.
#pragma once

#include <map>
#include <string>

#include "markdown/markdown.h"

namespace urker {

// Labels in the page's language: "show_video" = "Показать видео (загружается с {host})" …
struct EmbedLabels {
    std::map<std::string, std::map<std::string, std::string>> by_language;  // lang -> key -> text
    std::string get(const std::string& lang, const std::string& key, const std::string& fallback) const;
};

// Handlers for "video", "poll" and "map" blocks, for MarkdownRenderer::fenced_blocks.
std::map<std::string, FencedBlockHandler> embed_handlers(EmbedLabels labels);

}  // namespace urker
