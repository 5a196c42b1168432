// The entry point every fuzz target defines (libFuzzer's), and a helper for splitting one
// fuzzer input into the several texts a target needs.
//
// Each *_fuzz.cpp is linked twice: with libFuzzer (clang, scripts/fuzz) to search for new
// crashes, and with replay_main.cpp (any compiler, every build) to replay the seed corpus and the
// crashes found so far as ordinary CTest tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace urker::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// The text before the first `separator` (or all of it); `text` keeps what follows.
inline std::string_view take_until(std::string_view& text, std::string_view separator) {
    auto at = text.find(separator);
    std::string_view head = text.substr(0, at);
    text = at == std::string_view::npos ? std::string_view{} : text.substr(at + separator.size());
    return head;
}

}  // namespace urker::fuzz
