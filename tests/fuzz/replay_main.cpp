// Replays fuzzer inputs without libFuzzer, so the seed corpus and every crash found so far run in
// every build (g++ or clang, plain or with sanitizers) as an ordinary CTest test:
//
//   replay_<target> [--max-seconds N] FILE_OR_FOLDER…
//
// A folder means every file in it, in name order. A file ending in ".gen" is a recipe for a big
// input that is not worth committing: '#' comment lines, then a JSON array whose elements are
// strings (used once) or [string, count] pairs (repeated), e.g.
//   # a plain scalar of 40 000 digits
//   ["---\ntitle: ", ["1", 40000], "\n---\n"]
// Each input must return within --max-seconds (default 10): a hang is a failure too. A crash ends
// the process (that is what the sanitizers do); the line before it names the input.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <sys/resource.h>

#include <nlohmann/json.hpp>

#include "fuzz_target.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define URKER_REPLAY_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define URKER_REPLAY_ASAN 1
#endif

// Sanitizer defaults for this program (the environment's ASAN_OPTIONS/UBSAN_OPTIONS still win):
// an input that eats memory fails like libFuzzer's -rss_limit_mb, and undefined behaviour fails
// the test instead of printing a line nobody reads.
extern "C" const char* __asan_default_options() { return "hard_rss_limit_mb=2048:detect_leaks=1"; }
extern "C" const char* __ubsan_default_options() { return "halt_on_error=1:print_stacktrace=1"; }

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string expand_recipe(const std::string& recipe, const fs::path& path) {
    std::istringstream lines(recipe);
    std::string line, json;
    while (std::getline(lines, line))
        if (!line.starts_with("#")) json += line + "\n";
    nlohmann::json pieces = nlohmann::json::parse(json, nullptr, false);
    if (!pieces.is_array()) {
        std::fprintf(stderr, "%s: not a recipe (a JSON array of strings and [string, count] pairs)\n", path.c_str());
        std::exit(2);
    }
    std::string out;
    for (const auto& piece : pieces) {
        if (piece.is_string()) {
            out += piece.get<std::string>();
        } else if (piece.is_array() && piece.size() == 2 && piece[0].is_string() && piece[1].is_number_unsigned()) {
            for (std::uint64_t i = 0; i < piece[1].get<std::uint64_t>(); ++i) out += piece[0].get<std::string>();
        } else {
            std::fprintf(stderr, "%s: a recipe piece must be a string or [string, count]: %s\n", path.c_str(), piece.dump().c_str());
            std::exit(2);
        }
    }
    return out;
}

void add_inputs(const fs::path& path, std::vector<fs::path>& out) {
    if (fs::is_directory(path)) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(path))
            if (entry.is_regular_file() && !entry.path().filename().string().starts_with(".")) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        out.insert(out.end(), files.begin(), files.end());
    } else if (fs::is_regular_file(path)) {
        out.push_back(path);
    } else {
        std::fprintf(stderr, "replay: %s is neither a file nor a folder\n", path.c_str());
        std::exit(2);
    }
}

}  // namespace

int main(int argc, char** argv) {
    double max_seconds = 10;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--max-seconds" && i + 1 < argc) max_seconds = std::atof(argv[++i]);
        else add_inputs(arg, inputs);
    }
#ifndef URKER_REPLAY_ASAN
    // Without AddressSanitizer's RSS limit, cap the address space: an input that asks for
    // gigabytes ends in bad_alloc (a failure) instead of taking the machine's memory.
    rlimit limit{4ull << 30, 4ull << 30};
    setrlimit(RLIMIT_AS, &limit);
#endif
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);

    int slow = 0;
    for (const fs::path& path : inputs) {
        std::string data = read_bytes(path);
        if (path.extension() == ".gen") data = expand_recipe(data, path);
        std::printf("replaying %s (%zu bytes)\n", path.c_str(), data.size());
        std::fflush(stdout);
        auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (seconds > max_seconds) {
            std::printf("  too slow: %.1f s (the limit is %.0f s)\n", seconds, max_seconds);
            ++slow;
        }
    }
    std::printf("%zu inputs replayed, %d too slow\n", inputs.size(), slow);
    return slow == 0 ? 0 : 1;
}
