#include "serve/network_addresses.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <algorithm>

namespace urker::serve {

std::vector<std::string> network_urls(int port) {
    std::vector<std::string> urls;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return urls;
    for (const ifaddrs* a = list; a; a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
        if (!(a->ifa_flags & IFF_UP) || (a->ifa_flags & IFF_LOOPBACK)) continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
        if (!inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) continue;
        std::string url = "http://" + std::string(text) + ":" + std::to_string(port) + "/";
        if (std::find(urls.begin(), urls.end(), url) == urls.end()) urls.push_back(std::move(url));
    }
    freeifaddrs(list);
    return urls;
}

bool listens_everywhere(const std::string& address) { return address.empty() || address == "0.0.0.0" || address == "::"; }

}  // namespace urker::serve
