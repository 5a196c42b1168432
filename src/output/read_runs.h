// The numbers of the reads a published page depended on (output/published_memo.h), held as runs of
// consecutive numbers in a few bytes each. A page reads mostly what the page before it read, in the
// same order: at 10 000 materials 28 000 pages hold some 150 numbers each in 25 runs, and as plain
// 32-bit numbers they were 16 MB of a first build's peak (and twice that in a rebuild, which holds
// the last build's beside its own).
//
// Each run is two unsigned LEB128 numbers: its first number's distance from the end of the run
// before (zigzag-coded: a run may start below the last one), then its length minus one.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace urker {

class ReadRuns {
public:
    ReadRuns() = default;
    explicit ReadRuns(const std::vector<std::uint32_t>& numbers) {
        for (std::uint32_t n : numbers) push_back(n);
    }

    // Appends `n` after the numbers held, in the order given (duplicates are kept).
    void push_back(std::uint32_t n);
    // Appends the run first..last (first <= last).
    void push_run(std::uint32_t first, std::uint32_t last);

    bool empty() const { return runs_ == 0 && !open_; }
    std::size_t size() const { return count_; }
    // The bytes the closed runs take (shrink_to_fit closes the last).
    std::size_t encoded_bytes() const { return bytes_.size(); }
    // Empties the list and keeps its room, for a list used again and again.
    void clear() {
        bytes_.clear();
        runs_ = count_ = 0;
        next_ = 0;
        open_ = false;
    }
    void reserve(std::size_t bytes) { bytes_.reserve(bytes); }
    // Writes the last run down with the others: a copy is then exactly the bytes' size (a list
    // made in a scratch list, then copied to be kept).
    void finish() { close(); }
    // Gives back the room left by growing, for a list kept to the end of the build.
    void shrink_to_fit() {
        close();
        bytes_.shrink_to_fit();
    }

    // Calls f(first, last) for each run, in order.
    template <typename F>
    void for_each_run(F&& f) const {
        std::size_t at = 0;
        std::int64_t next = 0;  // the number after the last run's end
        for (std::size_t r = 0; r < runs_; ++r) {
            const std::uint64_t gap = take(at);
            const std::uint64_t length = take(at) + 1;
            const std::int64_t first = next + static_cast<std::int64_t>((gap >> 1) ^ (~(gap & 1) + 1));
            const auto last = static_cast<std::uint32_t>(first + static_cast<std::int64_t>(length) - 1);
            f(static_cast<std::uint32_t>(first), last);
            next = static_cast<std::int64_t>(last) + 1;
        }
        if (open_) f(open_first_, open_last_);
    }
    // Calls f(n) for each number, in order, while f returns true; true when it never returned false.
    template <typename F>
    bool all_of(F&& f) const {
        bool all = true;
        for_each_run([&f, &all](std::uint32_t first, std::uint32_t last) {
            for (std::uint32_t n = first; all; ++n) {
                all = f(n);
                if (n == last) break;
            }
        });
        return all;
    }
    // Calls f(n) for each number, in order.
    template <typename F>
    void for_each(F&& f) const {
        for_each_run([&f](std::uint32_t first, std::uint32_t last) {
            for (std::uint32_t n = first;; ++n) {
                f(n);
                if (n == last) break;
            }
        });
    }
    std::vector<std::uint32_t> numbers() const;

    bool operator==(const ReadRuns& other) const { return numbers() == other.numbers(); }

private:
    // Writes the open run into the bytes.
    void close();
    std::uint64_t take(std::size_t& at) const {
        std::uint64_t value = 0;
        for (int shift = 0;; shift += 7) {
            const auto byte = static_cast<unsigned char>(bytes_[at++]);
            value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return value;
        }
    }

    std::string bytes_;
    std::uint32_t runs_ = 0;        // in bytes_
    std::uint32_t count_ = 0;       // numbers, the open run's too
    std::int64_t next_ = 0;         // the number after the end of the last run in bytes_
    bool open_ = false;             // the last run, still growing, kept apart until the next one starts
    std::uint32_t open_first_ = 0, open_last_ = 0;
};

}  // namespace urker
