// urker_index_tool: the `urker index` command without the rest of the CLI, so the lunr.js
// compatibility tests build and run with the search stage alone.
//   urker_index_tool --docs DOCS.json [--lang en|ru|multi] [--field NAME[^BOOST]]... [--output FILE]
#include "search/index_command.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::string docs, lang, output;
    std::vector<std::string> fields;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--docs" && has_value) docs = argv[++i];
        else if (arg == "--lang" && has_value) lang = argv[++i];
        else if (arg == "--field" && has_value) fields.emplace_back(argv[++i]);
        else if (arg == "--output" && has_value) output = argv[++i];
        else {
            std::cerr << "usage: urker_index_tool --docs DOCS.json [--lang en|ru|multi] [--field NAME[^BOOST]]... "
                         "[--output FILE]\n";
            return 2;
        }
    }
    return urker::search::run_index_command(docs, lang, fields, output, std::cerr);
}
