#include "config/simple_yaml.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <optional>
#include <vector>

#include "core/text.h"

namespace urker {

namespace {

// YAML 1.2 core schema, matched by hand: std::regex recurses once per character and overflows
// the stack on a long scalar (40 000 digits were enough).
bool is_yaml_int(std::string_view s) {
    std::size_t i = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (i == s.size()) return false;
    for (; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

bool is_yaml_float(std::string_view s) {
    std::size_t i = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
    auto digits = [&] {
        std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i - start;
    };
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (digits() == 0) return false;
    } else {
        if (digits() == 0) return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            digits();
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        if (digits() == 0) return false;
    }
    return i == s.size();
}

bool is_null_text(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// Characters that give a scalar's first character another meaning (YAML 1.2, 5.3).
bool is_indicator(char c) {
    switch (c) {
        case '-': case '?': case ':': case ',': case '[': case ']': case '{': case '}': case '#':
        case '&': case '*': case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
            return true;
        default:
            return false;
    }
}

bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

// Bytes that yaml-cpp reads otherwise than as plain text of a line: control characters (tab and
// carriage return among them), DEL, and the Unicode ones YAML gives a meaning or refuses (byte
// order mark, next line, line and paragraph separators, C1 controls, non-characters).
bool has_special_bytes(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n') || c == 0x7F) return true;
            continue;
        }
        const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        const auto third = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
        if (c == 0xC2 && next < 0xA0) return true;                                          // C1 controls, NEL
        if (c == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9)) return true;     // LS, PS
        if (c == 0xEF && ((next == 0xBB && third == 0xBF) || (next == 0xBF && third >= 0xBE))) return true;  // BOM, U+FFFE/F
    }
    return false;
}

std::string_view trim_right(std::string_view s) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

bool only_spaces(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

// A scalar of a line: its value and the column (0-based, in bytes, as yaml-cpp counts) where it starts.
struct Scalar {
    urker::Json value;
    std::size_t column = 0;
    bool null = false;  // a plain null ("~", "null"): yaml-cpp reports it as a null, not a scalar
};

// A longer value is left to yaml-cpp, which counts its characters against YamlLimits.
constexpr std::size_t kLongestScalar = 10'000;

// What the document may hold (YamlLimits), and what it holds so far, counted as yaml-cpp's
// events are in yaml_document.cpp (every key and value, a list itself and each of its items).
struct Budget {
    std::size_t longest_scalar = kLongestScalar;  // in bytes, which are never fewer than characters
    std::size_t values_left = 0;
    bool take(std::size_t values) {
        if (values > values_left) return false;
        values_left -= values;
        return true;
    }
};

// A quoted scalar at `line[at]` (a quote), closed on the same line, without escapes. `end` is set
// past the closing quote.
std::optional<Scalar> quoted(std::string_view line, std::size_t at, std::size_t& end, const Budget& budget) {
    const char quote = line[at];
    const std::size_t close = line.find(quote, at + 1);
    if (close == std::string_view::npos) return std::nullopt;  // over several lines, or never closed
    std::string_view text = line.substr(at + 1, close - at - 1);
    if (quote == '"' && text.find('\\') != std::string_view::npos) return std::nullopt;  // an escape
    if (quote == '\'' && close + 1 < line.size() && line[close + 1] == '\'') return std::nullopt;  // '' is a quote inside
    if (text.size() > budget.longest_scalar) return std::nullopt;
    end = close + 1;
    return Scalar{urker::Json(std::string(text)), at, false};
}

std::optional<Scalar> plain(std::string_view text, std::size_t column, const Budget& budget) {
    if (text.empty() || is_indicator(text[0]) || text.size() > budget.longest_scalar) return std::nullopt;
    const std::string value(text);
    if (is_null_text(value)) return Scalar{nullptr, column, true};
    return Scalar{yaml_plain_scalar(value), column, false};
}

// The value after `key: ` on one line, starting at `line[at]`; `pointer` is the member's.
bool read_value(std::string_view line, std::size_t at, const std::string& pointer, int line_number, urker::Json& out,
                YamlDocument::PositionMap& positions, Budget& budget) {
    auto position = [line_number](std::size_t column) { return YamlDocument::Position{line_number, static_cast<int>(column) + 1}; };
    const char first = line[at];
    if (first == '"' || first == '\'') {
        std::size_t end = 0;
        std::optional<Scalar> s = quoted(line, at, end, budget);
        if (!s || !only_spaces(line.substr(end))) return false;  // a comment or more text after it
        positions.record(pointer, position(s->column));
        out = std::move(s->value);
        return true;
    }
    if (first == '[') {  // a list on this line: quoted or plain items, separated by commas
        urker::Json list = urker::Json::array();
        std::vector<std::pair<std::string, YamlDocument::Position>> items;
        std::size_t i = at + 1;
        auto skip_spaces = [&] {
            while (i < line.size() && line[i] == ' ') ++i;
        };
        skip_spaces();
        if (i < line.size() && line[i] == ']') {
            ++i;
        } else {
            for (;;) {
                skip_spaces();
                if (i >= line.size()) return false;
                std::optional<Scalar> s;
                if (line[i] == '"' || line[i] == '\'') {
                    std::size_t end = 0;
                    s = quoted(line, i, end, budget);
                    if (!s) return false;
                    i = end;
                } else {
                    const std::size_t stop = line.find_first_of(",]", i);
                    if (stop == std::string_view::npos) return false;
                    const std::string_view text = trim_right(line.substr(i, stop - i));
                    if (text.find_first_of("#{}[:'\"") != std::string_view::npos) return false;
                    s = plain(text, i, budget);
                    if (!s) return false;
                    i = stop;
                }
                if (!budget.take(1)) return false;
                items.emplace_back(pointer + "/" + std::to_string(list.size()), position(s->column));
                list.push_back(std::move(s->value));
                skip_spaces();
                if (i >= line.size()) return false;
                if (line[i] == ']') {
                    ++i;
                    break;
                }
                if (line[i] != ',') return false;
                ++i;
                skip_spaces();
                if (i >= line.size() || line[i] == ']') return false;  // a comma with no item after it
            }
        }
        if (!only_spaces(line.substr(i))) return false;
        positions.record(pointer, position(at));
        for (auto& [item_pointer, where] : items) positions.record(std::move(item_pointer), where);
        out = std::move(list);
        return true;
    }
    const std::string_view text = trim_right(line.substr(at));
    // A comment, a nested key, a flow collection inside the text: yaml-cpp's to read.
    if (text.find_first_of("#{}[]") != std::string_view::npos || text.find(": ") != std::string_view::npos || text.back() == ':')
        return false;
    std::optional<Scalar> s = plain(text, at, budget);
    if (!s) return false;
    // A null stands where its key does (the position is recorded by the caller).
    if (!s->null) positions.record(pointer, position(s->column));
    out = std::move(s->value);
    return true;
}

}  // namespace

urker::Json yaml_plain_scalar(const std::string& s) {
    if (is_null_text(s)) return nullptr;
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
    const char* begin = s.data() + (!s.empty() && s[0] == '+' ? 1 : 0);
    const char* end = s.data() + s.size();
    if (is_yaml_int(s)) {
        long long v = 0;
        auto [ptr, ec] = std::from_chars(begin, end, v);
        if (ec == std::errc() && ptr == end) return v;
        return s;  // too large for a number: kept as written
    }
    if (is_yaml_float(s)) {
        double v = 0;
        auto [ptr, ec] = std::from_chars(begin, end, v);
        if (ec == std::errc() && ptr == end) return v;
        return s;
    }
    return s;
}

bool read_simple_yaml(std::string_view yaml, YamlDocument& doc, const YamlLimits& limits) {
    // A map of lists is two levels deep; the text of all values is less than the text.
    if (limits.max_depth < 2 || yaml.size() > std::min<std::size_t>(limits.max_total_bytes, 1u << 20) || has_special_bytes(yaml)) return false;
    if (!is_valid_utf8(yaml)) return false;  // what yaml-cpp makes of such bytes is its own
    Budget budget{std::min(kLongestScalar, limits.max_scalar_chars), limits.max_values};
    if (!budget.take(1)) return false;  // the document's map
    // The members as read, put in order once at the end: inserted one by one into the sorted
    // object, 20 000 keys took seconds (each insertion moves the members after it).
    std::vector<std::pair<std::string, urker::Json>> members;
    YamlDocument::PositionMap positions;
    bool any = false;
    int line_index = 0;
    for (std::size_t pos = 0; pos < yaml.size(); ++line_index) {
        std::size_t end = yaml.find('\n', pos);
        if (end == std::string_view::npos) end = yaml.size();
        const std::string_view line = yaml.substr(pos, end - pos);
        pos = end + 1;
        if (only_spaces(line) || line[0] == '#') continue;  // a blank line, a comment line
        // key: at the line's start, a name of letters, digits, '_' and '-', then ':' and a space
        // or the line's end.
        if (!is_key_char(line[0]) || line[0] == '-') return false;
        std::size_t k = 1;
        while (k < line.size() && is_key_char(line[k])) ++k;
        if (k >= line.size() || line[k] != ':' || (k + 1 < line.size() && line[k + 1] != ' ')) return false;
        const std::string key(line.substr(0, k));
        // Keys that yaml-cpp reads as a null are its to read (a second "title:" too, below).
        if (is_null_text(key)) return false;
        if (!budget.take(2)) return false;  // the key and its value
        const int line_number = line_index + 1 + doc.line_offset;
        const YamlDocument::Position key_at{line_number, 1};
        if (!any) positions.record("", key_at);  // the document's map starts at its first key
        any = true;
        const std::string pointer = "/" + key;  // no '~' or '/' in a key read here
        std::size_t v = k + 1;
        while (v < line.size() && line[v] == ' ') ++v;
        urker::Json value;
        if (v < line.size() && !read_value(line, v, pointer, line_number, value, positions, budget)) return false;
        // An empty value (the lines after it are not indented: those would be its value, and
        // make this line's key unreadable here) and a written null stand where their key does.
        if (value.is_null()) positions.record(pointer, key_at);
        positions.record(pointer + "#key", key_at);
        members.emplace_back(key, std::move(value));
    }
    if (!any) return false;  // an empty document: yaml-cpp says what it is
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return name_before(a.first, b.first); });
    for (std::size_t i = 1; i < members.size(); ++i)
        if (members[i - 1].first == members[i].first) return false;  // a key twice
    urker::Json root = urker::Json::object();
    auto& object = root.get_ref<urker::Json::object_t&>();
    object.reserve(members.size());
    for (auto& [key, value] : members) object.emplace_hint(object.end(), std::move(key), std::move(value));
    doc.value = std::move(root);
    doc.positions = std::move(positions);
    return true;
}

}  // namespace urker
