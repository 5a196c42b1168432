// urker_index_tool: the `urker index` command without the rest of the CLI, so the lunr.js
// compatibility tests build and run with the search stage alone.
//   urker_index_tool --docs DOCS.json [--lang en|ru|multi] [--field NAME[^BOOST]]... [--output FILE]
//                    [--shards DIR [--shard-bytes N]]
// With --shards it writes the index in shards into DIR instead (search/sharded_index.h).
#include "search/index_command.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::string docs, lang, output, shards;
    std::size_t shard_bytes = 0;
    std::vector<std::string> fields;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--docs" && has_value) docs = argv[++i];
        else if (arg == "--lang" && has_value) lang = argv[++i];
        else if (arg == "--field" && has_value) fields.emplace_back(argv[++i]);
        else if (arg == "--output" && has_value) output = argv[++i];
        else if (arg == "--shards" && has_value) shards = argv[++i];
        else if (arg == "--shard-bytes" && has_value) shard_bytes = std::stoul(argv[++i]);
        else {
            std::cerr << "usage: urker_index_tool --docs DOCS.json [--lang en|ru|multi] [--field NAME[^BOOST]]... "
                         "[--output FILE] [--shards DIR [--shard-bytes N]]\n";
            return 2;
        }
    }
    if (!shards.empty())
        return urker::search::run_sharded_index_command(docs, lang, fields, shards, shard_bytes, std::cerr);
    return urker::search::run_index_command(docs, lang, fields, output, std::cerr);
}
