#include "search/document_list.h"

#include "core/text.h"
#include "search/js_number.h"

#include "core/json.h"

#include <algorithm>
#include <unordered_map>

namespace urker::search {

namespace {

using json = urker::Json;

constexpr std::size_t max_errors = 20;

// Document numbers count from 1, as a person does; they go into messages as text, so a long list
// shows "1234", not a grouped "1,234".
std::string document_number(std::size_t index) { return std::to_string(index + 1); }

// Line and column (1-based, in code points) of the byte at `offset`.
SourceLocation location_of(const std::string& path, const std::string& text, std::size_t offset) {
    SourceLocation where{path, 1, 1};
    std::size_t line_start = 0;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++where.line;
            line_start = i + 1;
        }
    }
    where.column = static_cast<int>(count_code_points(std::string_view(text).substr(line_start, offset - line_start))) + 1;
    return where;
}

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, column 2: " prefix.
std::string parse_error_message(const std::string& what) {
    const auto colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

// The SAX handler. Depth 1 is inside the top-level array, 2 inside a document, 3 inside an array
// that is a document's field value; anything deeper, or not wanted, is skipped.
class Reader final : public json::json_sax_t {
public:
    Reader(const std::string& path, const std::vector<SearchField>& fields, Diagnostics& problems)
        : path_(path), fields_(fields), problems_(problems) {}

    std::vector<SearchDocument> take_documents() { return std::move(documents_); }
    bool syntax_error() const { return syntax_error_; }
    std::size_t error_position() const { return error_position_; }
    const std::string& error_message() const { return error_message_; }

    // --- scalars
    bool null() override { return scalar(Kind::null, empty_); }
    bool boolean(bool value) override {
        text_ = value ? "true" : "false";
        return scalar(Kind::boolean, text_);
    }
    bool number_integer(number_integer_t value) override { return number(static_cast<double>(value)); }
    bool number_unsigned(number_unsigned_t value) override { return number(static_cast<double>(value)); }
    bool number_float(number_float_t value, const string_t&) override { return number(value); }
    bool string(string_t& value) override { return scalar(Kind::string, value); }
    bool binary(binary_t&) override { return true; }  // not produced by the JSON parser

    // --- containers
    bool start_object(std::size_t) override { return open(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& key) override {
        if (skipping() || depth_ != 2) return true;
        key_ = key;
        key_is_ref_ = key == "ref";
        key_is_field_ = std::any_of(fields_.begin(), fields_.end(), [&](const SearchField& f) { return f.name == key; });
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
        syntax_error_ = true;
        error_position_ = position;  // where nlohmann stopped: the last byte of the offending token
        error_message_ = parse_error_message(e.what());
        return false;
    }

private:
    enum class Kind { null, boolean, number, string };

    bool skipping() const { return skip_above_ >= 0; }

    bool number(double value) {
        text_.clear();
        append_js_number(text_, value);
        return scalar(Kind::number, text_);
    }

    bool open(bool object) {
        ++depth_;
        if (skipping()) return true;
        switch (depth_) {
            case 1:
                if (object) return not_a_list();
                return true;
            case 2:
                if (!object) {
                    error(Message("search.document_not_object", {{"index", document_number(index_++)}}));
                    skip();
                    return more();
                }
                doc_ = SearchDocument{};
                has_ref_ = false;
                bad_ref_ = false;
                bad_fields_.clear();
                return true;
            case 3:
                if (key_is_ref_) bad_ref_ = true;
                if (key_is_field_) {
                    if (object) {
                        bad_field();
                    } else {
                        list_.clear();
                        list_ok_ = true;
                        return true;
                    }
                }
                skip();
                return true;
            default:  // a container inside a field's array
                list_ok_ = false;
                skip();
                return true;
        }
    }

    bool close() {
        const int closing = depth_--;
        if (skipping()) {
            if (depth_ == skip_above_) skip_above_ = -1;
            return true;
        }
        if (closing == 3 && key_is_field_) {
            if (list_ok_) doc_.fields.insert_or_assign(key_, std::move(list_));
            else bad_field();
        } else if (closing == 2) {
            finish_document();
            return more();
        }
        return true;
    }

    bool scalar(Kind kind, std::string& text) {
        if (skipping()) return true;
        switch (depth_) {
            case 0: return not_a_list();
            case 1:
                error(Message("search.document_not_object", {{"index", document_number(index_++)}}));
                return more();
            case 2:
                if (key_is_ref_) {
                    if (kind == Kind::string || kind == Kind::number) {
                        doc_.ref = text;
                        has_ref_ = true;
                        bad_ref_ = false;
                    } else {
                        bad_ref_ = true;
                    }
                }
                // A document's language ("lang", when no field has that name) picks its pipeline.
                if (!key_is_field_ && key_ == "lang" && kind == Kind::string) doc_.language = text;
                if (key_is_field_) {
                    if (kind == Kind::null) doc_.fields.erase(key_);
                    else doc_.fields.insert_or_assign(key_, std::move(text));  // the last duplicate key wins, as in JSON.parse
                }
                return true;
            default:  // an element of a field's array; lunr.utils.asString(null) is ""
                list_.push_back(kind == Kind::null ? std::string() : std::move(text));
                return true;
        }
    }

    void finish_document() {
        const std::size_t index = index_++;
        if (!has_ref_ || bad_ref_) {
            error(Message("search.document_needs_ref", {{"index", document_number(index)}}));
            return;
        }
        if (!bad_fields_.empty()) {
            for (const std::string& name : bad_fields_) {
                error(Message("search.field_not_text", {{"index", document_number(index)},
                                                        {"has_ref", doc_.ref.empty() ? "no" : "yes"},
                                                        {"ref", doc_.ref},
                                                        {"field", name}}));
            }
            return;
        }
        auto [seen, inserted] = first_with_ref_.emplace(doc_.ref, index);
        if (!inserted) {
            problems_.warning({path_},
                              Message("search.shared_ref", {{"first", document_number(seen->second)},
                                                            {"second", document_number(index)},
                                                            {"ref", doc_.ref}}),
                              Message("search.shared_ref_hint"));
        }
        documents_.push_back(std::move(doc_));
    }

    bool not_a_list() {
        error(Message("search.not_a_list"), Message("search.not_a_list_hint"));
        return false;
    }
    void bad_field() {
        if (std::find(bad_fields_.begin(), bad_fields_.end(), key_) == bad_fields_.end()) bad_fields_.push_back(key_);
        doc_.fields.erase(key_);
    }
    void skip() { skip_above_ = depth_ - 1; }
    void error(Message message, Message hint = {}) { problems_.error({path_}, std::move(message), std::move(hint)); }
    bool more() const { return problems_.error_count() < max_errors; }

    const std::string& path_;
    const std::vector<SearchField>& fields_;
    Diagnostics& problems_;
    std::vector<SearchDocument> documents_;
    std::unordered_map<std::string, std::size_t> first_with_ref_;

    int depth_ = 0;
    int skip_above_ = -1;  // while skipping: the depth at which skipping ends
    std::size_t index_ = 0;
    SearchDocument doc_;
    bool has_ref_ = false, bad_ref_ = false;
    std::vector<std::string> bad_fields_;
    std::string key_;
    bool key_is_ref_ = false, key_is_field_ = false;
    std::vector<std::string> list_;
    bool list_ok_ = true;
    std::string text_, empty_;

    bool syntax_error_ = false;
    std::size_t error_position_ = 0;
    std::string error_message_;
};

}  // namespace

std::vector<SearchDocument> read_document_list(const std::string& path, const std::string& text,
                                               const std::vector<SearchField>& fields, Diagnostics& problems) {
    Diagnostics found;
    Reader reader(path, fields, found);
    json::sax_parse(text, &reader);
    if (reader.syntax_error()) {
        // nlohmann counts bytes from 1 and reports the byte where it stopped.
        const std::size_t position = reader.error_position();
        SourceLocation where = location_of(path, text, position > 0 ? position - 1 : 0);
        problems.error(where, Message("search.invalid_json", {{"detail", reader.error_message()}}), {},
                       std::string(line_of(text, where.line)));
        return {};
    }
    problems.append(found);
    return reader.take_documents();
}

}  // namespace urker::search
