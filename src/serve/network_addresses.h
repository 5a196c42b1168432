// The addresses other computers reach this one at, for `urker serve --bind 0.0.0.0`: the
// started server says where a phone on the same network can open the site, not only the
// 127.0.0.1 that works on this computer alone.
#pragma once

#include <string>
#include <vector>

namespace urker::serve {

// "http://192.168.1.5:8080/" for each IPv4 address of an interface that is up and not the
// loopback, in the order the system lists them, each once.
std::vector<std::string> network_urls(int port);

// Whether `address` (what --bind was given) listens on every interface.
bool listens_everywhere(const std::string& address);

}  // namespace urker::serve
