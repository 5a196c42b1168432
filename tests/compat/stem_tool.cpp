// urker_stem_tool: runs one piece of urker's lunr text processing over a word list, one input line
// to one output line, for tests/compat/stemmer_compat.mjs to compare with lunr.js.
//   urker_stem_tool stemmer-en | stemmer-ru | stemmer-kk
//                                               the stemmer alone, on the line as given
//   urker_stem_tool lower                       JavaScript's toLowerCase of the line
//   urker_stem_tool pipeline-en | pipeline-ru | pipeline-multi | pipeline-multi-kk
//                                               tokenizer + index pipeline; the line's terms joined
//                                               by a space, stop words shown as "-"
// With --json after the mode, every input and output line is a JSON string instead (so words can
// hold line breaks and any other code unit).
#include "search/kazakh_stemmer.h"
#include "search/pipeline.h"
#include "search/porter_stemmer.h"
#include "search/russian_stemmer.h"
#include "search/tokenizer.h"
#include "search/utf16.h"

#include "core/json.h"

#include <iostream>
#include <string>

using namespace urker::search;

int main(int argc, char** argv) {
    const std::string mode = argc >= 2 ? argv[1] : "";
    const bool json_lines = argc == 3 && std::string(argv[2]) == "--json";
    std::optional<Language> language;
    if (mode.starts_with("pipeline-")) language = parse_language(mode.substr(9));
    if ((mode != "stemmer-en" && mode != "stemmer-ru" && mode != "stemmer-kk" && mode != "lower" && !language) || argc > 3 ||
        (argc == 3 && !json_lines)) {
        std::cerr << "usage: urker_stem_tool stemmer-en|stemmer-ru|stemmer-kk|lower|pipeline-en|pipeline-ru|pipeline-multi|pipeline-multi-kk [--json] < words\n";
        return 2;
    }
    std::ios::sync_with_stdio(false);
    RussianStemmer russian;
    std::optional<Pipeline> pipeline;
    if (language) pipeline.emplace(*language);
    Tokenizer tokenizer;
    std::string line, out;
    std::u16string word, term;
    while (std::getline(std::cin, line)) {
        if (json_lines) line = urker::Json::parse(line).get<std::string>();
        out.clear();
        if (pipeline) {
            bool first = true;
            tokenizer.split(line, [&](std::u16string_view token) {
                if (!first) out += ' ';
                first = false;
                if (pipeline->run(token, term)) append_utf8(out, term);
                else out += '-';
            });
        } else if (mode == "lower") {
            append_utf8(out, tokenizer.whole(line));
        } else {
            word = to_utf16(line);
            if (mode == "stemmer-en") porter_stem(word);
            else if (mode == "stemmer-kk") kazakh_stem(word);
            else russian.stem(word);
            append_utf8(out, word);
        }
        if (json_lines) out = urker::Json(out).dump();
        out += '\n';
        std::cout << out;
    }
    return 0;
}
