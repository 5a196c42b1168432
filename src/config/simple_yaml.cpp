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

// A quoted scalar at `line[at]` (a quote), closed on the same line; in double quotes the escapes
// \n, \" and \\ only. `end` is set past the closing quote.
std::optional<Scalar> quoted(std::string_view line, std::size_t at, std::size_t& end, const Budget& budget) {
    const char quote = line[at];
    std::string text;
    std::size_t i = at + 1;
    for (;; ++i) {
        if (i >= line.size()) return std::nullopt;  // over several lines, or never closed
        const char c = line[i];
        if (c == quote) break;
        if (c == '\\' && quote == '"') {
            // The escapes of the theme's strings (a line break, a quote, a backslash); any other
            // is yaml-cpp's to read.
            const char next = i + 1 < line.size() ? line[i + 1] : '\0';
            if (next == 'n') text += '\n';
            else if (next == '"' || next == '\\') text += next;
            else return std::nullopt;
            ++i;
            continue;
        }
        text += c;
    }
    if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') return std::nullopt;  // '' is a quote inside
    if (text.size() > budget.longest_scalar) return std::nullopt;
    end = i + 1;
    return Scalar{urker::Json(std::move(text)), at, false};
}

// A key at `line[at]`: a name of letters, digits, '_' and '-', or a text in double quotes, followed
// by ':' and a space or the line's end. Sets `key` and `end` (past the ':').
bool read_key(std::string_view line, std::size_t at, const Budget& budget, std::string& key, std::size_t& end) {
    std::size_t k = at;
    if (at < line.size() && line[at] == '"') {
        std::optional<Scalar> s = quoted(line, at, k, budget);
        if (!s) return false;
        key = s->value.get<std::string>();
    } else {
        if (at >= line.size() || !is_key_char(line[at]) || line[at] == '-') return false;
        while (k < line.size() && is_key_char(line[k])) ++k;
        key.assign(line.substr(at, k - at));
        if (is_null_text(key)) return false;  // yaml-cpp reads such a key as a null
    }
    if (k >= line.size() || line[k] != ':' || (k + 1 < line.size() && line[k + 1] != ' ')) return false;
    end = k + 1;
    return true;
}

std::optional<Scalar> plain(std::string_view text, std::size_t column, const Budget& budget) {
    if (text.empty() || is_indicator(text[0]) || text.size() > budget.longest_scalar) return std::nullopt;
    const std::string value(text);
    if (is_null_text(value)) return Scalar{nullptr, column, true};
    return Scalar{yaml_plain_scalar(value), column, false};
}

void skip_spaces(std::string_view line, std::size_t& i) {
    while (i < line.size() && line[i] == ' ') ++i;
}

// A text in brackets or braces at `line[i]`: quoted, or plain up to the next ',' or `close`.
// Moves `i` past it.
std::optional<Scalar> flow_scalar(std::string_view line, std::size_t& i, char close, const Budget& budget) {
    if (i >= line.size()) return std::nullopt;
    if (line[i] == '"' || line[i] == '\'') {
        std::size_t end = 0;
        std::optional<Scalar> s = quoted(line, i, end, budget);
        if (s) i = end;
        return s;
    }
    const char stops[] = {',', close, '\0'};
    const std::size_t stop = line.find_first_of(stops, i);
    if (stop == std::string_view::npos) return std::nullopt;
    const std::string_view text = trim_right(line.substr(i, stop - i));
    // A comment, a quote, a collection inside, a key: yaml-cpp's to read; it also refuses a '?'
    // anywhere in a plain text here (found by the front matter fuzzer).
    if (text.find_first_of("#{}[]:'\"?") != std::string_view::npos) return std::nullopt;
    std::optional<Scalar> s = plain(text, i, budget);
    if (s) i = stop;
    return s;
}

// After an entry in brackets or braces: past `close` (`done`), or past a ',' with another entry
// after it. False otherwise (a comma before the end is yaml-cpp's to read).
bool next_entry(std::string_view line, std::size_t& i, char close, bool& done) {
    skip_spaces(line, i);
    if (i >= line.size()) return false;
    if (line[i] == close) {
        ++i;
        done = true;
        return true;
    }
    if (line[i] != ',') return false;
    ++i;
    skip_spaces(line, i);
    return i < line.size() && line[i] != close;
}

// A map of `members` in key order; false when a key is there twice (yaml-cpp's to report).
// Sorted once: inserted one by one into the sorted object, 20 000 keys took seconds (each
// insertion moves the members after it).
bool object_of(std::vector<std::pair<std::string, urker::Json>>& members, urker::Json& out) {
    std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return name_before(a.first, b.first); });
    for (std::size_t i = 1; i < members.size(); ++i)
        if (members[i - 1].first == members[i].first) return false;
    out = urker::Json::object();
    auto& object = out.get_ref<urker::Json::object_t&>();
    object.reserve(members.size());
    for (auto& [key, value] : members) object.emplace_hint(object.end(), std::move(key), std::move(value));
    return true;
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
    if (first == '{') {  // a map on this line ({one: "…", other: "…"}): keys and scalar values
        std::vector<std::pair<std::string, urker::Json>> members;
        std::vector<std::pair<std::string, YamlDocument::Position>> places;
        std::size_t i = at + 1;
        skip_spaces(line, i);
        bool done = i < line.size() && line[i] == '}';  // empty
        if (done) ++i;
        while (!done) {
            std::string key;
            const std::size_t key_column = i;
            if (!read_key(line, i, budget, key, i) || !budget.take(2)) return false;
            skip_spaces(line, i);
            std::optional<Scalar> s = flow_scalar(line, i, '}', budget);
            if (!s) return false;
            const std::string member = pointer_append(pointer, key);
            // A null stands where its key does, as in a block.
            places.emplace_back(member, s->null ? position(key_column) : position(s->column));
            places.emplace_back(member + "#key", position(key_column));
            members.emplace_back(std::move(key), std::move(s->value));
            if (!next_entry(line, i, '}', done)) return false;
        }
        urker::Json map;
        if (!only_spaces(line.substr(i)) || !object_of(members, map)) return false;
        positions.record(pointer, position(at));
        for (auto& [member_pointer, where] : places) positions.record(std::move(member_pointer), where);
        out = std::move(map);
        return true;
    }
    if (first == '[') {  // a list on this line: quoted or plain items, separated by commas
        urker::Json list = urker::Json::array();
        std::vector<std::pair<std::string, YamlDocument::Position>> items;
        std::size_t i = at + 1;
        skip_spaces(line, i);
        bool done = i < line.size() && line[i] == ']';  // empty
        if (done) ++i;
        while (!done) {
            std::optional<Scalar> s = flow_scalar(line, i, ']', budget);
            if (!s || !budget.take(1)) return false;
            items.emplace_back(pointer + "/" + std::to_string(list.size()), position(s->column));
            list.push_back(std::move(s->value));
            if (!next_entry(line, i, ']', done)) return false;
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

namespace {

// The lines that are not blank or comments, with their indentation.
struct Line {
    std::string_view text;
    int number = 0;  // in the file
    std::size_t indent = 0;
};

// Block maps nested by indentation, each member on a line of its own.
class BlockReader {
public:
    BlockReader(std::vector<Line> lines, YamlDocument::PositionMap& positions, Budget& budget, int max_depth)
        : lines_(std::move(lines)), positions_(positions), budget_(budget), max_depth_(max_depth) {}

    // The document: a map from the first line at the left margin to the end.
    bool read(urker::Json& out) {
        if (lines_.empty() || lines_[0].indent != 0) return false;
        return map_at(0, "", out, 1) && next_ == lines_.size();
    }

private:
    // The map whose keys stand at `indent`, from the next line on, at `pointer`.
    bool map_at(std::size_t indent, const std::string& pointer, urker::Json& out, int depth) {
        if (depth > max_depth_ || !budget_.take(1)) return false;
        std::vector<std::pair<std::string, urker::Json>> members;
        while (next_ < lines_.size() && lines_[next_].indent >= indent) {
            const Line& line = lines_[next_];
            if (line.indent != indent) return false;  // deeper than its map's keys: a text over lines, a list…
            std::string key;
            std::size_t v = 0;
            if (!read_key(line.text, indent, budget_, key, v) || !budget_.take(1)) return false;
            const YamlDocument::Position key_at{line.number, static_cast<int>(indent) + 1};
            // A map starts where its first key does.
            if (members.empty()) positions_.record(pointer, key_at);
            ++next_;
            const std::string member = pointer_append(pointer, key);
            while (v < line.text.size() && line.text[v] == ' ') ++v;
            urker::Json value;
            if (v < line.text.size()) {
                if (!budget_.take(1) || !read_value(line.text, v, member, line.number, value, positions_, budget_)) return false;
            } else if (next_ < lines_.size() && lines_[next_].indent > indent) {
                if (!map_at(lines_[next_].indent, member, value, depth + 1)) return false;
            } else if (!budget_.take(1)) {
                return false;
            }
            // An empty value and a written null stand where their key does.
            if (value.is_null()) positions_.record(member, key_at);
            positions_.record(member + "#key", key_at);
            members.emplace_back(std::move(key), std::move(value));
        }
        return !members.empty() && object_of(members, out);
    }

    std::vector<Line> lines_;
    std::size_t next_ = 0;
    YamlDocument::PositionMap& positions_;
    Budget& budget_;
    int max_depth_;
};

}  // namespace

bool read_simple_yaml(std::string_view yaml, YamlDocument& doc, const YamlLimits& limits) {
    // The text of all values is less than the text.
    if (limits.max_depth < 2 || yaml.size() > std::min<std::size_t>(limits.max_total_bytes, 1u << 20) || has_special_bytes(yaml)) return false;
    if (!is_valid_utf8(yaml)) return false;  // what yaml-cpp makes of such bytes is its own
    std::vector<Line> lines;
    int line_index = 0;
    for (std::size_t pos = 0; pos < yaml.size(); ++line_index) {
        std::size_t end = yaml.find('\n', pos);
        if (end == std::string_view::npos) end = yaml.size();
        const std::string_view text = yaml.substr(pos, end - pos);
        pos = end + 1;
        const std::size_t indent = text.find_first_not_of(' ');
        if (indent == std::string_view::npos || text[indent] == '#') continue;  // a blank line, a comment line
        lines.push_back({text, line_index + 1 + doc.line_offset, indent});
    }
    Budget budget{std::min(kLongestScalar, limits.max_scalar_chars), limits.max_values};
    YamlDocument::PositionMap positions;
    urker::Json value;
    // Nested maps, and in them one-line lists and maps: a document that deep is yaml-cpp's.
    if (!BlockReader(std::move(lines), positions, budget, std::min(limits.max_depth - 1, 8)).read(value)) return false;
    doc.value = std::move(value);
    doc.positions = std::move(positions);
    return true;
}

}  // namespace urker
