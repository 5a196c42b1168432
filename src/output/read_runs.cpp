#include "output/read_runs.h"

namespace urker {

namespace {

void put(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

}  // namespace

void ReadRuns::push_back(std::uint32_t n) {
    if (open_ && open_last_ != UINT32_MAX && n == open_last_ + 1) {
        open_last_ = n;
        ++count_;
        return;
    }
    push_run(n, n);
}

void ReadRuns::push_run(std::uint32_t first, std::uint32_t last) {
    if (open_ && open_last_ != UINT32_MAX && first == open_last_ + 1) {
        count_ += last - first + 1;
        open_last_ = last;
        return;
    }
    close();
    open_ = true;
    open_first_ = first;
    open_last_ = last;
    count_ += last - first + 1;
}

void ReadRuns::close() {
    if (!open_) return;
    const std::int64_t gap = static_cast<std::int64_t>(open_first_) - next_;
    put(bytes_, (static_cast<std::uint64_t>(gap) << 1) ^ static_cast<std::uint64_t>(gap >> 63));
    put(bytes_, static_cast<std::uint64_t>(open_last_) - open_first_);
    next_ = static_cast<std::int64_t>(open_last_) + 1;
    ++runs_;
    open_ = false;
}

std::vector<std::uint32_t> ReadRuns::numbers() const {
    std::vector<std::uint32_t> out;
    out.reserve(count_);
    for_each([&out](std::uint32_t n) { out.push_back(n); });
    return out;
}

}  // namespace urker
