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
        result.diags.error({}, Message("build.crashed", {{"what", e.what()}}), Message("serve.crash_hint"));
        result.ok = false;
    }
    result.diags.sort();
    result.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return result;
}

// Prints what a build did (`what`: which build, or what changed) and hands it to the server.
// `option` is --lang; the site's own language counts once a build has read site.yaml.
void publish(InMemoryBuild build, SiteSnapshot& site, const Message& what, const std::string& option, std::ostream& out,
             std::ostream& err) {
    const std::string lang = resolve_message_language(option, build.summary.site_language);
    err << format_diagnostics(build.diags, 20, lang);
    const std::string said = render_message(what, lang);
    const auto milliseconds = static_cast<std::int64_t>(build.milliseconds);
    if (build.ok) {
        out << render_message(Message("serve.built", {{"what", said}, {"pages", build.summary.pages_written}, {"milliseconds", milliseconds}}),
                              lang)
            << std::endl;
    } else {
        err << render_message(Message("serve.build_failed", {{"what", said},
                                                             {"count", build.diags.error_count()},
                                                             {"milliseconds", milliseconds},
                                                             {"kept", site.current().files ? "yes" : "no"}}),
                              lang)
            << '\n'
            << std::flush;
    }
    site.publish(build.ok ? std::move(build.files) : nullptr, build.ok, build.diags.items(), lang);
}

// "content/a.md, content/b.md, static/c.css and 2 more changed".
Message describe(const std::set<std::string>& paths) {
    std::string text;
    std::size_t shown = 0;
    for (const auto& p : paths) {
        if (shown == 3) break;
        text += (shown++ ? ", " : "") + p;
    }
    return Message("serve.changed", {{"files", text}, {"more", paths.size() - shown}});
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
    // Before the first build the site's language is not known yet: --lang, else the environment.
    const std::string early_lang = resolve_message_language(options.message_language, "");
    auto problem = [&](Message message, Message hint) {
        err << format_diagnostic(make_diagnostic(Severity::error, {}, std::move(message), std::move(hint)), early_lang);
    };
    if (!fs::is_directory(options.source, ec)) {
        problem(Message("serve.no_folder", {{"folder", options.source.string()}}), Message("serve.no_folder_hint"));
        return 1;
    }
    StopSignals signals;
    SiteSnapshot site;
    DevServer server(site);
    const bool try_next = !options.port_given && options.port != 0;
    int port = server.bind(options.address, options.port, try_next);
    if (port == 0) {
        problem(Message("serve.cannot_bind", {{"address", options.address}, {"port", std::to_string(options.port)}, {"next", try_next ? "yes" : "no"}}),
                Message("serve.cannot_bind_hint", {{"port", std::to_string(try_next ? options.port + 21 : options.port + 1)}}));
        return 1;
    }
    if (try_next && port != options.port)
        out << render_message(Message("serve.port_in_use", {{"port", std::to_string(options.port)}, {"other", std::to_string(port)}}), early_lang)
            << '\n';

    // Watching starts before the first build, so a file saved while it runs is not missed.
    SourceWatcher watcher(options.source);
    if (!watcher.error().empty())
        err << render_message(Message("label.warning"), early_lang) << ": "
            << render_message(Message("serve.not_watching", {{"detail", render_message(watcher.problem(), early_lang)}}), early_lang) << '\n'
            << std::flush;

    BuildOptions build;
    build.source = options.source;
    build.base_url = local_base_url(options.address, port);
    build.drafts = options.drafts;
    build.generator = options.generator;
    InMemoryBuild first = build_in_memory(build);
    const std::string lang = resolve_message_language(options.message_language, first.summary.site_language);
    publish(std::move(first), site, Message("serve.first_build"), options.message_language, out, err);

    server.start();
    out << render_message(Message("serve.serving", {{"url", build.base_url}, {"drafts", options.drafts ? "yes" : "no"}}), lang) << '\n'
        << render_message(Message("serve.watching"), lang) << std::endl;

    for (;;) {
        SourceWatcher::Changes changes = watcher.wait_for_changes(signals.fd(), options.quiet);
        if (changes.stopped) break;
        publish(build_in_memory(build), site, describe(changes.paths), options.message_language, out, err);
    }
    site.close();
    server.stop();
    out << render_message(Message("serve.stopped"), lang) << std::endl;
    return 0;
}

}  // namespace urker::serve
