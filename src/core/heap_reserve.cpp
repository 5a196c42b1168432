#include "core/heap_reserve.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <fstream>
#include <string>
#include <string_view>

#include "core/fs.h"

namespace urker {

namespace {

std::atomic<HeapReserver> installed{nullptr};

constexpr std::string_view kRecordHeader = "urker heap record 1\n";

// A "Name:   1234 kB" line's number of bytes, from a /proc file; 0 when the line is not there.
std::size_t kilobytes_line(const char* file, std::string_view name) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.size() <= name.size() || line.compare(0, name.size(), name) != 0 || line[name.size()] != ':') continue;
        std::size_t at = line.find_first_not_of(" \t", name.size() + 1);
        std::size_t kb = 0;
        if (at == std::string::npos) return 0;
        auto [end, ec] = std::from_chars(line.data() + at, line.data() + line.size(), kb);
        return ec == std::errc() && end != line.data() + at ? kb * 1024 : 0;
    }
    return 0;
}

}  // namespace

void install_heap_reserver(HeapReserver reserver) { installed.store(reserver); }

bool reserve_heap(std::size_t bytes) {
    HeapReserver reserver = installed.load();
    return reserver && bytes > 0 && reserver(bytes);
}

std::size_t heap_to_reserve(const HeapRecord& last, std::size_t inputs_now, std::size_t available_bytes) {
    if (last.inputs == 0 || inputs_now == 0 || last.reserved_builds >= kHeapReservationsPerMeasure) return 0;
    const std::size_t larger = std::max(last.inputs, inputs_now), smaller = std::min(last.inputs, inputs_now);
    if ((larger - smaller) * 4 > last.inputs) return 0;
    // In whole KiB, so the products stay far from overflowing.
    std::size_t wanted = last.bytes / 1024 / 10 * 9;
    if (inputs_now < last.inputs) wanted = wanted * inputs_now / last.inputs;
    wanted = std::min(wanted, available_bytes / 1024 / 2) * 1024;
    wanted = wanted / kHeapReserveBlock * kHeapReserveBlock;
    return wanted < 4 * kHeapReserveBlock ? 0 : wanted;
}

std::size_t resident_anonymous_bytes() { return kilobytes_line("/proc/self/status", "RssAnon"); }

std::size_t available_memory_bytes() { return kilobytes_line("/proc/meminfo", "MemAvailable"); }

std::optional<HeapRecord> read_heap_record(const std::filesystem::path& file) {
    std::optional<std::string> text = read_file(file);
    if (!text || text->compare(0, kRecordHeader.size(), kRecordHeader) != 0) return std::nullopt;
    const char* at = text->data() + kRecordHeader.size();
    const char* const end = text->data() + text->size();
    HeapRecord record;
    // Three numbers, each followed by its separator: a space, a space, a newline at the end.
    for (auto [number, separator] : {std::pair{&record.bytes, ' '}, {&record.inputs, ' '}, {&record.reserved_builds, '\n'}}) {
        auto [next, ec] = std::from_chars(at, end, *number);
        if (ec != std::errc() || next == at || next == end || *next != separator) return std::nullopt;
        at = next + 1;
    }
    if (at != end) return std::nullopt;
    return record;
}

bool write_heap_record(const std::filesystem::path& file, const HeapRecord& record) {
    return replace_file(file, std::string(kRecordHeader) + std::to_string(record.bytes) + " " + std::to_string(record.inputs) + " " +
                                  std::to_string(record.reserved_builds) + "\n");
}

}  // namespace urker
