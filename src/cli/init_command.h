// `urker init [DIR]`: a new portal that builds at once — a commented site.yaml, every section's
// page in each language, one example of each kind of page, .gitignore. The theme is built in.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace urker {

struct InitOptions {
    std::filesystem::path folder = ".";
    std::string language = "ru";         // the portal's main language: ru, kk or en
    std::vector<std::string> languages;  // all its languages (the main one is added when missing)
    std::string message_language;        // --lang: the language of urker's messages ("" = the environment's, else `language`)
};

// Exit codes: 0 written, 1 the folder already holds a portal or cannot be written, 2 a language
// urker has no texts for.
int run_init_command(const InitOptions& options, std::ostream& out, std::ostream& err);

}  // namespace urker
