// The HTTP side of `urker serve` (cpp-httplib, the only code that sees it): the built site
// from memory, the live-reload script and its event stream. It never reads the disk: a request
// can only name a file the build produced.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "serve/site_snapshot.h"

namespace httplib {
class Server;
}

namespace urker::serve {

class DevServer {
public:
    explicit DevServer(const SiteSnapshot& site);
    ~DevServer();  // stops the server
    DevServer(const DevServer&) = delete;
    DevServer& operator=(const DevServer&) = delete;

    // Binds ADDRESS:PORT; port 0 takes any free port. When `try_next` is set and the port is
    // taken, tries the next 20 ports. Returns the bound port, or 0 when nothing could be bound.
    int bind(const std::string& address, int port, bool try_next);
    // Answers requests on a thread of its own until stop().
    void start();
    void stop();

private:
    void install_routes();

    const SiteSnapshot& site_;
    std::unique_ptr<httplib::Server> http_;
    std::thread thread_;
    std::atomic<bool> listening_ended_{false};
};

}  // namespace urker::serve
