#include "serve/serve.h"

#include "output/published_memo.h"

#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <set>

#include "serve/dev_server.h"
#include "serve/network_addresses.h"
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

// A change to Markdown under content/ only changes pages, so the pages open in a browser can be
// rendered first and reloaded, and the rest follow (Hugo's "fast render"). A stylesheet, a
// template, site.yaml or an attachment may change any file: those get a full build at once.
bool pages_only(const std::set<std::string>& paths) {
    for (const auto& p : paths)
        if (!p.starts_with("content/") || !p.ends_with(".md")) return false;
    return !paths.empty();
}

// "content/a.md, content/b.md, static/c.css and 2 more changed".
// `id`: serve.changed, or serve.changed_open_pages for the quick build of the open pages.
Message describe(const std::set<std::string>& paths, const char* id = "serve.changed") {
    std::string text;
    std::size_t shown = 0;
    for (const auto& p : paths) {
        if (shown == 3) break;
        text += (shown++ ? ", " : "") + p;
    }
    return Message(id, {{"files", text}, {"more", paths.size() - shown}});
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
    // The theme of the last full build: reused while only content changes.
    std::shared_ptr<const Theme> theme;
    // The build cache in memory (output/published_memo.h): a full rebuild takes every page made
    // from the same values from the last full build instead of rendering it again.
    PublishedMemo memo(PublishedMemo::program_key(options.generator));
    std::shared_ptr<const MemoryOutput> last_full;
    auto build_everything = [&](BuildOptions with) {
        with.published_memo = &memo;
        auto files = std::make_shared<MemoryOutput>();
        files->set_previous(last_full);
        InMemoryBuild result = build_in_memory(with, files);
        if (result.ok) {
            memo.roll();
            last_full = result.files;
        } else {
            memo.forget_current();
        }
        return result;
    };
    auto full_build = [&] {
        InMemoryBuild result = build_everything(build);  // templates, stylesheets or site.yaml may have changed: no theme given
        theme = result.summary.theme;
        return result;
    };
    InMemoryBuild first = full_build();
    const std::string lang = resolve_message_language(options.message_language, first.summary.site_language);
    publish(std::move(first), site, Message("serve.first_build"), options.message_language, out, err);

    server.start();
    out << render_message(Message("serve.serving", {{"url", build.base_url}, {"drafts", options.drafts ? "yes" : "no"}}), lang) << '\n';
    // --bind 0.0.0.0: where a phone or another computer on the same network opens it.
    if (listens_everywhere(options.address)) {
        std::string urls;
        for (const std::string& url : network_urls(port)) urls += (urls.empty() ? "" : "  ") + url;
        out << render_message(urls.empty() ? Message("serve.no_network_address") : Message("serve.on_network", {{"urls", urls}}), lang) << '\n';
    }
    out << render_message(Message("serve.watching"), lang) << std::endl;

    for (;;) {
        SourceWatcher::Changes changes = watcher.wait_for_changes(signals.fd(), options.quiet);
        if (changes.stopped) break;
        std::vector<std::string> open_pages = site.pages_shown_recently();
        std::shared_ptr<const MemoryOutput> last = site.current().files;
        if (!last || !theme || open_pages.empty() || !pages_only(changes.paths)) {
            publish(full_build(), site, describe(changes.paths), options.message_language, out, err);
            continue;
        }
        // The open pages first: they reload as soon as they are ready.
        BuildOptions same_theme = build;
        same_theme.theme = theme;
        auto preview = std::make_shared<MemoryOutput>(*last, std::set<std::string>(open_pages.begin(), open_pages.end()));
        // What the last full build kept (each file's front matter and Markdown) serves the preview
        // too, which then reads and renders only what changed: without it, at 10 000 materials the
        // one open page took longer than the whole site after it. The preview itself keeps nothing.
        BuildOptions preview_options = same_theme;
        preview_options.published_memo = &memo;
        InMemoryBuild quick = build_in_memory(preview_options, std::move(preview));
        memo.forget_current();
        const bool quick_ok = quick.ok;
        publish(std::move(quick), site, describe(changes.paths, "serve.changed_open_pages"), options.message_language, out, err);
        if (!quick_ok) continue;  // the errors are on the page; a full build would find the same
        // Then every page, swapped in without reloading what is open.
        InMemoryBuild full = build_everything(same_theme);
        if (!full.ok) {
            publish(std::move(full), site, Message("serve.rest_of_site"), options.message_language, out, err);
            continue;
        }
        site.replace_files_quietly(std::move(full.files));
        out << "  " << render_message(Message("serve.other_pages", {{"milliseconds", static_cast<std::int64_t>(full.milliseconds)}}), lang)
            << std::endl;
    }
    site.close();
    server.stop();
    out << render_message(Message("serve.stopped"), lang) << std::endl;
    return 0;
}

}  // namespace urker::serve
