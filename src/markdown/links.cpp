#include "markdown/links.h"

#include "core/text.h"

namespace urker {

namespace {

bool is_fence(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    return line.substr(i, 3) == "```" || line.substr(i, 3) == "~~~";
}

// One line, outside code blocks: blank out `code spans` so their brackets are not read.
std::string without_code_spans(std::string_view line) {
    std::string out(line);
    for (std::size_t i = 0; i < out.size();) {
        if (out[i] != '`') { ++i; continue; }
        std::size_t run = 0;
        while (i + run < out.size() && out[i + run] == '`') ++run;
        std::string ticks(run, '`');
        std::size_t close = out.find(ticks, i + run);
        if (close == std::string::npos) break;
        for (std::size_t k = i; k < close + run; ++k) out[k] = ' ';
        i = close + run;
    }
    return out;
}

void scan_line(const std::string& line, int line_no, std::vector<UnparsedLink>& found) {
    for (std::size_t close = line.find("]("); close != std::string::npos; close = line.find("](", close + 2)) {
        // The label's opening bracket: the nearest '[' before, not escaped.
        std::size_t open = line.rfind('[', close);
        if (open == std::string::npos || (open > 0 && line[open - 1] == '\\')) continue;
        std::size_t start = close + 2;
        std::size_t end = line.find(')', start);
        if (end == std::string::npos) continue;
        std::string target = line.substr(start, end - start);
        std::string trimmed = trim(target);
        if (trimmed.empty() || trimmed[0] == '<') continue;
        auto space = trimmed.find(' ');
        if (space == std::string::npos) continue;
        // `(url "title")` is a link with a title.
        std::string rest = trim(trimmed.substr(space + 1));
        if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'' || rest[0] == '(')) continue;
        UnparsedLink l;
        l.line = line_no;
        l.image = open > 0 && line[open - 1] == '!';
        std::size_t at = l.image ? open - 1 : open;
        l.column = static_cast<int>(count_code_points(std::string_view(line).substr(0, at))) + 1;
        l.label = line.substr(open + 1, close - open - 1);
        l.target = trimmed;
        found.push_back(std::move(l));
    }
}

}  // namespace

std::vector<UnparsedLink> find_unparsed_links(std::string_view markdown) {
    std::vector<UnparsedLink> found;
    bool in_fence = false;
    int line_no = 0;
    std::size_t pos = 0;
    while (pos <= markdown.size()) {
        std::size_t nl = markdown.find('\n', pos);
        std::string_view line = markdown.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        ++line_no;
        if (is_fence(line)) {
            in_fence = !in_fence;
        } else if (!in_fence && line.find("](") != std::string_view::npos) {
            scan_line(without_code_spans(line), line_no, found);
        }
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    return found;
}

std::string link_target_in_brackets(std::string_view target) { return "<" + std::string(target) + ">"; }

std::string link_target_percent_encoded(std::string_view target) {
    std::string out;
    for (char c : target) {
        if (c == ' ') out += "%20";
        else out += c;
    }
    return out;
}

}  // namespace urker
