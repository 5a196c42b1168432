#include "site/external_links.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace urker {

namespace {

// The messages of this file (their texts are in core/message_catalog_site.cpp).
namespace msg {
Message no_answer(const std::string& url, const std::string& why) { return Message("site.external_no_answer", {{"url", url}, {"why", why}}); }
Message bad_status(const std::string& url, int status) {
    return Message("site.external_bad_status", {{"url", url}, {"status", std::to_string(status)}, {"not_found", status == 404 ? "yes" : "no"}});
}
Message hint() { return Message("site.external_hint"); }
}  // namespace msg

struct Answer {
    bool reached = false;
    int status = 0;
    std::string why;
};

Answer ask(const std::string& url, int timeout_seconds) {
    // scheme://host[:port] and the rest.
    auto scheme_end = url.find("://");
    auto path_start = url.find('/', scheme_end + 3);
    std::string origin = url.substr(0, path_start);
    std::string path = path_start == std::string::npos ? "/" : url.substr(path_start);
    if (auto hash = path.find('#'); hash != std::string::npos) path.resize(hash);
    Answer a;
    try {
        httplib::Client client(origin);
        client.set_connection_timeout(timeout_seconds, 0);
        client.set_read_timeout(timeout_seconds, 0);
        client.set_write_timeout(timeout_seconds, 0);
        client.set_follow_location(true);
        auto head = client.Head(path.c_str());
        if (head && head->status < 400) return {true, head->status, {}};
        // Some servers refuse HEAD (405) or answer it differently; GET is the real question.
        auto get = client.Get(path.c_str());
        if (get) return {true, get->status, {}};
        a.why = httplib::to_string(get.error());
    } catch (const std::exception& e) {
        a.why = e.what();
    }
    return a;
}

}  // namespace

void check_external_links(const std::map<std::string, SourceLocation>& links, int timeout_seconds, int parallel, Diagnostics& diags) {
    std::vector<std::pair<std::string, SourceLocation>> list(links.begin(), links.end());
    std::vector<Answer> answers(list.size());
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> workers;
    for (int w = 0; w < std::max(1, parallel); ++w)
        workers.emplace_back([&] {
            for (std::size_t i = next++; i < list.size(); i = next++) answers[i] = ask(list[i].first, timeout_seconds);
        });
    for (auto& t : workers) t.join();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Answer& a = answers[i];
        if (!a.reached) diags.error(list[i].second, msg::no_answer(list[i].first, a.why), msg::hint());
        else if (a.status >= 400) diags.error(list[i].second, msg::bad_status(list[i].first, a.status), msg::hint());
    }
}

}  // namespace urker
