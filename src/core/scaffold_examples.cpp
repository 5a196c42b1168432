#include "core/scaffold_examples.h"

#include <algorithm>

#include "core/text.h"

namespace urker {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The text after the front matter of a scaffold file (which starts with a "---" line).
std::string_view body_of(std::string_view file) {
    std::size_t fences = 0, at = 0;
    while (at < file.size() && fences < 2) {
        std::size_t end = file.find('\n', at);
        if (end == std::string_view::npos) end = file.size();
        if (file.substr(at, end - at) == "---") ++fences;
        at = end + 1;
    }
    return fences == 2 && at <= file.size() ? file.substr(at) : std::string_view();
}

}  // namespace

std::string paragraph_words(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

const std::unordered_set<std::string>& scaffold_example_paragraphs() {
    static const std::unordered_set<std::string> paragraphs = [] {
        std::unordered_set<std::string> found;
        for (const EmbeddedFile& f : resources::scaffold_files()) {
            if (!starts_with(f.path, "new/") || !ends_with(f.path, ".md")) continue;
            std::string_view body = body_of(f.data);
            // Paragraphs are separated by blank lines.
            std::string paragraph;
            auto finish = [&] {
                std::string words = paragraph_words(paragraph);
                if (!words.empty() && words.find("{{") == std::string::npos) found.insert(words);
                paragraph.clear();
            };
            std::size_t at = 0;
            while (at < body.size()) {
                std::size_t end = body.find('\n', at);
                if (end == std::string_view::npos) end = body.size();
                std::string_view line = body.substr(at, end - at);
                if (paragraph_words(line).empty())
                    finish();
                else
                    paragraph.append(line).append("\n");
                at = end + 1;
            }
            finish();
        }
        return found;
    }();
    return paragraphs;
}

bool is_scaffold_example(std::string_view paragraph_source) {
    struct Filter {
        std::size_t shortest = static_cast<std::size_t>(-1), longest = 0;
        std::unordered_set<std::string> starts;  // the first kStart bytes of each (all of a shorter one)
    };
    static constexpr std::size_t kStart = 8;
    static const Filter filter = [] {
        Filter f;
        for (const auto& p : scaffold_example_paragraphs()) {
            f.shortest = std::min(f.shortest, p.size());
            f.longest = std::max(f.longest, p.size());
            f.starts.insert(p.substr(0, kStart));
        }
        return f;
    }();
    std::string_view text = paragraph_source;
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    // Folding spaces only shortens a text; a paragraph wrapped anew has as many bytes again at most.
    if (text.size() < filter.shortest || text.size() > 2 * filter.longest) return false;
    const std::string start = paragraph_words(text.substr(0, 2 * kStart)).substr(0, kStart);
    if (filter.starts.count(start) == 0) return false;
    return scaffold_example_paragraphs().count(paragraph_words(text)) > 0;
}

}  // namespace urker
