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

InMemoryBuild build_in_memory(const BuildOptions& options) {
    InMemoryBuild result;
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
        std::snprintf(line, sizeof line, "%s: built %zu pages in %.0f ms.", what.c_str(), build.summary.pages_written,
                      build.milliseconds);
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
    publish(build_in_memory(build), site, "First build", out, err);

    server.start();
    out << "Serving the site at " << build.base_url << (options.drafts ? " (with drafts)" : "")
        << "\nWatching site.yaml, content/, static/ and themes/ for changes. Press Ctrl-C to stop." << std::endl;

    for (;;) {
        SourceWatcher::Changes changes = watcher.wait_for_changes(signals.fd(), options.quiet);
        if (changes.stopped) break;
        publish(build_in_memory(build), site, describe(changes.paths), out, err);
    }
    site.close();
    server.stop();
    out << "Stopped." << std::endl;
    return 0;
}

}  // namespace urker::serve
