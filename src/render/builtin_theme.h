// The default theme (themes/default/ of urker's repository), built into the binary by
// cmake/embed_files.cmake, so a site needs no themes/ folder of its own.
#pragma once

#include <span>

#include "core/embedded_files.h"

namespace urker::resources {

// Every file of themes/default/, by its path inside the theme: "templates/base.html",
// "static/css/urker.css", "i18n/ru.yaml".
std::span<const EmbeddedFile> builtin_theme();

}  // namespace urker::resources
