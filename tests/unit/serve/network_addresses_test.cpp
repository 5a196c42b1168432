#include <doctest/doctest.h>

#include <regex>

#include "serve/network_addresses.h"

using namespace urker::serve;

TEST_CASE("--bind 0.0.0.0 and :: listen on every interface; an address names one") {
    CHECK(listens_everywhere("0.0.0.0"));
    CHECK(listens_everywhere("::"));
    CHECK(listens_everywhere(""));
    CHECK_FALSE(listens_everywhere("127.0.0.1"));
    CHECK_FALSE(listens_everywhere("192.168.1.5"));
}

TEST_CASE("the network addresses are this computer's IPv4 ones, without the loopback, each once, with the port") {
    const std::vector<std::string> urls = network_urls(8080);
    const std::regex shape(R"(http://(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}:8080/)");
    for (const auto& url : urls) {
        CAPTURE(url);
        std::smatch m;
        REQUIRE(std::regex_match(url, m, shape));
        CHECK(m[1] != "127");
        CHECK(std::count(urls.begin(), urls.end(), url) == 1);
    }
}
