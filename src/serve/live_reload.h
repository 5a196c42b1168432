// Live reload, only in `urker serve` (never in `urker build`'s output): the server adds one
// <script src> to every HTML page it sends. The script listens to the server's event stream,
// reloads the page when a new build succeeded, and shows the build's errors over the page when
// it failed. It builds the overlay with textContent, so a message quoting `<script>` from a
// broken file stays text. An external script (not inline) works under a strict
// Content-Security-Policy.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace urker::serve {

inline constexpr std::string_view kLiveScriptPath = "/__urker/live.js";
inline constexpr std::string_view kEventsPath = "/__urker/events";
inline constexpr std::string_view kStatusPath = "/__urker/status";

// `html` with the live-reload script tag before its last </body> (or at the end). `generation`
// is the build the page came from, so a build finished while the page loads still reloads it.
std::string inject_live_reload(std::string_view html, std::uint64_t generation);

// The script served at kLiveScriptPath.
std::string_view live_reload_script();

// The page served for every address while no build has succeeded yet: the overlay shows why,
// and the page reloads once the site builds.
std::string no_site_yet_page(std::uint64_t generation, std::string_view language = "en");

}  // namespace urker::serve
