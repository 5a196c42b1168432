#include "content/front_matter.h"

#include "core/text.h"

namespace urker {

namespace {
bool is_fence(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == "---";
}
}  // namespace

std::optional<SplitFile> split_front_matter(std::string_view text, const std::string& file, Diagnostics& diags) {
    SplitFile out;
    // A byte-order mark some Windows editors add is not content.
    if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
    std::size_t first_end = text.find('\n');
    std::string_view first = text.substr(0, first_end);
    if (!is_fence(first)) {
        out.body = text;
        out.body_line = 1;
        return out;
    }
    if (first_end == std::string_view::npos) {
        diags.error({file, 1, 1}, Message("content.front_matter_unclosed"), Message("content.front_matter_unclosed_hint"), std::string(first));
        return std::nullopt;
    }
    std::size_t pos = first_end + 1;
    int line = 2;
    while (pos <= text.size()) {
        std::size_t end = text.find('\n', pos);
        std::string_view l = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (is_fence(l)) {
            out.front_matter = text.substr(first_end + 1, pos - first_end - 1);
            out.front_matter_line = 2;
            out.body = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
            out.body_line = line + 1;
            return out;
        }
        if (end == std::string_view::npos) break;
        pos = end + 1;
        ++line;
    }
    diags.error({file, 1, 1}, Message("content.front_matter_unclosed"), Message("content.front_matter_unclosed_before_text_hint"),
                std::string(first));
    return std::nullopt;
}

}  // namespace urker
