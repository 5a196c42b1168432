// urker_search_bench: times the search index writer alone on a DOCS.json (as `urker index` reads
// it), phase by phase, best of N runs. bench/search_bench.sh compares the whole command with
// lunr.js.
//   urker_search_bench DOCS.json [--lang en|ru|multi] [--runs N] [--threads N]
#include "search/index_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace urker::search;

namespace {

// CPU time of the whole process (all threads), in seconds.
double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: urker_search_bench DOCS.json [--lang en|ru|multi] [--runs N] [--threads N]\n";
        return 2;
    }
    std::string lang = "multi";
    int runs = 3;
    unsigned threads = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--lang") lang = argv[i + 1];
        else if (a == "--runs") runs = std::stoi(argv[i + 1]);
        else if (a == "--threads") threads = static_cast<unsigned>(std::stoi(argv[i + 1]));
    }
    const auto language = parse_language(lang);
    if (!language) return 2;

    auto t0 = std::chrono::steady_clock::now();
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const auto root = nlohmann::json::parse(text.str());
    std::vector<SearchDocument> docs;
    for (const auto& item : root) {
        SearchDocument d;
        d.ref = item.at("ref").get<std::string>();
        for (const char* f : {"title", "tags", "body"}) {
            auto it = item.find(f);
            if (it == item.end() || it->is_null()) continue;
            if (it->is_string()) d.fields[f] = it->get<std::string>();
            else d.fields[f] = it->get<std::vector<std::string>>();
        }
        docs.push_back(std::move(d));
    }
    const double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    const std::vector<SearchField> fields{{"title", 10}, {"tags", 5}, {"body", 1}};
    double best = 1e300;
    double best_cpu = 1e300;
    IndexWriterStats best_stats;
    std::size_t size = 0;
    for (int r = 0; r < runs; ++r) {
        IndexWriterStats stats;
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = cpu_seconds();
        const std::string index = write_lunr_index(docs, fields, *language, {threads, &stats});
        best_cpu = std::min(best_cpu, cpu_seconds() - cpu_start);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        size = index.size();
        if (s < best) {
            best = s;
            best_stats = stats;
        }
    }
    const IndexWriterStats& st = best_stats;
    std::printf("urker writer: %zu documents, %zu terms, %zu postings, %zu bytes; load %.3f s; best of %d: %.3f s, "
                "CPU %.3f s (wall/CPU: tokenize %.3f/%.3f, postings %.3f/%.3f, vectors %.3f/%.3f, terms %.3f/%.3f)\n",
                docs.size(), st.term_count, st.posting_count, size, load, runs, best, best_cpu, st.tokenize.wall_seconds,
                st.tokenize.cpu_seconds, st.postings.wall_seconds, st.postings.cpu_seconds, st.vectors.wall_seconds,
                st.vectors.cpu_seconds, st.terms.wall_seconds, st.terms.cpu_seconds);
    return 0;
}
