#include "serve/dev_server.h"

#include <httplib.h>

#include <chrono>

#include "core/messages.h"
#include "serve/content_type.h"
#include "serve/live_reload.h"
#include "serve/request_path.h"

namespace urker::serve {

namespace {

// Every response of the dev server is fresh: a reload must never show a cached old build.
void no_store(httplib::Response& res) { res.set_header("Cache-Control", "no-store"); }

void send_file(httplib::Response& res, const SiteState& state, const std::string& key,
               int status) {
    const std::string& data = state.files->at(key);
    // A found file keeps httplib's "no status yet": httplib then answers a Range request with 206
    // and just those bytes (one range, or several as multipart/byteranges), which the search's
    // bundles are read by (render/range_bundle.h); an explicit 200 would stop that.
    if (status != 200) res.status = status;
    if (is_html(key))
        res.set_content(inject_live_reload(data, state.generation), content_type_for(key));
    else
        res.set_content(data, content_type_for(key));
}

void send_not_found(httplib::Response& res, const SiteState& state) {
    // The theme's own 404 page, with status 404.
    if (state.files->has("404.html")) {
        send_file(res, state, "404.html", 404);
        return;
    }
    res.status = 404;
    res.set_content(render_message(Message("serve.not_found"), state.language) + "\n", "text/plain; charset=utf-8");
}

void serve_site(const SiteSnapshot& site, const httplib::Request& req, httplib::Response& res) {
    no_store(res);
    SiteState state = site.current();
    if (!state.files) {  // no build has succeeded yet: say so on every address
        res.status = 503;
        res.set_content(no_site_yet_page(state.generation, state.language), "text/html; charset=utf-8");
        return;
    }
    std::optional<std::string> key = output_key_for(req.path);
    if (!key) {
        res.status = 403;
        res.set_content(render_message(Message("serve.forbidden"), state.language) + "\n", "text/plain; charset=utf-8");
        return;
    }
    if (state.files->has(*key)) {
        if (key->ends_with(".html")) site.note_page_shown(*key);
        send_file(res, state, *key, 200);
        return;
    }
    // "/materials/drobi" is the folder "/materials/drobi/": redirect so relative links resolve.
    if (state.files->has(*key + "/index.html")) {
        std::string location = req.path + "/";
        if (!req.params.empty()) location += req.target.substr(req.target.find('?'));
        res.set_redirect(location, 301);
        return;
    }
    send_not_found(res, state);
}

// Server-sent events: the current build state at once, then one event per build. A comment
// every 15 s notices closed tabs, whose connection thread then ends.
void serve_events(const SiteSnapshot& site, httplib::Response& res) {
    no_store(res);
    struct Stream {
        std::uint64_t sent = 0;
        bool first = true;
        std::chrono::steady_clock::time_point last_write = std::chrono::steady_clock::now();
    };
    auto stream = std::make_shared<Stream>();
    res.set_chunked_content_provider("text/event-stream", [&site, stream](std::size_t, httplib::DataSink& sink) {
        if (site.closed()) return false;
        SiteState state = stream->first ? site.current() : site.wait_newer(stream->sent, std::chrono::milliseconds(500));
        if (site.closed()) return false;
        std::string message;
        if (stream->first || state.generation > stream->sent) {
            message = "event: build\ndata: " + state_event_json(state) + "\n\n";
            stream->sent = state.generation;
            stream->first = false;
        } else if (std::chrono::steady_clock::now() - stream->last_write > std::chrono::seconds(15)) {
            message = ": still here\n\n";
        }
        if (message.empty()) return true;
        stream->last_write = std::chrono::steady_clock::now();
        return sink.write(message.data(), message.size());
    });
}

}  // namespace

DevServer::DevServer(const SiteSnapshot& site) : site_(site), http_(std::make_unique<httplib::Server>()) {
    // Each open tab holds one connection for its event stream; leave room for the page's files.
    http_->new_task_queue = [] { return new httplib::ThreadPool(32); };
    // httplib's default also sets SO_REUSEPORT, which would let a second `urker serve` share the
    // port with the first and split the requests between them. Reusing the address only lets a
    // restarted server take its port back at once.
    http_->set_socket_options([](int sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    install_routes();
}

DevServer::~DevServer() { stop(); }

void DevServer::install_routes() {
    const SiteSnapshot& site = site_;
    http_->Get(std::string(kLiveScriptPath), [](const httplib::Request&, httplib::Response& res) {
        no_store(res);
        res.set_content(std::string(live_reload_script()), "text/javascript; charset=utf-8");
    });
    http_->Get(std::string(kEventsPath), [&site](const httplib::Request&, httplib::Response& res) { serve_events(site, res); });
    http_->Get(std::string(kStatusPath), [&site](const httplib::Request&, httplib::Response& res) {
        no_store(res);
        res.set_content(state_event_json(site.current()), "application/json; charset=utf-8");
    });
    http_->Get(".*", [&site](const httplib::Request& req, httplib::Response& res) { serve_site(site, req, res); });
}

int DevServer::bind(const std::string& address, int port, bool try_next) {
    if (port == 0) {
        int bound = http_->bind_to_any_port(address);
        return bound > 0 ? bound : 0;
    }
    const int last = try_next ? port + 20 : port;
    for (int p = port; p <= last && p <= 65535; ++p)
        if (http_->bind_to_port(address, p)) return p;
    return 0;
}

void DevServer::start() {
    thread_ = std::thread([this] {
        http_->listen_after_bind();
        listening_ended_ = true;
    });
    // httplib's stop() does nothing until the accept loop has begun: wait for it, so a stop
    // right after the start (Ctrl-C at once, a short test) cannot leave the loop running.
    while (!http_->is_running() && !listening_ended_) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void DevServer::stop() {
    if (http_) http_->stop();
    if (thread_.joinable()) thread_.join();
}

}  // namespace urker::serve
