// The build cache's files (search/term_cache.h, markdown/render_cache.h) hold numbers as their
// bytes in this machine's order: they are read back only by the same urker binary.
#pragma once

#include <cstring>
#include <string>
#include <type_traits>

namespace urker {

template <typename T>
void append_number(std::string& out, T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

}  // namespace urker
