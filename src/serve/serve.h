// `urker serve`: build the site into memory with the base URL pointing at the local server,
// serve it, and rebuild and live-reload on every change of the sources, until Ctrl-C.
#pragma once

#include <chrono>
#include <filesystem>
#include <ostream>
#include <string>

namespace urker::serve {

inline constexpr int kDefaultPort = 8080;

struct ServeOptions {
    std::filesystem::path source = ".";
    std::string address = "127.0.0.1";  // only this computer, unless told otherwise
    std::string message_language;        // --lang ("" = URKER_LANG, the locale, then the site's language)
    int port = kDefaultPort;             // 0: any free port
    bool port_given = false;             // an explicit --port is never swapped for another
    bool drafts = false;
    std::string generator = "urker";
    std::chrono::milliseconds quiet{50};  // how long the sources must be still before a rebuild
};

// "http://127.0.0.1:8080/", the base URL the site is built with and the address printed.
std::string local_base_url(const std::string& address, int port);

// Runs until SIGINT or SIGTERM. Returns the exit code: 0 stopped cleanly, 1 could not start.
int run_serve(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace urker::serve
