#include "config/yaml_document.h"

#include "config/yaml_syntax_messages.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <optional>
#include <utility>
#include <sstream>
#include <vector>

#include "config/simple_yaml.h"
#include "core/text.h"

namespace urker {

std::string pointer_append(std::string_view pointer, std::string_view key) {
    std::string out(pointer);
    out += '/';
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

const std::vector<YamlDocument::PositionMap::Entry>& YamlDocument::PositionMap::all() const {
    static const std::vector<Entry> none;
    return entries_ ? *entries_ : none;
}

std::vector<YamlDocument::PositionMap::Entry>& YamlDocument::PositionMap::own() {
    if (!entries_) entries_ = std::make_shared<std::vector<Entry>>();
    else if (entries_.use_count() > 1) entries_ = std::make_shared<std::vector<Entry>>(*entries_);
    return *entries_;
}

YamlDocument::PositionMap::const_iterator YamlDocument::PositionMap::find(std::string_view pointer) const {
    const std::vector<Entry>& entries = all();
    if (!sorted_) {  // while it is being recorded: the last record of it
        for (auto it = entries.end(); it != entries.begin();)
            if ((--it)->first == pointer) return it;
        return entries.end();
    }
    auto it = std::lower_bound(entries.begin(), entries.end(), pointer, [](const Entry& e, std::string_view p) { return e.first < p; });
    return it != entries.end() && it->first == pointer ? it : entries.end();
}

void YamlDocument::PositionMap::record(std::string pointer, Position at) {
    std::vector<Entry>& entries = own();
    if (sorted_ && !entries.empty() && !(entries.back().first < pointer)) sorted_ = false;
    entries.emplace_back(std::move(pointer), at);
}

void YamlDocument::PositionMap::finish() {
    if (sorted_) {
        if (entries_ && entries_.use_count() == 1) entries_->shrink_to_fit();
        return;
    }
    std::vector<Entry>& entries = own();
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
    // Of equal pointers (stably in the order recorded) the last stays.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i + 1 < entries.size() && entries[i + 1].first == entries[i].first) continue;
        if (kept != i) entries[kept] = std::move(entries[i]);
        ++kept;
    }
    entries.resize(kept);
    entries.shrink_to_fit();
    sorted_ = true;
}

void YamlDocument::PositionMap::erase_element(std::string_view array, std::size_t index) {
    if (empty()) return;
    const std::string prefix = std::string(array) + "/";
    std::vector<Entry>& entries = own();
    std::vector<Entry> kept;
    kept.reserve(entries.size());
    for (Entry& e : entries) {
        if (e.first.compare(0, prefix.size(), prefix) != 0) {
            kept.push_back(std::move(e));
            continue;
        }
        // "/tags/12", "/tags/12/what", "/tags/12#key": the element's number and what follows it.
        std::size_t end = prefix.size();
        while (end < e.first.size() && e.first[end] >= '0' && e.first[end] <= '9') ++end;
        if (end == prefix.size() || (end < e.first.size() && e.first[end] != '/' && e.first[end] != '#')) {
            kept.push_back(std::move(e));
            continue;
        }
        const std::size_t k = std::stoul(e.first.substr(prefix.size(), end - prefix.size()));
        if (k == index) continue;
        if (k > index) e.first = prefix + std::to_string(k - 1) + e.first.substr(end);
        kept.push_back(std::move(e));
    }
    entries = std::move(kept);
    sorted_ = false;
    finish();
}

bool YamlDocument::erase_element(std::string_view key, std::size_t index) {
    if (!value.is_object()) return false;
    auto it = value.find(std::string(key));
    if (it == value.end() || !it->is_array() || index >= it->size()) return false;
    it->erase(index);
    positions.erase_element(pointer_append("", key), index);
    return true;
}

namespace {

// yaml-cpp counts a line's columns in bytes (and the simple reader as it does); a diagnostic's
// column is the how-manieth character (core/diagnostic.h), which differs on every line with
// Cyrillic before the place: `title: Урок: дроби` has its second colon at byte 16, character 12.
int character_column(std::string_view line, int byte_column) {
    if (byte_column <= 1) return byte_column;
    const std::size_t bytes = std::min(line.size(), static_cast<std::size_t>(byte_column - 1));
    return static_cast<int>(count_code_points(line.substr(0, bytes)) + (static_cast<std::size_t>(byte_column - 1) - bytes)) + 1;
}

}  // namespace

SourceLocation YamlDocument::locate(std::string_view pointer) const {
    std::string p(pointer);
    for (;;) {
        auto it = positions.find(p);
        if (it != positions.end())
            return SourceLocation{file, it->second.line, character_column(line_of(text(), it->second.line), it->second.column)};
        auto slash = p.rfind('/');
        if (slash == std::string::npos || p.empty()) return SourceLocation{file, line_offset + 1, 0};
        p.resize(slash);
    }
}

Diagnostic YamlDocument::error_at(std::string_view pointer, std::string message, std::string hint) const {
    Diagnostic d;
    d.severity = Severity::error;
    d.where = locate(pointer);
    d.message = std::move(message);
    d.hint = std::move(hint);
    attach_source_line(d, line_of(text(), d.where.line));
    return d;
}

Diagnostic YamlDocument::warning_at(std::string_view pointer, std::string message, std::string hint) const {
    Diagnostic d = error_at(pointer, std::move(message), std::move(hint));
    d.severity = Severity::warning;
    return d;
}

Diagnostic YamlDocument::error_at(std::string_view pointer, Message message, Message hint) const {
    Diagnostic d = make_diagnostic(Severity::error, locate(pointer), std::move(message), std::move(hint));
    attach_source_line(d, line_of(text(), d.where.line));
    return d;
}

Diagnostic YamlDocument::warning_at(std::string_view pointer, Message message, Message hint) const {
    Diagnostic d = error_at(pointer, std::move(message), std::move(hint));
    d.severity = Severity::warning;
    return d;
}

namespace {

std::string with_thousands(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return out;
}

// Thrown from inside yaml-cpp's event loop to stop reading at once; caught in parse_yaml.
struct YamlRefused {
    YAML::Mark mark;
    Message message;
    Message hint;
};

// The quote character that opens the quoted scalar yaml-cpp reported at `mark`, when that quote
// is never closed: yaml-cpp ends such a scalar at the end of the text instead of refusing it, so
// `title: "Дроби` followed by `date: 2026-09-01` became one title and the date was lost, silently.
// The quote is the first on the scalar's line from its column (yaml-cpp counts bytes there).
std::optional<char> unclosed_quote(std::string_view yaml, const YAML::Mark& mark) {
    if (mark.line < 0) return std::nullopt;
    std::size_t at = 0;
    for (int line = 0; line < mark.line; ++line) {
        at = yaml.find('\n', at);
        if (at == std::string_view::npos) return std::nullopt;
        ++at;
    }
    const std::size_t line_end = std::min(yaml.find('\n', at), yaml.size());
    at += static_cast<std::size_t>(std::max(0, mark.column));
    while (at < line_end && yaml[at] != '"' && yaml[at] != '\'') ++at;
    if (at >= line_end) return std::nullopt;
    const char quote = yaml[at];
    for (std::size_t i = at + 1; i < yaml.size(); ++i) {
        if (quote == '"' && yaml[i] == '\\') ++i;  // an escape: \" does not close
        else if (yaml[i] == quote) {
            if (quote == '\'' && i + 1 < yaml.size() && yaml[i + 1] == '\'') ++i;  // '' is a quote inside
            else return std::nullopt;
        }
    }
    return quote;
}

// Builds the JSON value from yaml-cpp's events with an explicit stack, so our side never recurses;
// aliases are copied from the value their anchor completed, within the budget of YamlLimits.
class JsonBuilder final : public YAML::EventHandler {
public:
    JsonBuilder(YamlDocument& doc, const YamlLimits& limits, std::string_view yaml) : doc_(doc), limits_(limits), yaml_(yaml) {}

    urker::Json take_root() { return std::move(root_); }

    // A key given a second time in one map: where it was first, and where again.
    struct Duplicate {
        std::string key;
        SourceLocation first, again;
    };
    const std::vector<Duplicate>& duplicates() const { return duplicates_; }
    // Where a map has a value with nothing written before its colon.
    const std::vector<YAML::Mark>& missing_keys() const { return missing_keys_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_anchor_name_ = name; }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Start s = start_node(mark, anchor);
        // `: oops`: a key of nothing (not `null:` or `~:` written out), which read as the key «null».
        if (s.is_key && !null_written(mark)) missing_keys_.push_back(mark);
        count(mark, 1, 0);
        deliver(s, nullptr, "null", 1, 0, true, 0);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override {
        if (value.size() > limits_.max_scalar_chars) {
            std::size_t chars = count_code_points(value);
            if (chars > limits_.max_scalar_chars)
                throw YamlRefused{mark,
                                  Message("config.yaml_value_too_long",
                                          {{"chars", with_thousands(chars)}, {"most", with_thousands(limits_.max_scalar_chars)}}),
                                  Message("config.yaml_long_text_hint")};
        }
        if (tag == "!")
            if (auto quote = unclosed_quote(yaml_, mark))
                throw YamlRefused{mark, Message("config.yaml_unclosed_quote", {{"quote", std::string(1, *quote)}}),
                                  Message("config.yaml_unclosed_quote_hint", {{"quote", std::string(1, *quote)}})};
        Start s = start_node(mark, anchor);
        count(mark, 1, value.size());
        // yaml-cpp tags plain scalars "?" and quoted ones "!": only plain ones get typed, and map
        // keys stay as written.
        urker::Json v = tag == "?" && !s.is_key ? yaml_plain_scalar(value) : urker::Json(value);
        deliver(s, std::move(v), value, 1, value.size(), false, 0);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(mark, anchor, urker::Json::array());
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        open(mark, anchor, urker::Json::object());
    }
    void OnMapEnd() override { close(); }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) throw YamlRefused{mark, Message("config.yaml_alias_without_anchor"), Message("config.yaml_alias_without_anchor_hint")};
        const Anchored& a = it->second;
        if (!a.complete)
            throw YamlRefused{mark, Message("config.yaml_alias_inside_itself", {{"name", a.name}}),
                              Message("config.yaml_alias_inside_itself_hint", {{"name", a.name}})};
        used_alias_ = a.name;
        if (static_cast<int>(frames_.size()) + a.depth > limits_.max_depth) refuse_depth(mark);
        Start s = start_node(mark, 0);
        count(mark, a.values, a.bytes);
        // dump() with `replace`: a key or scalar that is not UTF-8 must not throw from inside yaml-cpp.
        std::string text = a.value.is_string() ? a.value.get<std::string>()
                                               : a.value.dump(-1, ' ', false, urker::Json::error_handler_t::replace);
        deliver(s, a.value, text, a.values, a.bytes, a.value.is_null(), a.depth);
    }

private:
    struct Anchored {
        urker::Json value;
        std::size_t values = 0;  // values it holds, itself included
        std::size_t bytes = 0;   // text in its scalars
        int depth = 0;           // collections nested in it, itself included (0 for a scalar)
        bool complete = false;
        std::string name;
    };

    // Where a node that starts now goes.
    struct Start {
        std::string pointer;
        bool record = true;   // positions are recorded (not inside a map key)
        bool is_key = false;  // the node is a map key
        SourceLocation at;    // where the node starts (line 0 when yaml-cpp does not know)
        YAML::anchor_t anchor = 0;
        std::size_t values_before = 0;
        std::size_t bytes_before = 0;
    };

    struct Frame {
        urker::Json value;  // the array or object being filled
        Start start;
        int depth_below = 0;   // deepest collection nesting among its children
        bool have_key = false;
        std::string key;
        SourceLocation key_at;
        // An object's members as they come, put in order when it closes: inserted one by one
        // into the sorted object, 20 000 keys took seconds (each insertion moves the others).
        struct Member {
            std::string key;
            urker::Json value;
            SourceLocation at;  // where the key stands
        };
        std::vector<Member> members;
    };

    SourceLocation location(const YAML::Mark& m) const {
        return SourceLocation{doc_.file, m.line + 1 + doc_.line_offset, m.column + 1};
    }

    Start start_node(const YAML::Mark& mark, YAML::anchor_t anchor) {
        Start s;
        s.anchor = anchor;
        s.values_before = values_;
        s.bytes_before = bytes_;
        if (!frames_.empty()) {
            const Frame& parent = frames_.back();
            s.record = parent.start.record;
            if (parent.value.is_array()) {
                s.pointer = parent.start.pointer + "/" + std::to_string(parent.value.size());
            } else if (parent.have_key) {
                s.pointer = pointer_append(parent.start.pointer, parent.key);
            } else {
                s.is_key = true;
                s.record = false;
            }
        }
        if (mark.line >= 0) s.at = location(mark);
        if (s.record && mark.line >= 0) doc_.positions.record(s.pointer, {s.at.line, s.at.column});
        if (anchor != 0) {
            Anchored& a = anchors_[anchor];
            a = Anchored{};
            a.name = std::move(pending_anchor_name_);
        }
        pending_anchor_name_.clear();
        return s;
    }

    void count(const YAML::Mark& mark, std::size_t values, std::size_t bytes) {
        values_ += values;
        bytes_ += bytes;
        bool too_many = values_ > limits_.max_values, too_big = bytes_ > limits_.max_total_bytes;
        if (!too_many && !too_big) return;
        // "values" or "MB of text", and how many of them at most.
        const char* what = too_many ? "values" : "megabytes";
        std::string most = with_thousands(too_many ? limits_.max_values : limits_.max_total_bytes >> 20);
        if (!used_alias_.empty())
            throw YamlRefused{mark, Message("config.yaml_aliases_too_big", {{"what", what}, {"most", most}}),
                              Message("config.yaml_aliases_too_big_hint", {{"name", used_alias_}})};
        throw YamlRefused{mark, Message("config.yaml_too_big", {{"what", what}, {"most", most}}), Message("config.yaml_too_big_hint")};
    }

    void refuse_depth(const YAML::Mark& mark) {
        throw YamlRefused{mark, Message("config.yaml_too_deep", {{"most", limits_.max_depth}}), Message("config.yaml_too_deep_hint")};
    }

    void open(const YAML::Mark& mark, YAML::anchor_t anchor, urker::Json empty) {
        if (static_cast<int>(frames_.size()) + 1 > limits_.max_depth) refuse_depth(mark);
        Start s = start_node(mark, anchor);
        count(mark, 1, 0);
        frames_.push_back(Frame{std::move(empty), std::move(s), 0, false, {}, {}, {}});
    }

    void close() {
        Frame f = std::move(frames_.back());
        frames_.pop_back();
        if (f.value.is_object()) {
            // A key given twice keeps its last value, as assigning them in order did, and each
            // repetition is reported (duplicates()).
            std::stable_sort(f.members.begin(), f.members.end(), [](const auto& a, const auto& b) { return name_before(a.key, b.key); });
            auto& object = f.value.get_ref<urker::Json::object_t&>();
            object.reserve(f.members.size());
            for (std::size_t i = 0, first = 0; i < f.members.size(); ++i) {
                if (i == 0 || f.members[i].key != f.members[i - 1].key) first = i;
                else duplicates_.push_back({f.members[i].key, f.members[first].at, f.members[i].at});
                if (i + 1 < f.members.size() && f.members[i + 1].key == f.members[i].key) continue;
                object.emplace_hint(object.end(), std::move(f.members[i].key), std::move(f.members[i].value));
            }
        }
        std::string key_text = f.start.is_key ? f.value.dump(-1, ' ', false, urker::Json::error_handler_t::replace) : std::string();
        deliver(f.start, std::move(f.value), key_text, values_ - f.start.values_before, bytes_ - f.start.bytes_before, false,
                f.depth_below + 1);
    }

    // Hands a finished value to its parent (or makes it the document) and remembers it for aliases.
    void deliver(const Start& s, urker::Json v, const std::string& key_text, std::size_t values, std::size_t bytes, bool is_null,
                 int depth) {
        if (s.anchor != 0) {
            Anchored& a = anchors_[s.anchor];
            a.value = v;
            a.values = values;
            a.bytes = bytes;
            a.depth = depth;
            a.complete = true;
        }
        if (frames_.empty()) {
            root_ = std::move(v);
            return;
        }
        Frame& parent = frames_.back();
        parent.depth_below = std::max(parent.depth_below, depth);
        if (parent.value.is_array()) {
            parent.value.push_back(std::move(v));
            return;
        }
        if (!parent.have_key) {
            parent.key = key_text;
            parent.key_at = s.at;
            parent.have_key = true;
            return;
        }
        parent.have_key = false;
        if (parent.start.record && parent.key_at.line > 0) {
            // A key's own position is where the key starts; that is what a reader looks for. A
            // value left empty stands where its key does.
            doc_.positions.record(s.pointer + "#key", {parent.key_at.line, parent.key_at.column});
            if (is_null) doc_.positions.record(s.pointer, {parent.key_at.line, parent.key_at.column});
        }
        parent.members.push_back({std::move(parent.key), std::move(v), parent.key_at});
    }

    // Whether a null at `mark` is written out (null, Null, NULL, ~), not a place where nothing stands.
    bool null_written(const YAML::Mark& mark) const {
        if (mark.line < 0 || mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= yaml_.size()) return true;
        const std::string_view at = yaml_.substr(static_cast<std::size_t>(mark.pos));
        for (std::string_view word : {"null", "Null", "NULL", "~"})
            if (at.starts_with(word)) return true;
        return false;
    }

    YamlDocument& doc_;
    const YamlLimits& limits_;
    std::string_view yaml_;  // the text being read, for unclosed_quote()
    urker::Json root_;
    std::vector<Frame> frames_;
    std::map<YAML::anchor_t, Anchored> anchors_;
    std::string pending_anchor_name_;
    std::string used_alias_;
    std::size_t values_ = 0;
    std::size_t bytes_ = 0;
    std::vector<Duplicate> duplicates_;
    std::vector<YAML::Mark> missing_keys_;
};

// yaml-cpp words a tab in the indentation as "illegal block entry" or "illegal map value"; a
// teacher needs to hear "tab". Looks at the failing line and the one before it.
std::optional<Diagnostic> tab_indentation(std::string_view yaml, const YamlDocument& doc, int failing_line) {
    for (int l = failing_line; l >= failing_line - 1 && l >= 1; --l) {
        std::string_view text = line_of(yaml, l);
        for (std::size_t i = 0; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
            if (text[i] != '\t') continue;
            Diagnostic d = make_diagnostic(Severity::error, SourceLocation{doc.file, l + doc.line_offset, static_cast<int>(i) + 1},
                                           Message("config.yaml_tab"), Message("config.yaml_tab_hint"));
            attach_source_line(d, line_of(doc.text(), d.where.line));
            return d;
        }
    }
    return std::nullopt;
}

// yaml-cpp reads a few megabytes a second, so a line far longer than any value may be (a 50 MB
// title) is refused before yaml-cpp starts on it. Returns the 0-based line and its length.
std::optional<std::pair<int, std::size_t>> overlong_line(std::string_view yaml, const YamlLimits& limits) {
    int line = 0;
    for (std::size_t pos = 0; pos < yaml.size(); ++line) {
        std::size_t end = yaml.find('\n', pos);
        if (end == std::string_view::npos) end = yaml.size();
        // A character is at most 4 bytes: shorter lines are left to the exact check per value.
        if (end - pos > 4 * limits.max_scalar_chars) {
            std::size_t chars = count_code_points(yaml.substr(pos, end - pos));
            if (chars > limits.max_scalar_chars) return std::make_pair(line, chars);
        }
        pos = end + 1;
    }
    return std::nullopt;
}

}  // namespace

const std::string& YamlDocument::text() const {
    static const std::string none;
    return shared_text ? shared_text->str() : none;
}

YamlDocument parse_yaml(std::string_view yaml, std::string file, Diagnostics& diags, int line_offset,
                        std::string_view whole_file_text, const YamlLimits& limits) {
    return parse_yaml_in_file(yaml, std::move(file), diags, line_offset,
                              std::make_shared<const SourceText>(std::string(whole_file_text.empty() ? yaml : whole_file_text)), limits);
}

YamlDocument parse_yaml_in_file(std::string_view yaml, std::string file, Diagnostics& diags, int line_offset,
                                std::shared_ptr<const SourceText> whole_file, const YamlLimits& limits) {
    return parse_yaml_in_file(yaml, std::move(file), diags, line_offset, std::move(whole_file), limits, YamlReader::simple_first);
}

namespace {

// A `#` YAML took for a comment where the text went on (config/yaml_syntax_messages.h's
// glued_comments): a warning at the sign, with the line as it was probably meant.
void warn_of_glued_comments(std::string_view yaml, const YamlDocument& doc, Diagnostics& diags) {
    for (const GluedComment& c : glued_comments(yaml)) {
        const std::string_view line = line_of(yaml, c.at.line + 1);
        const std::string text(line.substr(static_cast<std::size_t>(c.at.column)));
        std::string written = c.key.empty() ? "- " : std::string(c.key) + ": ";
        Message hint("config.yaml_syntax_character_in_value_hint");
        if (c.value.find('"') == std::string_view::npos) hint = Message("config.yaml_comment_in_value_hint", {{"line", written + "\"" + std::string(c.value) + "\""}});
        else if (c.value.find('\'') == std::string_view::npos) hint = Message("config.yaml_comment_in_value_hint", {{"line", written + "'" + std::string(c.value) + "'"}});
        SourceLocation where{doc.file, c.at.line + 1 + doc.line_offset, 0};
        where.column = character_column(line_of(doc.text(), where.line), c.at.column + 1);
        Diagnostic d = make_diagnostic(Severity::warning, where, Message("config.yaml_comment_in_value", {{"text", text}}), std::move(hint));
        attach_source_line(d, line_of(doc.text(), d.where.line));
        diags.add(std::move(d));
    }
}

}  // namespace

YamlDocument parse_yaml_in_file(std::string_view yaml, std::string file, Diagnostics& diags, int line_offset,
                                std::shared_ptr<const SourceText> whole_file, const YamlLimits& limits, YamlReader reader) {
    YamlDocument doc;
    doc.file = std::move(file);
    doc.line_offset = line_offset;
    doc.shared_text = std::move(whole_file);
    auto fail = [&](const YAML::Mark& mark, Message message, Message hint) {
        SourceLocation where{doc.file, mark.line + 1 + line_offset, 0};
        where.column = character_column(line_of(doc.text(), where.line), mark.column + 1);
        if (mark.line < 0) where = SourceLocation{doc.file, line_offset + 1, 0};
        Diagnostic d = make_diagnostic(Severity::error, std::move(where), std::move(message), std::move(hint));
        attach_source_line(d, line_of(doc.text(), d.where.line));
        diags.add(std::move(d));
        doc.value = nullptr;
        doc.positions.clear();
    };
    if (auto overlong = overlong_line(yaml, limits)) {
        YAML::Mark mark;
        mark.line = overlong->first;
        mark.column = 0;
        fail(mark, Message("config.yaml_line_too_long", {{"chars", with_thousands(overlong->second)}, {"most", with_thousands(limits.max_scalar_chars)}}),
             Message("config.yaml_long_text_hint"));
        return doc;
    }
    // Most front matter is ten lines of `key: value`: read without yaml-cpp (config/simple_yaml.h).
    if (reader == YamlReader::simple_first && read_simple_yaml(yaml, doc, limits)) {
        doc.positions.finish();
        warn_of_glued_comments(yaml, doc, diags);
        return doc;
    }
    std::istringstream in{std::string(yaml)};
    JsonBuilder builder(doc, limits, yaml);
    try {
        YAML::Parser parser(in);
        parser.HandleNextDocument(builder);  // the first document, as YAML::Load reads it
        doc.value = builder.take_root();
        warn_of_glued_comments(yaml, doc, diags);
        // yaml-cpp keeps the last of a key given twice, silently: the teacher hears of it.
        std::vector<JsonBuilder::Duplicate> duplicates = builder.duplicates();
        std::sort(duplicates.begin(), duplicates.end(), [](const auto& a, const auto& b) {
            return std::pair(a.again.line, a.again.column) < std::pair(b.again.line, b.again.column);
        });
        for (const YAML::Mark& mark : builder.missing_keys()) {
            SourceLocation where{doc.file, mark.line + 1 + line_offset, 0};
            where.column = character_column(line_of(doc.text(), where.line), mark.column + 1);
            Diagnostic d = make_diagnostic(Severity::error, where, Message("config.yaml_key_missing"), Message("config.yaml_key_missing_hint"));
            attach_source_line(d, line_of(doc.text(), d.where.line));
            diags.add(std::move(d));
        }
        for (const auto& d : duplicates) {
            SourceLocation again = d.again;
            again.column = character_column(line_of(doc.text(), again.line), again.column);
            Diagnostic warning = make_diagnostic(Severity::warning, again, Message("config.yaml_key_twice", {{"key", d.key}, {"line", d.first.line}}),
                                                 Message("config.yaml_key_twice_hint"));
            attach_source_line(warning, line_of(doc.text(), warning.where.line));
            diags.add(std::move(warning));
        }
    } catch (const YamlRefused& e) {
        fail(e.mark, e.message, e.hint);
    } catch (const YAML::Exception& e) {
        if (auto tab = tab_indentation(yaml, doc, e.mark.line + 1)) {
            diags.add(std::move(*tab));
            doc.value = nullptr;
            doc.positions.clear();
            return doc;
        }
        // yaml-cpp's reason, told for a teacher and at the place to mend (config/yaml_syntax_messages.h).
        YamlRefusal refusal = yaml_refusal(e.msg, yaml, e.mark.line, e.mark.column);
        YAML::Mark mark = e.mark;
        mark.line = refusal.at.line;
        mark.column = refusal.at.column;
        fail(mark, std::move(refusal.message), std::move(refusal.hint));
    }
    doc.positions.finish();
    return doc;
}

}  // namespace urker
