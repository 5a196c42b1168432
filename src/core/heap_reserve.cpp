#include "core/heap_reserve.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>

#include "core/fs.h"

namespace urker {

namespace {

std::atomic<HeapReserver> installed{nullptr};
std::atomic<FreedMemoryKeeper> installed_keeper{nullptr};

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

long freed_memory_delay_ms(std::size_t inputs) { return inputs >= kKeepFreedMemoryFrom ? kKeptFreedMemoryMs : 0; }

void install_freed_memory_keeper(FreedMemoryKeeper keeper) { installed_keeper.store(keeper); }

void keep_freed_memory(long milliseconds) {
    FreedMemoryKeeper keeper = installed_keeper.load();
    if (keeper && milliseconds > 0) keeper(milliseconds);
}

std::size_t resident_anonymous_bytes() { return kilobytes_line("/proc/self/status", "RssAnon"); }

std::size_t room_under_limit(std::string_view limit, std::string_view usage) {
    auto number = [](std::string_view text) -> std::optional<std::size_t> {
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
        std::size_t value = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || text.empty() || end != text.data() + text.size()) return std::nullopt;
        return value;
    };
    const std::optional<std::size_t> max = number(limit), used = number(usage);
    if (!max || !used || *max >= (std::size_t{1} << 60)) return SIZE_MAX;
    return *max > *used ? *max - *used : 0;
}

namespace {

// The room under the memory limit of this process's control group, v2 or v1 (SIZE_MAX: none).
std::size_t cgroup_room() {
    std::ifstream groups("/proc/self/cgroup");
    std::string line, v2, v1;
    while (std::getline(groups, line)) {
        if (line.rfind("0::", 0) == 0) v2 = line.substr(3);
        else if (std::size_t at = line.find(":memory:"); at != std::string::npos) v1 = line.substr(at + 8);
    }
    // A kernel file's first line (read_file reads by the size a file reports, and these report
    // none, or a page).
    auto first_line = [](const std::string& file) -> std::optional<std::string> {
        std::ifstream in(file);
        std::string text;
        if (!in || !std::getline(in, text)) return std::nullopt;
        return text;
    };
    auto room_in = [&first_line](const std::string& folder, const char* limit_file, const char* usage_file) {
        std::optional<std::string> limit = first_line(folder + limit_file), usage = first_line(folder + usage_file);
        return limit && usage ? room_under_limit(*limit, *usage) : SIZE_MAX;
    };
    std::size_t room = SIZE_MAX;
    for (const std::string& folder : {"/sys/fs/cgroup" + v2, std::string("/sys/fs/cgroup")})
        room = std::min(room, room_in(folder, "/memory.max", "/memory.current"));
    for (const std::string& folder : {"/sys/fs/cgroup/memory" + v1, std::string("/sys/fs/cgroup/memory")})
        room = std::min(room, room_in(folder, "/memory.limit_in_bytes", "/memory.usage_in_bytes"));
    return room;
}

}  // namespace

std::size_t available_memory_bytes() { return std::min(kilobytes_line("/proc/meminfo", "MemAvailable"), cgroup_room()); }

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
