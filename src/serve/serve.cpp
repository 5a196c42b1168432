#include "serve/serve.h"

#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <set>

#include "serve/dev_server.h"
#include "serve/site_snapshot.h"
#include "serve/source_watcher.h"
#include "render/theme.h"
#include "site/build.h"

namespace urker::serve {

namespace fs = std::filesystem;

namespace {

struct InMemoryBuild {
    bool ok = false;
    double milliseconds = 0;
    std::shared_ptr<MemoryOutput> files = std::make_shared<MemoryOutput>();
    Diagnostics diags;
    BuildSummary summary;
};

// Builds into `files`: a fresh MemoryOutput, or a quick preview that re-renders only some pages.
InMemoryBuild build_in_memory(const BuildOptions& options, std::shared_ptr<MemoryOutput> files = std::make_shared<MemoryOutput>()) {
    InMemoryBuild result;
    result.files = std::move(files);
    auto started = std::chrono::steady_clock::now();
    try {
        result.ok = build_into(options, *result.files, result.diags, result.summary);
    } catch (const std::exception& e) {
        result.diags.error({}, std::string("urker stopped unexpectedly: ") + e.what(),
                           "this is a bug in urker; please report it with the file that was being changed");
        result.ok = false;
    }
    result.diags.sort();
    result.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return result;
}

// Prints what a build did and hands it to the server.
void publish(InMemoryBuild build, SiteSnapshot& site, const std::string& what, std::ostream& out, std::ostream& err) {
    for (const auto& d : build.diags.items()) err << format_diagnostic(d);
    char line[256];
    if (build.ok) {
        std::snprintf(line, sizeof line, "%s: built %zu %s in %.0f ms.", what.c_str(), build.summary.pages_written,
                      build.summary.pages_written == 1 ? "page" : "pages", build.milliseconds);
        out << line << std::endl;
    } else {
        std::size_t errors = build.diags.error_count();
        std::snprintf(line, sizeof line, "%s: the build failed (%zu %s) in %.0f ms; ", what.c_str(), errors,
                      errors == 1 ? "error" : "errors", build.milliseconds);
        err << line
            << (site.current().files ? "the last good build is still served, with the errors shown over the page.\n"
                                     : "the pages show the errors until they are fixed.\n")
            << std::flush;
    }
    site.publish(build.ok ? std::move(build.files) : nullptr, build.ok, build.diags.items());
}

// A change to Markdown under content/ only changes pages, so the pages open in a browser can be
// rendered first and reloaded, and the rest follow (Hugo's "fast render"). A stylesheet, a
// template, site.yaml or an attachment may change any file: those get a full build at once.
bool pages_only(const std::set<std::string>& paths) {
    for (const auto& p : paths)
        if (!p.starts_with("content/") || !p.ends_with(".md")) return false;
    return !paths.empty();
}

std::string describe(const std::set<std::string>& paths) {
    std::string text;
    std::size_t shown = 0;
    for (const auto& p : paths) {
        if (shown == 3) {
            text += " and " + std::to_string(paths.size() - shown) + " more";
            break;
        }
        text += (shown++ ? ", " : "") + p;
    }
    return text + " changed";
}

// SIGINT and SIGTERM arrive through a file descriptor the watch loop polls, instead of a
// handler writing global state. Blocked before any thread starts, so every thread inherits it.
class StopSignals {
public:
    StopSignals() {
        sigemptyset(&mask_);
        sigaddset(&mask_, SIGINT);
        sigaddset(&mask_, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &mask_, &previous_);
        fd_ = signalfd(-1, &mask_, SFD_CLOEXEC | SFD_NONBLOCK);
    }
    ~StopSignals() {
        if (fd_ >= 0) {
            // Take the signals that stopped us, or unblocking them below would deliver them
            // again and kill the process instead of letting it exit with 0.
            signalfd_siginfo info;
            while (read(fd_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
            }
            close(fd_);
        }
        pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    int fd() const { return fd_; }

private:
    sigset_t mask_{};
    sigset_t previous_{};
    int fd_ = -1;
};

}  // namespace

std::string local_base_url(const std::string& address, int port) {
    std::string host = address;
    if (host.empty() || host == "0.0.0.0") host = "127.0.0.1";  // every interface: this computer's is one
    else if (host == "::") host = "[::1]";
    else if (host.find(':') != std::string::npos && host.front() != '[') host = "[" + host + "]";
    return "http://" + host + ":" + std::to_string(port) + "/";
}

int run_serve(const ServeOptions& options, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    if (!fs::is_directory(options.source, ec)) {
        err << "error: the folder " << options.source.string() << " does not exist\n"
            << "    hint: run urker serve in the folder with site.yaml, or pass it with --source\n";
        return 1;
    }
    StopSignals signals;
    SiteSnapshot site;
    DevServer server(site);
    const bool try_next = !options.port_given && options.port != 0;
    int port = server.bind(options.address, options.port, try_next);
    if (port == 0) {
        err << "error: cannot serve on " << options.address << ":" << options.port << (try_next ? " or the next 20 ports" : "")
            << ": the port is in use, or the address is not one of this computer's\n"
            << "    hint: choose another port, e.g.  urker serve --port " << (try_next ? options.port + 21 : options.port + 1)
            << ", or check the address given with --bind\n";
        return 1;
    }
    if (try_next && port != options.port) out << "Port " << options.port << " is in use; using " << port << " instead.\n";

    // Watching starts before the first build, so a file saved while it runs is not missed.
    SourceWatcher watcher(options.source);
    if (!watcher.error().empty())
        err << "warning: " << watcher.error() << "; pages will not be rebuilt on changes\n" << std::flush;

    BuildOptions build;
    build.source = options.source;
    build.base_url = local_base_url(options.address, port);
    build.drafts = options.drafts;
    build.generator = options.generator;
    // The theme of the last full build: reused while only content changes.
    std::shared_ptr<const Theme> theme;
    auto full_build = [&] {
        BuildOptions fresh = build;  // templates, stylesheets or site.yaml may have changed
        InMemoryBuild result = build_in_memory(fresh);
        theme = result.summary.theme;
        return result;
    };
    publish(full_build(), site, "First build", out, err);

    server.start();
    out << "Serving the site at " << build.base_url << (options.drafts ? " (with drafts)" : "")
        << "\nWatching site.yaml, content/, static/ and themes/ for changes. Press Ctrl-C to stop." << std::endl;

    for (;;) {
        SourceWatcher::Changes changes = watcher.wait_for_changes(signals.fd(), options.quiet);
        if (changes.stopped) break;
        std::vector<std::string> open_pages = site.pages_shown_recently();
        std::shared_ptr<const MemoryOutput> last = site.current().files;
        if (!last || !theme || open_pages.empty() || !pages_only(changes.paths)) {
            publish(full_build(), site, describe(changes.paths), out, err);
            continue;
        }
        // The open pages first: they reload as soon as they are ready.
        BuildOptions same_theme = build;
        same_theme.theme = theme;
        auto preview = std::make_shared<MemoryOutput>(*last, std::set<std::string>(open_pages.begin(), open_pages.end()));
        InMemoryBuild quick = build_in_memory(same_theme, std::move(preview));
        const bool quick_ok = quick.ok;
        publish(std::move(quick), site, describe(changes.paths) + " (the open pages)", out, err);
        if (!quick_ok) continue;  // the errors are on the page; a full build would find the same
        // Then every page, swapped in without reloading what is open.
        InMemoryBuild full = build_in_memory(same_theme);
        if (!full.ok) {
            publish(std::move(full), site, "The rest of the site", out, err);
            continue;
        }
        site.replace_files_quietly(std::move(full.files));
        char line[128];
        std::snprintf(line, sizeof line, "  and the other pages in %.0f ms.", full.milliseconds);
        out << line << std::endl;
    }
    site.close();
    server.stop();
    out << "Stopped." << std::endl;
    return 0;
}

}  // namespace urker::serve
