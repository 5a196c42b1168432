// The build cache's files (search/term_cache.h, markdown/render_cache.h) hold numbers as their
// bytes in this machine's order: they are read back only by the same urker binary.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace urker {

template <typename T>
void append_number(std::string& out, T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

// Reads such numbers back, and runs of bytes, from `bytes` at `at`; each take is false (and
// takes nothing) when fewer bytes are left.
struct BinaryReader {
    std::string_view bytes;
    std::size_t at = 0;
    template <typename T>
    bool take(T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (bytes.size() - at < sizeof value) return false;
        std::memcpy(&value, bytes.data() + at, sizeof value);
        at += sizeof value;
        return true;
    }
    // Each value takes a byte at least: a count of values above this is a damaged record.
    std::size_t remaining() const { return bytes.size() - at; }
    bool take(std::size_t n, std::string_view& run) {
        if (bytes.size() - at < n) return false;
        run = bytes.substr(at, n);
        at += n;
        return true;
    }
};

}  // namespace urker
